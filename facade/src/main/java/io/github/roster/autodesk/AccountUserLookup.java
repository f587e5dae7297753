package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.AccountUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client half of an exact e-mail lookup: the server was asked for exact matches ({@code partial=false},
 * {@code operator=AND}) but {@code users/search} is fuzzy by default and its case rules are undocumented, so only
 * users whose e-mail equals the one asked for, ignoring case and surrounding blanks, are kept.
 */
final class AccountUserLookup {

    private AccountUserLookup() {
    }

    static String normalised(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static boolean sameEmail(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    /** The candidates whose e-mail is {@code email}, walking them all (every page). */
    static List<AccountUser> exactMatches(String email, Iterable<AccountUser> candidates) {
        List<AccountUser> matches = new ArrayList<>();
        for (AccountUser u : candidates) {
            if (sameEmail(email, u.getEmail())) {
                matches.add(u);
            }
        }
        return matches;
    }
}
