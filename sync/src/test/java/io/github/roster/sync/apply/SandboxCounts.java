package io.github.roster.sync.apply;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.sandbox.RosterSandbox;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** How many times each e-mail is present in the sandbox's targets, and was imported into the ACC project. */
final class SandboxCounts {

    private SandboxCounts() {
    }

    static Map<String, Integer> bim360(SandboxClients clients) {
        return count(clients.autodesk.listAccountUsers(HandMadePlans.ACCOUNT), AccountUser::getEmail);
    }

    static Map<String, Integer> accMembers(SandboxClients clients) {
        return count(clients.autodesk.listProjectUsers(HandMadePlans.PROJECT), ProjectUser::getEmail);
    }

    static Map<String, Integer> procore(SandboxClients clients) {
        return count(clients.procore.listAllCompanyUsers(Long.parseLong(HandMadePlans.COMPANY)),
                CompanyUser::getEmailAddress);
    }

    static Map<String, Integer> accImports(RosterSandbox sandbox) {
        return count(sandbox.state().accImportedEmails(HandMadePlans.PROJECT), Function.identity());
    }

    private static <T> Map<String, Integer> count(Iterable<T> items, Function<T, String> email) {
        Map<String, Integer> counts = new TreeMap<>();
        for (T item : items) {
            String e = email.apply(item);
            if (e != null) {
                counts.merge(e.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }
}
