package io.github.roster.specgate.drift;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What matters about one operation when comparing with a vendor spec: its response statuses and its fields, named
 * {@code header.<name>}, {@code query.<name>}, {@code request.<path>} and {@code response.<path>} (all success
 * bodies together; {@code a.b} for nested objects, {@code a[]} for array items).
 *
 * @param statuses the response status codes
 * @param fields   the fields by name
 */
record OperationShape(Set<String> statuses, SortedMap<String, FieldShape> fields) {

    OperationShape {
        statuses = new TreeSet<>(statuses);
        fields = new TreeMap<>(fields);
    }

    static OperationShape of(Set<String> statuses, Map<String, FieldShape> fields) {
        return new OperationShape(statuses, new TreeMap<>(fields));
    }
}
