package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.Violation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two limits callers meet without reading the code: the longest e-mail address a mail server takes (254
 * characters, RFC 5321's path limit, within the spec's 255), and e-mail fingerprints in which every bit depends on
 * every character, so the duplicate check of a large import stays quick whatever the addresses look like.
 */
class AddressLengthAndFingerprintTest {

    @Test
    void anAddressOf254CharactersIsAcceptedAndOneOf255IsNot() {
        String domain = "@example.com";
        String longest = "a".repeat(254 - domain.length()) + domain;
        String tooLong = "a" + longest;

        try (ModelValidator validator = new ModelValidator()) {
            assertThat(validator.validate(new AccountUserCreate().email(longest), "")).isEmpty();
            assertThat(validator.validate(new AccountUserCreate().email(tooLong), ""))
                    .extracting(Violation::path, Violation::rule).containsExactly(org.assertj.core.groups.Tuple
                            .tuple("email", "Email"));
        }
        assertThat(StrictEmailValidator.isWellFormed(longest)).isTrue();
        assertThat(StrictEmailValidator.isWellFormed(tooLong)).isFalse();
    }

    @Test
    void changingOneCharacterOfAnAddressFlipsEachFingerprintBitAboutHalfTheTime() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int samples = 4000;
        int[] flips = new int[64];
        for (int s = 0; s < samples; s++) {
            char[] address = ("user" + random.nextInt(1_000_000) + "@example.com").toCharArray();
            long before = UniqueEmails.fingerprint(new String(address));
            int at = random.nextInt(address.length);
            address[at] = (char) (address[at] ^ (1 << random.nextInt(8)));
            long diff = before ^ UniqueEmails.fingerprint(new String(address));
            for (int bit = 0; bit < 64; bit++) {
                if ((diff >>> bit & 1) != 0) {
                    flips[bit]++;
                }
            }
        }
        for (int bit = 0; bit < 64; bit++) {
            assertThat(flips[bit] / (double) samples).as("bit %d flips (seed %d)", bit, seed).isBetween(0.35, 0.65);
        }
    }
}
