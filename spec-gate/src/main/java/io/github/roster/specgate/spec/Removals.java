package io.github.roster.specgate.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;

/**
 * Finds removed schema properties and enum values anywhere in an openapi-diff change tree.
 *
 * <p>openapi-diff judges compatibility as a server would: a request property or a response enum value that
 * disappears is "compatible" there. For Roster it is breaking: the generated models lose a setter or an enum
 * constant that users compile against, so the spec gate treats every removal as breaking.
 */
final class Removals {

    private Removals() {
    }

    /** One line per removal, such as {@code removed property seats}. */
    static List<String> in(Changed root) {
        List<String> found = new ArrayList<>();
        walk(root, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Changed node, List<String> found, Set<Changed> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof ChangedSchema schema) {
            schema.getMissingProperties().keySet().forEach(p -> found.add("removed property " + p));
        }
        if (node instanceof ChangedEnum<?> enumeration) {
            enumeration.getMissing().forEach(v -> found.add("removed enum value " + v));
        }
        if (node instanceof ComposedChanged composed) {
            for (Changed child : composed.getChangedElements()) {
                walk(child, found, seen);
            }
        }
    }
}
