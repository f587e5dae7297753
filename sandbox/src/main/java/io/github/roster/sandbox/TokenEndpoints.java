package io.github.roster.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The vendors' OAuth client-credentials token endpoints, which the specs do not describe:
 * Autodesk {@code POST /authentication/v2/token} (client id and secret only as HTTP Basic auth, form
 * {@code grant_type=client_credentials&scope=...}) and Procore {@code POST /oauth/token} (form fields
 * {@code grant_type}, {@code client_id}, {@code client_secret}). A token they issue passes the bearer check.
 * Refusals use OAuth's {@code {"error", "error_description"}} shape.
 */
final class TokenEndpoints {

    static final String AUTODESK_PATH = "/authentication/v2/token";
    static final String PROCORE_PATH = "/oauth/token";
    static final long AUTODESK_LIFETIME_SECONDS = 3599;
    static final long PROCORE_LIFETIME_SECONDS = 5400;

    private final ClientCredentialsCheck credentials;
    private final IssuedTokens issued;
    private final Clock clock;

    TokenEndpoints(ClientCredentialsCheck credentials, IssuedTokens issued, Clock clock) {
        this.credentials = credentials;
        this.issued = issued;
        this.clock = clock;
    }

    SandboxResponse autodesk(SandboxRequest request) {
        Map<String, String> form;
        try {
            form = form(request);
        } catch (IllegalArgumentException e) {
            return refusal(400, "invalid_request", e.getMessage());
        }
        if (form.containsKey("client_id") || form.containsKey("client_secret")) {
            return refusal(400, "invalid_request", "Send the client id and secret only as HTTP Basic auth.");
        }
        String[] basic = basicCredentials(request);
        if (basic == null) {
            return refusal(401, "invalid_client", "The client id and secret must be sent as HTTP Basic auth.");
        }
        SandboxResponse refused = check(form, basic[0], basic[1]);
        if (refused != null) {
            return refused;
        }
        return SandboxResponse.json(200, Json.object()
                .put("access_token", issued.issue())
                .put("token_type", "Bearer")
                .put("expires_in", AUTODESK_LIFETIME_SECONDS));
    }

    SandboxResponse procore(SandboxRequest request) {
        Map<String, String> form;
        try {
            form = form(request);
        } catch (IllegalArgumentException e) {
            return refusal(400, "invalid_request", e.getMessage());
        }
        SandboxResponse refused = check(form, form.get("client_id"), form.get("client_secret"));
        if (refused != null) {
            return refused;
        }
        return SandboxResponse.json(200, Json.object()
                .put("access_token", issued.issue())
                .put("token_type", "Bearer")
                .put("expires_in", PROCORE_LIFETIME_SECONDS)
                .put("created_at", clock.instant().getEpochSecond()));
    }

    private SandboxResponse check(Map<String, String> form, String id, String secret) {
        String grant = form.get("grant_type");
        if (grant == null || grant.isEmpty()) {
            return refusal(400, "invalid_request", "grant_type is missing.");
        }
        if (!grant.equals("client_credentials")) {
            return refusal(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        if (!credentials.accepts(id, secret)) {
            return refusal(401, "invalid_client", "The client id or secret is wrong.");
        }
        return null;
    }

    private static SandboxResponse refusal(int status, String error, String description) {
        return SandboxResponse.json(status, Json.object().put("error", error).put("error_description", description));
    }

    /** The id and secret of {@code Authorization: Basic base64(id:secret)}, or {@code null}. */
    private static String[] basicCredentials(SandboxRequest request) {
        String header = request.header("Authorization").orElse("").trim();
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static Map<String, String> form(SandboxRequest request) {
        String type = request.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new IllegalArgumentException("Content-Type must be application/x-www-form-urlencoded.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(request.body(), StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
