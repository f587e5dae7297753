package io.github.roster.cli;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.sandbox.SandboxSeed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The CSV files, reports and project reads of the ACC import tests. */
final class AccImportFiles {

    static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    static final String HEADER = "email,firstName,lastName,companyId,roleIds,products";

    private AccImportFiles() {
    }

    /** {@code user<from>@example.com} to {@code user<to - 1>@example.com}. */
    static List<String> emails(String prefix, int from, int to) {
        List<String> emails = new ArrayList<>();
        for (int i = from; i < to; i++) {
            emails.add(prefix + i + "@example.com");
        }
        return emails;
    }

    /** A valid import CSV of these users, in this order. */
    static Path csv(Path file, List<String> emails) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            int i = 0;
            for (String email : emails) {
                w.write(email + ",First" + i + ",\"Last, " + i + "\","
                        + "c32ffb13-83f8-43fb-bddf-3e5c0c2dda24,"
                        + "287d5cc2-9008-462c-96e5-c9491db85d97;cda845af-05f0-4c46-9108-71b993946c35,"
                        + "docs:member;build:none");
                w.newLine();
                i++;
            }
        }
        return file;
    }

    /** The header line of an import report for the sandbox's ACC project. */
    static String reportHeader(String project) {
        return "{\"identity\":{\"import\":\"acc-project-users\",\"project\":\"" + project + "\",\"region\":\"US\"}}";
    }

    /** How many members of the project have each e-mail (lower case), read through the facade. */
    static Map<String, Integer> memberCounts(String baseUrl, String token) {
        Map<String, Integer> counts = new TreeMap<>();
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(baseUrl)
                .tokenProvider(TokenProvider.of(token)).build()) {
            for (ProjectUser member : client.listProjectUsers(PROJECT)) {
                counts.merge(member.getEmail().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }
}
