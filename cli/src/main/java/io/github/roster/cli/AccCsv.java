package io.github.roster.cli;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.error.ValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    /** Each field's column, or -1 when the header has none: looked up once, not per cell. */
    private final int email;
    private final int firstName;
    private final int lastName;
    private final int userId;
    private final int companyId;
    private final int roleIds;
    private final int products;
    private final AutodeskIdCells ids = new AutodeskIdCells();
    private int index;
    private long linesRead = 1;

    private AccCsv(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = parser.getHeaderNames().size();
        Map<String, Integer> header = parser.getHeaderMap();
        this.email = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_EMAIL, -1);
        this.firstName = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_FIRST_NAME, -1);
        this.lastName = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_LAST_NAME, -1);
        this.userId = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_USER_ID, -1);
        this.companyId = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_COMPANY_ID, -1);
        this.roleIds = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_ROLE_IDS, -1);
        this.products = header.getOrDefault(ProjectUserImport.JSON_PROPERTY_PRODUCTS, -1);
    }

    /**
     * Opens the file and checks its header. The file is decoded as it is read: bytes that are not UTF-8 are
     * reported by line when the reading reaches them ({@link #hasNext()}), without a pass of its own.
     *
     * @throws InvalidInputException when it cannot be read, is not UTF-8 or its header is wrong
     */
    static AccCsv open(Path file) {
        List<String> header;
        try {
            header = headerOf(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw unreadable(file, e);
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
            throw unreadable(file, e);
        }
    }

    /** Why the file cannot be read: the line of its first bytes that are not UTF-8, or the error as it came. */
    private static InvalidInputException unreadable(Path file, Exception e) {
        if (notUtf8(e)) {
            try {
                long badLine = Utf8Lines.firstInvalidLine(file);
                if (badLine > 0) {
                    return new InvalidInputException("--csv " + file + ": line " + badLine + " is not valid UTF-8");
                }
            } catch (IOException again) {
                return new InvalidInputException("--csv: cannot read " + file + ": " + again.getMessage());
            }
        }
        return new InvalidInputException("--csv: cannot read " + file + ": " + e.getMessage());
    }

    private static boolean notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
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
            if (notUtf8(e)) {
                throw unreadable(file, e);
            }
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
        List<Violation> violations = new ArrayList<>(0);
        if (record.size() != columns) {
            violations.add(new Violation("users[" + i + "]", "cells", "has " + record.size()
                    + " cells; the header has " + columns, null));
        }
        ProjectUserImport user = new ProjectUserImport()
                .email(cell(record, email))
                .firstName(cell(record, firstName))
                .lastName(cell(record, lastName))
                .userId(cell(record, userId));
        String company = cell(record, companyId);
        if (company != null) {
            user.companyId(ids.read(company, () -> "users[" + i + "]." + ProjectUserImport.JSON_PROPERTY_COMPANY_ID,
                    violations));
        }
        String roles = cell(record, roleIds);
        if (roles != null) {
            String[] parts = roles.split(";");
            List<UUID> roleList = new ArrayList<>(parts.length);
            for (int j = 0; j < parts.length; j++) {
                int at = j;
                roleList.add(ids.read(parts[j], () -> "users[" + i + "]." + ProjectUserImport.JSON_PROPERTY_ROLE_IDS
                        + "[" + at + "]", violations));
            }
            user.roleIds(roleList);
        }
        String productsCell = cell(record, products);
        if (productsCell != null) {
            user.products(AccProductsCell.parse(productsCell,
                    () -> "users[" + i + "]." + ProjectUserImport.JSON_PROPERTY_PRODUCTS, violations));
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

    /** The cell, or null when the header has no such column, the row is too short for it, or it is empty. */
    private static String cell(CSVRecord record, int column) {
        if (column < 0 || column >= record.size()) {
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
