package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * One CLI option per field of a generated model ({@code job_title} is {@code --job-title}), added from the model
 * so the options follow the spec, and read back into the model.
 */
final class ModelOptions {

    private ModelOptions() {
    }

    /**
     * Adds the options.
     *
     * @param spec the command
     * @param model the generated model
     * @param wrapper the name of the object the fields sit in on the wire, e.g. {@code user}
     * @param aliases shorter names by wire name, e.g. {@code email_address -> --email}
     */
    static void add(CommandSpec spec, Class<?> model, String wrapper, Map<String, String> aliases) {
        add(spec, model, wrapper, aliases, true);
    }

    /**
     * Adds the options; with {@code parserRequires} false, the required fields' options are optional to the parser
     * (a batch file may hold the fields instead) and {@link #requireGiven} checks them.
     */
    static void add(CommandSpec spec, Class<?> model, String wrapper, Map<String, String> aliases,
                    boolean parserRequires) {
        for (ModelFields.ModelField f : ModelFields.of(model)) {
            List<String> names = new ArrayList<>(List.of(f.option()));
            if (aliases.containsKey(f.wireName())) {
                names.add(aliases.get(f.wireName()));
            }
            spec.addOption(OptionSpec.builder(names.toArray(new String[0]))
                    .type(String.class)
                    .arity("1")
                    .required(parserRequires && f.required())
                    .paramLabel(f.type() == Boolean.class ? "true|false" : f.type() == Long.class ? "N" : "TEXT")
                    .description(wrapper + "." + f.wireName()
                            + (f.required() ? parserRequires ? " (required)" : " (required without a batch file)" : ""))
                    .build());
        }
    }

    /**
     * Reads the options given into the model.
     *
     * @param parsed the command's parse result
     * @param model the generated model
     * @param wrapper the name of the object the fields sit in on the wire, e.g. {@code user}
     * @param emptyClears whether an empty value of an optional field is sent as null (a PATCH clearing it);
     *     otherwise it is left out
     * @param <T> the model type
     * @return the model with the fields given
     * @throws ValidationException naming each value that does not fit its field's type
     */
    static <T> T read(ParseResult parsed, Class<T> model, String wrapper, boolean emptyClears) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        List<Violation> violations = new ArrayList<>();
        for (ModelFields.ModelField f : ModelFields.of(model)) {
            if (!parsed.hasMatchedOption(f.option())) {
                continue;
            }
            String raw = parsed.matchedOptionValue(f.option(), "");
            if (raw.isEmpty() && !f.required()) {
                if (emptyClears) {
                    body.putNull(f.wireName());
                }
            } else {
                FieldText.put(body, f, raw, wrapper + "." + f.wireName(), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return FieldText.toModel(body, model);
    }

    /**
     * Checks that the required fields' options were given (for options added with {@code parserRequires} false).
     *
     * @param parsed the command's parse result
     * @param model the generated model
     * @param alternative what may be given instead, for the message
     * @throws InvalidInputException naming each missing option
     */
    static void requireGiven(ParseResult parsed, Class<?> model, String alternative) {
        List<String> missing = ModelFields.of(model).stream().filter(ModelFields.ModelField::required)
                .map(ModelFields.ModelField::option).filter(o -> !parsed.hasMatchedOption(o)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("missing required " + (missing.size() == 1 ? "option " : "options ")
                    + String.join(", ", missing) + " (or " + alternative + ")");
        }
    }
}
