package io.github.roster.error;

import java.util.List;
import java.util.Map;

/**
 * What the vendor said in an error body, parsed leniently from the documented shapes: Autodesk
 * {@code {code, message}} and {@code {developerMessage, errorCode}}, Procore {@code {message}} and
 * {@code {errors: {field: [..]}}}. Any part may be missing.
 *
 * @param code the vendor's error code as text, or null
 * @param message the vendor's message, or null
 * @param fieldErrors messages per field, empty when none

 * @serial exclude
 */
public record VendorError(String code, String message, Map<String, List<String>> fieldErrors)
        implements java.io.Serializable {

    /** An error body that said nothing Roster could read. */
    public static final VendorError EMPTY = new VendorError(null, null, Map.of());

    /**
     * Copies the field errors.
     *
     * @param code see the record component
     * @param message see the record component
     * @param fieldErrors see the record component
     */
    public VendorError {
        fieldErrors = fieldErrors == null ? Map.of() : copy(fieldErrors);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> fieldErrors) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        fieldErrors.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
