package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A new Procore company user (create, and sync items that create) before the store gives it its id: every
 * nullable field of the spec's {@code CompanyUser} present as null, then the sent fields as an update applies
 * them ({@link CompanyUserChanges}), {@code is_active} true and {@code is_employee} false unless sent, and the
 * creation time. {@code bid_contact} is an instruction, not an attribute, and is not stored.
 */
final class NewCompanyUser {

    private static final List<String> NULL_UNLESS_SENT = List.of("address", "avatar", "business_id",
            "business_phone", "business_phone_extension", "city", "country_code", "email_address", "email_signature",
            "employee_id", "fax_number", "first_name", "initials", "job_title", "last_login_at", "last_name",
            "mobile_phone", "name", "notes", "state_code", "zip", "origin_id", "origin_data", "vendor",
            "work_classification_id", "default_permission_template_id", "company_permission_template_id");

    private NewCompanyUser() {
    }

    static ObjectNode from(JsonNode sent, Instant now) {
        ObjectNode user = Json.object();
        NULL_UNLESS_SENT.forEach(user::putNull);
        user.put("is_active", true);
        user.put("is_employee", false);
        user.put("is_insurance_manager", false);
        user.put("add_to_new_projects", false);
        CompanyUserChanges.apply(user, sent, now);
        user.remove("bid_contact");
        user.put("created_at", Timestamps.iso(now));
        return user;
    }
}
