package io.github.roster.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Pacing;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import io.github.roster.sync.plan.SyncPlanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code roster sync plan} at scale: 10,000 people in HR and 10,000 users on each platform (BIM 360 account users,
 * ACC project members, Procore company users, a twentieth of them inactive), against an in-process sandbox that
 * enforces the vendors' rate limits ({@code vendorRateLimits()}: Autodesk hq 100/min, construction/admin reads
 * 600/min, Procore 3,600/hour, fixed windows). Prints one JSON object: seconds spent planning (sandbox start and
 * seeding excluded), actions, and the requests the sandbox received per path and status (a 429 would show).
 *
 * <pre>java -cp benchmarks.jar io.github.roster.benchmarks.SyncPlanAtScale [PEOPLE] [off|vendor] [limited|unlimited]</pre>
 *
 * <p>The second argument is the clients' own pacing: {@code off} (the default, as the CLI without
 * {@code --requests-per-minute}) or {@code vendor} ({@link Pacing#vendorLimits()}: requests spaced evenly at each
 * group's documented rate). A third argument {@code unlimited} starts the sandbox without rate limits, to show what
 * the reading and planning cost on their own.
 */
public final class SyncPlanAtScale {

    private static final String ACCOUNT = "0b0b0b0b-1111-4222-8333-444455556666";
    private static final String PROJECT = "0c0c0c0c-1111-4222-8333-444455556666";
    private static final long COMPANY = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncPlanAtScale() {
    }

    /**
     * Seeds, plans once, prints the numbers.
     *
     * @param args number of people (default 10,000), the clients' pacing ({@code off} or {@code vendor}), and
     *     {@code unlimited} to run the sandbox without rate limits (the cost of reading and planning alone)
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean vendorPacing = args.length > 1 && args[1].equals("vendor");
        boolean vendorLimits = !(args.length > 2 && args[2].equals("unlimited"));
        Path dir = Files.createTempDirectory("roster-sync-scale");
        Path seed = writeSeed(dir.resolve("seed.json"), people);
        Path hr = writeHr(dir.resolve("hr.csv"), people);
        Path config = Files.writeString(dir.resolve("sync.yaml"), """
                bim360: {account: %s}
                acc:
                  projects:
                    - {id: %s, members: {department: Engineering}, products: "docs:member;build:member"}
                procore: {company: %d}
                safety: {max_deactivations: %d, max_deactivation_percent: 100}
                state: state.json
                """.formatted(ACCOUNT, PROJECT, COMPANY, people));
        RosterSandbox.Builder builder = RosterSandbox.builder().port(0).seed(seed);
        try (RosterSandbox sandbox = (vendorLimits ? builder.vendorRateLimits() : builder).build().start()) {
            HttpOptions http = HttpOptions.builder().pacing(vendorPacing ? Pacing.vendorLimits() : Pacing.off()).build();
            try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                    .baseUrl(sandbox.baseUrl().toString()).tokenProvider(TokenProvider.of("scale"))
                    .httpOptions(http).build();
                 ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                         .baseUrl(sandbox.baseUrl().toString()).tokenProvider(TokenProvider.of("scale"))
                         .httpOptions(http).build()) {
                long start = System.nanoTime();
                SyncConfig cfg = SyncConfigReader.read(config);
                HrExport export = new HrExportReader(cfg.hr()).read(hr);
                Plan plan = new SyncPlanner(autodesk, procore).plan(cfg, export, SyncState.read(cfg.statePath()),
                        OptionalInt.empty());
                double seconds = (System.nanoTime() - start) / 1e9;
                ObjectNode out = JSON.createObjectNode();
                out.put("people", people).put("pacing", vendorPacing ? "vendor" : "off")
                        .put("sandbox_limits", vendorLimits ? "vendor" : "none")
                        .put("seconds", Math.round(seconds * 10) / 10.0);
                ObjectNode users = out.putObject("users_read");
                plan.targets().forEach(t -> users.put(t.platform().key(), t.users()));
                ObjectNode summary = out.putObject("summary");
                plan.summary().forEach((p, kinds) -> kinds.forEach((k, n) -> summary.put(p + " " + k, n)));
                ObjectNode requests = out.putObject("requests");
                Map<String, Map<Integer, Long>> counts = new TreeMap<>(sandbox.state().requestCounts());
                counts.forEach((path, byStatus) -> byStatus.forEach((status, n) ->
                        requests.put(path + " " + status, n)));
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            }
        }
    }

    /** Person i: BIM 360 user, ACC member when in Engineering (even i), Procore user with origin_id. */
    private static Path writeSeed(Path file, int people) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode account = root.putObject("autodesk").putArray("accounts").addObject().put("id", ACCOUNT);
        ArrayNode users = account.putArray("users");
        ObjectNode project = account.putArray("projects").addObject().put("id", PROJECT).put("name", "Scale")
                .put("status", "active").put("platform", "acc");
        ArrayNode members = project.putArray("members");
        ArrayNode procore = root.putObject("procore").putArray("companies").addObject().put("id", COMPANY)
                .putArray("users");
        for (int i = 1; i <= people; i++) {
            boolean active = i % 20 != 0;
            users.addObject().put("id", UUID.nameUUIDFromBytes(("u" + i).getBytes(StandardCharsets.UTF_8)).toString())
                    .put("email", email(i)).put("first_name", "First" + i).put("last_name", "Last" + i)
                    .put("job_title", "Engineer").put("status", active ? "active" : "inactive");
            if (i % 2 == 0) {
                ObjectNode m = members.addObject().put("email", email(i)).put("status", "active");
                m.putArray("products").addObject().put("key", "docs").put("access", "member");
                m.withArray("products").addObject().put("key", "build").put("access", "member");
            } else {
                // odd people are members too, so that the project also holds 10,000 users: they are removed
                ObjectNode m = members.addObject().put("email", email(i)).put("status", "active");
                m.putArray("products").addObject().put("key", "docs").put("access", "member");
            }
            procore.addObject().put("id", 7_000_000_000L + i).put("email_address", email(i))
                    .put("first_name", "First" + i).put("last_name", "Last" + i).put("job_title", "Engineer")
                    .put("origin_id", id(i)).put("is_active", active);
        }
        Files.writeString(file, root.toString());
        return file;
    }

    private static Path writeHr(Path file, int people) throws Exception {
        StringBuilder csv = new StringBuilder("employee_id,email,first_name,last_name,status,department,job_title\n");
        for (int i = 1; i <= people; i++) {
            csv.append(id(i)).append(',').append(email(i)).append(",First").append(i).append(",Last").append(i)
                    .append(i % 20 != 0 ? ",active," : ",terminated,").append(i % 2 == 0 ? "Engineering" : "Sales")
                    .append(",Engineer\n");
        }
        Files.writeString(file, csv);
        return file;
    }

    private static String id(int i) {
        return String.format("E%05d", i);
    }

    private static String email(int i) {
        return "p" + i + "@example.com";
    }
}
