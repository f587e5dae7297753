package io.github.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AccountImportItem;
import io.github.roster.autodesk.AccountImportOutcome;
import io.github.roster.autodesk.AccountImportResult;
import io.github.roster.autodesk.AccountUserDeactivation;
import io.github.roster.autodesk.ProjectUserRemoval;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.error.TransportException;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.Response;
import io.github.roster.procore.CompanyUserDeactivation;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.CompanyUserSyncItemResult;
import io.github.roster.procore.CompanyUserSyncOutcome;
import io.github.roster.procore.CompanyUserSyncResult;
import io.github.roster.procore.ListCompanyUsersOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code toString()} of every public result type summarises (counts, ids, job ids, outcomes) and never shows
 * a person's e-mail or name: results end up in logs.
 */
class ResultSummariesTest {

    private static final String EMAIL = "ada.lovelace@example.com";
    private static final String FIRST = "Ada";
    private static final String LAST = "Lovelace";
    private static final UUID USER_ID = UUID.fromString("8c2b5bd4-5c3e-4a43-9a3e-2f0a3b8d9e11");
    private static final UUID JOB_ID = UUID.fromString("0f1e2d3c-4b5a-4678-9abc-def012345678");

    private static void assertNoPersonalData(Object result) {
        assertThat(result.toString()).doesNotContainIgnoringCase(EMAIL).doesNotContain(FIRST).doesNotContain(LAST)
                .doesNotContain("example.com");
    }

    private static ProjectUserImport projectUser() {
        return new ProjectUserImport().email(EMAIL).firstName(FIRST).lastName(LAST);
    }

    private static AccountUser accountUser() {
        return new AccountUser().id(USER_ID).email(EMAIL).name(FIRST + " " + LAST).firstName(FIRST).lastName(LAST);
    }

    private static CompanyUser companyUser() {
        return new CompanyUser().id(5_000_000_001L).emailAddress(EMAIL).firstName(FIRST).lastName(LAST)
                .name(FIRST + " " + LAST).originId("HR-7");
    }

    @Test
    void accImportBatchShowsSizeAndJobIdOrFailure() {
        AccImportBatch accepted = new AccImportBatch(0, 0, List.of(projectUser(), projectUser()), JOB_ID, null);
        AccImportBatch failed = new AccImportBatch(1, 2, List.of(projectUser()), null,
                new TransportException("lost " + EMAIL, true, null));

        assertThat(accepted).hasToString("AccImportBatch{index=0, firstUserIndex=0, users=2, jobId=" + JOB_ID + "}");
        assertThat(failed.toString()).contains("users=1", "failed=TransportException");
        assertNoPersonalData(accepted);
        assertNoPersonalData(failed);
    }

    @Test
    void accImportResultShowsCountsAndJobIds() {
        AccImportResult result = new AccImportResult(List.of(
                new AccImportBatch(0, 0, List.of(projectUser(), projectUser()), JOB_ID, null),
                new AccImportBatch(1, 2, List.of(projectUser()), null, new TransportException("x", false, null))));

        assertThat(result).hasToString("AccImportResult{requests=2, failedRequests=1, users=3, acceptedUsers=2, jobIds=["
                + JOB_ID + "]}");
        assertNoPersonalData(result);
    }

    @Test
    void accountImportResultAndItemShowCountsAndIds() {
        AccountUserCreate sent = new AccountUserCreate().email(EMAIL).firstName(FIRST).lastName(LAST);
        AccountImportItem created = new AccountImportItem(0, sent, AccountImportOutcome.CREATED, accountUser(), null);
        AccountImportItem failed = new AccountImportItem(1, sent, AccountImportOutcome.FAILED, null,
                EMAIL + " exists already");
        AccountImportResult result = new AccountImportResult(List.of(created, failed));

        assertThat(result).hasToString("AccountImportResult{users=2, created=1, failed=1, unknown=0}");
        assertThat(created.toString()).contains("id=" + USER_ID);
        assertNoPersonalData(result);
        assertNoPersonalData(created);
        assertNoPersonalData(failed);
    }

    @Test
    void accountUserDeactivationShowsKindAndId() {
        AccountUserDeactivation done = new AccountUserDeactivation(AccountUserDeactivation.Kind.DEACTIVATED,
                accountUser(), List.of(), "deactivated " + EMAIL);

        assertThat(done).hasToString("AccountUserDeactivation{kind=DEACTIVATED, id=" + USER_ID + "}");
        assertNoPersonalData(done);
    }

    @Test
    void projectUserRemovalShowsIdAndOutcome() {
        ProjectUserRemoval removal = new ProjectUserRemoval(USER_ID.toString(), ProjectUserRemoval.Outcome.REMOVED);

        assertThat(removal).hasToString("ProjectUserRemoval{userId=" + USER_ID + ", outcome=REMOVED}");
        assertNoPersonalData(removal);
    }

    @Test
    void companyUserSyncResultShowsCountsPerOutcome() {
        CompanyUserSyncItem item = new CompanyUserSyncItem().originId("HR-7").emailAddress(EMAIL).firstName(FIRST)
                .lastName(LAST);
        CompanyUserSyncItemResult synced = new CompanyUserSyncItemResult(item, CompanyUserSyncOutcome.SYNCED,
                companyUser(), Map.of(), null);
        CompanyUserSyncItemResult failed = new CompanyUserSyncItemResult(item, CompanyUserSyncOutcome.FAILED, null,
                Map.of("email_address", List.of(EMAIL + " is taken")), "refused");
        CompanyUserSyncResult result = new CompanyUserSyncResult(List.of(synced, failed));

        assertThat(result).hasToString("CompanyUserSyncResult{items=2, updated=0, synced=1, failed=1, unknown=0}");
        assertThat(failed.toString()).contains("originId=HR-7", "errorFields=[email_address]");
        assertNoPersonalData(result);
        assertNoPersonalData(synced);
        assertNoPersonalData(failed);
    }

    @Test
    void companyUserDeactivationAndMatchShowIds() {
        CompanyUserDeactivation done = new CompanyUserDeactivation(companyUser(), true);
        CompanyUserMatch match = new CompanyUserMatch(companyUser(), false);

        assertThat(done).hasToString("CompanyUserDeactivation{id=5000000001, sent=true}");
        assertThat(match).hasToString("CompanyUserMatch{id=5000000001, active=false}");
        assertNoPersonalData(done);
        assertNoPersonalData(match);
    }

    @Test
    void pageShowsSizeAndPositionNotItems() {
        Page<CompanyUser> page = new Page<>(List.of(companyUser(), companyUser()), new PageRequest(200, 100),
                Optional.of(new PageRequest(300, 100)));

        assertThat(page).hasToString("Page{items=2, offset=200, limit=100, hasNext=true}");
        assertNoPersonalData(page);
    }

    @Test
    void responseShowsStatusAndSafeHeadersNotTheBody() {
        Response<CompanyUser> response = new Response<>(200, Map.of("X-Request-Id", List.of("req-1")), companyUser());

        assertThat(response.toString()).contains("status=200", "req-1");
        assertNoPersonalData(response);
    }

    @Test
    void listOptionsHideTheSearchText() {
        ListCompanyUsersOptions options = new ListCompanyUsersOptions(100, EMAIL, null, null);

        assertThat(options.toString()).contains("search=set", "perPage=100");
        assertNoPersonalData(options);
    }
}
