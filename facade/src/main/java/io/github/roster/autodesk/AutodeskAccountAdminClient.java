package io.github.roster.autodesk;

import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.api.ProjectUsersApi;
import io.github.roster.client.autodesk.model.ApiResponse;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.autodesk.model.ProjectUsersImportJob;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.core.RosterJson;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
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
import io.github.roster.internal.validation.AccImportRules;
import io.github.roster.internal.validation.Ids;
import io.github.roster.internal.validation.ModelValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administers users on Autodesk BIM 360 (Account Admin {@code hq/v1}) and Autodesk Construction Cloud
 * (Admin {@code construction/admin/v2}).
 *
 * <p>Immutable and thread-safe: build one per set of credentials and share it. Every call validates its
 * whole input first and sends nothing when anything is invalid ({@link ValidationException} lists every
 * violation). Failures are {@link RosterException}s; see {@link io.github.roster.http.RetryPolicy} for what is
 * retried. Close it to release its connections.
 *
 * <pre>{@code
 * try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
 *         .tokenProvider(TokenProvider.of(token))
 *         .build()) {
 *     AccountUser user = autodesk.updateAccountUser("b.9dbb160e-b904-458b-bc5c-ed184687592d",
 *             "a75e8769-621e-40b6-a524-0cffdd2f784e", new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
 * }
 * }</pre>
 */
public final class AutodeskAccountAdminClient implements AutoCloseable {

    /** Autodesk Platform Services, production. */
    public static final String DEFAULT_BASE_URL = "https://developer.api.autodesk.com";

    /** The most users one users:import request may carry (the spec's {@code maxItems}). */
    public static final int MAX_USERS_PER_IMPORT_REQUEST = 200;

    private static final Logger LOG = LoggerFactory.getLogger(AutodeskAccountAdminClient.class);

    private static final Operation GET_USER = Operation.of(AccountUsersApi.class, "getAccountUserWithHttpInfo");
    private static final Operation UPDATE_USER = Operation.of(AccountUsersApi.class, "updateAccountUserWithHttpInfo");
    private static final Operation IMPORT_USERS = Operation.of(ProjectUsersApi.class, "importProjectUsersWithHttpInfo");

    private final URI baseUrl;
    private final Region region;
    private final String impersonatedUserId;
    private final Transport transport;
    private final CallExecutor executor;
    private final ModelValidator validator;
    private final TokenBoundApi<AccountUsersApi> bim360;
    private final TokenBoundApi<ProjectUsersApi> acc;

