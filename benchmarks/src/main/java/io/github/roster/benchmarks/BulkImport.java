package io.github.roster.benchmarks;

import io.github.roster.cli.CliContext;
import io.github.roster.cli.RosterCli;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bulk import through the CLI, in this JVM (so {@code -Xmx} applies to the CLI alone), into a sandbox
 * running in another process. Prints one JSON object: users, seconds, users per second, peak heap.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar io.github.roster.benchmarks.BulkImport BASE_URL USERS [REQUESTS_PER_MINUTE]</pre>
 *
 * <p>Besides wall-clock time it prints what load on a shared machine does not distort: the CPU time and the bytes
 * allocated by the thread that runs the CLI, and the CPU time of the whole process (the canned server included).
 *
 * <p>With {@code canned} as BASE_URL the import goes to {@link CannedServer} in this JVM instead (no validation,
 * no state), which isolates the SDK's own cost from the sandbox's spec validation.
 */
public final class BulkImport {

    private static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";

    private BulkImport() {
    }

    /**
     * Runs one import.
     *
     * @param args base URL, number of users, optional pacing in requests per minute
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        CannedServer canned = args[0].equals("canned") ? new CannedServer() : null;
        String base = canned != null ? canned.baseUrl() : args[0];
        int users = Integer.parseInt(args[1]);
        int perMinute = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("roster-bulk");
        Path csv = dir.resolve("users.csv");
        writeCsv(csv, users, System.nanoTime());

        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        HeapSampler sampler = HeapSampler.start();

        List<String> cli = new ArrayList<>(List.of("acc", "import-users", "--base-url", base, "--token", "bench",
                "--project", PROJECT, "--csv", csv.toString(), "--report", dir.resolve("report.jsonl").toString(),
                "--output", "json"));
        if (perMinute > 0) {
            cli.addAll(List.of("--requests-per-minute", String.valueOf(perMinute)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cliCpu = threads.getCurrentThreadCpuTime();
        long cliAllocated = threads.getCurrentThreadAllocatedBytes();
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        int exit = RosterCli.run(cli.toArray(new String[0]), new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()),
                Map.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        cliCpu = threads.getCurrentThreadCpuTime() - cliCpu;
        cliAllocated = threads.getCurrentThreadAllocatedBytes() - cliAllocated;
        processCpu = os.getProcessCpuTime() - processCpu;
        sampler.close();
        long poolPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long maxHeap = Runtime.getRuntime().maxMemory();
        String summary = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        System.out.printf(java.util.Locale.ROOT,
                "{\"users\":%d,\"requestsPerMinute\":%d,\"exitCode\":%d,\"seconds\":%.3f,\"usersPerSecond\":%.1f,"
                        + "\"usersPerMinute\":%.1f,\"peakHeapSampledMiB\":%.1f,\"peakHeapPoolsMiB\":%.1f,"
                        + "\"maxHeapMiB\":%.1f,\"cliThreadCpuSeconds\":%.3f,\"cliThreadAllocatedMiB\":%.1f,"
                        + "\"processCpuSeconds\":%.3f,\"summary\":%s}%n",
                users, perMinute, exit, seconds, users / seconds, users / seconds * 60, sampler.peakUsed() / 1048576.0,
                poolPeak / 1048576.0, maxHeap / 1048576.0, cliCpu / 1e9, cliAllocated / 1048576.0, processCpu / 1e9,
                summary.isEmpty() ? "null" : summary);
        if (canned != null) {
            canned.close();
        }
        System.exit(exit);
    }

    private static void writeCsv(Path csv, int users, long salt) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("email,firstName,lastName,companyId,roleIds,products\n");
            for (int i = 0; i < users; i++) {
                w.write("bulk" + salt + "." + i + "@example.com,First" + i + ",Last" + i
                        + ",c32ffb13-83f8-43fb-bddf-3e5c0c2dda24,287d5cc2-9008-462c-96e5-c9491db85d97,"
                        + "docs:member;build:member\n");
            }
        }
    }
}
