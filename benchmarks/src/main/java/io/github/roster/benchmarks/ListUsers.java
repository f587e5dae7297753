package io.github.roster.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Listing every user of a large BIM 360 account and of a large Procore company through the facade's paging
 * ({@code listAccountUsers}, {@code listCompanyUsers}: pages of 100, the most either vendor gives), from a sandbox
 * in another process seeded with a file this class writes. The CLI JVM is meant to run with a small heap
 * ({@code -Xmx64m}): 100,000 decoded users would not fit in it, so finishing shows the listing holds one page at a
 * time. Prints one JSON object per vendor: users, seconds, users per second, the listing thread's CPU time,
 * peak heap (sampled and pool peaks) and the heap used after a final GC.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.roster.benchmarks.ListUsers seed FILE USERS    # writes the seed
 * java -Xmx64m -cp benchmarks.jar io.github.roster.benchmarks.ListUsers BASE_URL USERS
 * </pre>
 */
public final class ListUsers {

    /** The seeded BIM 360 account (not the default seed's). */
    static final String ACCOUNT = "7c1e4f3a-2b6d-4e8f-9a0b-1c2d3e4f5a6b";
    /** The seeded Procore company (not the default seed's). */
    static final long COMPANY = 777_000L;
    private static final long FIRST_PROCORE_ID = 3_000_000_000_000L;

    private ListUsers() {
    }

    /**
     * Writes the seed, or lists.
     *
     * @param args {@code seed FILE USERS}, or {@code BASE_URL USERS}
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        int users = Integer.parseInt(args[args.length - 1]);
        if (args[0].equals("seed")) {
            writeSeed(Path.of(args[1]), users);
            return;
        }
        String base = args[0];
        int failures = 0;
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder().baseUrl(base)
                .tokenProvider(TokenProvider.of("bench")).build();
             ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(base)
                     .tokenProvider(TokenProvider.of("bench")).build()) {
            // one short warm-up pass each: class loading and the JIT are not what this measures
            count(() -> autodesk.listAccountUsers(ACCOUNT).stream().limit(2000).map(AccountUser::getEmail));
            count(() -> procore.listCompanyUsers(COMPANY).stream().limit(2000).map(CompanyUser::getEmailAddress));
            failures += report("bim360 listAccountUsers", users,
                    () -> autodesk.listAccountUsers(ACCOUNT).stream().map(AccountUser::getEmail)) ? 0 : 1;
            failures += report("procore listCompanyUsers", users,
                    () -> procore.listCompanyUsers(COMPANY).stream().map(CompanyUser::getEmailAddress)) ? 0 : 1;
        }
        System.exit(failures);
    }

    private static long count(Supplier<Stream<String>> emails) {
        return emails.get().filter(email -> email != null && !email.isEmpty()).count();
    }

    /** Lists once, prints the JSON line; true when every seeded user was listed. */
    private static boolean report(String what, int users, Supplier<Stream<String>> emails) {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long usedBefore = HeapSampler.usedHeap();
        HeapSampler sampler = HeapSampler.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long listed = count(emails);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.close();
        long poolPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long usedAfter = HeapSampler.usedHeap();
        System.out.printf(Locale.ROOT,
                "{\"list\":\"%s\",\"users\":%d,\"listed\":%d,\"seconds\":%.3f,\"usersPerSecond\":%.1f,"
                        + "\"threadCpuSeconds\":%.3f,\"usersPerCpuSecond\":%.1f,\"peakHeapSampledMiB\":%.1f,"
                        + "\"peakHeapPoolsMiB\":%.1f,\"heapBeforeMiB\":%.1f,\"heapAfterGcMiB\":%.1f,"
                        + "\"maxHeapMiB\":%.1f}%n",
                what, users, listed, seconds, listed / seconds, cpuSeconds, listed / cpuSeconds,
                sampler.peakUsed() / 1048576.0, poolPeak / 1048576.0, usedBefore / 1048576.0, usedAfter / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        return listed == users;
    }

    /**
     * A seed in the sandbox's format with {@code users} BIM 360 account users (fields like the spec's example
     * user) and as many active Procore company users (like the spec's example), streamed to the file.
     */
    static void writeSeed(Path file, int users) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("autodesk");
            json.writeArrayFieldStart("accounts");
            json.writeStartObject();
            json.writeStringField("id", ACCOUNT);
            json.writeArrayFieldStart("users");
            for (int i = 0; i < users; i++) {
                writeAccountUser(json, i);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("procore");
            json.writeArrayFieldStart("companies");
            json.writeStartObject();
            json.writeNumberField("id", COMPANY);
            json.writeArrayFieldStart("users");
            for (int i = 0; i < users; i++) {
                writeCompanyUser(json, i);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeAccountUser(JsonGenerator json, int i) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", new UUID(0x5eed_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString());
        json.writeStringField("status", "active");
        json.writeStringField("role", "account_user");
        json.writeStringField("company_id", "14e95a5e-02eb-49aa-a39a-447d90544873");
        json.writeStringField("company_name", "Autodesk");
        json.writeStringField("email", "listed." + i + "@example.com");
        json.writeStringField("name", "First" + i + " Last" + i);
        json.writeStringField("first_name", "First" + i);
        json.writeStringField("last_name", "Last" + i);
        json.writeStringField("uid", String.format(Locale.ROOT, "L%011d", i));
        json.writeStringField("address_line_1", "The Fifth Avenue");
        json.writeStringField("city", "New York");
        json.writeStringField("postal_code", "10011");
        json.writeStringField("state_or_province", "New York");
        json.writeStringField("country", "United States");
        json.writeStringField("phone", "(634)329-2353");
        json.writeStringField("job_title", "Software Developer");
        json.writeStringField("default_role", "BIM Manager");
        json.writeStringField("created_at", "2015-06-26T14:47:39.458Z");
        json.writeStringField("updated_at", "2016-04-07T08:00:24.027Z");
        json.writeEndObject();
    }

    private static void writeCompanyUser(JsonGenerator json, int i) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", FIRST_PROCORE_ID + i);
        json.writeStringField("address", "6309 Carpinteria Ave");
        json.writeStringField("business_phone", "+1 805 555 0100");
        json.writeStringField("city", "Carpinteria");
        json.writeStringField("country_code", "US");
        json.writeStringField("email_address", "listed." + i + "@example.com");
        json.writeStringField("employee_id", "E-" + i);
        json.writeStringField("first_name", "First" + i);
        json.writeStringField("initials", "FL");
        json.writeBooleanField("is_active", true);
        json.writeBooleanField("is_employee", true);
        json.writeStringField("job_title", "Project Manager");
        json.writeStringField("last_name", "Last" + i);
        json.writeStringField("name", "First" + i + " Last" + i);
        json.writeStringField("state_code", "CA");
        json.writeStringField("zip", "93013");
        json.writeStringField("created_at", "2020-01-15T08:00:00Z");
        json.writeStringField("updated_at", "2026-10-01T15:04:05Z");
        json.writeEndObject();
    }
}
