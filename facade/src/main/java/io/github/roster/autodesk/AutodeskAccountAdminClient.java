package io.github.roster.autodesk;

import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.api.ProjectUsersApi;
import io.github.roster.client.autodesk.model.ApiResponse;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.client.autodesk.model.ProjectUsersPage;
import io.github.roster.client.autodesk.model.UserProject;
import io.github.roster.client.autodesk.model.UserProjectsPage;
import io.github.roster.error.NotFoundException;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.internal.validation.AccProductRules;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.autodesk.model.ProjectUsersImportJob;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.core.RosterJson;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.ClientBuilder;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.http.Response;
import io.github.roster.internal.CallExecutor;
import io.github.roster.internal.CallExecutor.Exchange;
import io.github.roster.internal.Operation;
import io.github.roster.internal.PageEnds;
import io.github.roster.internal.TokenBoundApi;
import io.github.roster.internal.Transport;
import io.github.roster.internal.validation.AccImportRules;
import io.github.roster.internal.validation.Ids;
import io.github.roster.internal.validation.ModelValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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

    /** The largest page of BIM 360 account users {@code hq/v1} serves (its {@code limit} maximum). */
    public static final int MAX_ACCOUNT_USERS_PAGE_SIZE = 100;

    /** The most users one BIM 360 {@code users/import} request may carry (the spec's {@code maxItems}). */
    public static final int MAX_USERS_PER_ACCOUNT_IMPORT_REQUEST = AccountUserImporter.MAX_USERS_PER_REQUEST;

    private static final Logger LOG = LoggerFactory.getLogger(AutodeskAccountAdminClient.class);

    private static final Operation GET_USER = Operation.of(AccountUsersApi.class, "getAccountUserWithHttpInfo");
    private static final Operation LIST_USERS = Operation.of(AccountUsersApi.class, "listAccountUsersWithHttpInfo");
    private static final Operation SEARCH_USERS = Operation.of(AccountUsersApi.class, "searchAccountUsersWithHttpInfo");
    private static final Operation CREATE_USER = Operation.of(AccountUsersApi.class, "createAccountUserWithHttpInfo");
    private static final Operation IMPORT_ACCOUNT_USERS =
            Operation.of(AccountUsersApi.class, "importAccountUsersWithHttpInfo");
    private static final Operation UPDATE_USER = Operation.of(AccountUsersApi.class, "updateAccountUserWithHttpInfo");
    private static final Operation IMPORT_USERS = Operation.of(ProjectUsersApi.class, "importProjectUsersWithHttpInfo");
    private static final Operation LIST_PROJECT_USERS =
            Operation.of(ProjectUsersApi.class, "listProjectUsersWithHttpInfo");
    private static final Operation GET_PROJECT_USER = Operation.of(ProjectUsersApi.class, "getProjectUserWithHttpInfo");
    private static final Operation UPDATE_PROJECT_USER =
            Operation.of(ProjectUsersApi.class, "updateProjectUserWithHttpInfo");
    private static final Operation REMOVE_PROJECT_USER =
            Operation.of(ProjectUsersApi.class, "removeProjectUserWithHttpInfo");
    private static final Operation LIST_USER_PROJECTS =
            Operation.of(ProjectUsersApi.class, "listUserProjectsWithHttpInfo");

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
     * Every user of a BIM 360 / ACC account, fetched lazily in pages of {@value #MAX_ACCOUNT_USERS_PAGE_SIZE} as
     * they are consumed. {@code hq/v1} gives no total and no next link: a short page is the last one (a full last
     * page costs one more, empty, request).
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @return the users; each iteration walks the list again from the first page
     * @throws ValidationException when the account id is invalid (nothing is sent)
     */
    public PagedIterable<AccountUser> listAccountUsers(String accountId) {
        UUID account = accountId(accountId);
        return PagedIterable.of(PageRequest.first(MAX_ACCOUNT_USERS_PAGE_SIZE), request -> listPage(account, request));
    }

    /**
     * One page of an account's users, for callers who page themselves.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param request the offset and page size (at most {@value #MAX_ACCOUNT_USERS_PAGE_SIZE})
     * @return the page; it has a next request unless it was short
     * @throws ValidationException when the account id or the page size is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Page<AccountUser> listAccountUsersPage(String accountId, PageRequest request) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        checkPage(request, violations);
        throwIfAny(violations);
        return listPage(account, request);
    }

    private Page<AccountUser> listPage(UUID account, PageRequest request) {
        List<AccountUser> users = executor.execute(LIST_USERS, token -> exchange(bim360.forToken(token)
                .listAccountUsersWithHttpInfo(account, region, request.limit(), offset(request), null, null))).body();
        return PageEnds.shortPage(request, users == null ? List.of() : users);
    }

    /**
     * The users of an account whose e-mail is exactly {@code email}, ignoring case. Asks {@code users/search}
     * for exact matches ({@code partial=false}, {@code operator=AND}; its defaults are fuzzy), reads every page
     * of the answer, and keeps only users whose e-mail equals {@code email} on the client.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param email the e-mail
     * @return the matching users, usually none or one
     * @throws ValidationException when the account id or the e-mail is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public List<AccountUser> findAccountUsersByEmail(String accountId, String email) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email", "NotBlank", "an e-mail is required", email));
        } else if (email.trim().length() > 255) {
            violations.add(new Violation("email", "Size", "must be at most 255 characters", email.length()));
        }
        throwIfAny(violations);
        String exact = email.trim();
        return AccountUserLookup.exactMatches(exact, PagedIterable.of(PageRequest.first(MAX_ACCOUNT_USERS_PAGE_SIZE),
                request -> searchPage(account, exact, request)));
    }

    private Page<AccountUser> searchPage(UUID account, String email, PageRequest request) {
        List<AccountUser> users = executor.execute(SEARCH_USERS, token -> exchange(bim360.forToken(token)
                .searchAccountUsersWithHttpInfo(account, region, null, email, null, "AND", false, request.limit(),
                        offset(request), null, null))).body();
        return PageEnds.shortPage(request, users == null ? List.of() : users);
    }

    /**
     * Creates one account user; Autodesk answers with its status {@code not_invited}. Not re-sent after it may
     * have been processed: on a {@link TransportException} whose {@code requestMayHaveBeenProcessed()} is true,
     * look the user up with {@link #findAccountUsersByEmail} before trying again.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param user the user; {@code email} is required
     * @return the created user
     * @throws ValidationException when the account id or a field is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses (e.g. 409 for an e-mail in use) or cannot be reached
     */
    public AccountUser createAccountUser(String accountId, AccountUserCreate user) {
        return createAccountUserWithResponse(accountId, user).value();
    }

    /**
     * Like {@link #createAccountUser}, with the answer's status, request id and allow-listed headers.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param user the user; {@code email} is required
     * @return the answer, whose value is the created user
     * @throws ValidationException when the account id or a field is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<AccountUser> createAccountUserWithResponse(String accountId, AccountUserCreate user) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        if (user == null) {
            violations.add(new Violation("", "NotNull", "the user is required", null));
        } else {
            violations.addAll(validator.validate(user, ""));
        }
        throwIfAny(violations);
        return executor.execute(CREATE_USER, token -> exchange(
                bim360.forToken(token).createAccountUserWithHttpInfo(account, user, region))).toResponse();
    }

    /**
     * Imports users into an account with {@code users/import}: validates every user first (the spec's
     * constraints, and the same e-mail twice ignoring case, naming both positions; nothing is sent if anything is
     * invalid), then sends requests of at most {@value #MAX_USERS_PER_ACCOUNT_IMPORT_REQUEST} users in input
     * order. Autodesk answers 201 while users fail, so each user's outcome is read from the answer by e-mail:
     * created, failed with the vendor's reason, or unknown (named nowhere, or its request failed after it may
     * have been processed; such a request is never re-sent). A refused request fails its users and the next
     * requests still go.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param users the users, at least one
     * @return one outcome per user, in input order
     * @throws ValidationException when the account id or any user is invalid (nothing is sent)
     */
    public AccountImportResult importAccountUsers(String accountId, List<AccountUserCreate> users) {
        return importAccountUsers(accountId, users, request -> { });
    }

    /**
     * Like {@link #importAccountUsers(String, List)}, telling {@code afterEachRequest} the outcomes of each
     * request's users as soon as that request has ended (to record progress, e.g. in a report file).
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param users the users, at least one
     * @param afterEachRequest called once per request, in order, with its users' outcomes
     * @return one outcome per user, in input order
     * @throws ValidationException when the account id or any user is invalid (nothing is sent)
     */
    public AccountImportResult importAccountUsers(String accountId, List<AccountUserCreate> users,
                                                  Consumer<List<AccountImportItem>> afterEachRequest) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        violations.addAll(AccountUserImporter.validate(validator, users));
        throwIfAny(violations);
        Objects.requireNonNull(afterEachRequest, "afterEachRequest");
        return AccountUserImporter.run(users, chunk -> executor.execute(IMPORT_ACCOUNT_USERS, token -> exchange(
                bim360.forToken(token).importAccountUsersWithHttpInfo(account, new ArrayList<>(chunk), region)))
                .body(), afterEachRequest);
    }

    /**
     * Checks users for {@link #importAccountUsers} without sending anything: the spec's constraints per user
     * ({@code users[i].field}) and e-mails repeated ignoring case (naming both positions).
     *
     * @param users the users
     * @return every violation, empty when the import is valid
     */
    public List<Violation> validateAccountUsers(List<AccountUserCreate> users) {
        return AccountUserImporter.validate(validator, users);
    }

    /**
     * Deactivates an account user safely: reads the user first; an {@code inactive} user is left alone; a
     * {@code pending} or {@code not_invited} user, whose status Autodesk refuses to change, is reported as
     * {@link AccountUserDeactivation.Kind#NOT_DEACTIVATABLE} with what to do instead (remove the user from the
     * account's projects); any other user gets a PATCH whose body is only {@code {"status":"inactive"}}.
     * Nothing is ever deleted.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param userId the user's BIM 360 id
     * @return what was done
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws io.github.roster.error.NotFoundException when the account or the user does not exist
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public AccountUserDeactivation deactivateAccountUser(String accountId, String userId) {
        return new AccountUserDeactivator(this).byId(accountId, userId);
    }

    /**
     * Deactivates the account user whose e-mail is exactly {@code email} (see {@link #findAccountUsersByEmail}),
     * as {@link #deactivateAccountUser} does. No match is {@link AccountUserDeactivation.Kind#NOT_FOUND}; several
     * are {@link AccountUserDeactivation.Kind#AMBIGUOUS} with their ids; neither sends anything.
     *
     * @param accountId the account id; the Data Management hub form with a {@code b.} prefix is accepted
     * @param email the user's e-mail
     * @return what was done
     * @throws ValidationException when the account id or the e-mail is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public AccountUserDeactivation deactivateAccountUserByEmail(String accountId, String email) {
        return new AccountUserDeactivator(this).byEmail(accountId, email);
    }

    private static UUID accountId(String accountId) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "account_id", violations);
        throwIfAny(violations);
        return account;
    }

    private static void checkPage(PageRequest request, List<Violation> violations) {
        if (request == null) {
            violations.add(new Violation("page", "NotNull", "the page request is required", null));
        } else if (request.limit() > MAX_ACCOUNT_USERS_PAGE_SIZE) {
            violations.add(new Violation("limit", "Max", "must be at most " + MAX_ACCOUNT_USERS_PAGE_SIZE,
                    request.limit()));
        } else if (request.offset() > Integer.MAX_VALUE) {
            violations.add(new Violation("offset", "Max", "must be at most " + Integer.MAX_VALUE, request.offset()));
        }
    }

    private static int offset(PageRequest request) {
        return Math.toIntExact(request.offset());
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
        checkPatch(patch, violations);
        throwIfAny(violations);
        return executor.execute(UPDATE_USER, token -> exchange(
                bim360.forToken(token).updateAccountUserWithHttpInfo(account, user, patch, region))).toResponse();
    }

    /**
     * Checks an update for {@link #updateAccountUser} without sending anything: the user id and every rule of
     * the patch, as the update itself would check them. For callers that check many updates before sending any.
     *
     * @param userId the user id
     * @param patch the fields to change
     * @return every violation, empty when the update is valid
     */
    public List<Violation> validateAccountUserUpdate(String userId, AccountUserPatch patch) {
        List<Violation> violations = new ArrayList<>();
        Ids.autodeskId(userId, "user_id", violations);
        checkPatch(patch, violations);
        return violations;
    }

    private void checkPatch(AccountUserPatch patch, List<Violation> violations) {
        if (patch == null) {
            violations.add(new Violation("", "NotNull", "the patch is required", null));
        } else {
            violations.addAll(validator.validate(patch, ""));
            if (patch.getStatus() == null && patch.getCompanyId() == null && patch.getDefaultRole() == null) {
                violations.add(new Violation("", "patch-not-empty",
                        "set at least one of status, company_id, default_role: an empty PATCH changes nothing", null));
            }
        }
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
     * Every active and pending member of an ACC or BIM 360 project, fetched lazily
     * {@value ProjectUserQuery#MAX_PAGE_SIZE} at a time until the vendor's {@code pagination} says the list ends.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @return the members, fetched as they are consumed
     * @throws ValidationException when the project id is invalid (nothing is sent)
     */
    public PagedIterable<ProjectUser> listProjectUsers(String projectId) {
        return listProjectUsers(projectId, ProjectUserQuery.all());
    }

    /**
     * Every project member the query selects, fetched lazily page by page until the vendor's {@code pagination}
     * says the list ends. Text filters follow the query's text match (the vendor's default is {@code contains}).
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param query the filters and page size
     * @return the members, fetched as they are consumed
     * @throws ValidationException when the project id or an option is invalid (nothing is sent)
     */
    public PagedIterable<ProjectUser> listProjectUsers(String projectId, ProjectUserQuery query) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        ProjectMembers.check(query, violations);
        throwIfAny(violations);
        return PagedIterable.of(PageRequest.first(query.pageSize()), page -> projectUsersPage(project, query, page));
    }

    /**
     * One page of a project's members, for callers who page themselves.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param query the filters (its page size is not used: {@code page} says which page)
     * @param page the offset and page size (1 to {@value ProjectUserQuery#MAX_PAGE_SIZE})
     * @return the page and the request for the next one, if any
     * @throws ValidationException when the project id or an option is invalid (nothing is sent)
     */
    public Page<ProjectUser> listProjectUsersPage(String projectId, ProjectUserQuery query, PageRequest page) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        ProjectMembers.check(query == null || page == null ? query : query.withPageSize(page.limit()), violations);
        if (page == null) {
            violations.add(new Violation("page", "NotNull", "the page is required", null));
        }
        throwIfAny(violations);
        return projectUsersPage(project, query, page);
    }

    private Page<ProjectUser> projectUsersPage(UUID project, ProjectUserQuery query, PageRequest page) {
        ProjectUsersPage answer = executor.execute(LIST_PROJECT_USERS, token -> exchange(acc.forToken(token)
                .listProjectUsersWithHttpInfo(project, region, null, null, ProjectMembers.params(query, page)))).body();
        return answer == null ? ProjectMembers.page(page, List.of(), null)
                : ProjectMembers.page(page, answer.getResults(), answer.getPagination());
    }

    /**
     * The active and pending members of a project whose e-mail is exactly {@code email}, ignoring case. Asks
     * the vendor for exact matches ({@code filterTextMatch=equals}), follows every page, and keeps only exact
     * matches anyway, because the vendor's text filters are fuzzy by default.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param email the e-mail address
     * @return the exact matches, usually none or one
     * @throws ValidationException when the project id or e-mail is invalid (nothing is sent)
     */
    public List<ProjectUser> findProjectUsersByEmail(String projectId, String email) {
        return findProjectUsersByEmail(projectId, email, false);
    }

    /**
     * Like {@link #findProjectUsersByEmail(String, String)}, optionally also among removed ({@code deleted})
     * members.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param email the e-mail address
     * @param includeRemoved whether removed members are searched too
     * @return the exact matches
     * @throws ValidationException when the project id or e-mail is invalid (nothing is sent)
     */
    public List<ProjectUser> findProjectUsersByEmail(String projectId, String email, boolean includeRemoved) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        ProjectMembers.checkEmail(email, violations);
        throwIfAny(violations);
        ProjectUserQuery query = ProjectMembers.exactEmail(email, includeRemoved);
        return PagedIterable.of(PageRequest.first(query.pageSize()), page -> projectUsersPage(project, query, page))
                .stream().filter(member -> ProjectMembers.sameEmail(member, email)).toList();
    }

    /**
     * Reads one project member.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param userId the member's ACC id or Autodesk id
     * @return the member
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws io.github.roster.error.NotFoundException when the project or the member does not exist
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public ProjectUser getProjectUser(String projectId, String userId) {
        return getProjectUserWithResponse(projectId, userId).value();
    }

    /**
     * Like {@link #getProjectUser}, with the answer's status, request id and allow-listed headers.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param userId the member's ACC id or Autodesk id
     * @return the answer, whose value is the member
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<ProjectUser> getProjectUserWithResponse(String projectId, String userId) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        String member = ProjectMembers.userId(userId, "userId", violations);
        throwIfAny(violations);
        return executor.execute(GET_PROJECT_USER, token -> exchange(acc.forToken(token)
                .getProjectUserWithHttpInfo(project, member, region, null, null, (List<String>) null))).toResponse();
    }

    /**
     * Changes a project member's products, roles, company or e-mail. Sends only the fields set on
     * {@code update}. The product rules are checked first: {@code projectAdministration} cannot be
     * {@code member}, and when it is {@code administrator} every other product listed must be too.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param userId the member's ACC id or Autodesk id
     * @param update the fields to change; at least one
     * @return the vendor's answer: the changed fields and the ACC id
     * @throws ValidationException when an id or field is invalid or no field is set (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public ProjectUser updateProjectUser(String projectId, String userId, ProjectUserUpdate update) {
        return updateProjectUserWithResponse(projectId, userId, update).value();
    }

    /**
     * Like {@link #updateProjectUser}, with the answer's status (200 or 201: both mean done), request id and
     * allow-listed headers.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param userId the member's ACC id or Autodesk id
     * @param update the fields to change; at least one
     * @return the answer, whose value is the changed fields and the ACC id
     * @throws ValidationException when an id or field is invalid or no field is set (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Response<ProjectUser> updateProjectUserWithResponse(String projectId, String userId,
                                                               ProjectUserUpdate update) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        String member = ProjectMembers.userId(userId, "userId", violations);
        if (update == null) {
            violations.add(new Violation("", "NotNull", "the update is required", null));
        } else {
            violations.addAll(validator.validate(update, ""));
            AccProductRules.check(ProjectUserUpdate.JSON_PROPERTY_PRODUCTS, update.getProducts(), violations);
            if (update.getEmail() == null && update.getCompanyId() == null && update.getRoleIds() == null
                    && update.getProducts() == null) {
                violations.add(new Violation("", "update-not-empty",
                        "set at least one of email, companyId, roleIds, products: an empty update changes nothing",
                        null));
            }
        }
        throwIfAny(violations);
        return executor.execute(UPDATE_PROJECT_USER, token -> exchange(acc.forToken(token)
                .updateProjectUserWithHttpInfo(project, member, update, region, impersonatedUserId, null)))
                .toResponse();
    }

    /**
     * Removes a member from a project (the vendor keeps it, listed with the status {@code deleted}). Safe to
     * repeat: when the vendor answers 404 and a read of the removed members shows this one, the removal had
     * already happened and the answer says so; any other 404 is thrown.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param userId the member's ACC id or Autodesk id
     * @return what the removal did
     * @throws ValidationException when an id is invalid (nothing is sent)
     * @throws io.github.roster.error.NotFoundException when the project does not exist or the user was never a
     *         member
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public ProjectUserRemoval removeProjectUser(String projectId, String userId) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        String member = ProjectMembers.userId(userId, "userId", violations);
        throwIfAny(violations);
        return remove(project, member);
    }

    private ProjectUserRemoval remove(UUID project, String member) {
        try {
            executor.execute(REMOVE_PROJECT_USER, token -> exchange(acc.forToken(token)
                    .removeProjectUserWithHttpInfo(project, member, region, impersonatedUserId, null)));
            return new ProjectUserRemoval(member, ProjectUserRemoval.Outcome.REMOVED);
        } catch (NotFoundException notFound) {
            ProjectUserQuery removed = ProjectMembers.removedMember(member);
            boolean proven = PagedIterable.of(PageRequest.first(removed.pageSize()),
                    page -> projectUsersPage(project, removed, page)).stream()
                    .anyMatch(m -> ProjectMembers.isRemoved(m, member));
            if (proven) {
                return new ProjectUserRemoval(member, ProjectUserRemoval.Outcome.ALREADY_REMOVED);
            }
            throw notFound;
        }
    }

    /**
     * Removes from a project every active or pending member whose e-mail is exactly {@code email} (ignoring
     * case), found as {@link #findProjectUsersByEmail(String, String)} finds them; fuzzy matches are never
     * removed.
     *
     * @param projectId the project id; the Data Management form with a {@code b.} prefix is accepted
     * @param email the e-mail address
     * @return one entry per member removed; empty when no member has that e-mail
     * @throws ValidationException when the project id or e-mail is invalid (nothing is sent)
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public List<ProjectUserRemoval> removeProjectUserByEmail(String projectId, String email) {
        List<Violation> violations = new ArrayList<>();
        UUID project = Ids.autodeskId(projectId, "projectId", violations);
        ProjectMembers.checkEmail(email, violations);
        throwIfAny(violations);
        List<ProjectUserRemoval> removals = new ArrayList<>();
        for (ProjectUser member : findProjectUsersByEmail(projectId, email)) {
            removals.add(remove(project, member.getId()));
        }
        return removals;
    }

    /**
     * Every project a user takes part in within an account (ACC and BIM 360), fetched lazily
     * {@value ProjectUserQuery#MAX_PAGE_SIZE} at a time. The caller must be an account administrator.
     *
     * @param accountId the account id; the hub form with a {@code b.} prefix is accepted
     * @param userId the user's ACC id or Autodesk id
     * @return the projects, fetched as they are consumed
     * @throws ValidationException when an id is invalid (nothing is sent)
     */
    public PagedIterable<UserProject> listUserProjects(String accountId, String userId) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "accountId", violations);
        String user = ProjectMembers.userId(userId, "userId", violations);
        throwIfAny(violations);
        return PagedIterable.of(PageRequest.first(ProjectUserQuery.MAX_PAGE_SIZE),
                page -> userProjectsPage(account, user, page));
    }

    /**
     * One page of a user's projects, for callers who page themselves.
     *
     * @param accountId the account id; the hub form with a {@code b.} prefix is accepted
     * @param userId the user's ACC id or Autodesk id
     * @param page the offset and page size (1 to {@value ProjectUserQuery#MAX_PAGE_SIZE})
     * @return the page and the request for the next one, if any
     * @throws ValidationException when an id or the page size is invalid (nothing is sent)
     */
    public Page<UserProject> listUserProjectsPage(String accountId, String userId, PageRequest page) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "accountId", violations);
        String user = ProjectMembers.userId(userId, "userId", violations);
        ProjectMembers.check(page == null ? null : ProjectUserQuery.all().withPageSize(page.limit()), violations);
        throwIfAny(violations);
        return userProjectsPage(account, user, page);
    }

    /**
     * Every project of the account user whose e-mail is exactly {@code email} (ignoring case): finds the user with
     * {@link #findAccountUsersByEmail}, then lists that user's projects as {@link #listUserProjects} does.
     *
     * @param accountId the account id; the hub form with a {@code b.} prefix is accepted
     * @param email the user's e-mail
     * @return the projects, fetched as they are consumed; empty when no account user has that e-mail
     * @throws ValidationException when an input is invalid (nothing is sent) or several users have the e-mail
     * @throws RosterException when the vendor refuses or cannot be reached
     */
    public Optional<PagedIterable<UserProject>> listUserProjectsByEmail(String accountId, String email) {
        List<Violation> violations = new ArrayList<>();
        UUID account = Ids.autodeskId(accountId, "accountId", violations);
        ProjectMembers.checkEmail(email, violations);
        throwIfAny(violations);
        List<AccountUser> exact = findAccountUsersByEmail(accountId, email);
        if (exact.size() > 1) {
            throw new ValidationException(List.of(new Violation("email", "ambiguous",
                    exact.size() + " account users have this e-mail; give the user id instead", null)));
        }
        return exact.stream().findFirst().map(u -> String.valueOf(u.getId()))
                .map(user -> PagedIterable.of(PageRequest.first(ProjectUserQuery.MAX_PAGE_SIZE),
                        page -> userProjectsPage(account, user, page)));
    }

    private Page<UserProject> userProjectsPage(UUID account, String user, PageRequest page) {
        UserProjectsPage answer = executor.execute(LIST_USER_PROJECTS, token -> exchange(acc.forToken(token)
                .listUserProjectsWithHttpInfo(account, user, region, null, ProjectMembers.params(page)))).body();
        return answer == null ? ProjectMembers.page(page, List.of(), null)
                : ProjectMembers.page(page, answer.getResults(), answer.getPagination());
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
        if (rules.emailsMayRepeat()) {
            for (int i = 0; i < users.size(); i++) {
                rules.checkRepeatedEmail(i, users.get(i), violations);
            }
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
