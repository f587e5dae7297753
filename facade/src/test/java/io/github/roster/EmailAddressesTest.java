package io.github.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public e-mail check that callers (the CLI, sync's HR export reader) use before sending an address. */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"j.smith@example.com", "first.last+tag@sub.example.co.uk", "a@b.io"})
    void wellFormedAddressesPass(String address) {
        assertThat(EmailAddresses.isWellFormed(address)).isTrue();
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"a@b", "j.smith@example.c", "j.smith", "j.smith@", "@example.com", "j smith@example.com", "j.smith@@example.com"})
    void anythingElseFails(String address) {
        assertThat(EmailAddresses.isWellFormed(address)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void anAddressMayHaveUpTo254Characters() {
        String domain = "@example.com";
        String at254 = "a".repeat(254 - domain.length()) + domain;
        String at255 = "a" + at254;

        assertThat(EmailAddresses.isWellFormed(at254)).isTrue();
        assertThat(EmailAddresses.isWellFormed(at255)).isFalse();
    }
}
