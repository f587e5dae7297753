package io.github.roster.internal.validation;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import java.util.List;

/**
 * The ACC users:import rules the spec cannot express: every user has products; the documented product
 * rules; the same e-mail twice in one import is refused, naming both positions.
 *
 * <p>Not thread-safe: one instance checks one import, user by user, so a streamed import of any size
 * remembers only the e-mails it has seen.
 */
public final class AccImportRules {

    private final UniqueEmails emails = new UniqueEmails();

    /**
     * Checks one user.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user
     * @param violations where violations are added
     */
    public void check(int index, ProjectUserImport user, List<Violation> violations) {
        String at = "users[" + index + "]";
        if (user == null) {
            violations.add(new Violation(at, "NotNull", "must not be null", null));
            return;
        }
        checkProducts(at, user.getProducts(), violations);
        emails.check(index, at + "." + ProjectUserImport.JSON_PROPERTY_EMAIL, user.getEmail(), violations);
    }

    private static void checkProducts(String at, List<ProductAccess> products, List<Violation> violations) {
        if (products == null) {
            return; // @NotNull from the spec reports it
        }
        if (products.isEmpty()) {
            violations.add(new Violation(at + "." + ProjectUserImport.JSON_PROPERTY_PRODUCTS, "products-required",
                    "must list at least one product", null));
            return;
        }
        ProductAccessLevel projectAdmin = null;
        for (ProductAccess p : products) {
            if (p != null && p.getKey() == ProductKey.PROJECT_ADMINISTRATION) {
                projectAdmin = p.getAccess();
            }
        }
        for (int i = 0; i < products.size(); i++) {
            ProductAccess p = products.get(i);
            if (p == null || p.getKey() == null || p.getAccess() == null) {
                continue; // the spec's @NotNull reports it
            }
            String path = at + "." + ProjectUserImport.JSON_PROPERTY_PRODUCTS + "[" + i + "]."
                    + ProductAccess.JSON_PROPERTY_ACCESS;
            boolean isProjectAdmin = p.getKey() == ProductKey.PROJECT_ADMINISTRATION;
            if (isProjectAdmin && p.getAccess() == ProductAccessLevel.MEMBER) {
                violations.add(new Violation(path, "acc-project-administration",
                        "projectAdministration cannot be member: use administrator or none", p.getAccess().getValue()));
            } else if (!isProjectAdmin && projectAdmin == ProductAccessLevel.ADMINISTRATOR
                    && p.getAccess() != ProductAccessLevel.ADMINISTRATOR) {
                violations.add(new Violation(path, "acc-project-administration",
                        "must be administrator because projectAdministration is administrator ("
                                + p.getKey().getValue() + ")", p.getAccess().getValue()));
            }
        }
    }
}
