package io.github.roster.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;
import io.github.roster.client.autodesk.ApiResponseDecoder;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.core.RosterJson;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated BIM 360 Feign client over each transport that can send PATCH and pool connections: Apache
 * HttpClient 5 (Roster's choice), OkHttp, and the JDK's HttpClient (feign-java11).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransportBenchmark {

    @Param({"hc5", "okhttp", "jdk"})
    public String transport;

    private CannedServer server;
    private AccountUsersApi api;
    private AccountUserPatch patch;
    private UUID account;
    private UUID user;

    @Setup
    public void start() throws IOException {
        server = new CannedServer();
        ObjectMapper mapper = RosterJson.newObjectMapper();
        Client client = switch (transport) {
            case "hc5" -> new ApacheHttp5Client();
            case "okhttp" -> new OkHttpClient();
            case "jdk" -> new Http2Client(java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build());
            default -> throw new IllegalArgumentException(transport);
        };
        api = Feign.builder().client(client).encoder(new JacksonEncoder(mapper))
                .decoder(new ApiResponseDecoder(mapper)).retryer(Retryer.NEVER_RETRY)
                .requestInterceptor(t -> t.header("Authorization", "Bearer bench-token"))
                .target(AccountUsersApi.class, server.baseUrl());
        patch = new AccountUserPatch().status(UserStatusUpdate.INACTIVE);
        account = UUID.fromString(CannedServer.ACCOUNT);
        user = UUID.fromString(CannedServer.USER);
    }

    @TearDown
    public void stop() {
        server.close();
    }

    @Benchmark
    public AccountUser patchOneUser() {
        return api.updateAccountUser(account, user, patch, null);
    }
}
