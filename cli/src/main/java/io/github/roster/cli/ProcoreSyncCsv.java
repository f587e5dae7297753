package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.error.Violation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A Procore sync CSV: the header names fields of the spec's {@code CompanyUserSyncItem} by their wire names
 * ({@code id,origin_id,last_name,email_address,is_active,...}); each row is one item; an empty cell is an absent
 * field. Cells that do not fit their field's type are violations naming the line and the field.
 *
 * @param items the items, in file order
 * @param lines the line of each item (the header is line 1)
 * @param violations every cell that could not be read
 */
record ProcoreSyncCsv(List<CompanyUserSyncItem> items, List<Long> lines, List<Violation> violations) {

    private static final Map<String, ModelFields.ModelField> FIELDS = ModelFields.of(CompanyUserSyncItem.class)
            .stream().collect(Collectors.toMap(ModelFields.ModelField::wireName, Function.identity()));

    static ProcoreSyncCsv read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(h -> !FIELDS.containsKey(h)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("--csv " + file + ": unknown "
                        + (unknown.size() == 1 ? "column " : "columns ") + unknown
                        + "; the columns are the wire names " + FIELDS.keySet());
            }
            List<CompanyUserSyncItem> items = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                for (String column : parser.getHeaderNames()) {
                    String cell = record.isSet(column) ? record.get(column) : "";
                    if (!cell.isEmpty()) {
                        FieldText.put(body, FIELDS.get(column), cell, at(line, column), violations);
                    }
                }
                items.add(FieldText.toModel(body, CompanyUserSyncItem.class));
                lines.add(line);
            }
            return new ProcoreSyncCsv(List.copyOf(items), List.copyOf(lines), List.copyOf(violations));
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("--csv: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A field of a line as violations name it: {@code line 3: email_address}. */
    static String at(long line, String field) {
        return "line " + line + ": " + field;
    }

    /**
     * The facade's violation with its {@code updates[i].field} path named by the item's line instead.
     *
     * @param v a violation of the sync call
     * @return the same violation naming the line
     */
    Violation byLine(Violation v) {
        String path = v.path();
        if (path.startsWith("updates[")) {
            int close = path.indexOf(']');
            int index = Integer.parseInt(path.substring("updates[".length(), close));
            String rest = path.substring(close + 1);
            String field = rest.startsWith(".") ? rest.substring(1) : "(row)";
            path = at(lines.get(index), field);
        }
        return new Violation(path, v.rule(), v.message(), v.rejectedValue());
    }
}
