package io.github.roster.examples;

import io.github.roster.auth.TokenProvider;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.procore.CompanyUserDeactivation;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.CompanyUserSyncItemResult;
import io.github.roster.procore.CompanyUserSyncResult;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.List;

/**
 * The Procore part of README.md's "Provision and offboard" section, verbatim between the tag comments;
 * {@code ProcoreLifecycleReadmeExampleTest} runs it against the sandbox.
 */
final class ProcoreLifecycleReadmeExample {

    private ProcoreLifecycleReadmeExample() {
    }

    static List<String> run(String baseUrl, String token) {
        List<String> log = new java.util.ArrayList<>();
        // tag::procore-lifecycle[]
        try (ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                .baseUrl(baseUrl)
                .tokenProvider(TokenProvider.of(token))
                .build()) {
            long company = 8089L;
            // Find: exact, case-insensitive, over active AND inactive users (Procore's search is fuzzy).
            List<CompanyUserMatch> found = procore.findCompanyUsersByEmail(company, "jane.doe@example.com");
            if (found.isEmpty()) {
                // Create: not sent twice; origin_id carries your HR key.
                CompanyUser jane = procore.createCompanyUser(company, new CompanyUserCreate()
                        .firstName("Jane").lastName("Doe").emailAddress("jane.doe@example.com").originId("E-2002"));
                log.add("created " + jane.getId());
            }
            // Offboard: reads first, sends only is_active=false (with the current last name and e-mail).
            CompanyUserDeactivation off = procore.deactivateCompanyUserByEmail(company, "ann.lee@example.com")
                    .orElseThrow();
            log.add(off.sent() ? "deactivated " + off.user().getId() : "already inactive");
            // Bring back through Procore's documented reactivation path.
            procore.reactivateCompanyUser(company, off.user().getId());
            // Bulk: 1,000 per request; each item's outcome, since Procore answers 200 whatever happened.
            CompanyUserSyncResult sync = procore.syncCompanyUsers(company, List.of(
                    new CompanyUserSyncItem().originId("E-3001").lastName("Hire").emailAddress("hire@example.com"),
                    new CompanyUserSyncItem().id(999999L).isActive(false)));
            for (CompanyUserSyncItemResult r : sync.items()) {
                log.add(r.outcome() + (r.reason() == null ? "" : ": " + r.reason()));
            }
            // Walk every user, active then inactive, one page of 100 in memory at a time.
            long everyone = procore.listAllCompanyUsers(company).stream().count();
            log.add(everyone + " users");
        }
        // end::procore-lifecycle[]
        return log;
    }
}
