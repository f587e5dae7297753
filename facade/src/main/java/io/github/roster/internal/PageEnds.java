package io.github.roster.internal;

import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three ways the vendors say whether another page follows, each turning one fetched page into a
 * {@link Page} with the request for the next one. An empty page always ends a list, so a vendor that ignores
 * the paging parameters cannot make a walk run forever.
 */
public final class PageEnds {

    private static final Pattern LINK_NEXT = Pattern.compile("<[^>]*>\\s*;[^,]*rel=\"?next\"?", Pattern.CASE_INSENSITIVE);

    private PageEnds() {
    }

    /**
     * Offset/limit without a total or a next link (Autodesk {@code hq}): a short page is the last.
     *
     * @param request the request the page answers
     * @param items its items
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> shortPage(PageRequest request, List<T> items) {
        boolean more = items.size() >= request.limit();
        return new Page<>(items, request, more ? Optional.of(request.next()) : Optional.empty());
    }

    /**
     * Offset/limit with {@code pagination.totalResults} and {@code pagination.nextUrl} (ACC): with a total, there
     * is another page while the total says so or a next URL is given; without a total, a present next URL decides
     * (an empty one ends the list: Autodesk does not say whether the last page has null or an empty string);
     * without either, a short page is the last.
     *
     * @param request the request the page answers
     * @param items its items
     * @param totalResults the vendor's total, or null
     * @param nextUrl the vendor's next-page URL, or null/empty on the last page
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> totalOrNextUrl(PageRequest request, List<T> items, Long totalResults, String nextUrl) {
        if (items.isEmpty()) {
            return last(request, items);
        }
        boolean nextLink = nextUrl != null && !nextUrl.isBlank();
        if (totalResults != null) {
            // either signal of more is followed: one request too many costs less than a member left out
            boolean more = nextLink || request.offset() + items.size() < totalResults;
            return new Page<>(items, request, more ? Optional.of(request.next()) : Optional.empty());
        }
        if (nextUrl != null) {
            return new Page<>(items, request, nextLink ? Optional.of(request.next()) : Optional.empty());
        }
        return shortPage(request, items);
    }

    /**
     * Page/per_page with a {@code Link: <...>; rel="next"} header or a {@code Total} header (Procore): a next
     * link means another page; without a {@code Link} header the total decides; without either, a short page is
     * the last.
     *
     * @param request the request the page answers ({@link PageRequest#pageNumber()} was sent as {@code page})
     * @param items its items
     * @param headers the answer's headers, any case
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> linkOrTotal(PageRequest request, List<T> items,
                                          Map<String, ? extends Collection<String>> headers) {
        if (items.isEmpty()) {
            return last(request, items);
        }
        String link = header(headers, "Link");
        if (link != null) {
            boolean more = LINK_NEXT.matcher(link).find();
            return new Page<>(items, request, more ? Optional.of(request.next()) : Optional.empty());
        }
        String total = header(headers, "Total");
        if (total != null) {
            try {
                boolean more = request.offset() + items.size() < Long.parseLong(total.trim());
                return new Page<>(items, request, more ? Optional.of(request.next()) : Optional.empty());
            } catch (NumberFormatException unreadable) {
                // fall through to the page size
            }
        }
        return shortPage(request, items);
    }

    private static <T> Page<T> last(PageRequest request, List<T> items) {
        return new Page<>(items, request, Optional.empty());
    }

    private static String header(Map<String, ? extends Collection<String>> headers, String name) {
        for (Map.Entry<String, ? extends Collection<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return String.join(",", h.getValue());
            }
        }
        return null;
    }
}
