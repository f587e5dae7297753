package io.github.roster.specgate.changelog;

import java.util.Optional;

/**
 * One bullet of a version section of {@code specs/CHANGES.md}.
 *
 * @param key            the first backtick-quoted text of the bullet
 * @param breakingReason the text after {@code breaking:}, when the bullet acknowledges a breaking change
 * @param line           the line number in the file, for messages
 */
public record ChangeEntry(String key, Optional<String> breakingReason, int line) {
}
