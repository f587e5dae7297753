package io.github.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a {@link BatchFile}: each row's fields named by wire name and typed by its column's field
 * ({@link FieldText}), with every cell that does not fit reported by line. A CSV's empty cell is an absent field;
 * an NDJSON {@code null} is sent as null (it clears the field).
 */
final class BatchRows {

    /**
     * One user of a batch.
     *
     * @param line the line in the file (a CSV's header is line 1)
     * @param fields wire name to value, only the fields given
     */
    record Row(long line, ObjectNode fields) {

        /** A field's text, or null when absent or null. */
        String text(String wireName) {
            JsonNode v = fields.get(wireName);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private BatchRows() {
    }

    /**
     * Reads every row; bad cells are added to {@code violations} by line, and their rows are still returned.
     *
     * @param file the file
     * @param columns the fields a row may have; a CSV must have a column for each required one
     * @param violations where bad cells are added
     * @return the rows, in file order
     * @throws InvalidInputException when the file cannot be read, is not UTF-8, or its CSV header is wrong
     */
    static List<Row> read(BatchFile file, List<ModelFields.ModelField> columns, List<RowViolation> violations) {
        Map<String, ModelFields.ModelField> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.wireName(), c));
        try {
            long badLine = Utf8Lines.firstInvalidLine(file.path());
            if (badLine > 0) {
                throw new InvalidInputException(file.describe() + ": line " + badLine + " is not UTF-8 text");
            }
            return file.csv != null ? csv(file, columns, byName, violations) : ndjson(file, byName, violations);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidInputException(file.describe() + ": cannot read it: " + e.getMessage());
        }
    }

    private static List<Row> csv(BatchFile file, List<ModelFields.ModelField> columns,
                                 Map<String, ModelFields.ModelField> byName, List<RowViolation> violations)
            throws IOException {
        try (Reader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            CsvHeader.check(file.path(), parser.getHeaderNames(), columns);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                ObjectNode fields = JsonNodeFactory.instance.objectNode();
                List<Violation> bad = new ArrayList<>();
                for (String column : parser.getHeaderNames()) {
                    if (record.isSet(column) && !record.get(column).isEmpty()) {
                        FieldText.put(fields, byName.get(column), record.get(column), column, bad);
                    }
                }
                bad.forEach(v -> violations.add(RowViolation.of(line, v)));
                requireFields(line, byName, column -> record.isSet(column) && !record.get(column).isEmpty(),
                        violations);
                rows.add(new Row(line, fields));
            }
            return rows;
        }
    }

    private static List<Row> ndjson(BatchFile file, Map<String, ModelFields.ModelField> byName,
                                    List<RowViolation> violations) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Printer.mapper().readTree(text);
                } catch (JsonProcessingException e) {
                    violations.add(new RowViolation(line, "", "json", "is not a JSON object: "
                            + e.getOriginalMessage(), null));
                    continue;
                }
                if (!node.isObject()) {
                    violations.add(new RowViolation(line, "", "json", "must be a JSON object", null));
                    continue;
                }
                rows.add(new Row(line, fields(line, node, byName, violations)));
            }
        }
        return rows;
    }

    private static ObjectNode fields(long line, JsonNode node, Map<String, ModelFields.ModelField> byName,
                                     List<RowViolation> violations) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        List<Violation> bad = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ModelFields.ModelField field = byName.get(e.getKey());
            JsonNode value = e.getValue();
            if (field == null) {
                bad.add(new Violation(e.getKey(), "unknown-field", "is not a field; the fields are " + byName.keySet(),
                        null));
            } else if (value.isNull()) {
                fields.putNull(e.getKey());
            } else if (value.isContainerNode()) {
                bad.add(new Violation(e.getKey(), "scalar", "must be a text, number or true/false", null));
            } else {
                FieldText.put(fields, field, value.asText(), e.getKey(), bad);
            }
        }
        bad.forEach(v -> violations.add(RowViolation.of(line, v)));
        requireFields(line, byName, name -> node.hasNonNull(name), violations);
        return fields;
    }

    private static void requireFields(long line, Map<String, ModelFields.ModelField> byName,
                                      java.util.function.Predicate<String> given, List<RowViolation> violations) {
        for (ModelFields.ModelField f : byName.values()) {
            if (f.required() && !given.test(f.wireName())) {
                violations.add(new RowViolation(line, f.wireName(), "NotNull", "is required", null));
            }
        }
    }

    /**
     * Refuses a batch with bad rows: prints each by line on standard error and throws, so nothing is sent.
     *
     * @throws InvalidRowsException always (exit 2; {@code --output json} lists the violations by line)
     */
    static InvalidRowsException refuse(CliContext ctx, BatchFile file, List<RowViolation> violations) {
        String count = Plural.of(violations.size(), "invalid field");
        ctx.err().println("roster: " + count + " in " + file.describe() + ", nothing was sent:");
        for (RowViolation v : violations) {
            ctx.err().println("  line " + v.line() + (v.path().isEmpty() ? "" : ", " + v.path()) + ": " + v.message()
                    + (v.value() == null ? "" : " (was " + v.value() + ")"));
        }
        throw new InvalidRowsException(count + " in " + file.describe(), violations, violations.size());
    }
}
