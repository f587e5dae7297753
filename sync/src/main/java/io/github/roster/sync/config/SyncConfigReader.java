package io.github.roster.sync.config;

import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.sync.Digests;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a sync configuration file (YAML). Every problem is reported at once, each naming its line and key:
 * unknown keys too, so that a misspelt {@code max_deactivation} is an error rather than a silent "no cap".
 *
 * <pre>{@code
 * hr: {key: employee_id, active: [active], columns: {email: "Work Email"}}
 * bim360: {account: b.9dbb160e-b904-458b-bc5c-ed184687592d}
 * acc:
 *   projects:
 *     - id: 367d5cc2-9008-462c-96e5-c9491db85d93
 *       members: {department: Engineering}
 *       products: "docs:member;build:member"
 *       company_id: 14e95a5e-02eb-49aa-a39a-447d90544873      # optional
 *       role_ids: [4e7e02ae-2994-4210-9153-84bfb9a23a63]       # optional
 * procore: {company: 8089, origin_id: employee_id}
 * safety: {max_deactivations: 10, max_deactivation_percent: 5, min_hr_people_ratio: 0.9, protected: [admin@example.com],
 *          unmanaged: report}     # or deactivate: users HR does not know are deactivated / removed
 * state: sync-state.json
 * }</pre>
 */
public final class SyncConfigReader {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SyncConfigReader() {
    }

    /**
     * Reads a configuration file.
     *
     * @param file the YAML file
     * @return the configuration
     * @throws SyncInputException naming every problem with its line and key
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SyncConfig read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration " + file + ": " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(bytes, file.toString(), dir);
    }

    /**
     * Reads a configuration from its bytes.
     *
     * @param bytes the YAML
     * @param source what to call it in errors
     * @param baseDir the directory a relative {@code state} path is resolved against
     * @return the configuration
     * @throws SyncInputException naming every problem with its line and key
     */
    public static SyncConfig parse(byte[] bytes, String source, Path baseDir) {
        YamlDocument doc = YamlDocument.parse(bytes, source);
        List<String> problems = new ArrayList<>();
        ConfigNode root = new ConfigNode(doc, doc.root(), "", problems).object();
        root.keys("hr", "bim360", "acc", "procore", "safety", "state");
        HrSettings hr = hr(root.child("hr").object());
        Bim360Settings bim360 = bim360(root.child("bim360").object());
        List<AccProjectSettings> acc = acc(root.child("acc").object());
        ProcoreSettings procore = procore(root.child("procore").object(), hr);
        SafetyRules safety = safety(root.child("safety").object());
        String state = root.text("state", false);
        if (bim360 == null && acc.isEmpty() && procore == null && problems.isEmpty()) {
            problems.add("no target: configure at least one of bim360, acc.projects, procore");
        }
        if (!problems.isEmpty()) {
            throw new SyncInputException(source, problems);
        }
        Path statePath = baseDir.resolve(state == null ? "sync-state.json" : state).toAbsolutePath().normalize();
        return new SyncConfig(hr, bim360, acc, procore, safety, statePath, Digests.sha256(bytes));
    }

    private static HrSettings hr(ConfigNode node) {
        if (node.isMissing()) {
            return HrSettings.DEFAULTS;
        }
        node.keys("key", "active", "columns");
        String key = node.text("key", false);
        List<String> active = node.texts("active", HrSettings.DEFAULTS.active());
        if (active.isEmpty() && !node.child("active").isMissing()) {
            node.problem(node.child("active").pointer(), "list at least one status value that means employed");
        }
        node.child("columns").keys(HrSettings.FIELDS.toArray(String[]::new));
        Map<String, String> headers = new TreeMap<>(node.textMap("columns"));
        headers.keySet().retainAll(HrSettings.FIELDS);
        return new HrSettings(key == null ? HrSettings.DEFAULTS.key() : key, active, headers);
    }

    private static Bim360Settings bim360(ConfigNode node) {
        if (node.isMissing()) {
            return null;
        }
        node.keys("account");
        String account = autodeskId(node, "account", true);
        return account == null ? null : new Bim360Settings(account);
    }

