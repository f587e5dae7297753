package io.github.roster.internal.validation;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.error.Violation;
import java.util.List;
import java.util.function.Supplier;

/**
 * The documented ACC product combination rules the spec cannot express, shared by users:import and the project
 * member update: {@code projectAdministration} is {@code administrator} or {@code none}, never {@code member};
 * when it is {@code administrator}, every other product listed must be {@code administrator} too.
 */
public final class AccProductRules {

    private AccProductRules() {
    }

    /**
     * Checks one user's products.
     *
     * @param at the products field's path, e.g. {@code users[3].products} or {@code products}
     * @param products the products; null or items without key/access are left to the spec's {@code @NotNull}
     * @param violations where violations are added, one per offending product
     */
    public static void check(String at, List<ProductAccess> products, List<Violation> violations) {
        check(() -> at, products, violations);
    }

    /**
     * Checks one user's products, spelling the path only for a violation (an import checks thousands of users).
     *
     * @param at the products field's path, e.g. {@code users[3].products}, made when a violation needs it
     * @param products the products; null or items without key/access are left to the spec's {@code @NotNull}
     * @param violations where violations are added, one per offending product
     */
    static void check(Supplier<String> at, List<ProductAccess> products, List<Violation> violations) {
        if (products == null) {
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
            boolean isProjectAdmin = p.getKey() == ProductKey.PROJECT_ADMINISTRATION;
            if (isProjectAdmin && p.getAccess() == ProductAccessLevel.MEMBER) {
                violations.add(new Violation(accessPath(at, i), "acc-project-administration",
                        "projectAdministration cannot be member: use administrator or none", p.getAccess().getValue()));
            } else if (!isProjectAdmin && projectAdmin == ProductAccessLevel.ADMINISTRATOR
                    && p.getAccess() != ProductAccessLevel.ADMINISTRATOR) {
                violations.add(new Violation(accessPath(at, i), "acc-project-administration",
                        "must be administrator because projectAdministration is administrator ("
                                + p.getKey().getValue() + ")", p.getAccess().getValue()));
            }
        }
    }

    private static String accessPath(Supplier<String> at, int index) {
        return at.get() + "[" + index + "]." + ProductAccess.JSON_PROPERTY_ACCESS;
    }
}
