package io.github.roster.cli;

import io.github.roster.error.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the Autodesk id cells of one CSV ({@link AccCsv#autodeskId}), remembering the ids already read: an export
 * repeats a few company and role ids on every row, and each is then checked once, not once a row. A cell that is
 * not an id is never remembered, so its violation is reported on every row that has it.
 */
final class AutodeskIdCells {

    /** Distinct cells kept; past this the memory starts over (an export of all-different ids gains nothing). */
    private static final int KEPT = 4096;

    private final Map<String, UUID> read = new HashMap<>();

    /**
     * @param raw the cell
     * @param path the cell's path, asked for only when the cell is not an id
     * @param violations where the violation is added
     * @return the id, or null when the cell is not one
     */
    UUID read(String raw, Supplier<String> path, List<Violation> violations) {
        UUID id = read.get(raw);
        if (id != null) {
            return id;
        }
        id = AccCsv.autodeskId(raw, path.get(), violations);
        if (id != null) {
            if (read.size() >= KEPT) {
                read.clear();
            }
            read.put(raw, id);
        }
        return id;
    }
}
