package io.github.roster.sync.config;

import static io.github.roster.sync.config.SyncConfigReaderTest.parse;
import static io.github.roster.sync.config.SyncConfigReaderTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncInputException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the configuration file, one at a time: what it accepts, and the message (line, key) it refuses with. */
class SyncConfigRulesTest {

    private static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";

    @TempDir
    Path dir;

    @Test
    void aFileIsReadAndItsRelativeStatePathResolvedBesideIt() throws Exception {
        Path file = Files.writeString(dir.resolve("sync.yaml"), "procore: {company: 5}\nstate: run/state.json\n");

        SyncConfig config = SyncConfigReader.read(file);

        assertThat(config.statePath()).isEqualTo(dir.toAbsolutePath().resolve("run/state.json"));
        assertThat(config.needsAutodesk()).isFalse();
        assertThatThrownBy(() -> SyncConfigReader.read(dir.resolve("missing.yaml")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read the configuration");
    }

    @Test
    void anAbsoluteStatePathIsKeptAndAnEmptyStateIsRefused() {
        assertThat(parse("procore: {company: 5}\nstate: /var/roster/s.json\n").statePath())
                .isEqualTo(Path.of("/var/roster/s.json"));
        assertThat(problems("procore: {company: 5}\nstate: ''\n")).containsExactly("line 2: state: must not be empty");
        assertThat(problems("procore: {company: 5}\nstate: [a, b]\n"))
                .containsExactly("line 2: state: expected a single value, was a list");
    }

    @Test
    void hrSettingsAreReadAndAnEmptyActiveListOrUnknownColumnIsRefused() {
        SyncConfig config = parse("""
                hr:
                  key: Personnel No
                  active: [Employed]
                  columns: {status: State, job_title: Title}
                procore: {company: 5, origin_id: Personnel No}
                """);
        assertThat(config.hr()).isEqualTo(new HrSettings("Personnel No", List.of("Employed"),
                Map.of("status", "State", "job_title", "Title")));
        // origin_id naming the HR key is the key itself
        assertThat(config.procore()).isEqualTo(new ProcoreSettings(5, "employee_id"));

        assertThat(problems("""
                hr:
                  active: []
                  columns: {mail: Work Email, first_name: [a]}
                procore: {company: 5}
                """)).containsExactly(
                "line 2: hr.active: list at least one status value that means employed",
                "line 3: hr.columns.mail: unknown key (expected one of department, email, first_name, job_title,"
                        + " last_name, status); did you mean email?",
                "line 3: hr.columns.first_name: expected a non-empty value, was a list");
    }

    @Test
    void numbersAtTheEndsOfTheirRangesAreAccepted() {
        assertThat(parse("procore: {company: 1}\nsafety: {max_deactivations: 2147483647, max_deactivation_percent: 100,"
                + " min_hr_people_ratio: 0}\n").safety()).isEqualTo(new SafetyRules(Integer.MAX_VALUE, 100, List.of(), 0));
        assertThat(parse("procore: {company: 1}\nsafety: {max_deactivation_percent: 0}\n").safety()
                .maxDeactivationPercent()).isZero();
    }

    @Test
    void anHrSectionWithoutActiveKeepsTheDefaultStatus() {
        assertThat(parse("hr: {key: id}\nprocore: {company: 1}\n").hr().active()).containsExactly("active");
    }

    @Test
    void anIdThatParsesButIsNotACanonicalUuidIsRefused() {
        assertThat(problems("bim360: {account: 1-2-3-4-5}\n")).containsExactly(
                "line 1: bim360.account: '1-2-3-4-5' is not an id (a UUID, optionally with b.)");
    }

    @Test
    void safetyValuesNotGivenKeepTheirDefaults() {
        assertThat(parse("procore: {company: 1}\nsafety: {protected: [a@example.com]}\n").safety())
                .isEqualTo(new SafetyRules(10, 5, List.of("a@example.com"), 0.9));
    }

    @Test
    void aKeyWithinTwoEditsOfAKnownOneGetsASuggestionAndOneThreeAwayDoesNot() {
        assertThat(problems("procore: {company: 5, origin_: x}\n")).containsExactly(
                "line 1: procore.origin_: unknown key (expected one of company, origin_id); did you mean origin_id?");
        assertThat(problems("procore: {company: 5, origin: x}\n")).containsExactly(
                "line 1: procore.origin: unknown key (expected one of company, origin_id)");
    }

    @Test
    void aKeyFarFromEveryKnownOneGetsNoSuggestion() {
        assertThat(problems("procore: {company: 5, colour: blue}\n")).containsExactly(
                "line 1: procore.colour: unknown key (expected one of company, origin_id)");
    }

    @Test
    void aHrFieldOtherThanTheKeyIsWrittenToOriginId() {
        assertThat(parse("procore: {company: 5, origin_id: badge}\n").procore())
                .isEqualTo(new ProcoreSettings(5, "badge"));
        assertThat(parse("procore: {company: 5}\n").procore().target()).isEqualTo("5");
    }

    @Test
    void aProcoreCompanyIsRequiredAndMustBeAPositiveWholeNumber() {
        assertThat(problems("procore: {origin_id: badge}\n")).containsExactly(
                "line 1: procore: company is required in procore");
        assertThat(problems("procore: {company: 0}\n")).containsExactly(
                "line 1: procore.company: expected a whole number from 1 up, was '0'");
        assertThat(problems("procore: {company: 1.5}\n")).containsExactly(
                "line 1: procore.company: expected a whole number from 1 up, was '1.5'");
        assertThat(parse("procore: {company: 1}\n").procore().company()).isEqualTo(1);
    }

    @Test
    void aBim360AccountIsRequiredAndItsPrefixMayBeInAnyCase() {
        assertThat(parse("bim360: {account: B.9DBB160E-B904-458B-BC5C-ED184687592D}\n").bim360().account())
                .isEqualTo("9dbb160e-b904-458b-bc5c-ed184687592d");
        assertThat(parse("bim360: {account: 9dbb160e-b904-458b-bc5c-ed184687592d}\n").needsAutodesk()).isTrue();
        assertThat(problems("bim360: {acount: x}\n")).containsExactly(
                "line 1: bim360.acount: unknown key (expected one of account); did you mean account?",
                "line 1: bim360: account is required in bim360");
        assertThat(problems("bim360: {account: 9dbb160e-b904-458b-bc5c}\n")).containsExactly(
                "line 1: bim360.account: '9dbb160e-b904-458b-bc5c' is not an id (a UUID, optionally with b.)");
    }

    @Test
    void aProjectWithoutProductsOrWithBadIdsIsRefusedNamingEachKey() {
        assertThat(problems("""
                acc:
                  projects:
                    - id: 367d5cc2-9008-462c-96e5-c9491db85d93
                      company_id: acme
                      role_ids: [4E7E02AE-2994-4210-9153-84BFB9A23A63, admin]
                """)).containsExactly(
                "line 3: acc.projects[0]: products is required in acc.projects[0]",
                "line 4: acc.projects[0].company_id: 'acme' is not an id (a UUID)",
                "line 5: acc.projects[0].role_ids: 'admin' is not a role id (a UUID)");
        AccProjectSettings upper = parse("""
                acc:
                  projects:
                    - id: 367d5cc2-9008-462c-96e5-c9491db85d93
                      products: docs:member
                      company_id: 14E95A5E-02EB-49AA-A39A-447D90544873
                      role_ids: [4E7E02AE-2994-4210-9153-84BFB9A23A63]
                """).accProjects().get(0);
        assertThat(upper.companyId()).isEqualTo("14e95a5e-02eb-49aa-a39a-447d90544873");
        assertThat(upper.roleIds()).isEqualTo("4e7e02ae-2994-4210-9153-84bfb9a23a63");
        assertThat(upper.roleIdList()).containsExactly("4e7e02ae-2994-4210-9153-84bfb9a23a63");
    }

    @Test
    void aProjectWithoutCompanyOrRolesLeavesThemAlone() {
        AccProjectSettings plain = parse("acc: {projects: [{id: " + PROJECT + ", products: 'docs:member'}]}\n")
                .accProjects().get(0);
        assertThat(plain).isEqualTo(new AccProjectSettings(PROJECT, Map.of(), "docs:member", null, null));
        assertThat(plain.roleIdList()).isEmpty();
        assertThat(parse("acc: {projects: [{id: " + PROJECT + ", products: 'docs:member', role_ids: []}]}\n")
                .accProjects().get(0).roleIds()).isEmpty();
    }

    @Test
    void productsMustBeKeyAccessPairsEachGivenOnce() {
        assertThat(problems("acc: {projects: [{id: " + PROJECT + ", products: 'docs;build:member:x;docs:member;"
                + "build:member;build:administrator'}]}\n")).containsExactly(
                "line 1: acc.projects[0].products: 'docs' is not key:access",
                "line 1: acc.projects[0].products: 'build:member:x' is not key:access",
                "line 1: acc.projects[0].products: 'build' is given twice");
        assertThat(parse("acc: {projects: [{id: " + PROJECT + ", products: ' docs : member ; build:none ; cost:"
                + "administrator'}]}\n").accProjects().get(0).products()).isEqualTo("cost:administrator;docs:member");
    }

    @Test
    void aProjectListedTwiceOrAnAccSectionWithoutProjectsIsRefused() {
        assertThat(problems("""
                acc:
                  projects:
                    - {id: 367d5cc2-9008-462c-96e5-c9491db85d93, products: 'docs:member'}
                    - {id: b.367D5CC2-9008-462C-96E5-C9491DB85D93, products: 'docs:member'}
                """)).containsExactly(
                "line 4: acc.projects[1].id: project 367d5cc2-9008-462c-96e5-c9491db85d93 is listed twice");
        assertThat(problems("acc: {}\nprocore: {company: 1}\n")).containsExactly("line 1: acc: projects is required in acc");
        assertThat(problems("acc: {projects: {id: x}}\nprocore: {company: 1}\n"))
                .containsExactly("line 1: acc.projects: expected a list, was a mapping");
        assertThat(problems("acc: {projects: [docs]}\nprocore: {company: 1}\n")).containsExactly(
                "line 1: acc.projects[0]: expected a mapping of keys to values, was 'docs'",
                "line 1: acc.projects[0]: id is required in acc.projects[0]",
                "line 1: acc.projects[0]: products is required in acc.projects[0]");
    }

    @Test
    void membersRulesAreKeptInFileOrderAndMustBeSimpleValues() {
        AccProjectSettings p = parse("acc: {projects: [{id: " + PROJECT + ", products: 'docs:member',"
                + " members: {department: ' Engineering ', site: Berlin}}]}\n").accProjects().get(0);
        assertThat(p.members()).containsExactlyInAnyOrderEntriesOf(Map.of("department", "Engineering", "site", "Berlin"));
        assertThat(problems("""
                acc:
                  projects:
                    - id: 367d5cc2-9008-462c-96e5-c9491db85d93
                      products: docs:member
                      members: {department: '', site: ~, team: [a]}
                """)).containsExactly(
                "line 5: acc.projects[0].members.department: expected a non-empty value, was ''",
                "line 5: acc.projects[0].members.site: expected a non-empty value, was 'null'",
                "line 5: acc.projects[0].members.team: expected a non-empty value, was a list");
        assertThat(problems("acc: {projects: [{id: " + PROJECT + ", products: 'docs:member', members: [a]}]}\n"))
                .containsExactly("line 1: acc.projects[0].members: expected a mapping of keys to values, was a list");
    }

    @Test
    void safetyValuesAreReadAndEachOutOfRangeOneIsRefused() {
        SafetyRules rules = parse("""
                procore: {company: 1}
                safety:
                  max_deactivations: 7
                  max_deactivation_percent: 12.5
                  min_hr_people_ratio: 1
                  protected: [' Admin@Example.com ']
                """).safety();
        assertThat(rules).isEqualTo(new SafetyRules(7, 12.5, List.of("Admin@Example.com"), 1.0));
        assertThat(rules.isProtected("admin@example.COM")).isTrue();

        assertThat(problems("""
                procore: {company: 1}
                safety:
                  max_deactivations: ten
                  max_deactivation_percent: -1
                  min_hr_people_ratio: 1.5
                  protected: [admin, '', [x]]
                """)).containsExactly(
                "line 3: safety.max_deactivations: expected a whole number from 0 to 2147483647, was 'ten'",
                "line 4: safety.max_deactivation_percent: expected a number from 0.0 to 100.0, was '-1'",
                "line 5: safety.min_hr_people_ratio: expected a number from 0.0 to 1.0, was '1.5'",
                "line 6: safety.protected[1]: expected a non-empty value, was ''",
                "line 6: safety.protected[2]: expected a non-empty value, was a list",
                "line 6: safety.protected: 'admin' is not an e-mail address");
        assertThat(problems("procore: {company: 1}\nsafety: {max_deactivation_percent: lots, min_hr_people_ratio: -0.1}\n"))
                .containsExactly(
                "line 2: safety.max_deactivation_percent: expected a number from 0.0 to 100.0, was 'lots'",
                "line 2: safety.min_hr_people_ratio: expected a number from 0.0 to 1.0, was '-0.1'");
        assertThat(problems("procore: {company: 1}\nsafety: {max_deactivations: 2147483648}\n")).containsExactly(
                "line 2: safety.max_deactivations: expected a whole number from 0 to 2147483647, was '2147483648'");
    }

    @Test
    void aProtectedAddressWithAControlCharacterIsRefused() {
        assertThat(problems("procore: {company: 1}\nsafety: {protected: [\"a@example.com\\u0007\"]}\n"))
                .containsExactly("line 2: safety.protected: 'a@example.com\u0007' is not an e-mail address");
    }

    @Test
    void sectionsThatAreNotMappingsAreRefused() {
        assertThat(problems("hr: employee_id\nprocore: {company: 1}\nsafety: [1]\n")).containsExactly(
                "line 1: hr: expected a mapping of keys to values, was 'employee_id'",
                "line 3: safety: expected a mapping of keys to values, was a list");
        assertThat(problems("- procore\n")).containsExactly("expected a mapping of keys to values, was a list");
    }

    @Test
    void anEmptyFileOrOnlyNullSectionsHaveNoTarget() {
        assertThat(problems("")).containsExactly("no target: configure at least one of bim360, acc.projects, procore");
        assertThat(problems("bim360: ~\nacc: ~\nprocore:\nsafety: ~\nhr: ~\n"))
                .containsExactly("no target: configure at least one of bim360, acc.projects, procore");
    }

    @Test
    void yamlValuesOfEveryScalarTypeAreNamedAsWritten() {
        assertThat(problems("procore: {company: true}\n")).containsExactly(
                "line 1: procore.company: expected a whole number from 1 up, was 'true'");
        assertThat(problems("procore: {company: 2, origin_id: {a: 1}}\n")).containsExactly(
                "line 1: procore.origin_id: expected a single value, was a mapping");
        assertThat(parse("procore: {company: 1}\nhr: {key: false}\n").hr().key()).isEqualTo("false");
    }

    @Test
    void syntaxErrorsNameTheirLine() {
        assertThatThrownBy(() -> parse("procore:\n  company: 1\n  - x\n"))
                .isInstanceOf(SyncInputException.class)
                .satisfies(e -> assertThat(((SyncInputException) e).problems()).singleElement()
                        .asString().startsWith("line 2: not YAML: while parsing a block mapping")
                        .contains("found '-'"));
    }
}
