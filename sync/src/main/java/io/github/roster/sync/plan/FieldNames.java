package io.github.roster.sync.plan;

/** The field names of plans that are not plain wire names of one vendor, and the e-mail's name per vendor. */
final class FieldNames {

    /** Autodesk's (BIM 360 and ACC) e-mail. */
    static final String EMAIL = "email";
    /** Procore's e-mail. */
    static final String EMAIL_ADDRESS = "email_address";
    /** Procore's external key. */
    static final String ORIGIN_ID = "origin_id";
    /** The user's status as the vendor says it (Procore {@code is_active} as active/inactive). */
    static final String STATUS = "status";
    /** ACC products: {@code key:access} pairs sorted by key, joined by {@code ;}. */
    static final String PRODUCTS = "products";
    /** ACC company. */
    static final String COMPANY_ID = "company_id";
    /** ACC roles: sorted ids joined by {@code ,}. */
    static final String ROLE_IDS = "role_ids";

    private FieldNames() {
    }
}
