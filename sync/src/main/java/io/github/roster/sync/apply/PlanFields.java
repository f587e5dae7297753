package io.github.roster.sync.apply;

import io.github.roster.sync.Platform;
import java.util.Locale;
import java.util.Objects;

/** The field names plans use that apply reads and writes, and how their values compare. */
final class PlanFields {

    static final String STATUS = "status";
    static final String PRODUCTS = "products";
    static final String COMPANY_ID = "company_id";
    static final String ROLE_IDS = "role_ids";
    static final String ORIGIN_ID = "origin_id";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String JOB_TITLE = "job_title";

    private PlanFields() {
    }

    /** The e-mail's name on a platform: Procore's wire name is {@code email_address}, Autodesk's {@code email}. */
    static String email(Platform platform) {
        return platform == Platform.PROCORE ? "email_address" : "email";
    }

    /** Whether two values of a field are the same: blank is none, e-mails ignore case. */
    static boolean same(String field, String a, String b) {
        String x = a == null || a.isBlank() ? null : a;
        String y = b == null || b.isBlank() ? null : b;
        if (x != null && y != null && field.startsWith("email")) {
            return x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
        }
        return Objects.equals(x, y);
    }
}
