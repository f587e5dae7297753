package io.github.roster.sync.apply;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user as a target holds it now, reduced to the fields plans name (the vendor's wire names plus
 * {@code status}, {@code products}, {@code role_ids}); blank values are left out.
 *
 * @param userId the vendor's id, as text
 * @param fields the fields by their plan names
 */
record TargetUser(String userId, Map<String, String> fields) {

    TargetUser {
        Map<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v);
            }
        });
        fields = Collections.unmodifiableMap(copy);
    }

    String get(String field) {
        return fields.get(field);
    }
}
