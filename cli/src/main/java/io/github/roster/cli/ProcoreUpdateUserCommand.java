package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.ProcoreEnvironment;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code roster procore update-user}. Besides the fixed options it takes one option per field of the spec's
 * {@code CompanyUserUpdate} ({@code job_title} is {@code --job-title}), added from the generated model.
 */
@Command(name = "update-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Updates a Procore company user. Only the options given are sent;"
                + " an empty value (--job-title=\"\") clears a field.",
            "With --avatar the update is sent as multipart/form-data with the image."})
final class ProcoreUpdateUserCommand implements Callable<Integer> {

    /** Field options that also answer to a shorter name. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of("email_address", "--email");

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--procore-env", paramLabel = "production|sandbox|monthly|federal",
            description = "Procore environment (default production); --base-url overrides it.")
    String environment;

    @Option(names = "--company", required = true, paramLabel = "ID", description = "Company id.")
    long company;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "Company user id.")
    long user;

    @Option(names = "--avatar", paramLabel = "FILE", description = "An image (PNG, JPEG, GIF, WebP, BMP) to upload.")
    Path avatar;

    @Option(names = "--run-configurable-validations",
            description = "Ask Procore to run the Configurable Field Set validations.")
    boolean runConfigurableValidations;

    ProcoreUpdateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    static void addFieldOptions(CommandSpec spec) {
        for (ModelFields.ModelField f : ModelFields.of(CompanyUserUpdate.class)) {
            List<String> names = new ArrayList<>(List.of(f.option()));
            if (ALIASES.containsKey(f.wireName())) {
                names.add(ALIASES.get(f.wireName()));
            }
            spec.addOption(OptionSpec.builder(names.toArray(new String[0]))
                    .type(String.class)
                    .arity("1")
                    .required(f.required())
                    .paramLabel(f.type() == Boolean.class ? "true|false" : f.type() == Long.class ? "N" : "TEXT")
                    .description("user." + f.wireName() + (f.required() ? " (required)" : ""))
                    .build());
        }
    }

    @Override
    public Integer call() {
        CompanyUserUpdate update = update();
        UpdateCompanyUserOptions options = UpdateCompanyUserOptions.NONE;
        if (runConfigurableValidations) {
            options = options.withRunConfigurableValidations(true);
        }
        if (avatar != null) {
            if (!Files.isReadable(avatar)) {
                throw new InvalidInputException("--avatar: cannot read " + avatar);
            }
            options = options.withAvatar(Avatar.of(avatar));
        }
        try (ProcoreDirectoryClient client = client()) {
            CompanyUser updated = client.updateCompanyUser(company, user, update, options);
            if (common.output == CommonOptions.Output.json) {
                ctx.out().println(Printer.json(updated));
            } else {
                ctx.out().printf("updated Procore user %d (%s): %s, active=%s%n", updated.getId(),
                        updated.getEmailAddress(), updated.getName(), updated.getIsActive());
            }
        }
        return ExitCodes.OK;
    }

    private ProcoreDirectoryClient client() {
        ProcoreEnvironment env = null;
        if (environment != null) {
            try {
                env = ProcoreEnvironment.valueOf(environment.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--procore-env must be production, sandbox, monthly or federal, was "
                        + environment);
            }
        }
        ProcoreDirectoryClient.Builder b = ProcoreDirectoryClient.builder()
                .tokenProvider(Credentials.procore(common, env, ctx))
                .httpOptions(common.httpOptions());
        if (env != null) {
            b.environment(env);
        }
        if (common.baseUrl != null) {
            b.baseUrl(AutodeskCommands.baseUrl(common.baseUrl));
        }
        return b.build();
    }

    private CompanyUserUpdate update() {
        ParseResult parsed = spec.commandLine().getParseResult();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        List<Violation> violations = new ArrayList<>();
        for (ModelFields.ModelField f : ModelFields.of(CompanyUserUpdate.class)) {
            if (!parsed.hasMatchedOption(f.option())) {
                continue;
            }
            String raw = parsed.matchedOptionValue(f.option(), "");
            String path = "user." + f.wireName();
            if (raw.isEmpty() && !f.required()) {
                body.putNull(f.wireName());
            } else if (f.type() == Long.class) {
                try {
                    body.put(f.wireName(), Long.parseLong(raw.trim()));
                } catch (NumberFormatException e) {
                    violations.add(new Violation(path, "integer", "must be a whole number", raw));
                }
            } else if (f.type() == Boolean.class) {
                if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                    body.put(f.wireName(), Boolean.parseBoolean(raw));
                } else {
                    violations.add(new Violation(path, "boolean", "must be true or false", raw));
                }
            } else {
                body.put(f.wireName(), raw);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        try {
            return Printer.mapper().treeToValue(body, CompanyUserUpdate.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot build the update from the options", e);
        }
    }
}
