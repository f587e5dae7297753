package io.github.roster.specgate.drift;

import java.util.List;

/**
 * What matters about one field or parameter when comparing with a vendor spec.
 *
 * @param type       the JSON type ({@code string}, {@code integer}, ...), or {@code null} when untyped
 * @param enumValues the allowed values, in order; empty when not an enum
 * @param required   whether the field must be present
 * @param maxLength  the maximum length, or {@code null} when unlimited
 */
record FieldShape(String type, List<String> enumValues, boolean required, Integer maxLength) {

    FieldShape {
        enumValues = List.copyOf(enumValues);
    }
}
