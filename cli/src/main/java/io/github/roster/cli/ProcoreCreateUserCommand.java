package io.github.roster.cli;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.procore.CreateCompanyUserOptions;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roster procore create-user}: one option per field of the spec's {@code CompanyUserCreate}
 * ({@code last_name} is {@code --last-name}), added from the generated model.
 */
@Command(name = "create-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates a Procore company user. --last-name and --email are required.",
            "Not sent twice: if the answer is lost (exit 4, 'may have been processed'), run find-user first."})
final class ProcoreCreateUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    ProcoreConnection procore;

    @Option(names = "--run-configurable-validations",
            description = "Ask Procore to run the Configurable Field Set validations.")
    boolean runConfigurableValidations;

    ProcoreCreateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    static void addFieldOptions(CommandSpec spec) {
        ModelOptions.add(spec, CompanyUserCreate.class, "user", ProcoreUpdateUserCommand.ALIASES);
    }

    @Override
    public Integer call() {
        CompanyUserCreate user = ModelOptions.read(spec.commandLine().getParseResult(), CompanyUserCreate.class,
                "user", false);
        CreateCompanyUserOptions options = runConfigurableValidations
                ? CreateCompanyUserOptions.NONE.withRunConfigurableValidations(true) : CreateCompanyUserOptions.NONE;
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            CompanyUser created = client.createCompanyUser(procore.company, user, options);
            if (procore.text()) {
                ctx.out().printf("created Procore user %d (%s)%n", created.getId(), created.getEmailAddress());
            } else {
                ctx.out().println(Printer.json(created));
            }
        }
        return ExitCodes.OK;
    }
}
