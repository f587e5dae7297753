package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the validator's messages into text that names the offending field or parameter. */
final class ValidationMessages {

    static final String CONTENT_TYPE_NOT_ALLOWED = "validation.request.contentType.notAllowed";

    private ValidationMessages() {
    }

    /** One message, prefixed with {@code [Parameter 'name']} when it is about a parameter. */
    static String describe(ValidationReport.Message message) {
        String text = message.getMessage().replace('\n', ' ');
        String parameter = message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(p -> p.getName())
                .orElse(null);
        if (parameter != null && !text.contains("'" + parameter + "'")) {
            return "[Parameter '" + parameter + "'] " + text;
        }
        return text;
    }

    /** Every message, described and joined with {@code "; "}. */
    static String describeAll(List<ValidationReport.Message> messages) {
        return messages.stream().map(ValidationMessages::describe).collect(Collectors.joining("; "));
    }

    static boolean isUnsupportedContentType(List<ValidationReport.Message> messages) {
        return messages.stream().anyMatch(m -> CONTENT_TYPE_NOT_ALLOWED.equals(m.getKey()));
    }
}
