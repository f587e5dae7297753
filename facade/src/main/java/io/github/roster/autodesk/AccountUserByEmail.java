package io.github.roster.autodesk;

import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.api.AccountUsersApi.SearchAccountUsersQueryParams;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.ApiResponse;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.internal.CallExecutor;
import io.github.roster.internal.CallExecutor.Exchange;
import io.github.roster.internal.Operation;
import io.github.roster.internal.PageEnds;
import io.github.roster.internal.TokenBoundApi;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The minimal exact account-user lookup {@code listUserProjectsByEmail} needs: {@code hq users/search} with
 * {@code partial=false}, every page (an {@code hq} list ends on a short page), then an exact, case-insensitive
 * comparison on the client. To be replaced by the facade's public account-user lookup once it exists.
 */
final class AccountUserByEmail {

    private static final Operation SEARCH = Operation.of(AccountUsersApi.class, "searchAccountUsersWithHttpInfo");
    private static final int HQ_PAGE_SIZE = 100;

    private final CallExecutor executor;
    private final TokenBoundApi<AccountUsersApi> api;
    private final Region region;

    AccountUserByEmail(CallExecutor executor, TokenBoundApi<AccountUsersApi> api, Region region) {
        this.executor = executor;
        this.api = api;
        this.region = region;
    }

    /** The id of the one account user with exactly this e-mail; empty when none; refused when several. */
    Optional<String> id(UUID account, String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        List<AccountUser> exact = PagedIterable.of(PageRequest.first(HQ_PAGE_SIZE), page -> {
            SearchAccountUsersQueryParams params = new SearchAccountUsersQueryParams().email(email.trim())
                    .partial(false).limit(page.limit()).offset(Math.toIntExact(page.offset()));
            List<AccountUser> users = executor.execute(SEARCH,
                    token -> exchange(api.forToken(token).searchAccountUsersWithHttpInfo(account, region, params)))
                    .body();
            return PageEnds.shortPage(page, users == null ? List.of() : users);
        }).stream().filter(u -> u.getEmail() != null && u.getEmail().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        if (exact.size() > 1) {
            throw new ValidationException(List.of(new Violation("email", "ambiguous",
                    exact.size() + " account users have this e-mail; give the user id instead", null)));
        }
        return exact.stream().findFirst().map(u -> String.valueOf(u.getId()));
    }

    private static <T> Exchange<T> exchange(ApiResponse<T> answer) {
        return new Exchange<>(answer.getStatusCode(), answer.getHeaders(), answer.getData());
    }
}
