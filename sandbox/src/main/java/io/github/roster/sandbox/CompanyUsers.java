package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Procore company users of every company, active and inactive, in creation order, indexed by id,
 * e-mail (ignoring case; unique within a company) and {@code origin_id}. New users get ids above every id
 * seen, beyond 32 bits as Procore's are. Thread-safe: every method holds the store's lock, and reads hand
 * out copies.
 */
final class CompanyUsers {

    /** The smallest id handed to a new user: Procore ids exceed 32 bits. */
    private static final long FIRST_NEW_ID = 5_000_000_000_000L;

    private final Map<Long, Company> companies = new HashMap<>();
    private long nextId = FIRST_NEW_ID;

    synchronized void addCompany(long companyId) {
        companies.computeIfAbsent(companyId, id -> new Company());
    }

    synchronized boolean hasCompany(long companyId) {
        return companies.containsKey(companyId);
    }

    /**
     * Stores a user as it is, with its own {@code id} (the seed).
     *
     * @throws IllegalArgumentException if the company already has the id or the e-mail
     */
    synchronized void add(long companyId, ObjectNode user) {
        Company company = companies.computeIfAbsent(companyId, id -> new Company());
        long id = user.path("id").asLong();
        if (company.byId.containsKey(id) || company.emailOwner(user.path("email_address")) != null) {
            throw new IllegalArgumentException("company " + companyId + " already has a user with the id " + id
                    + " or the e-mail " + user.path("email_address").asText());
        }
        company.add(user.deepCopy());
        nextId = Math.max(nextId, id + 1);
    }

    /**
     * Gives a new user the next id and stores it, unless its e-mail is taken in the company; checked and
     * stored atomically.
     *
     * @return a copy of the stored user, or empty when the e-mail is taken
     */
    synchronized Optional<JsonNode> create(long companyId, ObjectNode user) {
        Company company = company(companyId);
        if (company.emailOwner(user.path("email_address")) != null) {
            return Optional.empty();
        }
        ObjectNode stored = user.deepCopy();
        stored.put("id", nextId++);
        company.add(stored);
        return Optional.of(stored.deepCopy());
    }

    /** A copy of the user, or a {@link MissingNode}. */
    synchronized JsonNode read(long companyId, long userId) {
        Company company = companies.get(companyId);
        ObjectNode user = company == null ? null : company.byId.get(userId);
        return user == null ? MissingNode.getInstance() : user.deepCopy();
    }

    /** The id of a user with this origin id, if any. */
    synchronized Optional<Long> idByOriginId(long companyId, String originId) {
        Company company = companies.get(companyId);
        return company == null ? Optional.empty() : Optional.ofNullable(company.byOriginId.get(originId));
    }

    /** Whether a user of the company other than {@code userId} has this e-mail address (ignoring case). */
    synchronized boolean emailTaken(long companyId, long userId, String email) {
        Company company = companies.get(companyId);
        Long owner = company == null ? null : company.byEmail.get(key(email));
        return owner != null && owner != userId;
    }

    /**
     * Runs {@code change} on the live user ({@code null} when there is none) under the lock, then re-indexes
     * it. The function must not keep or hand out the record it is given.
     */
    synchronized <R> R change(long companyId, long userId, Function<ObjectNode, R> change) {
        Company company = companies.get(companyId);
        ObjectNode user = company == null ? null : company.byId.get(userId);
        if (user == null) {
            return change.apply(null);
        }
        company.unindex(user);
        try {
            return change.apply(user);
        } finally {
            company.index(user);
        }
    }

    /** One page of the company's users that pass {@code filter}, in creation order. */
    synchronized Page page(long companyId, Predicate<JsonNode> filter, long offset, int limit) {
        PageWindow window = new PageWindow(offset, limit);
        company(companyId).byId.values().stream().filter(filter).forEach(window::offer);
        return window.page();
    }

    /**
     * One page of the company's active users, in creation order, without filter: O(page) while no user is
     * added or changed between pages (the list of active users is rebuilt after a change, once).
     */
    synchronized Page activePage(long companyId, long offset, int limit) {
        return PageWindow.slice(company(companyId).active(), offset, limit);
    }

    private Company company(long companyId) {
        Company company = companies.get(companyId);
        if (company == null) {
            throw new IllegalStateException("unknown company " + companyId);
        }
        return company;
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private static final class Company {
        final Map<Long, ObjectNode> byId = new LinkedHashMap<>();
        final Map<String, Long> byEmail = new HashMap<>();
        final Map<String, Long> byOriginId = new HashMap<>();
        /** The active users in creation order; null after a user was added or changed. */
        private List<ObjectNode> active;

        void add(ObjectNode user) {
            byId.put(user.path("id").asLong(), user);
            index(user);
        }

        List<ObjectNode> active() {
            if (active == null) {
                active = new ArrayList<>();
                for (ObjectNode user : byId.values()) {
                    if (user.path("is_active").asBoolean(false)) {
                        active.add(user);
                    }
                }
            }
            return active;
        }

        Long emailOwner(JsonNode email) {
            return email.isTextual() ? byEmail.get(key(email.asText())) : null;
        }

        void index(ObjectNode user) {
            active = null;
            long id = user.path("id").asLong();
            if (user.path("email_address").isTextual()) {
                byEmail.put(key(user.path("email_address").asText()), id);
            }
            if (user.path("origin_id").isTextual()) {
                byOriginId.put(user.path("origin_id").asText(), id);
            }
        }

        void unindex(ObjectNode user) {
            long id = user.path("id").asLong();
            if (user.path("email_address").isTextual()) {
                byEmail.remove(key(user.path("email_address").asText()), id);
            }
            if (user.path("origin_id").isTextual()) {
                byOriginId.remove(user.path("origin_id").asText(), id);
            }
        }
    }
}
