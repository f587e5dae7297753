package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
}
