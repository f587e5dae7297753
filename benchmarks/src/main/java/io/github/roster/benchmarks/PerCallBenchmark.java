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
 * One call through the facade (validate, encode, send, retry bookkeeping, decode into the generated model)
 * against the floor: the same request sent with {@code java.net.http.HttpClient} and a pre-serialised body,
 * the response read as a string and not decoded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerCallBenchmark {

    private CannedServer server;
    private AutodeskAccountAdminClient autodesk;
    private ProcoreDirectoryClient procore;
    private HttpClient jdk;
    private AccountUserPatch patch;
    private CompanyUserUpdate update;
    private HttpRequest bim360Floor;
    private HttpRequest procoreFloor;

    @Setup
    public void start() throws IOException {
        server = new CannedServer();
        autodesk = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("bench-token")).build();
        procore = ProcoreDirectoryClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("bench-token")).build();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        patch = new AccountUserPatch().status(UserStatusUpdate.INACTIVE)
                .companyId(UUID.fromString("14e95a5e-02eb-49aa-a39a-447d90544873")).defaultRole("BIM Manager");
        update = new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com").isActive(false)
                .jobTitle("Superintendent").countryCode("US").stateCode("CA").notes("Left the company");
        bim360Floor = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hq/v1/accounts/" + CannedServer.ACCOUNT
                        + "/users/" + CannedServer.USER))
                .header("Authorization", "Bearer bench-token").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"inactive\",\"company_id\":\"14e95a5e-02eb-49aa-a39a-447d90544873\","
                                + "\"default_role\":\"BIM Manager\"}"))
                .build();
        procoreFloor = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/rest/v1.3/companies/8089/users/"
                        + CannedServer.PROCORE_USER))
                .header("Authorization", "Bearer bench-token").header("Content-Type", "application/json")
                .header("Procore-Company-Id", "8089")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"user\":{\"last_name\":\"Smith\",\"email_address\":\"john.smith@example.com\","
                                + "\"is_active\":false,\"job_title\":\"Superintendent\",\"country_code\":\"US\","
                                + "\"state_code\":\"CA\",\"notes\":\"Left the company\"}}"))
                .build();
    }

    @TearDown
    public void stop() {
        autodesk.close();
        procore.close();
        server.close();
    }

    @Benchmark
    public AccountUser bim360Facade() {
        return autodesk.updateAccountUser(CannedServer.ACCOUNT, CannedServer.USER, patch);
    }

    @Benchmark
    public String bim360Floor() throws IOException, InterruptedException {
        return jdk.send(bim360Floor, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    @Benchmark
    public CompanyUser procoreFacade() {
        return procore.updateCompanyUser(CannedServer.COMPANY, CannedServer.PROCORE_USER, update);
    }

    @Benchmark
    public String procoreFloor() throws IOException, InterruptedException {
        return jdk.send(procoreFloor, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
