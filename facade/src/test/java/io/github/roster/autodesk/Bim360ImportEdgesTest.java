package io.github.roster.autodesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A BIM 360 import of exactly one full request sends one request, not a second empty one. */
class Bim360ImportEdgesTest extends Bim360WireMockTest {

    @Test
    void exactly50UsersTakeOneRequest() throws Exception {
        Bim360ImportUsersTest.answers(Bim360ImportUsersTest.created(0, 50));

        AccountImportResult result = client.importAccountUsers(Bim360Users.ACCOUNT, Bim360ImportUsersTest.users(50));

        assertThat(result.created()).isEqualTo(50);
        assertThat(Bim360ImportUsersTest.sentSizes()).containsExactly(50);
    }
}
