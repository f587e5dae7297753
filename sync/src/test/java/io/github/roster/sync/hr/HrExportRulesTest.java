package io.github.roster.sync.hr;

import static io.github.roster.sync.hr.HrExportReaderTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.config.HrSettings;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the HR export, one at a time: the row it refuses and the line and column it names. */
class HrExportRulesTest {

    private static final String HEADER = "employee_id,email,first_name,last_name,status,department,job_title\n";

    @TempDir
    Path dir;

    private final HrExportReader reader = new HrExportReader(HrSettings.DEFAULTS);

    private HrExport csv(String rows) {
        return reader.parse((HEADER + rows).getBytes(StandardCharsets.UTF_8), "hr.csv", false);
    }

    @Test
    void theFileNameChoosesJsonLinesOrCsv() throws Exception {
        String json = "{\"employee_id\":\"E1\",\"email\":\"a@example.com\",\"last_name\":\"A\",\"status\":\"active\"}\n";
        for (String name : List.of("hr.jsonl", "HR.NDJSON", "hr.json")) {
            Path file = Files.writeString(dir.resolve(name), json);
            assertThat(reader.read(file).people()).extracting(HrPerson::employeeId).containsExactly("E1");
        }
        Path csv = Files.writeString(dir.resolve("hr.txt"), HEADER + "E1,a@example.com,,A,active,,\n");
        HrExport export = reader.read(csv);
        assertThat(export.people()).extracting(HrPerson::email).containsExactly("a@example.com");
        assertThat(export.source()).isEqualTo(csv.toString());
        assertThatThrownBy(() -> reader.read(dir.resolve("none.csv")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read the HR export");
    }

    @Test
    void valuesAreStrippedAndEmptyOnesAreAbsent() {
        HrPerson p = csv("  E1 , a@example.com ,  ,Lee, Active ,,\n").people().get(0);

        assertThat(p.employeeId()).isEqualTo("E1");
        assertThat(p.email()).isEqualTo("a@example.com");
        assertThat(p.firstName()).isNull();
        assertThat(p.jobTitle()).isNull();
        assertThat(p.employed()).isTrue();
        assertThat(p.attributes()).containsOnlyKeys("employee_id", "email", "last_name", "status");
    }

    @Test
    void aValueOverTheLengthLimitIsRefusedAndOneAtTheLimitIsNot() {
        String limit = "x".repeat(255);
        assertThat(csv("E1,a@example.com,,Lee,active,," + limit + "\n").people().get(0).jobTitle()).isEqualTo(limit);
        assertThat(problems(reader, HEADER + "E1,a@example.com,,Lee,active,," + limit + "y\n", false))
                .containsExactly("line 2: job_title: longer than 255 characters");
    }

    @Test
    void aLeaverNeedsNoLastNameButAnEmployedPersonDoes() {
        assertThat(csv("E1,a@example.com,Ann,,gone,,\n").people().get(0).employed()).isFalse();
        assertThat(problems(reader, HEADER + "E1,a@example.com,Ann,,ACTIVE,,\n", false))
                .containsExactly("line 2: last_name: required for an employed person (Procore requires a last name)");
    }

    @Test
    void missingKeyEmailAndStatusAreEachNamed() {
        assertThat(problems(reader, HEADER + ",,Ann,Lee,,,\n", false)).containsExactly(
                "line 2: employee_id: required", "line 2: email: required", "line 2: status: required");
    }

    @Test
    void problemsOfManyLinesAreListedInLineOrder() {
        String jsonl = "{\"employee_id\":\"E1\",\"email\":\"a@example.com\",\"last_name\":\"A\",\"status\":\"active\"}\n"
                + "{\"employee_id\":\"E2\",\"email\":\"bad\",\"last_name\":\"B\",\"status\":\"active\"}\n"
                + "{\"employee_id\":\"E1\",\"email\":\"c@example.com\",\"last_name\":\"C\",\"status\":\"active\"}\n"
                + "nope\n";
        assertThat(problems(reader, jsonl, true)).satisfiesExactly(
                p -> assertThat(p).isEqualTo("line 2: email: 'bad' is not an e-mail address"),
                p -> assertThat(p).isEqualTo("line 3: employee_id: 'E1' is also on line 1"),
                p -> assertThat(p).startsWith("line 4: not JSON: "));
    }

    @Test
    void mappedHeadersNameTheirProblemsAndMapBackToFieldNames() {
        HrExportReader mapped = new HrExportReader(new HrSettings("Personnel No", List.of("employed"),
                Map.of("email", "Work Email", "status", "State", "last_name", "Surname", "department", "Dept")));
        String head = "Personnel No,Work Email,Surname,State,Dept,site\n";

        HrExport export = mapped.parse((head + "7,a@example.com,Lee,employed,Eng,Berlin\n")
                .getBytes(StandardCharsets.UTF_8), "hr.csv", false);
        assertThat(export.columns()).containsExactlyInAnyOrder("employee_id", "email", "last_name", "status", "department",
                "site");
        assertThat(export.people().get(0).department()).isEqualTo("Eng");
        assertThat(export.people().get(0).attribute("site")).isEqualTo("Berlin");

        assertThat(problems(mapped, head + "7,a@example.com,,employed,Eng,\n7,A@example.com,Ray,gone,,\n"
                + ",,,,,\n", false)).containsExactly(
                "line 2: Surname: required for an employed person (Procore requires a last name)",
                "line 4: Personnel No: required", "line 4: Work Email: required", "line 4: State: required");
        assertThat(problems(mapped, head + "7,a@example.com,Lee,employed,,\n8,A@EXAMPLE.com,Ray,gone,,\n", false))
                .containsExactly("line 3: Work Email: 'A@EXAMPLE.com' is also on line 2 (e-mails are compared"
                        + " ignoring case)");
        assertThat(problems(mapped, "employee_id,email,status\n1,a@example.com,active\n", false)).containsExactly(
                "line 1: missing column 'Personnel No' (the header has: employee_id, email, status)",
                "line 1: missing column 'Work Email' (the header has: employee_id, email, status)",
                "line 1: missing column 'State' (the header has: employee_id, email, status)");
    }

    @Test
    void columnsNoRowFillsAreStillNamedSoMembersRulesMayUseThem() {
        HrExportReader mapped = new HrExportReader(new HrSettings("employee_id", List.of("active"),
                Map.of("department", "Dept")));
        HrExport export = mapped.parse("employee_id,email,last_name,status,Dept,site\nE1,a@example.com,Lee,active,,\n"
                .getBytes(StandardCharsets.UTF_8), "hr.csv", false);
        assertThat(export.columns()).containsExactlyInAnyOrder("employee_id", "email", "last_name", "status",
                "department", "site");
    }

    @Test
    void csvLinesAreCountedAcrossQuotedLineBreaksAndEmptyLines() {
        assertThat(csv("E1,a@example.com,Ann,Lee,active,,\n\nE2,b@example.com,Bo,Ray,active,,\n").people())
                .extracting(HrPerson::line).containsExactly(2, 4);
        assertThat(problems(reader, HEADER + "E1,a@example.com,Ann,Lee,active,,\"x\ny\"\nE2,bad,Bo,Ray,active,,\n",
                false)).containsExactly("line 2: job_title: contains a control character",
                "line 4: email: 'bad' is not an e-mail address");
    }

    @Test
    void brokenCsvAndABadHeaderAreNamed() {
        assertThat(problems(reader, HEADER + "E1,a@example.com,Ann,Lee,active,,\"open\n", false))
                .singleElement().asString().startsWith("line 2: not CSV: ");
        assertThat(problems(reader, "employee_id,email,status,email\n", false))
                .singleElement().asString().startsWith("line 1: bad header: ").contains("email");
        assertThat(problems(reader, "employee_id,,email,status\n", false))
                .singleElement().asString().startsWith("line 1: bad header: ");
    }

    @Test
    void jsonLinesValuesOfAnyScalarTypeAreTextAndNullsAreAbsent() {
        String line = "{\"employee_id\":12,\"email\":\"a@example.com\",\"last_name\":\"A\",\"status\":\"active\","
                + "\"first_name\":null,\"contractor\":true}\r\n";
        HrPerson p = reader.parse(line.getBytes(StandardCharsets.UTF_8), "hr.jsonl", true).people().get(0);
        assertThat(p.employeeId()).isEqualTo("12");
        assertThat(p.firstName()).isNull();
        assertThat(p.attribute("contractor")).isEqualTo("true");
        assertThat(p.attributes()).doesNotContainKey("first_name");
    }

    @Test
    void aByteOrderMarkBeforeJsonLinesIsIgnored() {
        String line = "\uFEFF{\"employee_id\":\"E1\",\"email\":\"a@example.com\",\"last_name\":\"A\",\"status\":\"x\"}\n";
        assertThat(reader.parse(line.getBytes(StandardCharsets.UTF_8), "hr.jsonl", true).people())
                .extracting(HrPerson::employeeId).containsExactly("E1");
    }

    @Test
    void aStatusIsEmployedWhenItEqualsAnActiveValueIgnoringCaseAndSpace() {
        HrSettings settings = new HrSettings("employee_id", List.of("Active", "on_leave"), Map.of());
        assertThat(settings.isEmployed(" ACTIVE ")).isTrue();
        assertThat(settings.isEmployed("On_Leave")).isTrue();
        assertThat(settings.isEmployed("inactive")).isFalse();
        assertThat(settings.isEmployed(null)).isFalse();
        assertThat(settings.header("employee_id")).isEqualTo("employee_id");
        assertThat(new HrSettings("Id", List.of(), Map.of()).header("employee_id")).isEqualTo("Id");
    }
}
