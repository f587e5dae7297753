package io.github.roster.specgate.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorDriftTest {

    private static final String PATCH = "PATCH /hq/v1/accounts/{}/users/{}: ";

    static Path fixture(String name) {
        try {
            return Path.of(VendorDriftTest.class.getResource("/drift-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reportsEveryKindOfDifferenceOnFixtures() {
        List<String> differences = DriftComparer.differences(ShapeReader.read(fixture("roster.yaml")),
                ShapeReader.read(fixture("vendor.yaml")));

        assertThat(differences).containsExactly(
                "GET /hq/v1/accounts/{}/roster-only: operation only in Roster",
                "GET /hq/v1/accounts/{}/vendor-only: operation only in vendor",
                PATCH + "status 429 only in Roster",
                PATCH + "header.region enum value 'AUS' only in vendor",
                PATCH + "request required: Roster yes, vendor no",
                PATCH + "request.company_id only in vendor",
                PATCH + "request.default_role only in Roster",
                PATCH + "response.id required: Roster yes, vendor no",
                PATCH + "response.seats type: Roster integer, vendor string");
    }

    @Test
    void pathVariablesAreNormalised() {
        assertThat(ShapeReader.normalise("/hq/v1/accounts/{accountId}/users/{user_id}"))
                .isEqualTo("/hq/v1/accounts/{}/users/{}");
        assertThat(ShapeReader.read(fixture("vendor.yaml")))
                .containsKey("PATCH /hq/v1/accounts/{}/users/{}");
    }

    @Test
    void allowListLeavesOnlyNewsAndNamesStaleEntries() {
        VendorDrift drift = VendorDrift.compare(fixture("roster.yaml"), fixture("vendor.yaml"),
                fixture("allowlist.yaml"));

        assertThat(drift.news()).hasSize(7).doesNotContain(
                "GET /hq/v1/accounts/{}/vendor-only: operation only in vendor",
                PATCH + "request.default_role only in Roster");
        assertThat(drift.allowed()).isEqualTo(2);
        assertThat(drift.staleEntries()).containsExactly(PATCH + "request.nickname only in vendor");
        assertThat(drift.report()).contains("7 difference(s) not in the allow-list:",
                "  " + PATCH + "request.company_id only in vendor", "2 known difference(s) allow-listed.",
                "no longer match");
    }

    @Test
    void allowListEntryWithoutReasonOrWhatIsRefusedNamingEachEntry(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                allowed:
                  - what: "GET /a: operation only in vendor"
                  - reason: no what
                  - what: "GET /a: operation only in vendor"
                    reason: duplicate
                """);
        assertThatThrownBy(() -> AllowList.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1 (GET /a: operation only in vendor): 'reason' is missing")
                .hasMessageContaining("entry 2: 'what' is missing")
                .hasMessageContaining("entry 3: duplicate of an earlier entry");
    }

    /**
     * Today's Roster Autodesk spec against Autodesk's official OpenAPI, kept beside the repository in
     * {@code ../shared/reference} (CI checks it out there): every difference must be allow-listed.
     */
    @Test
    void todaysAutodeskSpecDiffersFromTheVendorsOnlyAsAllowListed() {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path vendor = repo.resolveSibling("shared/reference/autodesk-accountadmin-official.yaml");
        assumeTrue(Files.exists(vendor), "vendor spec not beside the repository: " + vendor);

        VendorDrift drift = VendorDrift.compare(
                repo.resolve("specs/src/main/resources/io/github/roster/specs/autodesk-account-admin.yaml"), vendor,
                repo.resolve("specs/vendor-drift-allowlist.yaml"));

        assertThat(drift.news()).as(drift.report()).isEmpty();
        assertThat(drift.staleEntries()).as(drift.report()).isEmpty();
        assertThat(drift.allowed()).isPositive();
    }
}
