package io.github.roster.sync.config;

/**
 * The Procore company whose directory follows HR: joiners are created, leavers deactivated, people matched by
 * {@code origin_id}.
 *
 * @param company the company id
 * @param originIdField the HR field or column whose value is written to, and matched by, {@code origin_id}
 *     (default: the HR key, {@code employee_id})
 */
public record ProcoreSettings(long company, String originIdField) {

    /**
     * The company id as plans name the target: decimal text.
     *
     * @return the company id
     */
    public String target() {
        return Long.toString(company);
    }
}
