package io.github.roster.cli;

import io.github.roster.auth.TokenProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a token given on the command line comes from: {@code --token VALUE} (visible in {@code ps}),
 * {@code --token -} (standard input) or {@code --token-file FILE}. Surrounding whitespace and a final line
 * break are dropped; anything else that is not visible ASCII (an inner CR or LF, non-ASCII) is refused, naming
 * the option and never quoting the token.
 */
final class TokenInput {

    /** The most bytes read from a token file or standard input. */
    static final int MAX_BYTES = 64 * 1024;

    private TokenInput() {
    }

    /**
     * The token the options give, or null when they give none.
     *
     * @param token {@code --token}: a value, {@code -} for standard input, or null
     * @param file {@code --token-file}, or null
     * @param stdin standard input
     * @return a fixed token provider, or null
     * @throws InvalidInputException when both are given, the source cannot be read, or the token is malformed
     */
    static TokenProvider provider(String token, Path file, Supplier<InputStream> stdin) {
        if (token != null && file != null) {
            throw new InvalidInputException("give --token or --token-file, not both");
        }
        String option;
        String value;
        if (file != null) {
            option = "--token-file " + file;
            value = read(file, option);
        } else if ("-".equals(token)) {
            option = "--token - (standard input)";
            try {
                value = firstLine(stdin.get().readNBytes(MAX_BYTES));
            } catch (IOException e) {
                throw new InvalidInputException(option + ": cannot read: " + e.getMessage());
            }
        } else if (token != null && !token.isBlank()) {
            option = "--token";
            value = token;
        } else {
            return null;
        }
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(option + ": no token");
        }
        try {
            return TokenProvider.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + ": " + e.getMessage());
        }
    }

    private static String read(Path file, String option) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(option + ": longer than " + MAX_BYTES + " bytes; not a token file");
            }
            return firstLine(bytes);
        } catch (IOException e) {
            throw new InvalidInputException(option + ": cannot read: " + e.getMessage());
        }
    }

    /** The text up to a final line break; an inner line break stays, to be refused. */
    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
