package io.github.roster.autodesk;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.internal.validation.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the Autodesk ids people paste: account, project, user, company and role ids are UUIDs, often pasted in
 * the Data Management hub form with a {@code b.} prefix.
 */
public final class AutodeskIds {

    private AutodeskIds() {
    }

    /**
     * Reads an id.
     *
     * @param raw the id as pasted, e.g. {@code b.9dbb160e-b904-458b-bc5c-ed184687592d}
     * @param field the field it was given as, named in the violation, e.g. {@code projectId}
     * @return the id
     * @throws ValidationException naming {@code field} when {@code raw} is blank or not a UUID
     */
    public static UUID parse(String raw, String field) {
        List<Violation> violations = new ArrayList<>();
        UUID id = Ids.autodeskId(raw, field, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return id;
    }
}
