package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imports of exactly a full request send one request; requests out of range are refused; removals are proven. */
class ImportBatchEdgesTest {

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void close() {
        client.close();
    }

    private void acceptAll() {
        server.stubFor(post(urlEqualTo(AccUsers.IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + AccImportTest.JOB + "\"}")));
    }

    @Test
    void exactly200UsersTakeOneAccRequest() {
        acceptAll();
        AccImportResult result = client.importProjectUsers(AccUsers.PROJECT, AccUsers.members(200));

        assertThat(result.acceptedUserCount()).isEqualTo(200);
        server.verify(1, postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH)));
    }

    @Test
    void aStreamedRequestCarries1To200Users() {
        acceptAll();
        AccUserImport job = client.userImport(AccUsers.PROJECT);
        List<ProjectUserImport> users = AccUsers.members(201);
        for (int i = 0; i < users.size(); i++) {
            assertThat(job.validateUser(i, users.get(i))).isEmpty();
        }
        assertThat(job.emailsMayRepeat()).isFalse();

        for (List<ProjectUserImport> wrong : List.of(users, List.<ProjectUserImport>of())) {
            assertThatThrownBy(() -> job.sendBatch(0, 0, wrong)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("users"));
        }
        assertThatThrownBy(() -> job.sendBatch(0, 0, null)).isInstanceOf(ValidationException.class);
        server.verify(0, anyRequestedFor(anyUrl()));

        assertThat(job.sendBatch(0, 0, users.subList(0, 200)).accepted()).isTrue();
        assertThat(job.sendBatch(1, 200, users.subList(200, 201)).accepted()).isTrue();
        server.verify(2, postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH)));
        assertThat(job.projectId()).hasToString(AccUsers.PROJECT);
    }

    @Test
    void a404RemovalIsNotProvenByAnotherDeletedMemberNorByTheMemberStillActive() {
        String member = AccProjectUserChangesTest.MEMBER;
        server.stubFor(delete(urlEqualTo(AccProjectUserChangesTest.PATH)).willReturn(aResponse().withStatus(404)));
        for (String readBack : List.of(
                AccProjectUsersListTest.member("0a9d8c1e-2f3a-4b5c-9d8e-7f6a5b4c3d2f", "other@mail.com", "deleted"),
                AccProjectUsersListTest.member(member, "jane@mail.com", "active"))) {
            server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(AccProjectUsersListTest.page(List.of(readBack), 200, 0, 1, null))));

            assertThatThrownBy(() -> client.removeProjectUser(AccUsers.PROJECT, member)).as(readBack)
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
