package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import org.junit.jupiter.api.Test;

/**
 * What may go into a header: a token of visible ASCII only, a {@code User-Id} that is an ACC or Autodesk id. The
 * edges of each rule, and what the refusal says (the position of a bad character, never the token itself).
 */
class HeaderValuesTest {

    @Test
    void everyVisibleAsciiCharacterMayBeInAToken() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x21; c <= 0x7E; c++) {
            all.append(c);
        }

        assertThat(HeaderValues.requireToken(all.toString(), "token")).isEqualTo(all.toString());
    }

    @Test
    void aSpaceDeleteOrNonAsciiCharacterIsRefusedByPosition() {
        assertThat(tokenRefusal("ab cd")).isEqualTo("token must be visible ASCII only (character 3 of 5 is a space)");
        assertThat(tokenRefusal("abcd\u007F")).isEqualTo("token must be visible ASCII only (character 5 of 5 is U+007F)");
        assertThat(tokenRefusal("\u00e9abc")).isEqualTo("token must be visible ASCII only (character 1 of 4 is U+00E9)");
        assertThat(tokenRefusal("a\r\n")).isEqualTo("token must be visible ASCII only (character 2 of 3 is CR)");
        assertThat(tokenRefusal("a\nb")).isEqualTo("token must be visible ASCII only (character 2 of 3 is LF)");
        assertThat(tokenRefusal("a\u001Fb")).isEqualTo("token must be visible ASCII only (character 2 of 3 is U+001F)");
    }

    @Test
    void aUserIdIsAnAccIdOrAnAutodeskIdOfAtMost64Characters() {
        String longest = "A" + "b".repeat(HeaderValues.MAX_USER_ID_LENGTH - 1);

        assertThat(HeaderValues.requireUserId("0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52", "User-Id"))
                .isEqualTo("0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52");
        assertThat(HeaderValues.requireUserId("PER.SON_1-X", "User-Id")).isEqualTo("PER.SON_1-X");
        assertThat(HeaderValues.requireUserId(longest, "User-Id")).isEqualTo(longest);
        assertThat(userIdRefusal(longest + "c").rejectedValue()).isEqualTo(longest + "...");
    }

    @Test
    void aRefusedUserIdIsShownWholeUpTo64CharactersWithControlCharactersMasked() {
        String sixtyFour = "-" + "a".repeat(HeaderValues.MAX_USER_ID_LENGTH - 1);

        Violation whole = userIdRefusal(sixtyFour);
        Violation masked = userIdRefusal("ab\r\ncd");

        assertThat(whole.path()).isEqualTo("User-Id");
        assertThat(whole.rejectedValue()).isEqualTo(sixtyFour);
        assertThat(whole.message()).isEqualTo("must be an ACC id (a UUID) or an Autodesk id (letters, digits, ., _ and -,"
                + " at most 64)");
        assertThat(masked.rejectedValue()).isEqualTo("ab??cd");
    }

    private static String tokenRefusal(String token) {
        return catchThrowableOfType(IllegalArgumentException.class, () -> HeaderValues.requireToken(token, "token"))
                .getMessage();
    }

    private static Violation userIdRefusal(String userId) {
        return catchThrowableOfType(ValidationException.class, () -> HeaderValues.requireUserId(userId, "User-Id"))
                .violations().get(0);
    }
}
