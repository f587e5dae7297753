package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the validator's messages by the field they are about, the way Procore reports field errors
 * ({@code {"errors": {"field": ["message"]}}}). Messages about no particular field go under {@code base}.
 */
final class ProcoreFieldErrors {

    /** Where Procore (Rails) puts errors that belong to no field. */
    static final String BASE = "base";

    private static final Pattern NAME_LIST = Pattern.compile("\\[((?:\"[^\"]*\",?)+)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private ProcoreFieldErrors() {
    }

    static Map<String, List<String>> group(List<ValidationReport.Message> messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (ValidationReport.Message message : messages) {
            String text = ValidationMessages.describe(message);
            for (String field : fieldsOf(message)) {
                errors.computeIfAbsent(field, key -> new ArrayList<>()).add(text);
            }
        }
        return errors;
    }

    /** The fields a message is about: a parameter, the properties a required/additionalProperties message lists, or the last pointer segment. */
    static List<String> fieldsOf(ValidationReport.Message message) {
        var context = message.getContext();
        var parameter = context.flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent()) {
            return List.of(parameter.get().getName());
        }
        String key = message.getKey();
        if (key.endsWith(".required") || key.endsWith(".additionalProperties")) {
            List<String> named = namesListedIn(message.getMessage());
            if (!named.isEmpty()) {
                return named;
            }
        }
        String pointer = context.flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .orElse("");
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        return List.of(last.isEmpty() ? BASE : last);
    }

    private static List<String> namesListedIn(String text) {
        Matcher list = NAME_LIST.matcher(text);
        List<String> names = new ArrayList<>();
        if (list.find()) {
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                names.add(quoted.group(1));
            }
        }
        return names;
    }
}
