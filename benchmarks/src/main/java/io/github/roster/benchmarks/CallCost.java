package io.github.roster.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one call costs the calling thread, which the machine's load does not distort: CPU time and bytes
 * allocated ({@link ThreadMXBean}), per call, for the paths of {@link PerCallBenchmark} and
 * {@link ValidationBenchmark}, measured in interleaved rounds in one JVM after a warm-up. The server's threads are
 * not counted (the floor's calling thread only waits on them, as the facade's does).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.roster.benchmarks.CallCost [rounds]} prints one
 * JSON object: for each path, nanoseconds of CPU and bytes allocated per call (median of the rounds).
 */
public final class CallCost {

    private static final int CALLS_PER_ROUND = 2_000;
    private static final int VALIDATIONS_PER_ROUND = 200;

    private CallCost() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional number of rounds (default 15)
     * @throws Exception when a path fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        PerCallBenchmark calls = new PerCallBenchmark();
        calls.start();
        ValidationBenchmark validation = new ValidationBenchmark();
        validation.setUp();
        Map<String, Path> paths = new LinkedHashMap<>();
        paths.put("bim360Facade", new Path(CALLS_PER_ROUND, calls::bim360Facade));
        paths.put("bim360Floor", new Path(CALLS_PER_ROUND, calls::bim360Floor));
        paths.put("procoreFacade", new Path(CALLS_PER_ROUND, calls::procoreFacade));
        paths.put("procoreFloor", new Path(CALLS_PER_ROUND, calls::procoreFloor));
        paths.put("validate200Users", new Path(VALIDATIONS_PER_ROUND, validation::validate200Users));
        try {
            for (int warm = 0; warm < 5; warm++) {
                for (Path p : paths.values()) {
                    p.run(threads, false);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (Path p : paths.values()) {
                    p.run(threads, true);
                }
            }
        } finally {
            calls.stop();
            validation.tearDown();
        }
        StringBuilder json = new StringBuilder("{");
        paths.forEach((name, p) -> json.append(json.length() > 1 ? ",\n " : "\n ")
                .append(String.format(Locale.ROOT, "\"%s\": {\"cpu_ns\": %d, \"alloc_bytes\": %d}", name,
                        median(p.cpuNanos, p.rounds), median(p.allocated, p.rounds))));
        System.out.println(json.append("\n}"));
    }

    private static long median(long[] values, int n) {
        long[] sorted = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(sorted);
        return sorted[n / 2];
    }

    /** Something to call, and its per-call costs, one entry per round. */
    private static final class Path {
        private final int calls;
        private final Call call;
        private final long[] cpuNanos = new long[1000];
        private final long[] allocated = new long[1000];
        private int rounds;
        private Object sink;

        Path(int calls, Call call) {
            this.calls = calls;
            this.call = call;
        }

        void run(ThreadMXBean threads, boolean record) throws Exception {
            long id = Thread.currentThread().getId();
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < calls; i++) {
                sink = call.run();
            }
            long cpuPerCall = (threads.getCurrentThreadCpuTime() - cpu) / calls;
            long bytesPerCall = (threads.getThreadAllocatedBytes(id) - bytes) / calls;
            if (record) {
                cpuNanos[rounds] = cpuPerCall;
                allocated[rounds] = bytesPerCall;
                rounds++;
            }
            if (sink == null) {
                throw new IllegalStateException("no answer");
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }
}
