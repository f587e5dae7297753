package io.github.roster.sync;

import java.util.List;

/**
 * Input that sync cannot use: an HR export, a configuration or a plan with problems. Each problem names where
 * it is (file, line, key or field) and what is wrong. Nothing was read from or sent to any target.
 */
public class SyncInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param source what was being read, e.g. {@code plan.json}
     * @param problems each problem, one line each, naming where it is
     */
    public SyncInputException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Each problem, one line each.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
