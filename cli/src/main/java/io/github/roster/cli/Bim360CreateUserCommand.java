package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code roster bim360 create-user}. Besides the fixed options it takes one option per field of the spec's
 * {@code AccountUserCreate} ({@code first_name} is {@code --first-name}), added from the generated model.
 */
@Command(name = "create-user", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = Bim360CreateUserCommand.FieldOptions.class,
        description = {"Creates one BIM 360 / ACC account user (Autodesk answers with status not_invited).",
            "Not re-sent after a lost answer: look the user up with find-user before trying again."})
final class Bim360CreateUserCommand extends Bim360AccountCommand {

    @Spec
    CommandSpec spec;

    Bim360CreateUserCommand(CliContext ctx) {
        super(ctx);
    }

    /** Adds the field options when picocli builds the command (no list of commands to keep elsewhere). */
    static final class FieldOptions implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            addFieldOptions(spec);
            return spec;
        }
    }

    static void addFieldOptions(CommandSpec spec) {
        for (ModelFields.ModelField f : Bim360UserFields.FIELDS) {
            spec.addOption(OptionSpec.builder(f.option())
                    .type(String.class)
                    .arity("1")
                    .required(f.required())
                    .paramLabel(f.type() == UUID.class ? "ID" : "TEXT")
                    .description(f.wireName() + (f.required() ? " (required)" : ""))
                    .build());
        }
    }

    @Override
    public Integer call() {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> values = new HashMap<>();
        for (ModelFields.ModelField f : Bim360UserFields.FIELDS) {
            if (parsed.hasMatchedOption(f.option())) {
                values.put(f.wireName(), parsed.matchedOptionValue(f.option(), ""));
            }
        }
        List<Violation> violations = new ArrayList<>();
        AccountUserCreate user = Bim360UserFields.user(values, "", violations);
        try (AutodeskAccountAdminClient client = client()) {
            if (!violations.isEmpty()) {
                // name every bad field at once: the unreadable options and what the facade finds in the rest
                String one = "users[0].";
                for (Violation v : client.validateAccountUsers(List.of(user))) {
                    violations.add(new Violation(v.path().startsWith(one) ? v.path().substring(one.length())
                            : v.path(), v.rule(), v.message(), v.rejectedValue()));
                }
                throw new ValidationException(violations);
            }
            AccountUser created = client.createAccountUser(account, user);
            if (common.output == CommonOptions.Output.text) {
                ctx.out().println("created BIM 360 user " + Bim360UserLines.text(created));
            } else {
                ctx.out().println(common.output == CommonOptions.Output.json
                        ? Printer.json(created) : Printer.compact(created));
            }
        }
        return ExitCodes.OK;
    }
}
