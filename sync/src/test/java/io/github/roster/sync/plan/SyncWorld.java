package io.github.roster.sync.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.apply.ApplyOptions;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.apply.SyncApplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A test world: what the sandbox is seeded with (one BIM 360 account with one ACC project, one Procore company)
 * and an HR export, written as the files the planner and the CLI read.
 */
final class SyncWorld {

    static final String ACCOUNT = "0b0b0b0b-1111-4222-8333-444455556666";
    static final String PROJECT = "0c0c0c0c-1111-4222-8333-444455556666";
    static final long COMPANY = 5000L;
    static final String TOKEN = "sync-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode accountUsers = JSON.createArrayNode();
    private final ArrayNode members = JSON.createArrayNode();
    private final ArrayNode procoreUsers = JSON.createArrayNode();
    private final List<String> hrLines = new ArrayList<>(
            List.of("employee_id,email,first_name,last_name,status,department,job_title"));

    /** The BIM 360 user id of a person, derived from a name so that tests can address it. */
    /** The HR key of test person {@code i}, e.g. {@code E0042}. */
    static String employeeId(int i) {
        return String.format("E%04d", i);
    }

    /** The e-mail of test person {@code i}. */
    static String email(int i) {
        return "p" + i + "@example.com";
    }

    static String userId(String name) {
        return UUID.nameUUIDFromBytes(("bim360:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The Procore user id of a person. */
    static long procoreId(int n) {
        return 7_000_000_000L + n;
    }

    SyncWorld bim360(String name, String email, String first, String last, String title, String status) {
        ObjectNode u = accountUsers.addObject();
        u.put("id", userId(name)).put("email", email).put("first_name", first).put("last_name", last)
                .put("name", first + " " + last).put("status", status).put("role", "account_user");
        if (title != null) {
            u.put("job_title", title);
        }
        return this;
    }

    SyncWorld member(String email, String status, String... products) {
        ObjectNode m = members.addObject().put("email", email).put("status", status);
        ArrayNode list = m.putArray("products");
        for (String p : products) {
            String[] kv = p.split(":");
            list.addObject().put("key", kv[0]).put("access", kv[1]);
        }
        return this;
    }

    SyncWorld procore(int n, String email, String first, String last, String title, String originId, boolean active) {
        ObjectNode u = procoreUsers.addObject();
        u.put("id", procoreId(n)).put("email_address", email).put("first_name", first).put("last_name", last)
                .put("name", first + " " + last).put("is_active", active);
        if (title != null) {
            u.put("job_title", title);
        }
        if (originId != null) {
            u.put("origin_id", originId);
        }
        return this;
    }

    SyncWorld hr(String id, String email, String first, String last, String status, String department, String title) {
        hrLines.add(String.join(",", id, email, first, last, status, department, title == null ? "" : title));
        return this;
    }

    Path writeSeed(Path dir) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode account = root.putObject("autodesk").putArray("accounts").addObject();
        account.put("id", ACCOUNT);
        account.set("users", accountUsers);
        ObjectNode project = account.putArray("projects").addObject();
        project.put("id", PROJECT).put("name", "Sync Tower").put("status", "active").put("platform", "acc");
        project.set("members", members);
        ObjectNode company = root.putObject("procore").putArray("companies").addObject();
        company.put("id", COMPANY);
        company.set("users", procoreUsers);
        return write(dir.resolve("seed.json"), root.toString());
    }

    Path writeHr(Path dir) {
        return write(dir.resolve("hr.csv"), String.join("\n", hrLines) + "\n");
    }

    int hrPeople() {
        return hrLines.size() - 1;
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RosterSandbox sandbox(Path seed) {
        return RosterSandbox.builder().port(0).token(TOKEN).seed(seed).build().start();
    }

    static AutodeskAccountAdminClient autodesk(RosterSandbox sandbox) {
        return AutodeskAccountAdminClient.builder().baseUrl(sandbox.baseUrl().toString())
                .tokenProvider(TokenProvider.of(TOKEN)).build();
    }

    static ProcoreDirectoryClient procore(RosterSandbox sandbox) {
        return ProcoreDirectoryClient.builder().baseUrl(sandbox.baseUrl().toString())
                .tokenProvider(TokenProvider.of(TOKEN)).build();
    }

    /**
     * Applies a plan with the real executor ({@link SyncApplier}, plan file, journal and state in {@code dir}) and
     * returns what it reports; ACC imports are waited for at most 10 seconds.
     */
    static ApplyResult apply(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore, Plan plan,
            Path dir) {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        return new SyncApplier(autodesk, procore, new ApplyOptions(Duration.ofSeconds(10), Duration.ofMillis(100),
                false)).apply(PlanJson.read(file), file);
    }
}
