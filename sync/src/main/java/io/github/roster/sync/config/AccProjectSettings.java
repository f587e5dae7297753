package io.github.roster.sync.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ACC project whose members follow HR: the employed people the {@code members} rule selects are members with
 * the given products (and company, roles); anyone else HR knows is removed.
 *
 * @param id the project id, without the {@code b.} prefix
 * @param members which HR people belong: every attribute (an HR field or column) must equal its value; empty
 *     selects every employed person
 * @param products what members get, canonical: {@code key:access} pairs sorted by key, joined by {@code ;}
 *     (access {@code none} left out)
 * @param companyId the members' company in the project, or null to leave it alone
 * @param roleIds the members' role ids, sorted and joined by {@code ,}, or null to leave them alone
 */
public record AccProjectSettings(String id, Map<String, String> members, String products, String companyId,
                                 String roleIds) {

    /**
     * Checks the parts and copies the rule.
     *
     * @param id the project id
     * @param members the selection rule
     * @param products the canonical products
     * @param companyId the company or null
     * @param roleIds the canonical role ids or null
     */
    public AccProjectSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(products, "products");
        members = Map.copyOf(members);
    }

    /**
     * The role ids as a list.
     *
     * @return the role ids; empty when none are configured
     */
    public List<String> roleIdList() {
        return roleIds == null || roleIds.isEmpty() ? List.of() : List.of(roleIds.split(","));
    }
}
