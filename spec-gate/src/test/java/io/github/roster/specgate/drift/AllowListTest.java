package io.github.roster.specgate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowListTest {

    @TempDir
    Path dir;

    private AllowList read(String yaml) throws IOException {
        Path file = dir.resolve("allow.yaml");
        Files.writeString(file, yaml);
        return AllowList.read(file);
    }

    @Test
    void aStarCoversEveryOperationThatSharesADifferenceAndNothingElse() throws IOException {
        AllowList list = read("""
                allowed:
                  - what: "* /hq/v1/*: response.city maxLength: Roster 255, vendor none"
                    reason: "the reference page says 255"
                """);

        assertThat(list.allows("GET /hq/v1/accounts/{}/users: response.city maxLength: Roster 255, vendor none")).isTrue();
        assertThat(list.allows("PATCH /hq/v1/accounts/{}/users/{}: response.city maxLength: Roster 255, vendor none"))
                .isTrue();
        assertThat(list.allows("GET /hq/v1/accounts/{}/users: response.city maxLength: Roster 100, vendor none"))
                .isFalse();
        assertThat(list.allows("GET /construction/admin/v1/projects/{}/users: response.city maxLength: Roster 255, vendor none"))
                .isFalse();
    }

    @Test
    void anEntryMatchingNoDifferenceIsStaleAndOtherCharactersAreLiteral() throws IOException {
        AllowList list = read("""
                allowed:
                  - what: "* /hq/v1/*: status 429 only in Roster"
                    reason: "documented elsewhere"
                  - what: "GET /a.b/{}: operation only in vendor"
                    reason: "not yet implemented in Roster"
                """);

        assertThat(list.stale(List.of("GET /hq/v1/accounts/{}/users: status 429 only in Roster",
                "GET /aXb/{}: operation only in vendor"))).containsExactly("GET /a.b/{}: operation only in vendor");
    }
}
