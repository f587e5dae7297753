package io.github.roster.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.Digests;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncConfigReaderTest {

    private static final Path DIR = Path.of("/etc/roster");

    static SyncConfig parse(String yaml) {
        return SyncConfigReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "sync.yaml", DIR);
    }

    static List<String> problems(String yaml) {
        try {
            parse(yaml);
        } catch (SyncInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void theIssuesExampleIsReadWithIdsNormalisedAndProductsCanonical() {
        String yaml = """
                hr: {key: employee_id, active: [active, on_leave], columns: {email: "Work Email"}}
                bim360: {account: b.9DBB160E-B904-458B-BC5C-ED184687592D}
                acc:
                  projects:
                    - id: b.367d5cc2-9008-462c-96e5-c9491db85d93
                      members: {department: Engineering}
                      products: "docs:member;build:member;cost:none"
                      company_id: 14e95a5e-02eb-49aa-a39a-447d90544873
                      role_ids: [4e7e02ae-2994-4210-9153-84bfb9a23a63, 1e7e02ae-2994-4210-9153-84bfb9a23a63]
                procore: {company: 8089, origin_id: employee_id}
                safety: {max_deactivations: 10, max_deactivation_percent: 5, protected: [admin@example.com]}
                state: sync-state.json
                """;
        SyncConfig config = parse(yaml);

        assertThat(config.hr()).isEqualTo(new HrSettings("employee_id", List.of("active", "on_leave"),
                Map.of("email", "Work Email")));
        assertThat(config.hr().header("email")).isEqualTo("Work Email");
        assertThat(config.hr().isEmployed("On_Leave")).isTrue();
        assertThat(config.bim360().account()).isEqualTo("9dbb160e-b904-458b-bc5c-ed184687592d");
        assertThat(config.accProjects()).containsExactly(new AccProjectSettings(
                "367d5cc2-9008-462c-96e5-c9491db85d93", Map.of("department", "Engineering"),
                "build:member;docs:member", "14e95a5e-02eb-49aa-a39a-447d90544873",
                "1e7e02ae-2994-4210-9153-84bfb9a23a63,4e7e02ae-2994-4210-9153-84bfb9a23a63"));
        assertThat(config.procore()).isEqualTo(new ProcoreSettings(8089, "employee_id"));
        assertThat(config.safety()).isEqualTo(new SafetyRules(10, 5, List.of("admin@example.com"), 0.9));
        assertThat(config.statePath()).isEqualTo(DIR.resolve("sync-state.json"));
        assertThat(config.digest()).isEqualTo(Digests.sha256(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void defaultsApplyWhenOnlyATargetIsGiven() {
        SyncConfig config = parse("procore: {company: 8089}\n");

        assertThat(config.hr()).isEqualTo(HrSettings.DEFAULTS);
        assertThat(config.safety()).isEqualTo(SafetyRules.DEFAULTS);
        assertThat(config.statePath()).isEqualTo(DIR.resolve("sync-state.json"));
        assertThat(config.bim360()).isNull();
        assertThat(config.accProjects()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsLineAndKey() {
        String yaml = """
                hr: {key: employee_id, colums: {email: Mail}}
                bim360: {account: not-a-uuid}
                acc:
                  projects:
                    - id: 367d5cc2-9008-462c-96e5-c9491db85d93
                      products: "docs:member;plans:member;build:boss"
                procore: {company: -3}
                safety:
                  max_deactivation: 10
                  max_deactivation_percent: 150
                """;

        assertThat(problems(yaml)).containsExactly(
                "line 1: hr.colums: unknown key (expected one of active, columns, key); did you mean columns?",
                "line 2: bim360.account: 'not-a-uuid' is not an id (a UUID, optionally with b.)",
                "line 6: acc.projects[0].products: 'plans' is not a product (expected one of projectAdministration,"
                        + " designCollaboration, build, cost, modelCoordination, docs, insight, takeoff, autoSpecs,"
                        + " financials, buildingConnected, capitalPlanning, accountAdministration, workshopxr,"
                        + " cloudWorksharing)",
                "line 6: acc.projects[0].products: 'boss' is not an access level for build (expected administrator,"
                        + " member or none)",
                "line 7: procore.company: expected a whole number from 1 up, was '-3'",
                "line 9: safety.max_deactivation: unknown key (expected one of max_deactivation_percent,"
                        + " max_deactivations, min_hr_people_ratio, protected, unmanaged); did you mean max_deactivations?",
                "line 10: safety.max_deactivation_percent: expected a number from 0.0 to 100.0, was '150'");
    }

    @Test
    void aKeyGivenTwiceAndBadYamlAreReportedByLine() {
        assertThat(problems("safety:\n  max_deactivations: 1\n  max_deactivations: 2\nprocore: {company: 1}\n"))
                .containsExactly("line 3: safety.max_deactivations: given twice (first on line 2)");
        assertThatThrownBy(() -> parse("procore: {company: 1\nstate: x\n"))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("not YAML");
    }

    @Test
    void aConfigurationWithoutTargetsOrWithAnUnknownTopLevelKeyIsRefused() {
        assertThat(problems("state: s.json\n")).containsExactly(
                "no target: configure at least one of bim360, acc.projects, procore");
        assertThat(problems("procore: {company: 1}\ncredentials: {token: x}\n")).containsExactly(
                "line 2: credentials: unknown key (expected one of acc, bim360, hr, procore, safety, state)");
    }

    @Test
    void unmanagedUsersAreReportedUnlessTheSafetySectionSaysDeactivateAndATypoIsRefusedWithItsLine() {
        assertThat(parse("procore: {company: 1}\n").safety().deactivateUnmanaged()).isFalse();
        assertThat(parse("procore: {company: 1}\nsafety: {unmanaged: report}\n").safety().deactivateUnmanaged())
                .isFalse();
        assertThat(parse("procore: {company: 1}\nsafety:\n  unmanaged: deactivate\n").safety()
                .deactivateUnmanaged()).isTrue();
        assertThat(problems("procore: {company: 1}\nsafety:\n  max_deactivations: 3\n  unmanaged: deactive\n"))
                .containsExactly("line 4: safety.unmanaged: 'deactive' is not a choice (expected report or deactivate)");
    }
}
