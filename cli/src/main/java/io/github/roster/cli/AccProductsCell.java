package io.github.roster.cli;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ACC products notation of the CLI, {@code key:access} items separated by {@code ;}, used by the import CSV's
 * {@code products} column and by {@code --products}.
 */
final class AccProductsCell {

    /** The generated {@code fromValue} lookups, without the copy of {@code values()} they make per call. */
    private static final Map<String, ProductKey> KEYS = new HashMap<>();
    private static final Map<String, ProductAccessLevel> LEVELS = new HashMap<>();

    static {
        for (ProductKey k : ProductKey.values()) {
            KEYS.put(k.getValue(), k);
        }
        for (ProductAccessLevel l : ProductAccessLevel.values()) {
            LEVELS.put(l.getValue(), l);
        }
    }

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
        return parse(cell, () -> at, violations);
    }

    /**
     * {@link #parse(String, String, List)} with the path spelled only for a violation (an import reads millions).
     */
    static List<ProductAccess> parse(String cell, Supplier<String> at, List<Violation> violations) {
        List<ProductAccess> out = new ArrayList<>(4);
        String[] items = cell.split(";");
        for (int j = 0; j < items.length; j++) {
            String item = items[j].trim();
            int colon = item.indexOf(':');
            if (colon < 0) {
                violations.add(new Violation(at.get() + "[" + j + "]", "format", "must be key:access, e.g. docs:member",
                        item));
                continue;
            }
            ProductAccess p = new ProductAccess();
            String key = item.substring(0, colon).trim();
            String access = item.substring(colon + 1).trim();
            ProductKey k = KEYS.get(key);
            if (k != null) {
                p.key(k);
            } else {
                violations.add(new Violation(at.get() + "[" + j + "]." + ProductAccess.JSON_PROPERTY_KEY, "enum",
                        "must be one of " + Arrays.stream(ProductKey.values()).map(ProductKey::getValue).toList(), key));
            }
            ProductAccessLevel level = LEVELS.get(access);
            if (level != null) {
                p.access(level);
            } else {
                violations.add(new Violation(at.get() + "[" + j + "]." + ProductAccess.JSON_PROPERTY_ACCESS, "enum",
                        "must be one of administrator, member, none", access));
            }
            out.add(p);
        }
        return out;
    }
}
