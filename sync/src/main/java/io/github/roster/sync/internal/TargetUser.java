package io.github.roster.sync.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user as one target holds it, reduced to the fields sync compares, by their names in plans (the vendor's wire
 * names plus {@code status}, {@code products}, {@code role_ids}); blank values are left out.
 *
 * @param userId the vendor's id, as text
 * @param fields the compared fields; always {@code status}, and the e-mail under the vendor's name for it
 */
public record TargetUser(String userId, Map<String, String> fields) {

    /**
     * Keeps only the non-blank fields, sorted by name.
     *
     * @param userId the vendor's id, as text
     * @param fields the fields by their plan names; null and blank values are dropped
     */
    public TargetUser {
        Map<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v);
            }
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /**
     * One field's value.
     *
     * @param field the field's plan name
     * @return its value, or null when the target held none
     */
    public String get(String field) {
        return fields.get(field);
    }

    /**
     * The user's status.
     *
     * @return the status, or empty text when the target gave none
     */
    public String status() {
        return fields.getOrDefault(PlanFields.STATUS, "");
    }

    /**
     * One line of the target's canonical form, for its digest.
     *
     * @return the id and the fields, tab-separated, ending in a newline
     */
    public String canonical() {
        StringBuilder out = new StringBuilder(userId);
        fields.forEach((k, v) -> out.append('\t').append(k).append('=').append(v));
        return out.append('\n').toString();
    }
}
