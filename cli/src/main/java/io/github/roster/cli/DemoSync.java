package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.SandboxSeed;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ApplyOptions;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.apply.SyncApplier;
import io.github.roster.sync.plan.SyncPlanner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The last part of {@code roster demo}: the job Roster is for. An HR export (written to a temporary folder) is
 * planned against the sandbox's three platforms, the plan is applied and read back, and a second plan shows that
 * nothing is left to do. The same library calls {@code roster sync plan} and {@code roster sync apply} make.
 */
final class DemoSync {

    /** Joann stays (her Procore title is filled in), Ann has left (already offboarded above), two joiners. */
    private static final String HR_CSV = """
            employee_id,email,first_name,last_name,status,department,job_title
            E-1101,ann.lee@example.com,Ann,Lee,terminated,Engineering,Site Engineer
            E-1102,joann.lee@example.com,Joann,Lee,active,Estimating,Estimator
            E-2001,grace.hopper@example.com,Grace,Hopper,active,Engineering,Engineer
            E-2002,margaret.hamilton@example.com,Margaret,Hamilton,active,Engineering,Engineer
            """;

    private static final String CONFIG = """
            hr: {key: employee_id, active: [active]}
            bim360: {account: %s}
            acc:
              projects:
                - id: %s
                  members: {department: Engineering}
                  products: "docs:member;build:member"
            procore: {company: %d, origin_id: employee_id}
            safety: {max_deactivations: 5, max_deactivation_percent: 50, protected: [john.smith@mail.com]}
            state: sync-state.json
            """.formatted(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.ACC_PROJECT_ID, SandboxSeed.PROCORE_COMPANY_ID);

    private DemoSync() {
    }

    static void run(PrintStream out, AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore)
            throws IOException {
        Path dir = Files.createTempDirectory("roster-demo-sync");
        try {
            Files.writeString(dir.resolve("hr.csv"), HR_CSV, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("sync.yaml"), CONFIG, StandardCharsets.UTF_8);
            out.println("6. Sync: keep the three platforms in step with an HR export (roster sync plan / apply)");
            out.println("   hr.csv:\n" + indent(HR_CSV.strip(), "     "));
            SyncPlanner planner = new SyncPlanner(autodesk, procore);
            SyncInputs inputs = SyncInputs.read(dir.resolve("sync.yaml"), dir.resolve("hr.csv"));
            Plan plan = planner.plan(inputs.config(), inputs.hr(), inputs.state(), OptionalInt.empty());
            out.println(indent(PlanTable.render(plan).strip(), "   "));
            Path planFile = dir.resolve("plan.json");
            PlanJson.write(plan, planFile);
            ApplyResult applied = new SyncApplier(autodesk, procore,
                    ApplyOptions.DEFAULTS.withImportWait(Duration.ofSeconds(10))).apply(plan, planFile);
            out.println("   applied and read back: " + applied.counts());
            SyncInputs after = SyncInputs.read(dir.resolve("sync.yaml"), dir.resolve("hr.csv"));
            Plan again = planner.plan(after.config(), after.hr(), SyncState.read(after.config().statePath()),
                    OptionalInt.empty());
            out.println("   planned again: " + (again.isEmpty() ? "nothing left to write"
                    : again.writeActions().size() + " actions left (unexpected)"));
            out.println();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
