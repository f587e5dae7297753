package io.github.roster.internal.validation;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.Violation;
import java.util.List;

/**
 * The ACC users:import rules the spec cannot express: every user has products; the documented product
 * rules ({@link AccProductRules}); the same e-mail twice in one import is refused, naming both positions.
 *
 * <p>Not thread-safe: one instance checks one import, user by user. Repeated e-mails take a second pass over
 * the same users ({@link UniqueEmails}), so a streamed import of any size is checked in 8 bytes a user.
 */
public final class AccImportRules {

    private final UniqueEmails emails = new UniqueEmails();

    /**
     * First pass: checks one user and remembers its e-mail.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user
     * @param violations where violations are added
     */
    public void check(int index, ProjectUserImport user, List<Violation> violations) {
        emails.remember(user == null ? null : user.getEmail());
        if (user == null) {
            violations.add(new Violation(at(index), "NotNull", "must not be null", null));
            return;
        }
        checkProducts(index, user.getProducts(), violations);
    }

    /** A user's path, spelled only for a violation. */
    private static String at(int index) {
        return "users[" + index + "]";
    }

    /**
     * Ends the first pass.
     *
     * @return true when an e-mail may repeat: then {@link #checkRepeatedEmail} must see every user again
     */
    public boolean emailsMayRepeat() {
        return emails.mayRepeat();
    }

    /**
     * Second pass: names the user when its e-mail is one an earlier user has.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user, as given to {@link #check}
     * @param violations where a repeat is added
     */
    public void checkRepeatedEmail(int index, ProjectUserImport user, List<Violation> violations) {
        emails.check(index, "users[" + index + "]." + ProjectUserImport.JSON_PROPERTY_EMAIL,
                user == null ? null : user.getEmail(), violations);
    }

    /**
     * Whether repeated e-mails have all been found (see {@link UniqueEmails#complete()}).
     *
     * @return true when no e-mail may repeat or the second pass has seen every user
     */
    public boolean emailsChecked() {
        return emails.complete();
    }

    private static void checkProducts(int index, List<ProductAccess> products, List<Violation> violations) {
        if (products == null) {
            return; // @NotNull from the spec reports it
        }
        if (products.isEmpty()) {
            violations.add(new Violation(at(index) + "." + ProjectUserImport.JSON_PROPERTY_PRODUCTS,
                    "products-required", "must list at least one product", null));
            return;
        }
        AccProductRules.check(() -> at(index) + "." + ProjectUserImport.JSON_PROPERTY_PRODUCTS, products, violations);
    }
}
