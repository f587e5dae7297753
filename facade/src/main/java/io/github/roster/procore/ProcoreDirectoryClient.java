package io.github.roster.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.core.RosterJson;
import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.client.procore.model.ApiResponse;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdateForm;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.ClientBuilder;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Response;
import io.github.roster.internal.CallExecutor;
import io.github.roster.internal.CallExecutor.Exchange;
import io.github.roster.internal.Operation;
import io.github.roster.internal.TokenBoundApi;
import io.github.roster.internal.Transport;
import io.github.roster.internal.validation.Ids;
import io.github.roster.internal.validation.ModelValidator;
import io.github.roster.internal.validation.ProcoreUserRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Administers company users in the Procore directory (REST v1.3).
 *
 * <p>Immutable and thread-safe: build one per set of credentials and share it. Every call validates its
 * whole input first (the spec's constraints, ISO 3166 country and subdivision codes, positive ids, an
 * image avatar) and sends nothing when anything is invalid. {@code Procore-Company-Id} is set on every call
 * to the company in the path. Close it to release its connections.
 *
 * <pre>{@code
 * try (ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
 *         .environment(ProcoreEnvironment.SANDBOX)
 *         .tokenProvider(TokenProvider.of(token))
 *         .build()) {
 *     CompanyUser user = procore.updateCompanyUser(8089L, 1234567890123L,
 *             new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com").isActive(false));
 * }
 * }</pre>
 */
public final class ProcoreDirectoryClient implements AutoCloseable {

    private static final Operation UPDATE_USER = Operation.of(CompanyUsersApi.class, "updateCompanyUserWithHttpInfo");
    private static final String USER = CompanyUserUpdateRequest.JSON_PROPERTY_USER;

    private final URI baseUrl;
    private final Transport transport;
    private final CallExecutor executor;
    private final ModelValidator validator;
    private final TokenBoundApi<CompanyUsersApi> api;

    private ProcoreDirectoryClient(URI baseUrl, TokenProvider tokens, HttpOptions httpOptions) {
        this.baseUrl = baseUrl;
        this.transport = new Transport(httpOptions, RosterJson.newObjectMapper());
        this.executor = new CallExecutor(httpOptions, tokens);
        this.validator = new ModelValidator();
        this.api = transport.api(CompanyUsersApi.class, baseUrl,
                new io.github.roster.client.procore.ApiResponseDecoder(transport.mapper()));
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Updates a company user with a JSON body {@code {"user": {...}}}. Sends only the fields set on
     * {@code update}; a nullable field set to null is sent as null, which clears it.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the company user
     * @param update the fields to change; {@code last_name} and {@code email_address} are required
     * @return the modified user
     * @throws ValidationException when anything is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public CompanyUser updateCompanyUser(long companyId, long userId, CompanyUserUpdate update) {
        return updateCompanyUser(companyId, userId, update, UpdateCompanyUserOptions.NONE);
    }

    /**
     * Updates a company user, optionally with {@code run_configurable_validations} and an avatar. With an
     * avatar the whole update is sent as {@code multipart/form-data}: every field as a {@code user[field]}
     * part and the image, streamed, as {@code user[avatar]}.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the company user
     * @param update the fields to change; {@code last_name} and {@code email_address} are required
     * @param options the query flag and avatar
     * @return the modified user
     * @throws ValidationException when anything is invalid, including an avatar that is not an image (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public CompanyUser updateCompanyUser(long companyId, long userId, CompanyUserUpdate update,
                                         UpdateCompanyUserOptions options) {
        return updateCompanyUserWithResponse(companyId, userId, update, options).value();
    }

    /**
     * Like {@link #updateCompanyUser(long, long, CompanyUserUpdate, UpdateCompanyUserOptions)}, with the
     * answer's status, request id and allow-listed headers, e.g. {@code X-Rate-Limit-Remaining}.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the company user
     * @param update the fields to change; {@code last_name} and {@code email_address} are required
     * @param options the query flag and avatar; null for none
     * @return the answer, whose value is the modified user
     * @throws ValidationException when anything is invalid, including an avatar that is not an image (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<CompanyUser> updateCompanyUserWithResponse(long companyId, long userId, CompanyUserUpdate update,
                                                               UpdateCompanyUserOptions options) {
        UpdateCompanyUserOptions opts = options == null ? UpdateCompanyUserOptions.NONE : options;
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        Ids.procoreId(userId, "id", violations);
        if (update == null) {
            violations.add(new Violation(USER, "NotNull", "the update is required", null));
        } else {
            violations.addAll(validator.validate(update, USER));
            ProcoreUserRules.check(USER, update, violations);
        }
        if (opts.avatar() != null && opts.avatar().contentType().isEmpty()) {
            violations.add(new Violation(CompanyUserUpdateForm.JSON_PROPERTY_USER_AVATAR, "image",
                    "must be a PNG, JPEG, GIF, WebP or BMP image (checked by content, not name)",
                    opts.avatar().fileName()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CompanyUserUpdateRequest body = new CompanyUserUpdateRequest().user(update);
        Boolean validations = opts.runConfigurableValidations();
        Avatar avatar = opts.avatar();
        if (avatar == null) {
            return executor.execute(UPDATE_USER, token -> exchange(api.forToken(token)
                    .updateCompanyUserWithHttpInfo(companyId, userId, companyId, body, validations))).toResponse();
        }
        // multipart: the same generated method renders URL, query and headers; the form replaces the JSON body
        Operation op = avatar.repeatable() ? UPDATE_USER : UPDATE_USER.sentOnce();
        ObjectNode fields = transport.mapper().valueToTree(update);
        try {
            return executor.execute(op, token -> exchange(api.withBody(token, multipart(fields, avatar))
                    .updateCompanyUserWithHttpInfo(companyId, userId, companyId, body, validations))).toResponse();
        } finally {
            if (!avatar.repeatable()) {
                try {
                    avatar.stream().close();
                } catch (java.io.IOException ignored) {
                    // the upload is over either way
                }
            }
        }
    }

    private static <T> Exchange<T> exchange(ApiResponse<T> answer) {
        return new Exchange<>(answer.getStatusCode(), answer.getHeaders(), answer.getData());
    }

    private static HttpEntity multipart(ObjectNode fields, Avatar avatar) {
        MultipartEntityBuilder form = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.EXTENDED)
                .setCharset(StandardCharsets.UTF_8);
        ContentType text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
        fields.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            form.addTextBody(USER + "[" + e.getKey() + "]", v.isNull() ? "" : v.asText(), text);
        });
        ContentType image = ContentType.create(avatar.contentType().orElseThrow());
        String part = CompanyUserUpdateForm.JSON_PROPERTY_USER_AVATAR;
        if (avatar.repeatable()) {
            form.addBinaryBody(part, avatar.file().toFile(), image, avatar.fileName());
        } else {
            form.addBinaryBody(part, avatar.stream(), image, avatar.fileName());
        }
        return form.build();
    }

    /**
     * The base URL requests go to.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Releases the connection pool.
     */
    @Override
    public void close() {
        transport.close();
        validator.close();
    }

    @Override
    public String toString() {
        return "ProcoreDirectoryClient{baseUrl=" + baseUrl + '}';
    }

    /** Builds a {@link ProcoreDirectoryClient}. */
    public static final class Builder extends ClientBuilder<Builder> {

        private Builder() {
            super(ProcoreEnvironment.PRODUCTION.apiBaseUrl());
        }

        /**
         * Sends requests to an environment's API host (default production).
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(ProcoreEnvironment environment) {
            vendorBaseUrl(Objects.requireNonNull(environment, "environment").apiBaseUrl());
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a new client; close it when done
         * @throws IllegalStateException when no token provider was set
         */
        public ProcoreDirectoryClient build() {
            return new ProcoreDirectoryClient(baseUrl(), requiredTokenProvider(), httpOptions());
        }
    }
}
