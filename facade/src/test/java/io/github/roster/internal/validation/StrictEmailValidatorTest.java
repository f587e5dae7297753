package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictEmailValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"john.smith@mail.com", "sampleUser1@autodesk.com", "a+tag@sub.example.co.uk",
        "o'brien@example.ie", "jürgen@beispiel.de"})
    void acceptsRealAddresses(String address) {
        assertThat(StrictEmailValidator.isWellFormed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"john@", "@example.com", "john@localhost", "john smith@example.com", "john@example.",
        "john..smith@example.com", "john@-example.com", "john@example.c", ".john@example.com", "a@b"})
    void refusesAddressesNoMailServerWouldTake(String address) {
        assertThat(StrictEmailValidator.isWellFormed(address)).isFalse();
    }

    /** The hand-written reading decides exactly as the pattern, on generated addresses near its edges. */
    @Test
    void readsAddressesExactlyAsThePatternDoes() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {"a", "Z", "9", "ü", "é", "ß", "\u0661", "\u2163", "\u00bd", "-", ".", "..", "@", "+", "_",
            "'", "!", " ", "\t", "(", "\ud835\udc00", "\ud83d\ude00", "co", "uk", "de", "x".repeat(62), "y".repeat(64)};
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int local = random.nextInt(4);
            for (int k = 0; k < local; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            sb.append(random.nextInt(6) == 0 ? "" : "@");
            int labels = random.nextInt(4);
            for (int k = 0; k < labels; k++) {
                int parts = 1 + random.nextInt(3);
                for (int j = 0; j < parts; j++) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
                sb.append(random.nextInt(5) == 0 ? "" : ".");
            }
            sb.append(pieces[random.nextInt(pieces.length)]);
            String address = random.nextBoolean() ? sb.toString() : plausible(random, pieces);
            boolean expected = StrictEmailValidator.matchesPattern(address);
            assertThat(StrictEmailValidator.matchesByHand(address)).as("seed %d: %s", seed, address).isEqualTo(expected);
            if (expected) {
                accepted++;
            }
        }
        assertThat(accepted).as("seed %d: addresses the pattern accepts", seed).isGreaterThan(1_000);
    }

    /** Mostly well-formed: word pieces, one or two dots each side, one piece from anywhere. */
    private static String plausible(Random random, String[] pieces) {
        String[] words = {"ann", "o'neil", "x-1", "ü9", "\u0661\u0662", "a_b", "mail", "b"};
        String odd = pieces[random.nextInt(pieces.length)];
        StringBuilder sb = new StringBuilder(words[random.nextInt(words.length)]);
        if (random.nextBoolean()) {
            sb.append('.').append(words[random.nextInt(words.length)]);
        }
        sb.append('@').append(words[random.nextInt(words.length)]);
        if (random.nextInt(4) == 0) {
            sb.append(odd);
        }
        sb.append('.').append(random.nextBoolean() ? "example" : words[random.nextInt(words.length)]);
        sb.append('.').append(random.nextInt(5) == 0 ? odd : "com");
        return sb.toString();
    }
}
