package io.github.roster.benchmarks;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Pacing;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.TargetSnapshot;
import io.github.roster.sync.apply.ApplyOptions;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.apply.SyncApplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code roster sync apply} of a plan of N joiners (each created on BIM 360 and Procore and added to an ACC
 * project) against a sandbox in this JVM that enforces the vendors' real rate limits, with the clients paced at
 * those limits. Prints one JSON object: the wall time, the outcomes, the requests each group took, and the time as
 * a ratio to the least time the limits allow, counted two ways: one write per person and platform (what a tool
 * without bulk endpoints needs: 100 writes/min for hq and ACC, 3,600/hour for Procore), and the bulk requests
 * apply sends (50 users per BIM 360 import, 200 per ACC import, 1,000 per Procore sync), each group at its rate.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.roster.benchmarks.SyncApplyUnderVendorLimits 10000</pre>
 */
public final class SyncApplyUnderVendorLimits {

    private static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    private static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    private static final String COMPANY = Long.toString(SandboxSeed.PROCORE_COMPANY_ID);

    private SyncApplyUnderVendorLimits() {
    }

    /**
     * Runs one apply.
     *
     * @param args the number of joiners (default 10,000)
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        int joiners = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("roster-sync-bench");
        Plan plan = plan(joiners, dir.resolve("state.json"));
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        HttpOptions paced = HttpOptions.builder().pacing(Pacing.vendorLimits()).build();
        try (RosterSandbox sandbox = RosterSandbox.builder().vendorRateLimits().recordedRequestLimit(0).build().start();
             AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                     .baseUrl(sandbox.baseUrl().toString()).tokenProvider(TokenProvider.of("t")).httpOptions(paced)
                     .build();
             ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(sandbox.baseUrl().toString())
                     .tokenProvider(TokenProvider.of("t")).httpOptions(paced).build()) {
            long start = System.nanoTime();
            ApplyResult result = new SyncApplier(autodesk, procore,
                    new ApplyOptions(Duration.ofMinutes(5), Duration.ofSeconds(2), false)).apply(plan, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double perPersonBound = Math.max(joiners / 100.0 * 60, joiners / 3600.0 * 3600);
            int hqImports = ceil(joiners, AutodeskAccountAdminClient.MAX_USERS_PER_ACCOUNT_IMPORT_REQUEST);
            int accImports = ceil(joiners, AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST);
            int syncs = ceil(joiners, 1000);
            double bulkBound = Math.max(Math.max(hqImports, accImports) / 100.0 * 60, syncs / 3600.0 * 3600);
            Map<String, Map<Integer, Long>> counts = sandbox.state().requestCounts();
            System.out.printf(Locale.ROOT, "{\"joiners\": %d, \"seconds\": %.1f, \"outcomes\": \"%s\","
                            + " \"bound_one_write_per_person_s\": %.0f, \"ratio_to_per_person_bound\": %.3f,"
                            + " \"bound_bulk_requests_s\": %.0f, \"ratio_to_bulk_bound\": %.2f,"
                            + " \"requests_by_path\": \"%s\"}%n",
                    joiners, seconds, result.counts(), perPersonBound, seconds / perPersonBound, bulkBound,
                    seconds / bulkBound, summary(counts));
        }
    }

    private static int ceil(int n, int per) {
        return (n + per - 1) / per;
    }

    private static String summary(Map<String, Map<Integer, Long>> counts) {
        long hq = 0;
        long acc = 0;
        long procore = 0;
        long refused = 0;
        for (Map.Entry<String, Map<Integer, Long>> e : counts.entrySet()) {
            long n = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            refused += e.getValue().getOrDefault(429, 0L);
            if (e.getKey().startsWith("/hq/")) {
                hq += n;
            } else if (e.getKey().startsWith("/construction/")) {
                acc += n;
            } else if (e.getKey().startsWith("/rest/")) {
                procore += n;
            }
        }
        return "hq " + hq + ", construction/admin " + acc + ", procore " + procore + " (of which 429: " + refused + ")";
    }

    private static Plan plan(int joiners, Path stateFile) {
        List<PlannedAction> actions = new ArrayList<>();
        for (int i = 1; i <= joiners; i++) {
            String employee = "B" + (100_000 + i);
            String email = "bench" + i + "@example.com";
            actions.add(new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.CREATE, employee, email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("last_name", null, "Bench" + i)),
                    null, Map.of()));
            actions.add(new PlannedAction(Platform.ACC, PROJECT, ActionKind.ADD_TO_PROJECT, employee, email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("products", null, "docs:member")),
                    null, Map.of()));
            actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.CREATE, employee, email, null,
                    List.of(new FieldChange("last_name", null, "Bench" + i), new FieldChange("email_address", null, email),
                            new FieldChange("origin_id", null, employee)), null, Map.of()));
        }
        return new Plan(Plan.FORMAT_VERSION, Instant.now(), "0".repeat(64), "1".repeat(64), joiners,
                stateFile.toString(), new SafetyRules(0, 0.0, List.of(), 0.0),
                List.of(new TargetSnapshot(Platform.BIM360, ACCOUNT, 8, "a".repeat(64)),
                        new TargetSnapshot(Platform.ACC, PROJECT, 3, "b".repeat(64)),
                        new TargetSnapshot(Platform.PROCORE, COMPANY, 6, "c".repeat(64))),
                actions);
    }
}
