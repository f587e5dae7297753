package io.github.roster.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec path template such as {@code /construction/admin/v2/projects/{projectId}/users:import}: everything
 * outside braces is literal (including {@code :} and {@code .}); each {@code {name}} matches one non-empty
 * stretch of a segment and is captured by its name.
 */
final class PathTemplate {

    /** More literal segments first; on a tie, the template whose first differing segment is literal. */
    static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt(PathTemplate::literalSegments).reversed()
            .thenComparing(PathTemplate::literalMask, Comparator.reverseOrder())
            .thenComparing(PathTemplate::text);

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/]+)}");

    private final String text;
    private final Pattern pattern;
    private final List<String> names;
    private final String literalMask;

    PathTemplate(String text) {
        this.text = text;
        StringBuilder regex = new StringBuilder();
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(text);
        int literalStart = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(text.substring(literalStart, matcher.start()))).append("([^/]+?)");
            variables.add(matcher.group(1));
            literalStart = matcher.end();
        }
        regex.append(Pattern.quote(text.substring(literalStart)));
        this.pattern = Pattern.compile(regex.toString());
        this.names = List.copyOf(variables);
        StringBuilder mask = new StringBuilder();
        for (String segment : (text.startsWith("/") ? text.substring(1) : text).split("/", -1)) {
            mask.append(segment.contains("{") ? '0' : '1');
        }
        this.literalMask = mask.toString();
    }

    String text() {
        return text;
    }

    /** The variables captured from {@code path}, or empty when the path does not fit the template. */
    Optional<PathParameters> match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), matcher.group(i + 1));
        }
        return Optional.of(new PathParameters(values));
    }

    /** Segments without any variable: {@code /users/search} has more than {@code /users/{user_id}}. */
    int literalSegments() {
        return (int) literalMask.chars().filter(c -> c == '1').count();
    }

    /** One character per segment, {@code 1} literal and {@code 0} variable; compares literal-first. */
    private String literalMask() {
        return literalMask;
    }

    @Override
    public String toString() {
        return text;
    }
}
