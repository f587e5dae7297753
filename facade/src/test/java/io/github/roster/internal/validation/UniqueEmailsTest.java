package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class UniqueEmailsTest {

    private static List<Violation> bothPasses(UniqueEmails unique, List<String> emails) {
        emails.forEach(unique::remember);
        List<Violation> violations = new ArrayList<>();
        if (unique.mayRepeat()) {
            for (int i = 0; i < emails.size(); i++) {
                unique.check(i, "users[" + i + "].email", emails.get(i), violations);
            }
        }
        return violations;
    }

    @Test
    void aRepeatIgnoringCaseAndBlanksIsNamedAtItsPositionWithTheFirstOnes() {
        List<Violation> violations = bothPasses(new UniqueEmails(),
                List.of("a@example.com", "b@example.com", " A@Example.COM ", "c@example.com", "a@EXAMPLE.com"));

        assertThat(violations).extracting(Violation::path, Violation::rule, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("users[2].email", "unique-email",
                                "the same e-mail as users[0] (e-mails are compared ignoring case)"),
                        org.assertj.core.groups.Tuple.tuple("users[4].email", "unique-email",
                                "the same e-mail as users[0] (e-mails are compared ignoring case)"));
        assertThat(violations.get(0).rejectedValue()).isEqualTo(" A@Example.COM ");
    }

    @Test
    void differentEmailsNeedNoSecondPassAndNullsAreSkipped() {
        UniqueEmails unique = new UniqueEmails();
        unique.remember("a@example.com");
        unique.remember(null);
        unique.remember(null);
        unique.remember("b@example.com");

        assertThat(unique.mayRepeat()).isFalse();
        assertThat(unique.complete()).isTrue();
    }

    @Test
    void aLargeImportWithoutRepeatsIsReadOnce() {
        // 64-bit fingerprints: distinct e-mails practically never share one, so no second pass is needed
        UniqueEmails unique = new UniqueEmails();
        for (int i = 0; i < 300_000; i++) {
            unique.remember("user" + i + "@example.com");
            unique.remember("u" + i + "@ex" + (i % 7) + ".org");
        }
        assertThat(unique.mayRepeat()).isFalse();
    }

    @Test
    void emailsSharingAFingerprintAreNeverReportedAsTheSame() {
        // every e-mail gets the same fingerprint: only the exact comparison can tell them apart
        UniqueEmails unique = new UniqueEmails(email -> 42L);
        List<Violation> violations = bothPasses(unique,
                List.of("a@example.com", "b@example.com", "c@example.com", "B@example.com"));

        assertThat(violations).extracting(Violation::path, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("users[3].email",
                        "the same e-mail as users[1] (e-mails are compared ignoring case)"));
    }

    @Test
    void theSecondPassMustSeeEveryUserBeforeTheCheckIsComplete() {
        UniqueEmails unique = new UniqueEmails();
        unique.remember("a@example.com");
        unique.remember(null);
        unique.remember("A@example.com");
        assertThat(unique.mayRepeat()).isTrue();
        assertThat(unique.complete()).isFalse();

        List<Violation> violations = new ArrayList<>();
        unique.check(0, "users[0].email", "a@example.com", violations);
        unique.check(1, "users[1].email", null, violations);
        assertThat(unique.complete()).isFalse();
        unique.check(2, "users[2].email", "A@example.com", violations);

        assertThat(unique.complete()).isTrue();
        assertThat(violations).extracting(Violation::path).containsExactly("users[2].email");
        assertThatThrownBy(() -> unique.remember("late@example.com")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsInMemoryAreCheckedInOneCall() {
        List<Violation> violations = new ArrayList<>();
        UniqueEmails.checkAll(java.util.Arrays.asList("x@example.com", null, "X@example.com"),
                i -> "people[" + i + "]", violations);
        assertThat(violations).extracting(Violation::path, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people[2]",
                        "the same e-mail as users[0] (e-mails are compared ignoring case)"));

        List<Violation> none = new ArrayList<>();
        UniqueEmails.checkAll(List.of("x@example.com", "y@example.com"), i -> "people[" + i + "]", none);
        assertThat(none).isEmpty();
    }

    /** The two-pass check against a plain map of every e-mail, over generated imports with planted repeats. */
    @Test
    void findsExactlyTheRepeatsAPlainMapFinds() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            int users = 1 + random.nextInt(3000);
            List<String> emails = new ArrayList<>(users);
            for (int i = 0; i < users; i++) {
                int roll = random.nextInt(20);
                if (roll == 0 && i > 0) {
                    String earlier = emails.get(random.nextInt(i));
                    emails.add(earlier == null ? null : earlier.toUpperCase(Locale.ROOT));
                } else if (roll == 1) {
                    emails.add(null);
                } else {
                    emails.add("u" + random.nextInt(users * 4) + "@example.com");
                }
            }
            // small fingerprints collide often, so the exact comparison is exercised too
            ToLongFunction<String> narrow = email -> UniqueEmails.fingerprint(email) & 0xff;
            for (UniqueEmails unique : List.of(new UniqueEmails(), new UniqueEmails(narrow))) {
                assertThat(bothPasses(unique, emails)).as("seed %d, round %d", seed, round)
                        .extracting(Violation::path, Violation::message)
                        .containsExactlyElementsOf(expected(emails));
            }
        }
    }

    private static List<org.assertj.core.groups.Tuple> expected(List<String> emails) {
        Map<String, Integer> first = new HashMap<>();
        List<org.assertj.core.groups.Tuple> repeats = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i) == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(emails.get(i).trim().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                repeats.add(org.assertj.core.groups.Tuple.tuple("users[" + i + "].email",
                        "the same e-mail as users[" + earlier + "] (e-mails are compared ignoring case)"));
            }
        }
        return repeats;
    }
}
