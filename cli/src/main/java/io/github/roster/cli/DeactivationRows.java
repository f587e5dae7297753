package io.github.roster.cli;

import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a deactivation batch: each names one user by {@code id} or by {@code email} (exactly one of them).
 *
 * @param rows the rows, in file order
 */
record DeactivationRows(List<BatchRows.Row> rows) {

    /**
     * Reads and checks every row; any bad row refuses the whole batch before anything is sent.
     *
     * @param ctx where the refusal is printed
     * @param file the batch file
     * @param idType the id's type ({@code String} or {@code Long})
     * @param checkId checks an id, adding violations named {@code id}
     * @return the rows
     * @throws InvalidRowsException when any row is bad
     */
    static DeactivationRows read(CliContext ctx, BatchFile file, Class<?> idType,
                                 java.util.function.BiConsumer<String, List<Violation>> checkId) {
        List<ModelFields.ModelField> columns = List.of(new ModelFields.ModelField("id", idType, false),
                new ModelFields.ModelField("email", String.class, false));
        List<RowViolation> violations = new ArrayList<>();
        List<BatchRows.Row> rows = BatchRows.read(file, columns, violations);
        for (BatchRows.Row row : rows) {
            String id = row.text("id");
            String email = row.text("email");
            if ((id == null) == (email == null)) {
                violations.add(new RowViolation(row.line(), "", "id-or-email", "give exactly one of id and email",
                        null));
            } else if (id != null) {
                List<Violation> bad = new ArrayList<>();
                checkId.accept(id, bad);
                bad.forEach(v -> violations.add(RowViolation.of(row.line(), v)));
            } else if (email.isBlank() || email.indexOf('@') < 1) {
                violations.add(new RowViolation(row.line(), "email", "Email", "must be an e-mail address", email));
            }
        }
        if (!violations.isEmpty()) {
            throw BatchRows.refuse(ctx, file, violations);
        }
        return new DeactivationRows(List.copyOf(rows));
    }
}
