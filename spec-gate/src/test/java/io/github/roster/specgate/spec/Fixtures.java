package io.github.roster.specgate.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the spec fixtures under {@code src/test/resources/spec-fixtures}. */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/spec-fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline fixture with one exact text replaced; fails when the text is not there (a broken fixture). */
    static String baselineWith(String from, String to) {
        String base = read("baseline/users.yaml");
        if (!base.contains(from)) {
            throw new IllegalArgumentException("Fixture does not contain: " + from);
        }
        return base.replace(from, to);
    }
}
