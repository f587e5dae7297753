package io.github.roster.cli;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.error.ValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams an ACC import CSV row by row. Columns are the spec's field names of an imported user
 * ({@code email,firstName,lastName,companyId,roleIds,products}, and {@code userId}); {@code roleIds} are
 * separated by {@code ;} and {@code products} are {@code key:access;key:access}. Empty cells are absent
 * fields. Each row becomes a user and the violations of its cells.
 */
final class AccCsv implements Closeable, Iterator<AccCsv.Row> {

    /**
     * One row.
     *
     * @param index the user's position in the import, from 0
     * @param line the line number in the file (the header is line 1)
     * @param user the user
     * @param violations the cells that could not be read
     */
    record Row(int index, long line, ProjectUserImport user, List<Violation> violations) {
    }

    private static final List<ModelFields.ModelField> FIELDS = ModelFields.of(ProjectUserImport.class);

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int columns;
    private int index;
    private long linesRead = 1;

    private AccCsv(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = parser.getHeaderNames().size();
    }

    static AccCsv open(Path file) {
        List<String> header;
        try {
            long badLine = Utf8Lines.firstInvalidLine(file);
            if (badLine > 0) {
                throw new InvalidInputException("--csv " + file + ": line " + badLine + " is not valid UTF-8");
            }
            header = headerOf(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("--csv: cannot read " + file + ": " + e.getMessage());
        }
        CsvHeader.check(file, header, FIELDS);
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            skipByteOrderMark(reader);
            CSVParser parser = CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                    .get().parse(reader);
            return new AccCsv(file, parser);
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("--csv: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The header's cells as written, duplicates kept (the parser would refuse them without naming them). */
    private static List<String> headerOf(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            CSVParser parser = CSVFormat.RFC4180.builder().setTrim(true).get().parse(reader);
            Iterator<CSVRecord> first = parser.iterator();
            return first.hasNext() ? first.next().toList() : List.of();
        }
    }

    /** A UTF-8 byte order mark (as spreadsheet programs write) is not part of the first column's name. */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // e.g. a quote opened and never closed: the record starting after the last one read
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new InvalidInputException("--csv " + file + ": line " + (linesRead + 1) + ": "
                    + (cause != null && cause.contains("EOF reached before encapsulated token")
                    ? "a quote is opened and never closed" : "cannot be read (" + cause + ")"));
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        linesRead = parser.getCurrentLineNumber();
        int i = index++;
        String at = "users[" + i + "].";
        List<Violation> violations = new ArrayList<>();
        if (record.size() != columns) {
            violations.add(new Violation("users[" + i + "]", "cells", "has " + record.size()
                    + " cells; the header has " + columns, null));
        }
        ProjectUserImport user = new ProjectUserImport()
                .email(cell(record, ProjectUserImport.JSON_PROPERTY_EMAIL))
                .firstName(cell(record, ProjectUserImport.JSON_PROPERTY_FIRST_NAME))
                .lastName(cell(record, ProjectUserImport.JSON_PROPERTY_LAST_NAME))
                .userId(cell(record, ProjectUserImport.JSON_PROPERTY_USER_ID));
        String company = cell(record, ProjectUserImport.JSON_PROPERTY_COMPANY_ID);
        if (company != null) {
            user.companyId(autodeskId(company, at + ProjectUserImport.JSON_PROPERTY_COMPANY_ID, violations));
        }
        String roles = cell(record, ProjectUserImport.JSON_PROPERTY_ROLE_IDS);
        if (roles != null) {
            List<UUID> ids = new ArrayList<>();
            String[] parts = roles.split(";");
            for (int j = 0; j < parts.length; j++) {
                ids.add(autodeskId(parts[j], at + ProjectUserImport.JSON_PROPERTY_ROLE_IDS + "[" + j + "]", violations));
            }
            user.roleIds(ids);
        }
        String products = cell(record, ProjectUserImport.JSON_PROPERTY_PRODUCTS);
        if (products != null) {
            user.products(AccProductsCell.parse(products, at + ProjectUserImport.JSON_PROPERTY_PRODUCTS, violations));
        }
        return new Row(i, record.getRecordNumber() + 1, user, violations);
    }

    /** Reads an Autodesk id cell, adding its violation instead of throwing. */
    static UUID autodeskId(String raw, String path, List<Violation> violations) {
        try {
            return AutodeskIds.parse(raw, path);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only file
        }
    }
}
