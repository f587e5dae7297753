package io.github.roster.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.core.RosterJson;
import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.client.procore.model.CompanyUserCreateRequest;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdateForm;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.ClientBuilder;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.http.Response;
import io.github.roster.internal.CallExecutor;
import io.github.roster.internal.Operation;
import io.github.roster.internal.TokenBoundApi;
import io.github.roster.internal.Transport;
import io.github.roster.internal.validation.Ids;
import io.github.roster.internal.validation.ModelValidator;
import io.github.roster.internal.validation.ProcoreUserRules;
import io.github.roster.internal.validation.StrictEmailValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private static final String USER = CompanyUserUpdateRequest.JSON_PROPERTY_USER;

    private final URI baseUrl;
    private final Transport transport;
    private final CallExecutor executor;
    private final ModelValidator validator;
    private final TokenBoundApi<CompanyUsersApi> api;
    private final ProcoreCalls calls;
    private final CompanyUserPages pages;
    private final CompanyUserLookup lookup;
    private final CompanyUserSyncBatches syncs;

    private ProcoreDirectoryClient(URI baseUrl, TokenProvider tokens, HttpOptions httpOptions) {
        this.baseUrl = baseUrl;
        this.transport = new Transport(httpOptions, RosterJson.newObjectMapper());
        this.executor = new CallExecutor(httpOptions, tokens);
        this.validator = new ModelValidator();
        this.api = transport.api(CompanyUsersApi.class, baseUrl,
                new io.github.roster.client.procore.ApiResponseDecoder(transport.mapper()));
        this.calls = new ProcoreCalls(executor, api);
        this.pages = new CompanyUserPages(calls);
        this.lookup = new CompanyUserLookup(pages);
        this.syncs = new CompanyUserSyncBatches(calls, validator);
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
     * Checks an update for {@link #updateCompanyUser(long, long, CompanyUserUpdate)} without sending anything: the
     * user id and every rule of the update, as the update itself would check them. For callers that check many
     * updates before sending any.
     *
     * @param userId the company user
     * @param update the fields to change
     * @return every violation, empty when the update is valid
     */
    public List<Violation> validateCompanyUserUpdate(long userId, CompanyUserUpdate update) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(userId, "id", violations);
        if (update == null) {
            violations.add(new Violation(USER, "NotNull", "the update is required", null));
        } else {
            violations.addAll(validator.validate(update, USER));
            ProcoreUserRules.check(USER, update, violations);
        }
        return violations;
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
        violations.addAll(validateCompanyUserUpdate(userId, update));
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
            return calls.update(companyId, userId, body, validations);
        }
        // multipart: the same generated method renders URL, query and headers; the form replaces the JSON body
        Operation op = avatar.repeatable() ? ProcoreCalls.UPDATE : ProcoreCalls.UPDATE.sentOnce();
        ObjectNode fields = transport.mapper().valueToTree(update);
        try {
            return executor.execute(op, token -> ProcoreCalls.exchange(api.withBody(token, multipart(fields, avatar))
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

    /**
     * Every ACTIVE user of the company, fetched lazily in pages of 100 until {@code Link} has no
     * {@code rel="next"} (or {@code Total} is reached). Procore lists inactive users separately: see
     * {@link #listInactiveCompanyUsers(long)} and {@link #listAllCompanyUsers(long)}.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @return the lazy list; pages are requested while it is iterated
     * @throws ValidationException when the company id is not positive (nothing is sent)
     */
    public PagedIterable<CompanyUser> listCompanyUsers(long companyId) {
        return listCompanyUsers(companyId, ListCompanyUsersOptions.DEFAULT);
    }

    /**
     * Every ACTIVE user of the company matching the options' filters, fetched lazily page by page.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param options page size and filters; null for {@link ListCompanyUsersOptions#DEFAULT}
     * @return the lazy list; pages are requested while it is iterated
     * @throws ValidationException when the company id is not positive (nothing is sent)
     */
    public PagedIterable<CompanyUser> listCompanyUsers(long companyId, ListCompanyUsersOptions options) {
        checkIds(companyId, null);
        return pages.allActive(companyId, options == null ? ListCompanyUsersOptions.DEFAULT : options);
    }

    /**
     * One page of the company's ACTIVE users, for callers who page themselves.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param options filters; null for none (the request's limit is the page size sent)
     * @param request the page: {@code page} is {@link PageRequest#pageNumber()}, {@code per_page} its limit
     * @return the page, with the request for the next one unless it is the last
     * @throws ValidationException when the company id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Page<CompanyUser> listCompanyUsersPage(long companyId, ListCompanyUsersOptions options,
                                                  PageRequest request) {
        checkIds(companyId, null);
        ListCompanyUsersOptions opts = options == null ? ListCompanyUsersOptions.DEFAULT : options;
        return pages.active(companyId, opts, Objects.requireNonNull(request, "request"));
    }

    /**
     * Every INACTIVE user of the company (REST v1.0, the only form), fetched lazily in pages of 100.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @return the lazy list; pages are requested while it is iterated
     * @throws ValidationException when the company id is not positive (nothing is sent)
     */
    public PagedIterable<CompanyUser> listInactiveCompanyUsers(long companyId) {
        checkIds(companyId, null);
        return pages.allInactive(companyId, ListCompanyUsersOptions.MAX_PER_PAGE);
    }

    /**
     * One page of the company's INACTIVE users, for callers who page themselves.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param request the page: {@code page} is {@link PageRequest#pageNumber()}, {@code per_page} its limit
     * @return the page, with the request for the next one unless it is the last
     * @throws ValidationException when the company id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Page<CompanyUser> listInactiveCompanyUsersPage(long companyId, PageRequest request) {
        checkIds(companyId, null);
        return pages.inactive(companyId, Objects.requireNonNull(request, "request"));
    }

    /**
     * Every user of the company: the active users, then the inactive ones, each list walked to its end lazily.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @return the lazy list; pages are requested while it is iterated
     * @throws ValidationException when the company id is not positive (nothing is sent)
     */
    public PagedIterable<CompanyUser> listAllCompanyUsers(long companyId) {
        checkIds(companyId, null);
        return pages.activeThenInactive(companyId, ListCompanyUsersOptions.MAX_PER_PAGE);
    }

    /**
     * The users whose e-mail is exactly {@code email}, ignoring case, among active AND inactive users.
     * Procore has no exact filter: {@code filters[search]} narrows the active list (it also matches names
     * and longer addresses, e.g. joann.lee for ann.lee) and each hit is compared here; the inactive list
     * has no filters and is walked whole.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param email the e-mail address
     * @return the exact matches (usually 0 or 1), active ones first, each saying which list it is in
     * @throws ValidationException when the company id or e-mail is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public List<CompanyUserMatch> findCompanyUsersByEmail(long companyId, String email) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        checkEmail(email, violations);
        throwIfAny(violations);
        return lookup.byEmail(companyId, email);
    }

    /**
     * The users with exactly this origin id among active ({@code filters[origin_id]}) AND inactive users
     * (walked whole: that list has no filters).
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param originId the origin id, e.g. an HR employee id
     * @return the matches (usually 0 or 1), active ones first, each saying which list it is in
     * @throws ValidationException when the company id or origin id is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public List<CompanyUserMatch> findCompanyUsersByOriginId(long companyId, String originId) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        if (originId == null || originId.isBlank()) {
            violations.add(new Violation("origin_id", "NotBlank", "is required", originId));
        }
        throwIfAny(violations);
        return lookup.byOriginId(companyId, originId);
    }

    /**
     * One company user.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the user
     * @return the user
     * @throws ValidationException when an id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses (404 for an unknown user) or cannot be reached
     */
    public CompanyUser showCompanyUser(long companyId, long userId) {
        return showCompanyUserWithResponse(companyId, userId).value();
    }

    /**
     * Like {@link #showCompanyUser(long, long)}, with the answer's status, request id and allow-listed headers.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the user
     * @return the answer, whose value is the user
     * @throws ValidationException when an id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses (404 for an unknown user) or cannot be reached
     */
    public Response<CompanyUser> showCompanyUserWithResponse(long companyId, long userId) {
        checkIds(companyId, userId);
        return calls.show(companyId, userId);
    }

    /**
     * Creates a company user ({@code {"user": {...}}}). Not sent again after it may have been processed: on a
     * {@link io.github.roster.error.TransportException} whose {@code requestMayHaveBeenProcessed()} is true, look
     * the user up (by origin id or e-mail) before creating it again.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param user the new user; {@code last_name} and {@code email_address} are required
     * @return the created user
     * @throws ValidationException when anything is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses (e.g. 409, 422 for an e-mail in use) or cannot be reached
     */
    public CompanyUser createCompanyUser(long companyId, CompanyUserCreate user) {
        return createCompanyUserWithResponse(companyId, user, CreateCompanyUserOptions.NONE).value();
    }

    /**
     * Creates a company user with options; see {@link #createCompanyUser(long, CompanyUserCreate)}.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param user the new user; {@code last_name} and {@code email_address} are required
     * @param options the query flag; null for none
     * @return the created user
     * @throws ValidationException when anything is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public CompanyUser createCompanyUser(long companyId, CompanyUserCreate user, CreateCompanyUserOptions options) {
        return createCompanyUserWithResponse(companyId, user, options).value();
    }

    /**
     * Like {@link #createCompanyUser(long, CompanyUserCreate, CreateCompanyUserOptions)}, with the answer's
     * status, request id and allow-listed headers.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param user the new user; {@code last_name} and {@code email_address} are required
     * @param options the query flag; null for none
     * @return the answer (201), whose value is the created user
     * @throws ValidationException when anything is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<CompanyUser> createCompanyUserWithResponse(long companyId, CompanyUserCreate user,
                                                               CreateCompanyUserOptions options) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        if (user == null) {
            violations.add(new Violation(USER, "NotNull", "the new user is required", null));
        } else {
            violations.addAll(validator.validate(user, USER));
            ProcoreUserRules.check(USER, user.getCountryCode(), user.getStateCode(), violations);
        }
        throwIfAny(violations);
        Boolean flag = options == null ? null : options.runConfigurableValidations();
        return calls.create(companyId, new CompanyUserCreateRequest().user(user), flag);
    }

    /**
     * Deactivates a company user, deleting nothing. Reads the user first: one already inactive is returned as
     * it is, with nothing sent (a user the v1.3 show does not find is looked for in the inactive list). Otherwise
     * sends {@code {"user": {"is_active": false, "last_name": ..., "email_address": ...}}}: the spec marks
     * {@code last_name} and {@code email_address} required on this PATCH, so they are sent with the CURRENT
     * values just read, never values from the caller, so that a deactivation cannot overwrite a name or
     * e-mail with stale data.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the user
     * @return the user after the call and whether anything was sent
     * @throws ValidationException when an id is not positive, or the user as read lacks the required last name
     *     or e-mail (nothing is sent)
     * @throws RosterException when the vendor refuses (404 for an unknown user) or cannot be reached
     */
    public CompanyUserDeactivation deactivateCompanyUser(long companyId, long userId) {
        checkIds(companyId, userId);
        CompanyUser current;
        try {
            current = calls.show(companyId, userId).value();
        } catch (NotFoundException e) {
            CompanyUser inactive = listInactiveCompanyUsers(companyId).stream()
                    .filter(u -> Long.valueOf(userId).equals(u.getId())).findFirst().orElseThrow(() -> e);
            return new CompanyUserDeactivation(inactive, false);
        }
        if (Boolean.FALSE.equals(current.getIsActive())) {
            return new CompanyUserDeactivation(current, false);
        }
        CompanyUserUpdate update = new CompanyUserUpdate().isActive(false)
                .lastName(current.getLastName()).emailAddress(current.getEmailAddress());
        List<Violation> violations = validator.validate(update, USER);
        throwIfAny(violations);
        CompanyUser answered = calls.update(companyId, userId, new CompanyUserUpdateRequest().user(update), null)
                .value();
        return new CompanyUserDeactivation(answered, true);
    }

    /**
     * Deactivates the user whose e-mail is exactly {@code email} (ignoring case), found among active and
     * inactive users as {@link #findCompanyUsersByEmail(long, String)} does; see
     * {@link #deactivateCompanyUser(long, long)}.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param email the e-mail address
     * @return what was done; empty when no user has this e-mail (nothing is sent)
     * @throws ValidationException when the company id or e-mail is invalid (nothing is sent)
     * @throws IllegalStateException when more than one user has this e-mail (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Optional<CompanyUserDeactivation> deactivateCompanyUserByEmail(long companyId, String email) {
        List<CompanyUserMatch> matches = findCompanyUsersByEmail(companyId, email);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        if (matches.size() > 1) {
            throw new IllegalStateException(matches.size() + " users of company " + companyId
                    + " have this e-mail: " + matches + "; deactivate one by id");
        }
        CompanyUserMatch match = matches.get(0);
        return Optional.of(match.active() ? deactivateCompanyUser(companyId, match.id())
                : new CompanyUserDeactivation(match.user(), false));
    }

    /**
     * Reactivates an inactive company user through the documented v1.0 path
     * {@code PATCH /rest/v1.0/companies/{company_id}/users/inactive/{id}} (no body), not through a company or
     * project {@code is_active: true}, which Procore documents as refused.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the user
     * @return the user as Procore answers it
     * @throws ValidationException when an id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public CompanyUser reactivateCompanyUser(long companyId, long userId) {
        return reactivateCompanyUserWithResponse(companyId, userId).value();
    }

    /**
     * Like {@link #reactivateCompanyUser(long, long)}, with the answer's status, request id and allow-listed
     * headers.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param userId the user
     * @return the answer, whose value is the user
     * @throws ValidationException when an id is not positive (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<CompanyUser> reactivateCompanyUserWithResponse(long companyId, long userId) {
        checkIds(companyId, userId);
        return calls.reactivate(companyId, userId);
    }

    /**
     * Creates or updates any number of users with Sync Company Users, in requests of at most 1,000 items in
     * input order. Every item is validated first (spec constraints, ISO 3166 codes; each needs an {@code id} or
     * an {@code origin_id}, unique within the call, because Procore's answer names items only by them), and
     * nothing is sent when any is invalid. Procore always answers 200: each item's outcome is found by its
     * {@code origin_id} (else {@code id}) among the answer's {@code entities} (updated or synced) or
     * {@code errors} (failed, with the field errors). A request that failed after it may have been processed is
     * never sent again: its items are {@link CompanyUserSyncOutcome#UNKNOWN}. Needs Directory Admin permission.
     *
     * @param companyId the company (also sent as {@code Procore-Company-Id})
     * @param items the users to create or update
     * @return one outcome per item, in input order
     * @throws ValidationException naming every bad item and field as {@code updates[i].field} (nothing is sent)
     */
    public CompanyUserSyncResult syncCompanyUsers(long companyId, List<CompanyUserSyncItem> items) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        violations.addAll(syncs.validate(items));
        throwIfAny(violations);
        return syncs.send(companyId, List.copyOf(items));
    }

    private static void checkIds(long companyId, Long userId) {
        List<Violation> violations = new ArrayList<>();
        Ids.procoreId(companyId, "company_id", violations);
        if (userId != null) {
            Ids.procoreId(userId, "id", violations);
        }
        throwIfAny(violations);
    }

    private static void checkEmail(String email, List<Violation> violations) {
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email_address", "NotBlank", "is required", email));
        } else if (!StrictEmailValidator.isWellFormed(email.trim())) {
            violations.add(new Violation("email_address", "Email", "must be an e-mail address", email));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
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
