package io.github.roster.autodesk;

import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.http.HttpOptions;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.UUID;

/** BIM 360 account users in the vendor's JSON, and clients, shared by the hq lifecycle tests. */
final class Bim360Users {

    static final String ACCOUNT = Bim360UpdateUserTest.ACCOUNT;
    static final String USERS = "/hq/v1/accounts/" + ACCOUNT + "/users";
    static final String SEARCH = USERS + "/search";
    static final String IMPORT = USERS + "/import";

    private Bim360Users() {
    }

    /** A user as {@code hq/v1} answers it, with a field Roster does not know. */
    static String user(String id, String email, String status) {
        return "{\"id\":\"" + id + "\",\"account_id\":\"" + ACCOUNT + "\",\"email\":\"" + email + "\",\"status\":\""
                + status + "\",\"role\":\"account_user\",\"name\":\"N\",\"last_sign_in\":\"2016-04-07 08:00:24.020422\","
                + "\"brand_new_field\":1}";
    }

    /** A deterministic id for the n-th test user. */
    static String id(int n) {
        return new UUID(0x1234L, n).toString();
    }

    /** A JSON array of users {@code from} (inclusive) to {@code to} (exclusive), all active. */
    static String users(int from, int to) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            sb.append(i == from ? "" : ",").append(user(id(i), "user" + i + "@example.com", "active"));
        }
        return sb.append(']').toString();
    }

    /** A client that retries as the default policy does (without sleeping), to show what is never re-sent. */
    static AutodeskAccountAdminClient retrying(WireMockExtension server) {
        return AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TestServers.TOKEN))
                .httpOptions(HttpOptions.builder().sleeper(wait -> { }).build()).build();
    }
}
