package io.github.roster.autodesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserImportFailure;
import io.github.roster.client.autodesk.model.AccountUserImportFailureItem;
import io.github.roster.client.autodesk.model.AccountUserImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated import answers (seeded): every user named as created, as failed in either failure shape, or nowhere,
 * with e-mails in any case and in any order, gets exactly the outcome the answer gives it.
 */
class AccountImportOutcomesTest {

    @Test
    void eachUserGetsTheOutcomeTheAnswerGivesIt() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            int n = 1 + random.nextInt(AccountUserImporter.MAX_USERS_PER_REQUEST);
            List<AccountUserCreate> chunk = new ArrayList<>();
            List<AccountImportOutcome> expected = new ArrayList<>();
            AccountUserImportResult answer = new AccountUserImportResult().successItems(new ArrayList<>())
                    .failureItems(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                String email = "u" + run + "x" + i + "@example.com";
                chunk.add(new AccountUserCreate().email(email));
                String answered = random.nextBoolean() ? email.toUpperCase(Locale.ROOT) : email;
                switch (random.nextInt(4)) {
                    case 0 -> {
                        answer.getSuccessItems().add(new AccountUser().email(answered));
                        expected.add(AccountImportOutcome.CREATED);
                    }
                    case 1 -> {
                        answer.getFailureItems().add(new AccountUserImportFailure()
                                .item(new AccountUserImportFailureItem().email(answered))
                                .putAdditionalProperty("error", "reason " + i));
                        expected.add(AccountImportOutcome.FAILED);
                    }
                    case 2 -> {
                        answer.getFailureItems().add(new AccountUserImportFailure().email(answered)
                                .putAdditionalProperty("error", "reason " + i));
                        expected.add(AccountImportOutcome.FAILED);
                    }
                    default -> expected.add(AccountImportOutcome.UNKNOWN);
                }
            }
            java.util.Collections.shuffle(answer.getSuccessItems(), random);
            java.util.Collections.shuffle(answer.getFailureItems(), random);

            List<AccountImportItem> items = AccountUserImporter.outcomes(7, chunk, answer);

            assertThat(items).as("seed %d, run %d", seed, run).extracting(AccountImportItem::outcome)
                    .containsExactlyElementsOf(expected);
            for (int i = 0; i < n; i++) {
                AccountImportItem item = items.get(i);
                assertThat(item.index()).as("seed %d", seed).isEqualTo(7 + i);
                if (item.outcome() == AccountImportOutcome.FAILED) {
                    assertThat(item.reason()).as("seed %d", seed).isEqualTo("reason " + i);
                }
            }
        }
    }
}
