package io.github.roster.specgate.changelog;

import java.util.Objects;

/**
 * One change a gate found between a baseline and the current build.
 *
 * @param key      stable text that names the change; it must appear, in backticks, in {@code specs/CHANGES.md}
 * @param breaking whether the change breaks existing callers (then CHANGES.md must say {@code breaking:} and why)
 * @param detail   what changed, for the report
 */
public record DetectedChange(String key, boolean breaking, String detail) {

    public DetectedChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(detail, "detail");
    }
}
