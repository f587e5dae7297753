package io.github.roster.specgate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} command-line arguments of the gates' {@code main} methods. */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code --name value} pairs; anything else is an error naming it. */
    public static Arguments parse(String[] args, List<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Bad argument '" + args[i] + "'; expected --name value with name one of "
                        + known);
            }
            values.put(name, args[++i]);
        }
        return new Arguments(values);
    }

    /** A required value; its absence is an error naming it. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalArgumentException("Missing argument --" + name));
    }

    /** A required value read as a path. */
    public Path path(String name) {
        return Path.of(required(name));
    }

    /** An optional value; blank counts as absent. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** The release version a Maven project version leads to: {@code 0.1.0-SNAPSHOT} is {@code 0.1.0}. */
    public static String releaseVersion(String projectVersion) {
        return projectVersion.replaceFirst("-SNAPSHOT$", "");
    }
}
