package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP on 127.0.0.1 to a sandbox, with the JDK client. Test support. */
final class SandboxClient {

    static final String TOKEN = "t";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    SandboxClient(RosterSandbox sandbox) {
        this.base = sandbox.baseUrl();
    }

    static String bim360UserPath(String accountId, String userId) {
        return "/hq/v1/accounts/" + accountId + "/users/" + userId;
    }

    static String accImportPath(String projectId) {
        return "/construction/admin/v2/projects/" + projectId + "/users:import";
    }

    static String procoreUserPath(long companyId, long userId) {
        return "/rest/v1.3/companies/" + companyId + "/users/" + userId;
    }

    /** A request builder for a path (with optional query), carrying no header yet. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    /** A JSON request with {@code Authorization: Bearer t}. */
    HttpRequest.Builder json(String method, String pathAndQuery, String json) {
        return request(pathAndQuery)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    /** A Procore JSON PATCH with the bearer token and {@code Procore-Company-Id: companyId}. */
    HttpRequest.Builder procoreJson(long companyId, long userId, String json) {
        return json("PATCH", procoreUserPath(companyId, userId), json)
                .header("Procore-Company-Id", Long.toString(companyId));
    }

    /** A Procore multipart PATCH with the bearer token and {@code Procore-Company-Id: companyId}. */
    HttpRequest.Builder procoreMultipart(long companyId, long userId, MultipartBody body) {
        return request(procoreUserPath(companyId, userId))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Procore-Company-Id", Long.toString(companyId))
                .header("Content-Type", body.contentType())
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }

    /** A GET with {@code Authorization: Bearer t}. */
    HttpRequest.Builder get(String pathAndQuery) {
        return request(pathAndQuery).header("Authorization", "Bearer " + TOKEN).GET();
    }

    /** A Procore request with the bearer token and {@code Procore-Company-Id: companyId}; a JSON body when not null. */
    HttpRequest.Builder procore(String method, long companyId, String pathAndQuery, String json) {
        HttpRequest.Builder request = request(pathAndQuery)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Procore-Company-Id", Long.toString(companyId));
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