    private static List<AccProjectSettings> acc(ConfigNode node) {
        List<AccProjectSettings> projects = new ArrayList<>();
        if (node.isMissing()) {
            return projects;
        }
        node.keys("projects");
        List<String> seen = new ArrayList<>();
        for (ConfigNode p : node.child("projects").items()) {
            p.object().keys("id", "members", "products", "company_id", "role_ids");
            String id = autodeskId(p, "id", true);
            Map<String, String> members = p.textMap("members");
            String products = products(p);
            String company = p.child("company_id").isMissing() ? null : uuid(p, "company_id");
            String roles = null;
            if (!p.child("role_ids").isMissing()) {
                List<String> ids = new ArrayList<>();
                for (String r : p.texts("role_ids", List.of())) {
                    if (isUuid(r)) {
                        ids.add(r.toLowerCase(Locale.ROOT));
                    } else {
                        p.problem(p.child("role_ids").pointer(), "'" + r + "' is not a role id (a UUID)");
                    }
                }
                roles = String.join(",", ids.stream().sorted().toList());
            }
            if (id != null && seen.contains(id)) {
                p.problem(p.child("id").pointer(), "project " + id + " is listed twice");
            } else if (id != null && products != null) {
                seen.add(id);
                projects.add(new AccProjectSettings(id, members, products, company, roles));
            }
        }
        if (node.child("projects").isMissing()) {
            node.problem(node.pointer(), "projects is required in acc");
        }
        return projects;
    }

    /** {@code docs:member;build:member} as the canonical {@code build:member;docs:member}. */
    private static String products(ConfigNode p) {
        String text = p.text("products", true);
        if (text == null) {
            return null;
        }
        Map<String, String> byKey = new TreeMap<>();
        boolean ok = true;
        for (String pair : text.split(";")) {
            String[] kv = pair.strip().split(":", -1);
            if (kv.length != 2) {
                p.problem(p.child("products").pointer(), "'" + pair.strip() + "' is not key:access");
                ok = false;
                continue;
            }
            String key = kv[0].strip();
            String access = kv[1].strip();
            if (Arrays.stream(ProductKey.values()).noneMatch(k -> k.getValue().equals(key))) {
                p.problem(p.child("products").pointer(), "'" + key + "' is not a product (expected one of "
                        + String.join(", ", Arrays.stream(ProductKey.values()).map(ProductKey::getValue).toList())
                        + ")");
                ok = false;
            } else if (Arrays.stream(ProductAccessLevel.values()).noneMatch(a -> a.getValue().equals(access))) {
                p.problem(p.child("products").pointer(), "'" + access + "' is not an access level for " + key
                        + " (expected administrator, member or none)");
                ok = false;
            } else if (byKey.put(key, access) != null) {
                p.problem(p.child("products").pointer(), "'" + key + "' is given twice");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        byKey.values().removeIf("none"::equals);
        StringBuilder out = new StringBuilder();
        byKey.forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append(':').append(v));
        return out.toString();
    }

    private static ProcoreSettings procore(ConfigNode node, HrSettings hr) {
        if (node.isMissing()) {
            return null;
        }
        node.keys("company", "origin_id");
        long company = node.integer("company", 0, 1, Long.MAX_VALUE);
        if (node.child("company").isMissing()) {
            node.problem(node.pointer(), "company is required in procore");
        }
        String origin = node.text("origin_id", false);
        if (company < 1) {
            return null;
        }
        return new ProcoreSettings(company, origin == null || origin.equals(hr.key()) ? "employee_id" : origin);
    }

    private static SafetyRules safety(ConfigNode node) {
        SafetyRules d = SafetyRules.DEFAULTS;
        if (node.isMissing()) {
            return d;
        }
        node.keys("max_deactivations", "max_deactivation_percent", "min_hr_people_ratio", "protected", "unmanaged");
        int max = (int) node.integer("max_deactivations", d.maxDeactivations(), 0, Integer.MAX_VALUE);
        double percent = node.decimal("max_deactivation_percent", d.maxDeactivationPercent(), 0, 100);
        double ratio = node.decimal("min_hr_people_ratio", d.minHrPeopleRatio(), 0, 1);
        List<String> emails = node.texts("protected", List.of());
        for (String e : emails) {
            if (CONTROL.matcher(e).find() || !e.contains("@")) {
                node.problem(node.child("protected").pointer(), "'" + e + "' is not an e-mail address");
            }
        }
        String unmanaged = node.text("unmanaged", false);
        if (unmanaged != null && !unmanaged.equals("report") && !unmanaged.equals("deactivate")) {
            node.problem(node.child("unmanaged").pointer(), "'" + unmanaged
                    + "' is not a choice (expected report or deactivate)");
        }
        return new SafetyRules(max, percent, emails, ratio, "deactivate".equals(unmanaged));
    }

    private static String autodeskId(ConfigNode node, String key, boolean required) {
        String raw = node.text(key, required);
        if (raw == null) {
            return null;
        }
        String id = raw.regionMatches(true, 0, "b.", 0, 2) ? raw.substring(2) : raw;
        if (!isUuid(id)) {
            node.problem(node.child(key).pointer(), "'" + raw + "' is not an id (a UUID, optionally with b.)");
            return null;
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static String uuid(ConfigNode node, String key) {
        String raw = node.text(key, true);
        if (raw != null && !isUuid(raw)) {
            node.problem(node.child(key).pointer(), "'" + raw + "' is not an id (a UUID)");
            return null;
        }
        return raw == null ? null : raw.toLowerCase(Locale.ROOT);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
