package io.github.roster.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of the common timestamp forms must give what the general formatter gives, for every text
 * it accepts. Texts are generated from a seeded random source around the edges (impossible dates, 1 to 10
 * fraction digits, offsets with and without a colon, lower-case letters, stray characters).
 */
class CommonTimestampFormTest {

    @Test
    void agreesWithTheGeneralFormatterOnEveryTextItReads() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = timestamp(random);
            OffsetDateTime common = LenientOffsetDateTimeDeserializer.parseCommonForm(text);
            if (common == null) {
                continue;
            }
            fast++;
            OffsetDateTime general;
            try {
                general = LenientOffsetDateTimeDeserializer.parseAnyForm(text);
            } catch (DateTimeParseException e) {
                throw new AssertionError("seed " + seed + ": read " + text + " that the formatter refuses", e);
            }
            assertThat(common).as("seed %d: %s", seed, text).isEqualTo(general);
            assertThat(common.getOffset()).as("seed %d: %s", seed, text).isEqualTo(general.getOffset());
        }
        assertThat(fast).as("seed %d: texts read by the fast path", seed).isGreaterThan(2_000);
    }

    private static String timestamp(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%04d-%02d-%02d", 1990 + r.nextInt(50), r.nextInt(14), r.nextInt(33)));
        sb.append(pick(r, "T", "T", " ", "t", ""));
        sb.append(String.format("%02d:%02d", r.nextInt(26), r.nextInt(62)));
        if (r.nextInt(6) > 0) {
            sb.append(String.format(":%02d", r.nextInt(62)));
            if (r.nextBoolean()) {
                sb.append('.');
                int digits = r.nextInt(11);
                for (int i = 0; i < digits; i++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                }
            }
        }
        sb.append(pick(r, "", "Z", "z", "+02:00", "-05:30", "+0200", "-0930", "+19:00", "+02:0", "+02:60", "X"));
        return sb.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
