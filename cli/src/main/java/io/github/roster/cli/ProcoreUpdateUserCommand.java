package io.github.roster.cli;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    static final Map<String, String> ALIASES = Map.of("email_address", "--email");

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    ProcoreConnection procore;

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
        ModelOptions.add(spec, CompanyUserUpdate.class, "user", ALIASES);
    }

    @Override
    public Integer call() {
        CompanyUserUpdate update = ModelOptions.read(spec.commandLine().getParseResult(), CompanyUserUpdate.class,
                "user", true);
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
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            CompanyUser updated = client.updateCompanyUser(procore.company, user, update, options);
            if (procore.text()) {
                ctx.out().printf("updated Procore user %d (%s): %s, active=%s%n", updated.getId(),
                        updated.getEmailAddress(), updated.getName(), updated.getIsActive());
            } else {
                ctx.out().println(Printer.json(updated));
            }
        }
        return ExitCodes.OK;
    }
}
