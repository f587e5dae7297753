package io.github.roster.examples;

// tag::imports[]
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.nio.file.Path;
import java.util.List;
// end::imports[]

/**
 * The examples of README.md, verbatim between the tag comments: {@code ReadmeExamplesTest} runs them against
 * the sandbox and checks that README.md shows exactly this code.
 */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    static AccountUser bim360(String baseUrl, String token) {
        // tag::bim360[]
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                .baseUrl(baseUrl)                          // omit for https://developer.api.autodesk.com
                .tokenProvider(TokenProvider.of(token))
                .build()) {
            // Sends {"status":"inactive"} and nothing else: unset fields are not sent.
            AccountUser user = autodesk.updateAccountUser(
                    "b.9dbb160e-b904-458b-bc5c-ed184687592d",  // a Data Management hub id: the b. prefix is fine
                    "a75e8769-621e-40b6-a524-0cffdd2f784e",
                    new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
            System.out.println(user.getEmail() + " is now " + user.getStatus());
            return user;
        }
        // end::bim360[]
    }

    static AccImportResult accImport(String baseUrl, String token, List<String> emails) {
        // tag::acc[]
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                .baseUrl(baseUrl)
                .tokenProvider(TokenProvider.of(token))
                .impersonateUser("6cc15635-2fbd-4f73-afbe-abd833408a1d")  // User-Id, needed with a two-legged token
                .build()) {
            List<ProjectUserImport> users = emails.stream()
                    .map(email -> new ProjectUserImport()
                            .email(email)
                            .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER)))
                    .toList();
            // Any number of users: validated first, then sent 200 per request in input order.
            AccImportResult result = autodesk.importProjectUsers("367d5cc2-9008-462c-96e5-c9491db85d93", users);
            for (AccImportBatch failed : result.failed()) {
                System.err.println("not imported: " + failed.users().size() + " users: " + failed.error().getMessage());
            }
            return result;
        }
        // end::acc[]
    }

    static CompanyUser procore(String baseUrl, String token, Path photo) {
        // tag::procore[]
        try (ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                .baseUrl(baseUrl)                          // or .environment(ProcoreEnvironment.SANDBOX)
                .tokenProvider(TokenProvider.of(token))
                .build()) {
            CompanyUserUpdate update = new CompanyUserUpdate()
                    .lastName("Smith")                     // last_name and email_address are required
                    .emailAddress("john.smith@example.com")
                    .countryCode("US").stateCode("CA")     // ISO 3166: checked before sending
                    .jobTitle(null);                       // an explicit null clears the field
            // Procore-Company-Id is set for you; with an avatar the update goes as multipart/form-data.
            return procore.updateCompanyUser(8089L, 1234567890123L, update,
                    UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(photo)));
        }
        // end::procore[]
    }

    static String errors(AutodeskAccountAdminClient autodesk) {
        // tag::errors[]
        try {
            autodesk.updateAccountUser("9dbb160e-b904-458b-bc5c-ed184687592d", "not-a-user-id",
                    new AccountUserPatch().defaultRole("x".repeat(300)));
        } catch (ValidationException e) {           // nothing was sent
            e.violations().forEach(v -> System.err.println(v.path() + ": " + v.message()));
            return e.violations().get(0).path();
        } catch (RateLimitedException e) {          // still 429 after the allowed retries
            System.err.println("try again in " + e.retryAfter().orElseThrow());
        } catch (RosterException e) {               // every other failure: typed by outcome
            System.err.println(e.getMessage());
        }
        // end::errors[]
        return null;
    }
}
