package io.github.roster.sync.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.Digests;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.config.HrSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrExportReaderTest {

    @TempDir
    Path dir;

    private final HrExportReader reader = new HrExportReader(HrSettings.DEFAULTS);

    static List<String> problems(HrExportReader reader, String text, boolean jsonLines) {
        try {
            reader.parse(text.getBytes(StandardCharsets.UTF_8), "hr.csv", jsonLines);
        } catch (SyncInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void aCsvWithAByteOrderMarkAndExtraColumnsIsRead() throws Exception {
        String csv = "\uFEFFemployee_id,email,first_name,last_name,status,department,job_title,site\n"
                + "E1,ann@example.com,Ann,Lee,active,Engineering,Engineer,Berlin\n"
                + "E2,bob@example.com,Bob,,Terminated,Sales,,\n";
        Path file = Files.writeString(dir.resolve("hr.csv"), csv, StandardCharsets.UTF_8);

        HrExport export = reader.read(file);

        assertThat(export.people()).containsExactly(
                new HrPerson(2, "E1", "ann@example.com", "Ann", "Lee", "active", "Engineering", "Engineer", true,
                        Map.of("employee_id", "E1", "email", "ann@example.com", "first_name", "Ann",
                                "last_name", "Lee", "status", "active", "department", "Engineering",
                                "job_title", "Engineer", "site", "Berlin")),
                new HrPerson(3, "E2", "bob@example.com", "Bob", null, "Terminated", "Sales", null, false,
                        Map.of("employee_id", "E2", "email", "bob@example.com", "first_name", "Bob",
                                "status", "Terminated", "department", "Sales")));
        assertThat(export.columns()).contains("site", "department", "email");
        assertThat(export.digest()).isEqualTo(Digests.sha256(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mappedColumnsAndAnotherKeyAreUsed() {
        HrExportReader mapped = new HrExportReader(new HrSettings("Personnel No", List.of("employed"),
                Map.of("email", "Work Email", "status", "State")));
        String csv = "Personnel No,Work Email,last_name,State\n7,ann@example.com,Lee,Employed\n";

        HrPerson ann = mapped.parse(csv.getBytes(StandardCharsets.UTF_8), "hr.csv", false).people().get(0);

        assertThat(ann.employeeId()).isEqualTo("7");
        assertThat(ann.email()).isEqualTo("ann@example.com");
        assertThat(ann.employed()).isTrue();
        assertThat(ann.attribute("employee_id")).isEqualTo("7");
    }

    @Test
    void everyBadRowIsReportedByLineAndNoExportIsReturned() {
        String csv = "employee_id,email,first_name,last_name,status,department,job_title\n"
                + "E1,ann@example.com,Ann,Lee,active,Eng,\n"
                + ",bob@example.com,Bob,Ray,active,Eng,\n"
                + "E3,not-an-address,Cy,Doe,active,Eng,\n"
                + "E1,ANN@example.com,Ann,Lee,active,Eng,\n"
                + "E5,eve@example.com,Eve,Bell\u0007,active,Eng,\n"
                + "E6,fay@example.com,Fay,,active,Eng,\n"
                + "E7,gus@example.com,Gus,Hay,,Eng,\n"
                + "E8,hal@example.com,Hal\n";

        assertThat(problems(reader, csv, false)).containsExactly(
                "line 3: employee_id: required",
                "line 4: email: 'not-an-address' is not an e-mail address",
                "line 5: employee_id: 'E1' is also on line 2",
                "line 5: email: 'ANN@example.com' is also on line 2 (e-mails are compared ignoring case)",
                "line 6: last_name: contains a control character",
                "line 7: last_name: required for an employed person (Procore requires a last name)",
                "line 8: status: required",
                "line 9: 3 values, the header has 7");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        assertThat(problems(reader, "id,mail,status\n1,a@example.com,active\n", false)).containsExactly(
                "line 1: missing column 'employee_id' (the header has: id, mail, status)",
                "line 1: missing column 'email' (the header has: id, mail, status)");
    }

    @Test
    void jsonLinesAreReadAndTheirBadLinesReported() {
        String good = "{\"employee_id\":\"E1\",\"email\":\"ann@example.com\",\"last_name\":\"Lee\",\"status\":\"active\"}\n"
                + "\n{\"employee_id\":2,\"email\":\"bob@example.com\",\"last_name\":\"Ray\",\"status\":\"gone\"}\n";
        HrExport export = reader.parse(good.getBytes(StandardCharsets.UTF_8), "hr.jsonl", true);
        assertThat(export.people()).extracting(HrPerson::line, HrPerson::employeeId, HrPerson::employed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "E1", true),
                        org.assertj.core.groups.Tuple.tuple(3, "2", false));

        assertThat(problems(reader, "{\"employee_id\":\"E1\"\n[1]\n{\"employee_id\":\"E3\",\"email\":{}}\n", true))
                .satisfiesExactly(p -> assertThat(p).startsWith("line 1: not JSON: Unexpected end-of-input"),
                        p -> assertThat(p).isEqualTo("line 2: expected a JSON object"),
                        p -> assertThat(p).isEqualTo("line 3: email: expected a single value"));
    }

    @Test
    void anExportThatIsNotUtf8IsRefused() {
        byte[] latin1 = "employee_id,email,last_name,status\nE1,j@example.com,M\u00fcller,active\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.parse(latin1, "hr.csv", false))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("not UTF-8");
    }
}
