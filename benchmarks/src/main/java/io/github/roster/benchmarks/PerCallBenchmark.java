package io.github.roster.benchmarks;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One PATCH through the facade (validate, encode, send, retry bookkeeping, decode into the generated model)
 * against the floor: the same request bytes sent with raw Apache HttpClient 5 (pooled, kept alive, body
 * pre-serialised, answer read as bytes and not decoded). The JDK {@code HttpClient} sending the same bytes is
 * kept as a second reference. All run in one fork, interleaved by JMH, against the same canned server; the
 * set-up checks that the facade and the floor send the same body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerCallBenchmark {

    private static final byte[] BIM360_BODY = ("{\"status\":\"inactive\",\"company_id\":"
            + "\"14e95a5e-02eb-49aa-a39a-447d90544873\",\"default_role\":\"BIM Manager\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROCORE_BODY = ("{\"user\":{\"last_name\":\"Smith\",\"job_title\":\"Superintendent\","
            + "\"email_address\":\"john.smith@example.com\",\"is_active\":false,\"notes\":\"Left the company\","
            + "\"country_code\":\"US\",\"state_code\":\"CA\"}}").getBytes(StandardCharsets.UTF_8);

    private CannedServer server;
    private AutodeskAccountAdminClient autodesk;
    private ProcoreDirectoryClient procore;
    private RawHttpClient5 hc5;
    private HttpClient jdk;
    private AccountUserPatch patch;
    private CompanyUserUpdate update;
    private String bim360Url;
    private String procoreUrl;
    private HttpRequest bim360Jdk;
    private HttpRequest procoreJdk;

    @Setup
    public void start() throws Exception {
        server = new CannedServer();
        autodesk = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("bench-token")).build();
        procore = ProcoreDirectoryClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("bench-token")).build();
        hc5 = new RawHttpClient5();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        patch = new AccountUserPatch().status(UserStatusUpdate.INACTIVE)
                .companyId(UUID.fromString("14e95a5e-02eb-49aa-a39a-447d90544873")).defaultRole("BIM Manager");
        update = new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com").isActive(false)
                .jobTitle("Superintendent").countryCode("US").stateCode("CA").notes("Left the company");
        bim360Url = server.baseUrl() + "/hq/v1/accounts/" + CannedServer.ACCOUNT + "/users/" + CannedServer.USER;
        procoreUrl = server.baseUrl() + "/rest/v1.3/companies/8089/users/" + CannedServer.PROCORE_USER;
        bim360Jdk = HttpRequest.newBuilder(URI.create(bim360Url))
                .header("Authorization", "Bearer bench-token").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(BIM360_BODY))
                .build();
        procoreJdk = HttpRequest.newBuilder(URI.create(procoreUrl))
                .header("Authorization", "Bearer bench-token").header("Content-Type", "application/json")
                .header("Procore-Company-Id", "8089")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(PROCORE_BODY))
                .build();
        SameBytes.check("BIM 360 PATCH", server, this::bim360Facade, this::bim360Floor);
        SameBytes.check("Procore PATCH", server, this::procoreFacade, this::procoreFloor);
    }

    @TearDown
    public void stop() throws IOException {
        autodesk.close();
        procore.close();
        hc5.close();
        server.close();
    }

    @Benchmark
    public AccountUser bim360Facade() {
        return autodesk.updateAccountUser(CannedServer.ACCOUNT, CannedServer.USER, patch);
    }

    @Benchmark
    public byte[] bim360Floor() throws IOException {
        return hc5.send("PATCH", bim360Url, BIM360_BODY, "Authorization", "Bearer bench-token");
    }

    @Benchmark
    public String bim360JdkClient() throws IOException, InterruptedException {
        return jdk.send(bim360Jdk, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    @Benchmark
    public CompanyUser procoreFacade() {
        return procore.updateCompanyUser(CannedServer.COMPANY, CannedServer.PROCORE_USER, update);
    }

    @Benchmark
    public byte[] procoreFloor() throws IOException {
        return hc5.send("PATCH", procoreUrl, PROCORE_BODY, "Authorization", "Bearer bench-token",
                "Procore-Company-Id", "8089");
    }

    @Benchmark
    public String procoreJdkClient() throws IOException, InterruptedException {
        return jdk.send(procoreJdk, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
