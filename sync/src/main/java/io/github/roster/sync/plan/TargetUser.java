package io.github.roster.sync.plan;

import java.util.Map;
import java.util.TreeMap;

/**
 * A user as one target holds it, reduced to the fields sync compares, by their names in plans (the vendor's wire
 * names plus {@code status}, {@code products}, {@code role_ids}); empty values are left out.
 *
 * @param userId the vendor's id, as text
 * @param fields the compared fields; always {@code status}, and the e-mail under the vendor's name for it
 */
record TargetUser(String userId, Map<String, String> fields) {

    TargetUser {
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v);
            }
        });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    String get(String field) {
        return fields.get(field);
    }

    String status() {
        return fields.getOrDefault("status", "");
    }

    /** One line of the target's canonical form, for its digest. */
    String canonical() {
        StringBuilder out = new StringBuilder(userId);
        fields.forEach((k, v) -> out.append('\t').append(k).append('=').append(v));
        return out.append('\n').toString();
    }
}
