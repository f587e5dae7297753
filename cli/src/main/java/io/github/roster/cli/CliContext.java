package io.github.roster.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may touch of the outside world: its output streams and environment. Tests pass their own.
 *
 * @param out standard output: results
 * @param err standard error: progress, warnings, errors
 * @param env environment variables (credentials)
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env) {

    /**
     * Reads an environment variable, treating blank as absent.
     *
     * @param name the variable
     * @return its value, or null
     */
    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