    private AutodeskAccountAdminClient(Builder b, URI baseUrl, TokenProvider tokens, HttpOptions httpOptions) {
        this.baseUrl = baseUrl;
        this.region = b.region;
        this.impersonatedUserId = b.impersonatedUserId;
        this.transport = new Transport(httpOptions, RosterJson.newObjectMapper());
        this.executor = new CallExecutor(httpOptions, tokens);
        this.validator = new ModelValidator();
        this.bim360 = transport.api(AccountUsersApi.class, baseUrl,
                new io.github.roster.client.autodesk.ApiResponseDecoder(transport.mapper()));
        this.acc = transport.api(ProjectUsersApi.class, baseUrl,
                new io.github.roster.client.autodesk.ApiResponseDecoder(transport.mapper()));
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
     * Reads one BIM 360 / ACC account user.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param userId the user's BIM 360 id ({@code id}, not the Autodesk {@code uid})
     * @return the user
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws io.github.roster.error.NotFoundException when the account or the user does not exist
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public AccountUser getAccountUser(String accountId, String userId) {
        return getAccountUserWithResponse(accountId, userId).value();
    }

    /**
     * Like {@link #getAccountUser}, with the answer's status, request id and allow-listed headers.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param userId the user's BIM 360 id
     * @return the answer, whose value is the user
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<AccountUser> getAccountUserWithResponse(String accountId, String userId) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        UUID user = Ids.autodeskId(userId, "user_id", violations);
        throwIfAny(violations);
        return executor.execute(GET_USER, token -> exchange(
                bim360.forToken(token).getAccountUserWithHttpInfo(account, user, region))).toResponse();
    }

    /**
     * Updates a BIM 360 account user's status, default company and/or default role. Sends only the fields
     * set on {@code patch}: an unset field is not sent and so is not changed.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param userId the user id
     * @param patch the fields to change; at least one
     * @return the modified user
     * @throws ValidationException when an id or field is invalid or no field is set (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public AccountUser updateAccountUser(String accountId, String userId, AccountUserPatch patch) {
        return updateAccountUserWithResponse(accountId, userId, patch).value();
    }

    /**
     * Like {@link #updateAccountUser}, with the answer's status, request id and allow-listed headers.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param userId the user id
     * @param patch the fields to change; at least one
     * @return the answer, whose value is the modified user
     * @throws ValidationException when an id or field is invalid or no field is set (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<AccountUser> updateAccountUserWithResponse(String accountId, String userId,
                                                               AccountUserPatch patch) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        UUID user = Ids.autodeskId(userId, "user_id", violations);
        if (patch == null) {
            violations.add(new Violation("", "NotNull", "the patch is required", null));
        } else {
            violations.addAll(validator.validate(patch, ""));
            if (patch.getStatus() == null && patch.getCompanyId() == null && patch.getDefaultRole() == null) {
                violations.add(new Violation("", "patch-not-empty",
                        "set at least one of status, company_id, default_role: an empty PATCH changes nothing", null));
            }
        }
        throwIfAny(violations);
        return executor.execute(UPDATE_USER, token -> exchange(
                bim360.forToken(token).updateAccountUserWithHttpInfo(account, user, patch, region))).toResponse();
    }

    /**
     * Imports users into an ACC project: validates every user first (nothing is sent if any is invalid),
     * then sends requests of at most {@value #MAX_USERS_PER_IMPORT_REQUEST} users in input order. A failed
     * request does not stop the following ones; the result says which users were not accepted.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param users the users, at least one
     * @return one entry per request
     * @throws ValidationException when the project id or any user is invalid (nothing is sent)
     */
    public AccImportResult importProjectUsers(String projectId, List<ProjectUserImport> users) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        violations.addAll(validateUsers(users));
        throwIfAny(violations);
        List<AccImportBatch> batches = new ArrayList<>();
        for (int from = 0; from < users.size(); from += MAX_USERS_PER_IMPORT_REQUEST) {
            List<ProjectUserImport> chunk =
                    users.subList(from, Math.min(users.size(), from + MAX_USERS_PER_IMPORT_REQUEST));
            batches.add(send(project, batches.size(), from, chunk));
        }
        return new AccImportResult(batches);
    }

    /**
     * Starts an import driven one user and one request at a time (a streamed, resumable import).
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @return the import; nothing is sent until {@link AccUserImport#sendBatch} is called
     * @throws ValidationException when the project id is invalid
     */
    public AccUserImport userImport(String projectId) {
        return new AccUserImport(this, AutodeskIds.parse(projectId, "projectId"));
    }

    /**
     * Checks users for an import without sending anything: the spec's constraints, the product rules, and
     * duplicate e-mails.
     *
     * @param users the users
     * @return every violation, empty when the import is valid
     */
    public List<Violation> validateUsers(List<ProjectUserImport> users) {
        if (users == null || users.isEmpty()) {
            return List.of(new Violation(ProjectUsersImport.JSON_PROPERTY_USERS, "Size",
                    "an import needs at least one user", null));
        }
        List<Violation> violations = new ArrayList<>();
        AccImportRules rules = new AccImportRules();
        for (int i = 0; i < users.size(); i++) {
            violations.addAll(validateUser(rules, i, users.get(i)));
        }
        return violations;
    }

