package io.github.roster.sync.hr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.EmailAddresses;
import io.github.roster.sync.Digests;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.config.HrSettings;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads an HR export: CSV with a header row, or JSON Lines (one object per line; files named {@code .jsonl},
 * {@code .ndjson} or {@code .json}), UTF-8 with or without a byte order mark. Every bad row is reported by its
 * line, all of them at once, and no export is returned when any row is bad: a missing key, e-mail or status; a
 * malformed e-mail; a control character in any value; a value over 255 characters; the same key or e-mail
 * (ignoring case) on two rows; an employed person without a last name (Procore requires one).
 */
public final class HrExportReader {

    private static final int MAX_LENGTH = 255;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HrSettings settings;

    /**
     * A reader for exports laid out as the settings say.
     *
     * @param settings the key column, the employed status values and the column names
     */
    public HrExportReader(HrSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads an export file.
     *
     * @param file the CSV or JSON Lines file
     * @return the export
     * @throws SyncInputException naming every bad row by line
     * @throws UncheckedIOException when the file cannot be read
     */
    public HrExport read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HR export " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        return parse(bytes, file.toString(), jsonLines);
    }

    /**
     * Reads an export from its bytes.
     *
     * @param bytes the export
     * @param source what to call it in messages
     * @param jsonLines true for JSON Lines, false for CSV
     * @return the export
     * @throws SyncInputException naming every bad row by line
     */
    public HrExport parse(byte[] bytes, String source, boolean jsonLines) {
        String text = decode(bytes, source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<Row> rows = jsonLines ? jsonLines(text, problems) : csv(text, source, problems);
        Set<String> columns = new LinkedHashSet<>();
        List<HrPerson> people = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (Row row : rows) {
            HrPerson person = person(row, problems);
            if (person == null) {
                continue;
            }
            Integer keyLine = keys.putIfAbsent(person.employeeId(), row.line);
            if (keyLine != null) {
                problems.add("line " + row.line + ": " + settings.key() + ": '" + person.employeeId()
                        + "' is also on line " + keyLine);
            }
            Integer emailLine = emails.putIfAbsent(person.email().toLowerCase(Locale.ROOT), row.line);
            if (emailLine != null) {
                problems.add("line " + row.line + ": " + settings.header("email") + ": '" + person.email()
                        + "' is also on line " + emailLine + " (e-mails are compared ignoring case)");
            }
            people.add(person);
            columns.addAll(person.attributes().keySet());
        }
        if (!problems.isEmpty()) {
            throw new SyncInputException(source, byLine(problems));
        }
        for (Row row : rows) {
            columns.addAll(standardNames(row.values.keySet()));
        }
        return new HrExport(source, people, columns, Digests.sha256(bytes));
    }

    /** The problems in line order (a stable sort: those of one line keep their order). */
    private static List<String> byLine(List<String> problems) {
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(HrExportReader::lineOf));
        return sorted;
    }

    private static int lineOf(String problem) {
        if (!problem.startsWith("line ")) {
            return 0;
        }
        int end = problem.indexOf(':');
        try {
            return Integer.parseInt(problem.substring(5, end));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private HrPerson person(Row row, List<String> problems) {
        int before = problems.size();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> byHeader = new HashMap<>();
        row.values.forEach((header, raw) -> {
            String value = raw == null ? "" : raw.strip();
            if (CONTROL.matcher(value).find()) {
                problems.add("line " + row.line + ": " + header + ": contains a control character");
            } else if (value.length() > MAX_LENGTH) {
                problems.add("line " + row.line + ": " + header + ": longer than " + MAX_LENGTH + " characters");
            }
            if (!value.isEmpty()) {
                byHeader.put(header, value);
            }
        });
        Map<String, String> standard = new HashMap<>();
        for (String field : allFields()) {
            String value = byHeader.remove(settings.header(field));
            if (value != null) {
                standard.put(field, value);
            }
        }
        attributes.putAll(standard);
        byHeader.forEach(attributes::putIfAbsent);
        String key = standard.get("employee_id");
        String email = standard.get("email");
        String status = standard.get("status");
        require(row, key, settings.key(), problems);
        require(row, email, settings.header("email"), problems);
        require(row, status, settings.header("status"), problems);
        if (email != null && !EmailAddresses.isWellFormed(email)) {
            problems.add("line " + row.line + ": " + settings.header("email") + ": '" + email
                    + "' is not an e-mail address");
        }
        boolean employed = settings.isEmployed(status);
        if (employed && standard.get("last_name") == null) {
            problems.add("line " + row.line + ": " + settings.header("last_name")
                    + ": required for an employed person (Procore requires a last name)");
        }
        if (problems.size() > before) {
            return null;
        }
        return new HrPerson(row.line, key, email, standard.get("first_name"), standard.get("last_name"), status,
                standard.get("department"), standard.get("job_title"), employed, attributes);
    }

    private static void require(Row row, String value, String header, List<String> problems) {
        if (value == null) {
            problems.add("line " + row.line + ": " + header + ": required");
        }
    }

    private static List<String> allFields() {
        List<String> fields = new ArrayList<>(HrSettings.FIELDS);
        fields.add(0, "employee_id");
        return fields;
    }

    private Set<String> standardNames(Set<String> headers) {
        Set<String> names = new LinkedHashSet<>();
        for (String header : headers) {
            String standard = allFields().stream().filter(f -> settings.header(f).equals(header)).findFirst()
                    .orElse(header);
            names.add(standard);
        }
        return names;
    }

    private List<Row> csv(String text, String source, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames();
            for (String field : List.of("employee_id", "email", "status")) {
                if (!headers.contains(settings.header(field))) {
                    problems.add("line 1: missing column '" + settings.header(field) + "' (the header has: "
                            + String.join(", ", headers) + ")");
                }
            }
            if (!problems.isEmpty()) {
                return rows;
            }
            long lineBefore = parser.getCurrentLineNumber();
            int line = 1;
            int counted = 0;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    // commons-csv reads the next record in hasNext(): a broken record fails there
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    problems.add("line " + (lineBefore + 1) + ": not CSV: " + e.getCause().getMessage());
                    return rows;
                }
                lineBefore = parser.getCurrentLineNumber();
                // the record's first line: its position is where the parser began, before the empty lines it skips
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++;
                }
                line += newlines(text, counted, start);
                counted = start;
                if (record.size() != headers.size()) {
                    problems.add("line " + line + ": " + record.size() + " values, the header has "
                            + headers.size());
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    values.put(headers.get(i), record.get(i));
                }
                rows.add(new Row(line, values));
            }
        } catch (IllegalArgumentException e) {
            problems.add("line 1: bad header: " + e.getMessage());
        } catch (IOException e) {
            problems.add("not CSV: " + e.getMessage());
        }
        return rows;
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Row> jsonLines(String text, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                problems.add("line " + line + ": not JSON: " + e.getOriginalMessage());
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.add("line " + line + ": expected a JSON object");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isContainerNode()) {
                    problems.add("line " + line + ": " + e.getKey() + ": expected a single value");
                    ok = false;
                } else if (!e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            }
            if (ok) {
                rows.add(new Row(line, values));
            }
        }
        return rows;
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SyncInputException(source, List.of("not UTF-8 text: save the export as UTF-8"));
        }
    }

    private record Row(int line, Map<String, String> values) {
    }
}
