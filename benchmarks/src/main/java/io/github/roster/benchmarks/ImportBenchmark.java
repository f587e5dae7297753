package io.github.roster.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.core.RosterJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * A 10,000-user ACC import through {@code importProjectUsers} (every user validated, then 50 requests of 200)
 * against the floor: raw Apache HttpClient 5 sending the same 50 bodies, serialised beforehand. Same canned
 * server, one fork, interleaved; the set-up checks that both send the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ImportBenchmark {

    static final int USERS = 10_000;

    private CannedServer server;
    private AutodeskAccountAdminClient client;
    private RawHttpClient5 hc5;
    private List<ProjectUserImport> users;
    private List<byte[]> bodies;
    private String url;

    @Setup
    public void start() throws Exception {
        server = new CannedServer();
        client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("bench-token")).build();
        hc5 = new RawHttpClient5();
        users = users(USERS, new Random(17));
        ObjectMapper mapper = RosterJson.newObjectMapper();
        bodies = new ArrayList<>();
        for (int from = 0; from < USERS; from += AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST) {
            bodies.add(mapper.writeValueAsBytes(new ProjectUsersImport().users(new ArrayList<>(
                    users.subList(from, from + AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST)))));
        }
        url = server.baseUrl() + "/construction/admin/v2/projects/" + CannedServer.PROJECT + "/users:import";
        SameBytes.check("ACC import", server, this::facade, this::floor);
    }

    /** Users as an HR export gives them: each with a company, a role and three products. */
    static List<ProjectUserImport> users(int n, Random random) {
        List<ProjectUserImport> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ProjectUserImport().email("user" + i + "@example.com").firstName("First" + i)
                    .lastName("Last" + i).companyId(new UUID(random.nextLong(), random.nextLong()))
                    .roleIds(List.of(new UUID(random.nextLong(), random.nextLong())))
                    .addProductsItem(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION)
                            .access(ProductAccessLevel.NONE))
                    .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))
                    .addProductsItem(new ProductAccess().key(ProductKey.BUILD).access(ProductAccessLevel.MEMBER)));
        }
        return out;
    }

    @TearDown
    public void stop() throws IOException {
        client.close();
        hc5.close();
        server.close();
    }

    @Benchmark
    public AccImportResult facade() {
        AccImportResult result = client.importProjectUsers(CannedServer.PROJECT, users);
        if (result.batches().size() != bodies.size() || !result.failed().isEmpty()) {
            throw new IllegalStateException("expected " + bodies.size() + " accepted requests: " + result.failed());
        }
        return result;
    }

    @Benchmark
    public int floor() throws IOException {
        int read = 0;
        for (byte[] body : bodies) {
            read += hc5.send("POST", url, body, "Authorization", "Bearer bench-token").length;
        }
        return read;
    }
}
