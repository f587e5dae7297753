package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.TransportException;
import io.github.roster.error.UnauthorizedException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Procore's update: its rate-limit headers, and the multipart path (sent by the HTTP client directly, not
 * by Feign) following the same retry, timeout and token rules; an avatar stream can be sent only once.
 */
class ProcoreRetryTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final long COMPANY = 8089L;
    static final long USER = 1234567890123L;
    static final String PATH = "/rest/v1.3/companies/" + COMPANY + "/users/" + USER;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime();
    private ProcoreDirectoryClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void client(HttpOptions options, TokenProvider tokens) {
        client = ProcoreDirectoryClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(tokens)
                .httpOptions(options)
                .build();
    }

    private void client() {
        client(time.options().build(), TokenProvider.of("token-1"));
    }

    private static CompanyUserUpdate update() {
        return new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com");
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Limit", "3600").withHeader("X-Rate-Limit-Remaining", "3599")
                .withBody("{\"id\":" + USER + ",\"last_name\":\"Smith\",\"email_address\":\"john.smith@example.com\"}");
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> patch(urlPathEqualTo(PATH)), responses);
    }

    private void verifyRequests(int n) {
        server.verify(n, patchRequestedFor(urlPathEqualTo(PATH)));
    }

    private Avatar fileAvatar() throws IOException {
        Path file = dir.resolve("face.png");
        Files.write(file, PNG);
        return Avatar.of(file);
    }

    private static Avatar streamAvatar() {
        return Avatar.of(new ByteArrayInputStream(PNG), "face.png");
    }

    private CompanyUser updateWith(Avatar avatar) {
        return client.updateCompanyUser(COMPANY, USER, update(), UpdateCompanyUserOptions.NONE.withAvatar(avatar));
    }

    @Test
    void waitsUntilTheRateLimitWindowResets() {
        client();
        answers(aResponse().withStatus(429).withHeader("X-Rate-Limit-Limit", "3600")
                .withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() + 8)), ok());

        assertThat(client.updateCompanyUser(COMPANY, USER, update()).getId()).isEqualTo(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(8));
    }

    @Test
    void a503UnderLoadUsesItsRetryAfterNotTheWindowReset() {
        client();
        answers(aResponse().withStatus(503).withHeader("Retry-After", "4")
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() + 3000)), ok());

        assertThat(client.updateCompanyUser(COMPANY, USER, update()).getId()).isEqualTo(USER);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void aMultipartUpdateFromAFileIsSentAgainWhole() throws IOException {
        client();
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        assertThat(updateWith(fileAvatar()).getId()).isEqualTo(USER);

        verifyRequests(2);
        server.verify(2, patchRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Procore-Company-Id", containing(Long.toString(COMPANY)))
                .withAnyRequestBodyPart(aMultipart("user[avatar]"))
                .withAnyRequestBodyPart(aMultipart("user[last_name]")));
    }

    @Test
    void aMultipartUpdateFromAStreamIsNeverSentTwiceEvenAfter429() {
        client();
        answers(aResponse().withStatus(429).withHeader("Retry-After", "1"), ok());

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> updateWith(streamAvatar()));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a401OnAStreamedUpdateStillDropsTheRefusedToken() {
        RotatingTokens tokens = new RotatingTokens();
        client(time.options().build(), tokens);
        answers(aResponse().withStatus(401));

        catchThrowableOfType(UnauthorizedException.class, () -> updateWith(streamAvatar()));

        verifyRequests(1);
        assertThat(tokens.invalidated()).containsExactly("token-1");
        assertThat(tokens.token()).isEqualTo("token-2");
    }

    @Test
    void theReadTimeoutAppliesToMultipartUpdates() {
        client(time.options().readTimeout(Duration.ofMillis(300)).build(), TokenProvider.of("token-1"));
        answers(ok().withFixedDelay(2000), ok());

        TransportException e = catchThrowableOfType(TransportException.class, () -> updateWith(streamAvatar()));

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(e).hasRootCauseInstanceOf(SocketTimeoutException.class);
        verifyRequests(1);
    }

    @Test
    void aTimedOutMultipartUpdateFromAFileIsRetried() throws IOException {
        // 1 s, not 300 ms: the second, undelayed answer must arrive in time even on a loaded machine
        client(time.options().readTimeout(Duration.ofSeconds(1)).build(), TokenProvider.of("token-1"));
        answers(ok().withFixedDelay(3000), ok());

        assertThat(updateWith(fileAvatar()).getId()).isEqualTo(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void malformedJsonInAMultipartAnswerIsNotRetried() throws IOException {
        client();
        answers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\": 12,"));

        TransportException e = catchThrowableOfType(TransportException.class, () -> updateWith(fileAvatar()));

        assertThat(e.responseUnreadable()).isTrue();
        verifyRequests(1);
    }
}
