package io.github.roster.specgate.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares Roster's operations with a vendor's and names each difference that matters by a stable line of text
 * (the key the allow-list matches): operations missing on either side; per operation, statuses, fields, enum values,
 * required flags, max lengths and types.
 */
final class DriftComparer {

    private DriftComparer() {
    }

    static List<String> differences(Map<String, OperationShape> roster, Map<String, OperationShape> vendor) {
        List<String> found = new ArrayList<>();
        for (String operation : union(roster.keySet(), vendor.keySet())) {
            OperationShape ours = roster.get(operation);
            OperationShape theirs = vendor.get(operation);
            if (ours == null || theirs == null) {
                found.add(operation + ": operation only in " + (ours == null ? "vendor" : "Roster"));
                continue;
            }
            for (String status : union(ours.statuses(), theirs.statuses())) {
                if (!ours.statuses().contains(status) || !theirs.statuses().contains(status)) {
                    found.add(operation + ": status " + status + " only in "
                            + (ours.statuses().contains(status) ? "Roster" : "vendor"));
                }
            }
            for (String field : union(ours.fields().keySet(), theirs.fields().keySet())) {
                compareField(operation + ": " + field, ours.fields().get(field), theirs.fields().get(field), found);
            }
        }
        return found;
    }

    private static void compareField(String prefix, FieldShape ours, FieldShape theirs, List<String> found) {
        if (ours == null || theirs == null) {
            found.add(prefix + " only in " + (ours == null ? "vendor" : "Roster"));
            return;
        }
        for (String value : union(ours.enumValues(), theirs.enumValues())) {
            boolean inOurs = ours.enumValues().contains(value);
            boolean inTheirs = theirs.enumValues().contains(value);
            if (inOurs != inTheirs) {
                found.add(prefix + " enum value '" + value + "' only in " + (inOurs ? "Roster" : "vendor"));
            }
        }
        if (ours.required() != theirs.required()) {
            found.add(prefix + " required: Roster " + yesNo(ours.required()) + ", vendor " + yesNo(theirs.required()));
        }
        if (!Objects.equals(ours.maxLength(), theirs.maxLength())) {
            found.add(prefix + " maxLength: Roster " + orNone(ours.maxLength()) + ", vendor "
                    + orNone(theirs.maxLength()));
        }
        if (!Objects.equals(ours.type(), theirs.type())) {
            found.add(prefix + " type: Roster " + orNone(ours.type()) + ", vendor " + orNone(theirs.type()));
        }
    }

    private static Set<String> union(Iterable<String> a, Iterable<String> b) {
        Set<String> all = new TreeSet<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String orNone(Object value) {
        return value == null ? "none" : String.valueOf(value);
    }
}
