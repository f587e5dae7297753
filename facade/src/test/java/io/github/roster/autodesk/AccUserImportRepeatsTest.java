package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A streamed ACC import finds a repeated e-mail in a second pass, and sends nothing until that pass is done. */
class AccUserImportRepeatsTest {

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @BeforeEach
    void acceptAll() {
        server.stubFor(post(urlEqualTo(AccUsers.IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + AccImportTest.JOB + "\"}")));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static List<Violation> validateAll(AccUserImport job, List<ProjectUserImport> users) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            problems.addAll(job.validateUser(i, users.get(i)));
        }
        return problems;
    }

    @Test
    void aRepeatedEmailIsNamedByTheSecondPassAndNothingIsSentBeforeIt() {
        List<ProjectUserImport> users = AccUsers.members(5);
        users.set(4, AccUsers.member(4).email("USER1@example.COM"));
        AccUserImport job = client.userImport(AccUsers.PROJECT);

        assertThat(validateAll(job, users)).isEmpty();
        assertThat(job.emailsMayRepeat()).isTrue();
        assertThatThrownBy(() -> job.sendBatch(0, 0, users)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checkRepeatedEmail");
        server.verify(0, anyRequestedFor(anyUrl()));

        List<Violation> repeats = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            repeats.addAll(job.checkRepeatedEmail(i, users.get(i)));
        }
        assertThat(repeats).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("users[4].email");
            assertThat(v.rule()).isEqualTo("unique-email");
            assertThat(v.message()).contains("users[1]");
        });
        assertThatThrownBy(() -> job.validateUser(5, AccUsers.member(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void distinctEmailsNeedNoSecondPassAndAreSent() {
        List<ProjectUserImport> users = AccUsers.members(3);
        AccUserImport job = client.userImport(AccUsers.PROJECT);

        assertThat(validateAll(job, users)).isEmpty();
        assertThat(job.emailsMayRepeat()).isFalse();
        assertThat(job.sendBatch(0, 0, users).accepted()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH)));
    }

    @Test
    void afterTheSecondPassOverEveryUserTheImportMaySend() {
        // the check is complete once the second pass has seen every user; which users to send is then the
        // caller's choice, as with any violation
        List<ProjectUserImport> users = AccUsers.members(3);
        users.set(2, AccUsers.member(2).email("user0@example.com"));
        AccUserImport job = client.userImport(AccUsers.PROJECT);
        validateAll(job, users);
        assertThat(job.emailsMayRepeat()).isTrue();
        for (int i = 0; i < users.size(); i++) {
            job.checkRepeatedEmail(i, users.get(i));
        }

        assertThat(job.sendBatch(0, 0, users.subList(0, 2)).accepted()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH)));
    }
}
