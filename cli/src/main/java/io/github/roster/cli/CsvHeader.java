package io.github.roster.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The check of an import CSV's header against a generated model's wire fields. */
final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * @throws InvalidInputException naming duplicate columns, or unknown columns and missing required ones
     */
    static void check(Path file, List<String> header, List<ModelFields.ModelField> fields) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        header.forEach(h -> {
            if (!seen.add(h)) {
                duplicates.add(h);
            }
        });
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException("--csv " + file + ": line 1: duplicate column " + duplicates);
        }
        Set<String> known = new LinkedHashSet<>();
        fields.forEach(f -> known.add(f.wireName()));
        List<String> unknown = header.stream().filter(h -> !known.contains(h)).toList();
        List<String> missing = fields.stream().filter(ModelFields.ModelField::required)
                .map(ModelFields.ModelField::wireName).filter(f -> !header.contains(f)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new InvalidInputException("--csv " + file + ": the header must use the columns " + known
                    + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
    }
}
