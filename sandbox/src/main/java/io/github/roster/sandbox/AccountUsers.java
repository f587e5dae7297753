package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The BIM 360 / ACC account users of every account, in creation order (the order of every list and search),
 * indexed by id, Autodesk id ({@code uid}) and e-mail. Ids, uids and e-mails are compared ignoring case; an
 * e-mail is unique within its account. Thread-safe: every method holds the store's lock, and reads hand out
 * copies.
 */
final class AccountUsers {

    private final Map<String, Account> accounts = new HashMap<>();

    synchronized void addAccount(String accountId) {
        accounts.computeIfAbsent(key(accountId), id -> new Account());
    }

    synchronized boolean hasAccount(String accountId) {
        return accounts.containsKey(key(accountId));
    }

    /**
     * Stores a user as it is (the seed), in its {@code account_id}.
     *
     * @throws IllegalArgumentException if the account already has the user's id or e-mail
     */
    synchronized void add(ObjectNode user) {
        Account account = accounts.computeIfAbsent(key(user.path("account_id").asText()), id -> new Account());
        if (account.byEmail.containsKey(key(user.path("email").asText()))) {
            throw new IllegalArgumentException("two account users share the e-mail " + user.path("email").asText());
        }
        account.add(user.deepCopy());
    }

    /**
     * Stores a new user unless its e-mail is already in the account, checked and stored atomically.
     *
     * @return a copy of the stored user, or empty when the e-mail is taken
     */
    synchronized Optional<JsonNode> addUnlessEmailTaken(String accountId, ObjectNode user) {
        Account account = account(accountId);
        if (account.byEmail.containsKey(key(user.path("email").asText()))) {
            return Optional.empty();
        }
        ObjectNode stored = user.deepCopy();
        account.add(stored);
        return Optional.of(stored.deepCopy());
    }

    /** A copy of the user with this id, or a {@link MissingNode}. */
    synchronized JsonNode read(String accountId, String userId) {
        Account account = accounts.get(key(accountId));
        ObjectNode user = account == null ? null : account.byId.get(key(userId));
        return user == null ? MissingNode.getInstance() : user.deepCopy();
    }

    /** A copy of the user whose id or Autodesk id ({@code uid}) this is. */
    synchronized Optional<JsonNode> findByIdOrUid(String accountId, String idOrUid) {
        Account account = accounts.get(key(accountId));
        if (account == null) {
            return Optional.empty();
        }
        ObjectNode user = account.byId.getOrDefault(key(idOrUid), account.byUid.get(key(idOrUid)));
        return Optional.ofNullable(user).map(ObjectNode::deepCopy);
    }

    /** A copy of the user with this e-mail (ignoring case). */
    synchronized Optional<JsonNode> findByEmail(String accountId, String email) {
        Account account = accounts.get(key(accountId));
        return account == null ? Optional.empty()
                : Optional.ofNullable(account.byEmail.get(key(email))).map(ObjectNode::deepCopy);
    }

    /** The name of a company some user of the account belongs to, by company id. */
    synchronized Optional<String> companyName(String accountId, String companyId) {
        Account account = accounts.get(key(accountId));
        return account == null ? Optional.empty() : Optional.ofNullable(account.companyNames.get(key(companyId)));
    }

    /**
     * Runs {@code change} on the live user ({@code null} when there is none) under the lock, then re-indexes
     * the user. The function must not keep or hand out the record it is given.
     */
    synchronized <R> R change(String accountId, String userId, Function<ObjectNode, R> change) {
        Account account = accounts.get(key(accountId));
        ObjectNode user = account == null ? null : account.byId.get(key(userId));
        if (user == null) {
            return change.apply(null);
        }
        account.unindex(user);
        try {
            return change.apply(user);
        } finally {
            account.index(user);
        }
    }

    /** One page of the account's users that pass {@code filter}, in creation order. */
    synchronized Page page(String accountId, Predicate<JsonNode> filter, long offset, int limit) {
        PageWindow window = new PageWindow(offset, limit);
        Account account = accounts.get(key(accountId));
        if (account != null) {
            account.inOrder.stream().filter(filter).forEach(window::offer);
        }
        return window.page();
    }

    /** One page of all the account's users, in creation order: O(limit). */
    synchronized List<JsonNode> page(String accountId, long offset, int limit) {
        Account account = accounts.get(key(accountId));
        List<JsonNode> items = new ArrayList<>();
        if (account == null) {
            return items;
        }
        for (long i = offset; i < account.inOrder.size() && items.size() < limit; i++) {
            items.add(account.inOrder.get((int) i).deepCopy());
        }
        return items;
    }

    private Account account(String accountId) {
        Account account = accounts.get(key(accountId));
        if (account == null) {
            throw new IllegalStateException("unknown account " + accountId);
        }
        return account;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static final class Account {
        final List<ObjectNode> inOrder = new ArrayList<>();
        final Map<String, ObjectNode> byId = new HashMap<>();
        final Map<String, ObjectNode> byUid = new HashMap<>();
        final Map<String, ObjectNode> byEmail = new HashMap<>();
        final Map<String, String> companyNames = new HashMap<>();

        void add(ObjectNode user) {
            if (byId.containsKey(key(user.path("id").asText()))) {
                throw new IllegalArgumentException("two account users share the id " + user.path("id").asText());
            }
            inOrder.add(user);
            byId.put(key(user.path("id").asText()), user);
            index(user);
        }

        void index(ObjectNode user) {
            if (user.path("uid").isTextual()) {
                byUid.put(key(user.path("uid").asText()), user);
            }
            if (user.path("email").isTextual()) {
                byEmail.put(key(user.path("email").asText()), user);
            }
            if (user.path("company_id").isTextual() && user.path("company_name").isTextual()) {
                companyNames.put(key(user.path("company_id").asText()), user.path("company_name").asText());
            }
        }

        void unindex(ObjectNode user) {
            byUid.remove(key(user.path("uid").asText()), user);
            byEmail.remove(key(user.path("email").asText()), user);
        }
    }
}
