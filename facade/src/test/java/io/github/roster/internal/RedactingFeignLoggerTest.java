package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/** What the wire log keeps of headers and bodies. */
class RedactingFeignLoggerTest {

    @Test
    void onlyAllowListedHeadersKeepTheirValues() {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of("Bearer tok-123"));
        headers.put("proxy-authorization", List.of("Basic abc"));
        headers.put("Cookie", List.of("session=tok-123"));
        headers.put("X-Api-Key", List.of("key-456"));
        headers.put("Retry-After", List.of("25"));
        headers.put("procore-company-id", List.of("8089"));
        headers.put("Region", List.of("EMEA"));

        String logged = RedactingFeignLogger.headers(headers);

        assertThat(logged).isEqualTo("{Authorization=[redacted], proxy-authorization=[redacted], Cookie=[redacted],"
                + " X-Api-Key=[redacted], Retry-After=25, procore-company-id=8089, Region=EMEA}");
    }

    @Test
    void secretLookingJsonValuesAreRedactedWhereverTheyAre() {
        String body = "{\"user\":{\"last_name\":\"Smith\",\"password\" : \"p\\\"w\"},\"access_token\":\"tok-1\","
                + "\"refresh_token\":\"tok-2\",\"client_secret\":\"s\",\"Authorization\":\"Bearer tok-3\","
                + "\"products\":[{\"key\":\"docs\",\"access\":\"member\"}]}";

        String logged = RedactingFeignLogger.redactBody(body, null);

        assertThat(logged).doesNotContain("p\\\"w").doesNotContain("tok-1").doesNotContain("tok-2")
                .doesNotContain("\"s\"").doesNotContain("tok-3")
                .contains("\"last_name\":\"Smith\"").contains("\"key\":\"docs\"")
                .contains("\"access_token\":\"[redacted]\"").contains("\"password\" : \"[redacted]\"");
    }

    @Test
    void secretLookingFormValuesAreRedactedToo() {
        String logged = RedactingFeignLogger.redactBody(
                "grant_type=client_credentials&client_id=abc&client_secret=s%2Bx&scope=account%3Aread", null);

        assertThat(logged).isEqualTo(
                "grant_type=client_credentials&client_id=abc&client_secret=[redacted]&scope=account%3Aread");
    }
}
