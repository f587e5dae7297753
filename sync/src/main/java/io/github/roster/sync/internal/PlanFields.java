package io.github.roster.sync.internal;

import io.github.roster.sync.Platform;
import java.util.Locale;
import java.util.Objects;

/** The field names plans use (the vendors' wire names plus synthetic ones), and how their values compare. */
public final class PlanFields {

    /** Autodesk's (BIM 360 and ACC) e-mail. */
    public static final String EMAIL = "email";
    /** Procore's e-mail. */
    public static final String EMAIL_ADDRESS = "email_address";
    /** Procore's external key. */
    public static final String ORIGIN_ID = "origin_id";
    /** The user's status as the vendor says it (Procore {@code is_active} as active/inactive). */
    public static final String STATUS = "status";
    /** ACC products: {@code key:access} pairs sorted by key, joined by {@code ;}. */
    public static final String PRODUCTS = "products";
    /** ACC company. */
    public static final String COMPANY_ID = "company_id";
    /** ACC roles: sorted ids joined by {@code ,}. */
    public static final String ROLE_IDS = "role_ids";
    /** First name. */
    public static final String FIRST_NAME = "first_name";
    /** Last name. */
    public static final String LAST_NAME = "last_name";
    /** Job title. */
    public static final String JOB_TITLE = "job_title";

    private PlanFields() {
    }

    /**
     * The e-mail's name on a platform: Procore's wire name is {@code email_address}, Autodesk's {@code email}.
     *
     * @param platform the platform
     * @return the e-mail field's name there
     */
    public static String email(Platform platform) {
        return platform == Platform.PROCORE ? EMAIL_ADDRESS : EMAIL;
    }

    /**
     * Whether two values of a field are the same: blank is none, e-mails ignore case.
     *
     * @param field the field's name
     * @param a one value, or null
     * @param b the other value, or null
     * @return whether they are the same
     */
    public static boolean same(String field, String a, String b) {
        String x = a == null || a.isBlank() ? null : a;
        String y = b == null || b.isBlank() ? null : b;
        if (x != null && y != null && field.startsWith(EMAIL)) {
            return x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
        }
        return Objects.equals(x, y);
    }
}
