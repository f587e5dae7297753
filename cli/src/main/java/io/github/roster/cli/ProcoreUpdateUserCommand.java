package io.github.roster.cli;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.RosterException;
import io.github.roster.error.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roster procore update-user}. Besides the fixed options it takes one option per field of the spec's
 * {@code CompanyUserUpdate} ({@code job_title} is {@code --job-title}), added from the generated model.
 */
@Command(name = "update-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Updates a Procore company user. Only the options given are sent;"
                + " an empty value (--job-title=\"\") clears a field.",
            "With --avatar the update is sent as multipart/form-data with the image.",
            "Batch: --csv/--ndjson FILE with the column id and the fields' wire names (job_title, email_address, ...),"
                + " one user per row; every row is checked first (a bad row: exit 2, nothing sent), then each is sent"
                + " and its outcome printed; exit 4 when any row failed."})
final class ProcoreUpdateUserCommand implements Callable<Integer> {

    /** Field options that also answer to a shorter name. */
    static final Map<String, String> ALIASES = Map.of("email_address", "--email");

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    ProcoreConnection procore;

    /** One user or a batch file. */
    static final class Target {
        @Option(names = "--user", required = true, paramLabel = "ID", description = "Company user id.")
        Long user;

        @ArgGroup(exclusive = true, multiplicity = "1")
        BatchFile batch;
    }

    /** The batch columns: the user's id, then the spec's update fields. */
    static final List<ModelFields.ModelField> COLUMNS = columns();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--avatar", paramLabel = "FILE", description = "An image (PNG, JPEG, GIF, WebP, BMP) to upload.")
    Path avatar;

    @Option(names = "--run-configurable-validations",
            description = "Ask Procore to run the Configurable Field Set validations.")
    boolean runConfigurableValidations;

    ProcoreUpdateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    static void addFieldOptions(CommandSpec spec) {
        ModelOptions.add(spec, CompanyUserUpdate.class, "user", ALIASES, false);
    }

    private static List<ModelFields.ModelField> columns() {
        List<ModelFields.ModelField> columns = new ArrayList<>();
        columns.add(new ModelFields.ModelField("id", Long.class, true));
        columns.addAll(ModelFields.of(CompanyUserUpdate.class));
        return List.copyOf(columns);
    }

    @Override
    public Integer call() {
        if (target.batch != null) {
            return batch();
        }
        ModelOptions.requireGiven(spec.commandLine().getParseResult(), CompanyUserUpdate.class,
                "--csv/--ndjson FILE");
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
            CompanyUser updated = client.updateCompanyUser(procore.company, target.user, update, options);
            if (procore.text()) {
                ctx.out().println(text(updated));
            } else {
                ctx.out().println(Printer.json(updated));
            }
        }
        return ExitCodes.OK;
    }

    private int batch() {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> single = ModelFields.of(CompanyUserUpdate.class).stream().map(ModelFields.ModelField::option)
                .filter(parsed::hasMatchedOption).toList();
        if (!single.isEmpty() || avatar != null) {
            throw new InvalidInputException(target.batch.describe() + ": each row holds its fields; leave out "
                    + (avatar != null ? "--avatar" : String.join(", ", single)));
        }
        UpdateCompanyUserOptions options = runConfigurableValidations
                ? UpdateCompanyUserOptions.NONE.withRunConfigurableValidations(true) : UpdateCompanyUserOptions.NONE;
        List<RowViolation> violations = new ArrayList<>();
        List<BatchRows.Row> rows = BatchRows.read(target.batch, COLUMNS, violations);
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            List<CompanyUserUpdate> updates = new ArrayList<>();
            for (BatchRows.Row row : rows) {
                ObjectNode fields = row.fields().deepCopy();
                long id = fields.path("id").asLong();
                fields.remove("id");
                CompanyUserUpdate update = null;
                try {
                    update = FieldText.toModel(fields, CompanyUserUpdate.class);
                    for (Violation v : client.validateCompanyUserUpdate(id, update)) {
                        violations.add(RowViolation.of(row.line(), v));
                    }
                } catch (IllegalStateException e) {
                    violations.add(new RowViolation(row.line(), "", "type", "a field does not fit its type", null));
                }
                updates.add(update);
            }
            if (!violations.isEmpty()) {
                throw BatchRows.refuse(ctx, target.batch, violations);
            }
            try (BatchOutcomes outcomes = new BatchOutcomes(ctx, procore.common.output)) {
                for (int i = 0; i < rows.size(); i++) {
                    long line = rows.get(i).line();
                    try {
                        CompanyUser updated = client.updateCompanyUser(procore.company,
                                rows.get(i).fields().path("id").asLong(), updates.get(i), options);
                        outcomes.succeeded(line, "updated", text(updated), updated);
                    } catch (RosterException e) {
                        outcomes.failed(line, e);
                    }
                }
                return outcomes.exitCode();
            }
        }
    }

    private static String text(CompanyUser updated) {
        return String.format("updated Procore user %d (%s): %s, active=%s", updated.getId(), updated.getEmailAddress(),
                updated.getName(), updated.getIsActive());
    }
}
