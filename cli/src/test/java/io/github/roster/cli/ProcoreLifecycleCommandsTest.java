package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcoreLifecycleCommandsTest extends InProcessSandboxTest {

    private static final String COMPANY = String.valueOf(SandboxSeed.PROCORE_COMPANY_ID);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Override
    String sandboxToken() {
        return "t";
    }

    private Cli.Result procore(String command, String... args) {
        List<String> all = new ArrayList<>(List.of("procore", command, "--base-url", base, "--token", "t",
                "--company", COMPANY));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    private JsonNode user(long id) {
        return sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, id);
    }

    @Test
    void findUserReturnsOnlyTheExactMatchAmongActiveAndInactiveUsers() throws Exception {
        Cli.Result r = procore("find-user", "--email", "ANN.LEE@example.com", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode found = JSON.readTree(r.out());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asLong()).isEqualTo(SandboxSeed.PROCORE_ANN_LEE_ID);
        assertThat(found.get(0).path("is_active").asBoolean()).isTrue();

        Cli.Result former = procore("find-user", "--email", "former@example.com", "--output", "ndjson");
        assertThat(JSON.readTree(former.out().strip()).path("is_active").asBoolean()).isFalse();

        Cli.Result none = procore("find-user", "--email", "lee@example.com", "--output", "json");
        assertThat(none.exitCode()).isZero();
        assertThat(JSON.readTree(none.out())).isEmpty();
    }

    @Test
    void listUsersStreamsActiveInactiveOrAllAsJsonArrayOrNdjson() throws Exception {
        JsonNode active = JSON.readTree(procore("list-users", "--output", "json").out());
        assertThat(active).hasSize(4).allSatisfy(u -> assertThat(u.path("is_active").asBoolean()).isTrue());

        Cli.Result inactive = procore("list-users", "--inactive", "--output", "ndjson");
        assertThat(inactive.out().lines().toList()).singleElement()
                .satisfies(line -> assertThat(JSON.readTree(line).path("id").asLong())
                        .isEqualTo(SandboxSeed.PROCORE_INACTIVE_USER_ID));

        Cli.Result all = procore("list-users", "--all");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines()).hasSize(5).last().asString().contains("former@example.com", "active=false");

        Cli.Result both = procore("list-users", "--all", "--inactive");
        assertThat(both.exitCode()).isEqualTo(2);
    }

    @Test
    void createUserTakesOneOptionPerSpecFieldAndNamesBadOnes() throws Exception {
        Cli.Result r = procore("create-user", "--last-name", "Doe", "--email", "jane.doe@example.com",
                "--first-name", "Jane", "--origin-id", "E-2002", "--is-employee", "true", "--country-code", "US",
                "--state-code", "CA", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        long id = JSON.readTree(r.out()).path("id").asLong();
        assertThat(user(id).path("origin_id").asText()).isEqualTo("E-2002");
        assertThat(user(id).path("is_employee").asBoolean()).isTrue();

        Cli.Result notANumber = procore("create-user", "--last-name", "Doe", "--email", "jane@example.com",
                "--vendor-id", "twelve");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("user.vendor_id");
        Cli.Result bad = procore("create-user", "--last-name", "Doe", "--email", "jane@", "--country-code", "XX");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("user.email_address", "user.country_code");

        Cli.Result taken = procore("create-user", "--last-name", "Smith", "--email", "john.smith@example.com");
        assertThat(taken.exitCode()).as(taken.err()).isEqualTo(3);
    }

    @Test
    void deactivateByEmailThenReactivateById() {
        Cli.Result off = procore("deactivate-user", "--email", "Ann.Lee@example.com");

        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).contains("deactivated Procore user " + SandboxSeed.PROCORE_ANN_LEE_ID);
        assertThat(user(SandboxSeed.PROCORE_ANN_LEE_ID).path("is_active").asBoolean()).isFalse();
        assertThat(user(SandboxSeed.PROCORE_ANN_LEE_ID).path("last_name").asText()).isEqualTo("Lee");
        assertThat(user(SandboxSeed.PROCORE_JOANN_LEE_ID).path("is_active").asBoolean()).isTrue();

        Cli.Result again = procore("deactivate-user", "--user", String.valueOf(SandboxSeed.PROCORE_ANN_LEE_ID));
        assertThat(again.out()).contains("already inactive");

        Cli.Result on = procore("reactivate-user", "--user", String.valueOf(SandboxSeed.PROCORE_ANN_LEE_ID),
                "--output", "json");
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.out()).contains("\"is_active\" : true");
        assertThat(user(SandboxSeed.PROCORE_ANN_LEE_ID).path("is_active").asBoolean()).isTrue();
    }

    @Test
    void reactivateByEmailAndTheSelectorsAreExclusiveAndRequired() {
        Cli.Result on = procore("reactivate-user", "--email", "former@example.com");
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(user(SandboxSeed.PROCORE_INACTIVE_USER_ID).path("is_active").asBoolean()).isTrue();

        assertThat(procore("deactivate-user", "--email", "nobody@example.com").exitCode()).isEqualTo(3);
        assertThat(procore("deactivate-user").exitCode()).isEqualTo(2);
        assertThat(procore("reactivate-user", "--user", "1", "--email", "a@example.com").exitCode()).isEqualTo(2);
    }

    @Test
    void syncUsersPrintsEachRowsOutcomeAndExits4WhenOneFailed() throws Exception {
        Path csv = dir.resolve("users.csv");
        Files.writeString(csv, """
                origin_id,id,last_name,email_address,is_active
                E-3001,,New,new.hire@example.com,
                E-3002,,Clash,john.smith@example.com,
                ,%d,,,false
                """.formatted(SandboxSeed.PROCORE_OTHER_USER_ID));

        Cli.Result r = procore("sync-users", "--csv", csv.toString(), "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("outcome").asText()).isEqualTo("SYNCED");
        assertThat(rows.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(rows.get(1).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(rows.get(1).path("errors").path("email_address").get(0).asText()).contains("taken");
        assertThat(rows.get(2).path("outcome").asText()).isEqualTo("UPDATED");
        assertThat(user(SandboxSeed.PROCORE_OTHER_USER_ID).path("is_active").asBoolean()).isFalse();
    }

    @Test
    void syncUsersChecksEveryRowFirstNamingLineAndFieldAndSendsNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, """
                origin_id,last_name,email_address,is_active,vendor_id
                E-1,A,a@example.com,maybe,
                ,B,b@example.com,,
                E-1,C,c@,,0
                """);

        Cli.Result r = procore("sync-users", "--csv", csv.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 2: is_active");
        assertThat(sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, 1L).isMissingNode()).isTrue();

        Files.writeString(csv, """
                origin_id,last_name,email_address,vendor_id
                E-1,A,a@example.com,
                ,B,b@example.com,
                E-1,C,c@,0
                """);
        Cli.Result r2 = procore("sync-users", "--csv", csv.toString());
        assertThat(r2.exitCode()).isEqualTo(2);
        assertThat(r2.err()).contains("line 3: (row)", "line 4: origin_id", "line 4: email_address",
                "line 4: vendor_id");
        Cli.Result unknownColumn = procore("sync-users", "--csv", csv.toString().replace("bad", "none"));
        assertThat(unknownColumn.exitCode()).isEqualTo(2);
    }
}
