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
        return address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
