package io.github.roster.procore;

import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.client.procore.model.ApiResponse;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreateRequest;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.client.procore.model.CompanyUsersSync;
import io.github.roster.client.procore.model.CompanyUsersSyncResult;
import io.github.roster.http.PageRequest;
import io.github.roster.http.Response;
import io.github.roster.internal.CallExecutor;
import io.github.roster.internal.CallExecutor.Exchange;
import io.github.roster.internal.Operation;
import io.github.roster.internal.TokenBoundApi;
import java.util.List;

/**
 * One request per method through the pipeline, already validated by the caller: each operation described once
 * (label, idempotency, rate-limit group from the generated request line) and sent through the generated API.
 * {@code Procore-Company-Id} is always the company in the path.
 */
final class ProcoreCalls {

    static final Operation UPDATE = Operation.of(CompanyUsersApi.class, "updateCompanyUserWithHttpInfo");
    private static final Operation LIST = Operation.of(CompanyUsersApi.class, "listCompanyUsersWithHttpInfo");
    private static final Operation LIST_INACTIVE =
            Operation.of(CompanyUsersApi.class, "listInactiveCompanyUsersWithHttpInfo");
    private static final Operation SHOW = Operation.of(CompanyUsersApi.class, "showCompanyUserWithHttpInfo");
    private static final Operation CREATE = Operation.of(CompanyUsersApi.class, "createCompanyUserWithHttpInfo");
    private static final Operation REACTIVATE =
            Operation.of(CompanyUsersApi.class, "reactivateCompanyUserWithHttpInfo");
    /**
     * A PATCH, but not sent again after it may have been processed: an item without {@code id} whose origin id
     * is new creates a user, and its answer was lost with the per-item outcomes.
     */
    private static final Operation SYNC = notIdempotent(
            Operation.of(CompanyUsersApi.class, "syncCompanyUsersWithHttpInfo"));

    private final CallExecutor executor;
    private final TokenBoundApi<CompanyUsersApi> api;

    ProcoreCalls(CallExecutor executor, TokenBoundApi<CompanyUsersApi> api) {
        this.executor = executor;
        this.api = api;
    }

    Response<List<CompanyUser>> activePage(long companyId, ListCompanyUsersOptions options, PageRequest request) {
        return executor.execute(LIST, token -> exchange(api.forToken(token)
                .listCompanyUsersWithHttpInfo(companyId, companyId, null, page(request), request.limit(), null,
                        options.updatedAt(), null, options.originId(), options.search(), null))).toResponse();
    }

    Response<List<CompanyUser>> inactivePage(long companyId, PageRequest request) {
        return executor.execute(LIST_INACTIVE, token -> exchange(api.forToken(token)
                .listInactiveCompanyUsersWithHttpInfo(companyId, companyId, page(request), request.limit(), null)))
                .toResponse();
    }

    Response<CompanyUser> show(long companyId, long userId) {
        return executor.execute(SHOW, token -> exchange(api.forToken(token)
                .showCompanyUserWithHttpInfo(companyId, userId, companyId))).toResponse();
    }

    Response<CompanyUser> create(long companyId, CompanyUserCreateRequest body, Boolean runConfigurableValidations) {
        return executor.execute(CREATE, token -> exchange(api.forToken(token)
                .createCompanyUserWithHttpInfo(companyId, companyId, body, runConfigurableValidations))).toResponse();
    }

    Response<CompanyUser> update(long companyId, long userId, CompanyUserUpdateRequest body,
                                 Boolean runConfigurableValidations) {
        return executor.execute(UPDATE, token -> exchange(api.forToken(token)
                .updateCompanyUserWithHttpInfo(companyId, userId, companyId, body, runConfigurableValidations)))
                .toResponse();
    }

    Response<CompanyUser> reactivate(long companyId, long userId) {
        return executor.execute(REACTIVATE, token -> exchange(api.forToken(token)
                .reactivateCompanyUserWithHttpInfo(companyId, userId, companyId))).toResponse();
    }

    Response<CompanyUsersSyncResult> sync(long companyId, CompanyUsersSync body) {
        return executor.execute(SYNC, token -> exchange(api.forToken(token)
                .syncCompanyUsersWithHttpInfo(companyId, companyId, body))).toResponse();
    }

    static <T> Exchange<T> exchange(ApiResponse<T> answer) {
        return new Exchange<>(answer.getStatusCode(), answer.getHeaders(), answer.getData());
    }

    private static int page(PageRequest request) {
        return Math.toIntExact(request.pageNumber());
    }

    private static Operation notIdempotent(Operation op) {
        return new Operation(op.label(), false, op.repeatable(), op.rateLimitGroup());
    }
}
