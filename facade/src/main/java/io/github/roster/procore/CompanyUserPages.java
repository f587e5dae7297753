package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.http.Response;
import io.github.roster.internal.PageEnds;
import java.util.List;
import java.util.Optional;

/**
 * The company-user lists: one page of active or inactive users (ended by {@code Link rel="next"} or
 * {@code Total}), the lazy walks over them, and the walk over active then inactive users.
 */
final class CompanyUserPages {

    /**
     * Where the inactive pages start in the offsets of the combined walk: far beyond any active list, so one
     * {@link PageRequest} says which list and which page.
     */
    private static final long INACTIVE_START = 1L << 62;

    private final ProcoreCalls calls;

    CompanyUserPages(ProcoreCalls calls) {
        this.calls = calls;
    }

    Page<CompanyUser> active(long companyId, ListCompanyUsersOptions options, PageRequest request) {
        return page(request, calls.activePage(companyId, options, request));
    }

    Page<CompanyUser> inactive(long companyId, PageRequest request) {
        return page(request, calls.inactivePage(companyId, request));
    }

    PagedIterable<CompanyUser> allActive(long companyId, ListCompanyUsersOptions options) {
        return PagedIterable.of(PageRequest.first(options.perPage()), r -> active(companyId, options, r));
    }

    PagedIterable<CompanyUser> allInactive(long companyId, int perPage) {
        return PagedIterable.of(PageRequest.first(perPage), r -> inactive(companyId, r));
    }

    /** Active users, then inactive users, each list walked to its end, one page held at a time. */
    PagedIterable<CompanyUser> activeThenInactive(long companyId, int perPage) {
        ListCompanyUsersOptions options = ListCompanyUsersOptions.DEFAULT.withPerPage(perPage);
        return PagedIterable.of(PageRequest.first(perPage), request -> {
            if (request.offset() < INACTIVE_START) {
                Page<CompanyUser> page = active(companyId, options, request);
                PageRequest next = page.next().orElse(new PageRequest(INACTIVE_START, perPage));
                return new Page<>(page.items(), request, Optional.of(next));
            }
            PageRequest inner = new PageRequest(request.offset() - INACTIVE_START, request.limit());
            Page<CompanyUser> page = inactive(companyId, inner);
            return new Page<>(page.items(), request,
                    page.next().map(n -> new PageRequest(n.offset() + INACTIVE_START, n.limit())));
        });
    }

    private static Page<CompanyUser> page(PageRequest request, Response<List<CompanyUser>> answer) {
        List<CompanyUser> items = answer.value() == null ? List.of() : answer.value();
        return PageEnds.linkOrTotal(request, items, answer.headers());
    }
}
