package io.github.roster.benchmarks;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
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

/** Validation alone of one full ACC users:import request: 200 users, every rule, nothing sent. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private AutodeskAccountAdminClient client;
    private List<ProjectUserImport> batch;

    @Setup
    public void setUp() {
        client = AutodeskAccountAdminClient.builder().baseUrl("http://127.0.0.1:1")
                .tokenProvider(TokenProvider.of("t")).build();
        batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(new ProjectUserImport().email("user" + i + "@example.com").firstName("First" + i)
                    .lastName("Last" + i).companyId(UUID.randomUUID()).roleIds(List.of(UUID.randomUUID()))
                    .addProductsItem(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION)
                            .access(ProductAccessLevel.NONE))
                    .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))
                    .addProductsItem(new ProductAccess().key(ProductKey.BUILD).access(ProductAccessLevel.MEMBER)));
        }
        if (!client.validateUsers(batch).isEmpty()) {
            throw new IllegalStateException("the benchmark batch must be valid");
        }
    }

    @TearDown
    public void tearDown() {
        client.close();
    }

    @Benchmark
    public List<Violation> validate200Users() {
        return client.validateUsers(batch);
    }
}
