package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.client.procore.model.CompanyUsersSync;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a caller reads in a violation: the field path spelled the way the vendor's wire spells it (at any depth,
 * with list indexes and the request's prefix), the rule, and for control characters which one and where.
 */
class ViolationPathsTest {

    private static ModelValidator validator;

    @BeforeAll
    static void build() {
        validator = new ModelValidator();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static CompanyUserUpdate procoreUser() {
        return new CompanyUserUpdate().lastName("Smith").emailAddress("ann.smith@example.com");
    }

    private static ProjectUserImport accUser(String email) {
        return new ProjectUserImport().email(email)
                .products(List.of(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER)));
    }

    private static List<String> paths(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void aValidModelHasNoViolations() {
        assertThat(validator.validate(procoreUser().firstName("Ann").jobTitle("Site lead ~ 1"), "user")).isEmpty();
        assertThat(validator.validate(new ProjectUsersImport().users(List.of(accUser("a@example.com"))), ""))
                .isEmpty();
    }

    @Test
    void aControlCharacterIsNamedWithItsCodeAndPosition() {
        List<Violation> found = validator.validate(procoreUser().firstName("Ann\nBob"), "user");

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("user.first_name");
            assertThat(v.rule()).isEqualTo("no-control-characters");
            assertThat(v.message()).isEqualTo("must not contain control characters (found U+000A at position 3)");
        });
    }

    @Test
    void everyC0CharacterAndDeleteAreControlCharactersButSpaceAndTildeAreNot() {
        for (char c = 0; c < 0x20; c++) {
            char bad = c;
            assertThat(validator.validate(procoreUser().jobTitle("x" + bad), ""))
                    .as("U+%04X", (int) bad).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains(String.format("U+%04X at position 1", (int) bad)));
        }
        assertThat(validator.validate(procoreUser().jobTitle("x\u007F"), "")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("U+007F at position 1"));
        assertThat(validator.validate(procoreUser().jobTitle(" a ~\u0080\u00e9"), "")).isEmpty();
    }

    @Test
    void onlyTheFirstControlCharacterOfAValueIsReported() {
        assertThat(validator.validate(procoreUser().notes("ab\tc\rd"), "")).singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith("(found U+0009 at position 2)"));
    }

    @Test
    void aNullSetOnPurposeIsNotAControlCharacter() {
        CompanyUserUpdate user = procoreUser().jobTitle(null).notes(null);

        assertThat(user.getJobTitle_JsonNullable().isPresent()).isTrue();
        assertThat(validator.validate(user, "user")).isEmpty();
    }

    @Test
    void aControlCharacterDeepInAListIsNamedByIndex() {
        ProjectUsersImport request = new ProjectUsersImport().users(List.of(
                accUser("a@example.com"), accUser("b@example.com").firstName("B\u0000b")));

        assertThat(validator.validate(request, "")).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("users[1].firstName"));
        assertThat(validator.validate(request, "body")).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("body.users[1].firstName"));
    }

    @Test
    void aControlCharacterInANestedModelIsNamedThroughItsParent() {
        CompanyUserUpdateRequest request = new CompanyUserUpdateRequest().user(procoreUser().city("Ly\u001bon"));

        assertThat(validator.validate(request, "")).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("user.city"));
    }

    @Test
    void beanValidationPathsUseWireNamesOfEveryWord() {
        CompanyUserUpdate user = procoreUser().countryCode("usa").stateCode("ABCD").businessPhoneExtension(-1L);

        assertThat(paths(validator.validate(user, "user"))).containsExactly(
                "user.business_phone_extension Min", "user.country_code Pattern", "user.state_code Pattern");
        assertThat(paths(validator.validate(user, ""))).containsExactly(
                "business_phone_extension Min", "country_code Pattern", "state_code Pattern");
    }

    @Test
    void beanValidationPathsInsideListsCarryTheIndexAndTheElementsWireNames() {
        CompanyUsersSync sync = new CompanyUsersSync().updates(List.of(
                new CompanyUserSyncItem().emailAddress("ok@example.com"),
                new CompanyUserSyncItem().emailAddress("ok2@example.com").countryCode("gb").vendorId(0L)));

        assertThat(paths(validator.validate(sync, ""))).containsExactly(
                "updates[1].country_code Pattern", "updates[1].vendor_id Min");
    }

    @Test
    void aViolationOnTheWholeListIsNamedByTheList() {
        List<ProjectUserImport> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(accUser("u" + i + "@example.com"));
        }

        assertThat(paths(validator.validate(new ProjectUsersImport().users(tooMany), "")))
                .containsExactly("users Size");
        assertThat(paths(validator.validate(new ProjectUsersImport(), "body"))).containsExactly("body.users NotNull");
    }

    @Test
    void aNestedRequiredModelMissingIsNamedByItsWireName() {
        assertThat(paths(validator.validate(new CompanyUserUpdateRequest(), ""))).containsExactly("user NotNull");
        assertThat(paths(validator.validate(new CompanyUserUpdateRequest().user(new CompanyUserUpdate()), "")))
                .containsExactly("user.email_address NotNull", "user.last_name NotNull");
    }

    @Test
    void violationsAreOrderedByPathThenRule() {
        char[] longName = new char[256];
        Arrays.fill(longName, 'n');
        AccountUserCreate create = new AccountUserCreate().email("not-an-email").firstName(new String(longName))
                .lastName("L\rM").city("C\u0007");

        assertThat(paths(validator.validate(create, ""))).containsExactly(
                "city no-control-characters", "email Email", "first_name Size", "last_name no-control-characters");
    }

    @Test
    void controlCharactersAndSpecRulesAreReportedTogether() {
        AccountUserPatch patch = new AccountUserPatch().defaultRole("r\n" + "x".repeat(300));

        assertThat(paths(validator.validate(patch, "patch"))).containsExactly(
                "patch.default_role Size", "patch.default_role no-control-characters");
    }
}
