package io.github.roster.cli;

/** Counts in messages: {@code 1 user}, {@code 2 users}, never {@code user(s)}. */
final class Plural {

    private Plural() {
    }

    /**
     * The count and the noun, plural unless the count is one.
     *
     * @param count how many
     * @param singular the noun for one; its plural adds {@code s}
     * @return e.g. {@code "1 user"}, {@code "0 users"}
     */
    static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /**
     * The count and the noun, plural unless the count is one.
     *
     * @param count how many
     * @param singular the noun for one
     * @param plural the noun for any other count
     * @return e.g. {@code "1 invalid field"}, {@code "3 invalid fields"}
     */
    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
