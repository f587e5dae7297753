package io.github.roster.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A BIM 360 import CSV: the header is wire field names of the spec's {@code AccountUserCreate}
 * ({@code email,first_name,last_name,company_id,...}); empty cells are absent fields.
 */
final class Bim360Csv {

    /**
     * One row.
     *
     * @param line the line number in the file (the header is line 1)
     * @param values column to cell, non-empty cells only
     */
    record Row(long line, Map<String, String> values) {
    }

    private Bim360Csv() {
    }

    static List<Row> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            CsvHeader.check(file, parser.getHeaderNames(), Bim360UserFields.FIELDS);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (record.isSet(column) && !record.get(column).isEmpty()) {
                        values.put(column, record.get(column));
                    }
                }
                rows.add(new Row(record.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("--csv: cannot read " + file + ": " + e.getMessage());
        }
    }
}
