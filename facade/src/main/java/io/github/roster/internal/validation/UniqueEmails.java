package io.github.roster.internal.validation;

import io.github.roster.error.Violation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * The rule that one import carries each e-mail once, compared ignoring case and surrounding blanks: a repeat
 * is named at its own position and at the first one's.
 *
 * <p>It takes two passes over the same users in the same order, so that an import of any size is checked in
 * 8 bytes a user: the first pass ({@link #remember}) keeps only a 64-bit fingerprint of each e-mail; when no
 * fingerprint was seen twice ({@link #mayRepeat()} is false) there is no repeat and the second pass can be
 * skipped. Otherwise the second pass ({@link #check}) compares the e-mails themselves, keeping only those
 * whose fingerprint repeated, so two different e-mails that happen to share a fingerprint are never reported.
 *
 * <p>Not thread-safe: one instance checks one import.
 */
public final class UniqueEmails {

    private final ToLongFunction<String> fingerprint;
    private final FingerprintLog fingerprints = new FingerprintLog();
    private final Map<String, Integer> firstIndexByEmail = new HashMap<>();
    private long[] repeated;
    private long remembered;
    private long checked;

    /** A check with 64-bit fingerprints of the e-mails. */
    public UniqueEmails() {
        this(UniqueEmails::fingerprint);
    }

    /** A check with the given fingerprints (tests use colliding ones). */
    UniqueEmails(ToLongFunction<String> fingerprint) {
        this.fingerprint = fingerprint;
    }

    /**
     * Checks e-mails held in memory: both passes.
     *
     * @param emails the e-mails in import order (nulls are skipped)
     * @param pathOf where the e-mail at a position sits, e.g. {@code users[3].email}
     * @param violations where repeats are added
     */
    public static void checkAll(List<String> emails, IntFunction<String> pathOf, List<Violation> violations) {
        UniqueEmails unique = new UniqueEmails();
        emails.forEach(unique::remember);
        if (unique.mayRepeat()) {
            for (int i = 0; i < emails.size(); i++) {
                unique.check(i, pathOf.apply(i), emails.get(i), violations);
            }
        }
    }

    /**
     * First pass: remembers one user's e-mail (its fingerprint).
     *
     * @param email the e-mail, or null (nothing to remember; still counts as a user)
     * @throws IllegalStateException once the second pass has begun
     */
    public void remember(String email) {
        if (repeated != null) {
            throw new IllegalStateException("the second pass over the e-mails has begun");
        }
        remembered++;
        if (email != null) {
            fingerprints.add(fingerprint.applyAsLong(key(email)));
        }
    }

    /**
     * Ends the first pass.
     *
     * @return false when no e-mail repeats (the second pass would find nothing); true when one may
     */
    public boolean mayRepeat() {
        if (repeated == null) {
            repeated = fingerprints.repeated();
        }
        return repeated.length > 0;
    }

    /**
     * Second pass: checks one user's e-mail against the users before it, exactly. Call it for every user
     * remembered, in the same order.
     *
     * @param index the user's position in the whole import, from 0
     * @param path where the e-mail sits, e.g. {@code users[3].email}
     * @param email the e-mail, or null (nothing to check)
     * @param violations where a repeat is added
     */
    public void check(int index, String path, String email, List<Violation> violations) {
        mayRepeat();
        checked++;
        if (email == null) {
            return;
        }
        String key = key(email);
        if (Arrays.binarySearch(repeated, fingerprint.applyAsLong(key)) < 0) {
            return;
        }
        Integer first = firstIndexByEmail.putIfAbsent(key, index);
        if (first != null) {
            violations.add(new Violation(path, "unique-email",
                    "the same e-mail as users[" + first + "] (e-mails are compared ignoring case)", email));
        }
    }

    /**
     * Whether every repeat has been found: no e-mail may repeat, or the second pass has seen every user.
     *
     * @return true when nothing is left to check
     */
    public boolean complete() {
        return !mayRepeat() || checked >= remembered;
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser so that every bit depends on every character. */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ccd4eL;
        h ^= h >>> 33;
        return h;
    }
}
