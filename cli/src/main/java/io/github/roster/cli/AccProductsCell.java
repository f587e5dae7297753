package io.github.roster.cli;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ACC products notation of the CLI, {@code key:access} items separated by {@code ;}, used by the import CSV's
 * {@code products} column and by {@code --products}.
 */
final class AccProductsCell {

    private AccProductsCell() {
    }

    /**
     * Parses a cell such as {@code docs:member;build:administrator}.
     *
     * @param cell the text
     * @param at the products field's path, named in violations, e.g. {@code users[3].products}
     * @param violations where each bad item is added
     * @return the products, one per item (with a null key or access where the item was bad)
     */
    static List<ProductAccess> parse(String cell, String at, List<Violation> violations) {
        List<ProductAccess> out = new ArrayList<>();
        String[] items = cell.split(";");
        for (int j = 0; j < items.length; j++) {
            String item = items[j].trim();
            String path = at + "[" + j + "]";
            int colon = item.indexOf(':');
            if (colon < 0) {
                violations.add(new Violation(path, "format", "must be key:access, e.g. docs:member", item));
                continue;
            }
            ProductAccess p = new ProductAccess();
            String key = item.substring(0, colon).trim();
            String access = item.substring(colon + 1).trim();
            try {
                p.key(ProductKey.fromValue(key));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(path + "." + ProductAccess.JSON_PROPERTY_KEY, "enum",
                        "must be one of " + Arrays.stream(ProductKey.values()).map(ProductKey::getValue).toList(), key));
            }
            try {
                p.access(ProductAccessLevel.fromValue(access));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(path + "." + ProductAccess.JSON_PROPERTY_ACCESS, "enum",
                        "must be one of administrator, member, none", access));
            }
            out.add(p);
        }
        return out;
    }
}