    /** One user of an import: the spec's constraints, then the import rules ({@code rules} remembers e-mails). */
    List<Violation> validateUser(AccImportRules rules, int index, ProjectUserImport user) {
        List<Violation> violations = new ArrayList<>();
        if (user != null) {
            violations.addAll(validator.validate(user, ProjectUsersImport.JSON_PROPERTY_USERS + "[" + index + "]"));
        }
        rules.check(index, user, violations);
        return violations;
    }

    /** One users:import request of validated users, its size checked; failures are reported, not thrown. */
    AccImportBatch sendBatch(UUID project, int batchIndex, int firstUserIndex, List<ProjectUserImport> users) {
        if (users == null || users.isEmpty() || users.size() > MAX_USERS_PER_IMPORT_REQUEST) {
            throw new ValidationException(List.of(new Violation(ProjectUsersImport.JSON_PROPERTY_USERS, "Size",
                    "a request carries 1 to " + MAX_USERS_PER_IMPORT_REQUEST + " users",
                    users == null ? 0 : users.size())));
        }
        return send(project, batchIndex, firstUserIndex, users);
    }

    private AccImportBatch send(UUID project, int batchIndex, int firstUserIndex, List<ProjectUserImport> chunk) {
        ProjectUsersImport body = new ProjectUsersImport().users(new ArrayList<>(chunk));
        try {
            ProjectUsersImportJob job = executor.execute(IMPORT_USERS, token -> exchange(acc.forToken(token)
                    .importProjectUsersWithHttpInfo(project, body, region, impersonatedUserId, null))).body();
            return new AccImportBatch(batchIndex, firstUserIndex, chunk, job == null ? null : job.getJobId(), null);
        } catch (TransportException e) {
            if (e.responseUnreadable()) {
                // The vendor answered 2xx: it took the users. Reporting them as not accepted would invite the
                // caller to import them a second time.
                LOG.warn("{}: request {} was accepted but its answer could not be read; no job id", IMPORT_USERS.label(),
                        batchIndex);
                return new AccImportBatch(batchIndex, firstUserIndex, chunk, null, null);
            }
            return new AccImportBatch(batchIndex, firstUserIndex, chunk, null, e);
        } catch (RosterException e) {
            return new AccImportBatch(batchIndex, firstUserIndex, chunk, null, e);
        }
    }

    private static <T> Exchange<T> exchange(ApiResponse<T> answer) {
        return new Exchange<>(answer.getStatusCode(), answer.getHeaders(), answer.getData());
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
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
        return "AutodeskAccountAdminClient{baseUrl=" + baseUrl + ", region=" + region + '}';
    }

    /** Builds an {@link AutodeskAccountAdminClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Region region;
        private String impersonatedUserId;

        private Builder() {
            super(DEFAULT_BASE_URL);
        }


        /**
         * Sets the {@code Region} header sent with every request (default: none; {@code hq} defaults to US).
         *
         * @param region the region, or null for none
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the {@code User-Id} header of ACC requests: the ACC id or Autodesk id of the user a two-legged
         * token acts for. Required by ACC with a two-legged token.
         *
         * @param userId the user, or null for none
         * @return this builder
         * @throws io.github.roster.error.ValidationException when it is neither an ACC id nor an Autodesk id
         *     (control characters, over 64 characters)
         */
        public Builder impersonateUser(String userId) {
            this.impersonatedUserId = userId == null || userId.isBlank() ? null
                    : io.github.roster.internal.HeaderValues.requireUserId(userId.strip(), "User-Id");
            return this;
        }



        /**
         * Builds the client.
         *
         * @return a new client; close it when done
         * @throws IllegalStateException when no token provider was set
         */
        public AutodeskAccountAdminClient build() {
            return new AutodeskAccountAdminClient(this, baseUrl(), requiredTokenProvider(), httpOptions());
        }
    }
}
