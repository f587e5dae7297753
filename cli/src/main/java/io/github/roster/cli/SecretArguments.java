package io.github.roster.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of secret options on a command line ({@code --token VALUE}, {@code --token=VALUE}), so that a
 * usage error that quotes the arguments back (picocli's unmatched-argument message) never prints them.
 */
final class SecretArguments {

    private static final List<String> SECRET_OPTIONS = List.of("--token");

    private SecretArguments() {
    }

    /**
     * The values given to secret options.
     *
     * @param args the command line
     * @return the values, in order
     */
    static List<String> values(String[] args) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            for (String option : SECRET_OPTIONS) {
                if (args[i].equals(option) && i + 1 < args.length) {
                    values.add(args[i + 1]);
                } else if (args[i].startsWith(option + "=")) {
                    values.add(args[i].substring(option.length() + 1));
                }
            }
        }
        values.removeIf(v -> v.isEmpty() || v.equals("-"));
        return values;
    }

    /**
     * The text with each secret value replaced where it stands as a whole argument (quoted, after {@code =},
     * or between spaces), so that a one-letter test token does not garble the words around it.
     *
     * @param text a message
     * @param args the command line
     * @return the message without secret values
     */
    static String redact(String text, String[] args) {
        String out = text;
        for (String value : values(args)) {
            Pattern whole = Pattern.compile("(?<=^|[\\s'\"=,\\[])" + Pattern.quote(value) + "(?=$|[\\s'\",\\]])");
            out = whole.matcher(out).replaceAll(Matcher.quoteReplacement("[redacted]"));
        }
        return out;
    }
}
