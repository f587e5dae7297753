package io.github.roster.sync.hr;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A valid HR export: its people, the names of the values its rows carry, and the digest of its bytes.
 *
 * @param source what the export was read from, for messages
 * @param people the people, in file order
 * @param columns the field and column names the rows carry (standard fields by their names)
 * @param digest SHA-256 (hex) of the export's bytes
 */
public record HrExport(String source, List<HrPerson> people, Set<String> columns, String digest) {

    /**
     * Copies the collections.
     *
     * @param source the source
     * @param people the people
     * @param columns the column names
     * @param digest the digest
     */
    public HrExport {
        Objects.requireNonNull(digest, "digest");
        people = List.copyOf(people);
        columns = Set.copyOf(columns);
    }
}
