package io.github.roster.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Email;
import java.util.regex.Pattern;

/**
 * Replaces Bean Validation's lenient {@code @Email} check (which accepts {@code a@b}) for every
 * {@code format: email} field of the specs: a local part, an {@code @}, and a domain of at least two
 * labels whose last is two or more letters. Letters outside ASCII are accepted.
 */
public final class StrictEmailValidator implements ConstraintValidator<Email, CharSequence> {

    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern ADDRESS = Pattern.compile(
            "^" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}{2,63}$");

    /**
     * Whether the value is a well-formed address; null is left to {@code @NotNull}.
     *
     * @param value the address
     * @param context unused
     * @return true when well-formed or null
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isWellFormed(value.toString());
    }

    /**
     * Whether an address is well-formed.
     *
     * @param address the address
     * @return true when well-formed
     */
    public static boolean isWellFormed(String address) {
        return address.length() <= 254 && matchesByHand(address);
    }

    /** The rule as a regular expression: the specification {@link #matchesByHand} is tested against. */
    static boolean matchesPattern(String address) {
        return ADDRESS.matcher(address).matches();
    }

    /**
     * {@link #ADDRESS} read by hand, without the regex engine's per-match state (an import checks one address
     * per user). Neither an atom nor a label holds an {@code @} or a {@code .}, so splitting on them decides
     * the same as the pattern: one {@code @}; the local part dot-separated atoms; the domain at least two
     * dot-separated parts, every part but the last a label, the last 2 to 63 letters.
     */
    static boolean matchesByHand(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || address.indexOf('@', at + 1) >= 0) {
            return false;
        }
        // local part: ATOM(\.ATOM)*
        int start = 0;
        for (int i = 0; i <= at; ) {
            if (i == at || address.charAt(i) == '.') {
                if (i == start) {
                    return false;
                }
                start = i + 1;
                i++;
                continue;
            }
            int cp = address.codePointAt(i);
            if (!isLetterOrNumber(cp) && "!#$%&'*+/=?^_`{|}~-".indexOf(cp) < 0) {
                return false;
            }
            i += Character.charCount(cp);
        }
        // domain: (LABEL\.)+ then 2 to 63 letters
        int lastDot = address.lastIndexOf('.');
        if (lastDot <= at + 1) {
            return false;
        }
        int letters = 0;
        for (int i = lastDot + 1; i < address.length(); ) {
            int cp = address.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return false;
            }
            letters++;
            i += Character.charCount(cp);
        }
        if (letters < 2 || letters > 63) {
            return false;
        }
        start = at + 1;
        for (int i = start; i <= lastDot; i++) {
            if (i == lastDot || address.charAt(i) == '.') {
                if (!isLabel(address, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** {@code [\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?} over {@code text[from, to)}. */
    private static boolean isLabel(String text, int from, int to) {
        int count = 0;
        int last = -1;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            boolean alnum = isLetterOrNumber(cp);
            if (!alnum && (cp != '-' || count == 0)) {
                return false;
            }
            last = cp;
            count++;
            i += Character.charCount(cp);
        }
        return count >= 1 && count <= 63 && last != '-';
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any Unicode kind. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
