package io.github.roster.internal.validation;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import java.util.List;

/**
 * The ACC users:import rules the spec cannot express: every user has products; the documented product
 * rules ({@link AccProductRules}); the same e-mail twice in one import is refused, naming both positions.
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
        AccProductRules.check(at + "." + ProjectUserImport.JSON_PROPERTY_PRODUCTS, products, violations);
    }
}
