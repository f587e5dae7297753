package io.github.roster.sandbox;

import java.util.Locale;

/**
 * How a text filter compares, ignoring case: Autodesk's {@code filterTextMatch} values, also used for the
 * fuzzy ({@link #CONTAINS}) and whole-value ({@link #EQUALS}) matching of the other vendors' searches.
 */
enum TextMatch {
    CONTAINS, STARTS_WITH, ENDS_WITH, EQUALS;

    /** The match named by a {@code filterTextMatch} value ({@code contains}, {@code startsWith}, ...). */
    static TextMatch of(String filterTextMatch) {
        return switch (filterTextMatch) {
            case "contains" -> CONTAINS;
            case "startsWith" -> STARTS_WITH;
            case "endsWith" -> ENDS_WITH;
            case "equals" -> EQUALS;
            default -> throw new IllegalArgumentException("unknown filterTextMatch " + filterTextMatch);
        };
    }

    /** Whether {@code value} matches {@code wanted}; a {@code null} value never does. */
    boolean matches(String value, String wanted) {
        if (value == null) {
            return false;
        }
        String text = value.toLowerCase(Locale.ROOT);
        String target = wanted.toLowerCase(Locale.ROOT);
        return switch (this) {
            case CONTAINS -> text.contains(target);
            case STARTS_WITH -> text.startsWith(target);
            case ENDS_WITH -> text.endsWith(target);
            case EQUALS -> text.equals(target);
        };
    }
}
