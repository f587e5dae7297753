package io.github.roster.sync.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read the HR export: which column holds the stable key, which {@code status} values mean employed, and
 * which header names hold the standard fields when they are not named as the defaults.
 *
 * @param key the header of the column holding each person's stable HR key (default {@code employee_id})
 * @param active the {@code status} values that mean employed, compared ignoring case (default {@code active});
 *     every other value is a leaver
 * @param columns header names by field ({@code email}, {@code first_name}, {@code last_name}, {@code status},
 *     {@code department}, {@code job_title}); a field not listed is read from the column of its own name
 */
public record HrSettings(String key, List<String> active, Map<String, String> columns) {

    /** The fields an HR export provides besides the key, as the configuration and the actions name them. */
    public static final List<String> FIELDS =
            List.of("email", "first_name", "last_name", "status", "department", "job_title");

    /** The defaults: key {@code employee_id}, employed when {@code status} is {@code active}, default headers. */
    public static final HrSettings DEFAULTS = new HrSettings("employee_id", List.of("active"), Map.of());

    /**
     * Copies the collections.
     *
     * @param key the key column's header
     * @param active the employed status values
     * @param columns header names by field
     */
    public HrSettings {
        active = List.copyOf(active);
        columns = Map.copyOf(columns);
    }

    /**
     * The header a field is read from.
     *
     * @param field one of {@link #FIELDS}, or {@code employee_id} for the key
     * @return its header
     */
    public String header(String field) {
        return "employee_id".equals(field) ? key : columns.getOrDefault(field, field);
    }

    /**
     * Whether a status value means employed.
     *
     * @param status the HR status, or null
     * @return true when it is one of {@link #active()}, ignoring case
     */
    public boolean isEmployed(String status) {
        return status != null && active.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT)
                .equals(status.strip().toLowerCase(Locale.ROOT)));
    }
}
