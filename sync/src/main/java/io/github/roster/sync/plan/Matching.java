package io.github.roster.sync.plan;

import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.hr.HrPerson;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which target user is which HR person, by exact keys only (never a vendor's fuzzy search): for Autodesk the
 * state file's employee id -> user id, then exact e-mail (ignoring case); for Procore {@code origin_id}, then exact
 * e-mail among users without an {@code origin_id}. A person whose match is not certain gets a reason instead (the
 * planner reports it as {@code blocked}); users matched to nobody are the target's unmanaged users.
 */
final class Matching {

    final Map<HrPerson, TargetUser> matched = new IdentityHashMap<>();
    final Map<HrPerson, String> uncertain = new IdentityHashMap<>();
    final Set<String> claimed = new HashSet<>();
    /** How each match was made, for users matched by e-mail: Procore then also writes {@code origin_id}. */
    final Set<String> matchedByEmail = new HashSet<>();

    private Matching() {
    }

    /** Autodesk: the state file's employee id -> user id, then exact e-mail. */
    static Matching autodesk(Platform platform, String target, TargetRead read, List<HrPerson> people,
                             SyncState state) {
        Matching m = new Matching();
        Map<String, TargetUser> byId = new HashMap<>();
        read.users().forEach(u -> byId.put(u.userId(), u));
        Map<String, List<TargetUser>> byEmail = index(read.users(), u -> u.get(PlanFields.EMAIL));
        Map<String, String> rememberedOwner = new HashMap<>();
        List<HrPerson> rest = new ArrayList<>();
        for (HrPerson p : people) {
            String id = state.userId(p.employeeId(), platform, target).orElse(null);
            TargetUser u = id == null ? null : byId.get(id);
            if (u != null && m.claimed.add(u.userId())) {
                m.matched.put(p, u);
                rememberedOwner.put(u.userId(), p.employeeId());
            } else {
                rest.add(p);
            }
        }
        for (HrPerson p : rest) {
            List<TargetUser> found = byEmail.getOrDefault(lower(p.email()), List.of());
            if (found.size() > 1) {
                m.uncertain.put(p, found.size() + " users have the e-mail " + p.email() + ": match them by hand");
            } else if (found.size() == 1) {
                TargetUser u = found.get(0);
                if (m.claimed.add(u.userId())) {
                    m.matched.put(p, u);
                    m.matchedByEmail.add(u.userId());
                } else {
                    m.uncertain.put(p, "the user with the e-mail " + p.email() + " (" + u.userId() + ") is employee "
                            + rememberedOwner.get(u.userId()) + " per the state file");
                }
            }
        }
        return m;
    }

    /** Procore: {@code origin_id} equal to the person's value, then exact e-mail among users without one. */
    static Matching procore(TargetRead read, List<HrPerson> people, Function<HrPerson, String> originOf) {
        Matching m = new Matching();
        Map<String, List<TargetUser>> byOrigin = new HashMap<>();
        Map<String, List<TargetUser>> byEmailWithout = new HashMap<>();
        Map<String, List<TargetUser>> byEmailWith = new HashMap<>();
        for (TargetUser u : read.users()) {
            String origin = u.get(PlanFields.ORIGIN_ID);
            String email = lower(u.get(PlanFields.EMAIL_ADDRESS));
            if (origin != null) {
                byOrigin.computeIfAbsent(origin, k -> new ArrayList<>()).add(u);
                if (email != null) {
                    byEmailWith.computeIfAbsent(email, k -> new ArrayList<>()).add(u);
                }
            } else if (email != null) {
                byEmailWithout.computeIfAbsent(email, k -> new ArrayList<>()).add(u);
            }
        }
        for (HrPerson p : people) {
            String origin = originOf.apply(p);
            if (origin == null) {
                m.uncertain.put(p, "no value to write to origin_id");
                continue;
            }
            List<TargetUser> found = byOrigin.getOrDefault(origin, List.of());
            boolean byEmail = false;
            if (found.isEmpty()) {
                found = byEmailWithout.getOrDefault(lower(p.email()), List.of());
                byEmail = true;
            }
            if (found.size() > 1) {
                m.uncertain.put(p, found.size() + " users have " + (byEmail ? "the e-mail " + p.email()
                        + " and no origin_id" : "origin_id " + origin) + ": match them by hand");
            } else if (found.size() == 1) {
                TargetUser u = found.get(0);
                m.matched.put(p, u);
                m.claimed.add(u.userId());
                if (byEmail) {
                    m.matchedByEmail.add(u.userId());
                }
            } else {
                for (TargetUser other : byEmailWith.getOrDefault(lower(p.email()), List.of())) {
                    m.uncertain.put(p, "user " + other.userId() + " has the e-mail " + p.email()
                            + " but origin_id " + other.get(PlanFields.ORIGIN_ID) + ", not " + origin
                            + ": fix one of them by hand");
                }
            }
        }
        return m;
    }

    private static Map<String, List<TargetUser>> index(List<TargetUser> users, Function<TargetUser, String> key) {
        Map<String, List<TargetUser>> byKey = new HashMap<>();
        for (TargetUser u : users) {
            String k = lower(key.apply(u));
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            }
        }
        return byKey;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
