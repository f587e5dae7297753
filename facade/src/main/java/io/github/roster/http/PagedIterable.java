package io.github.roster.http;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, fetched lazily page by page: the next page is requested only when the items of the one
 * before it have been consumed, and only one page is held at a time, so a list of any length walks in constant
 * memory. Each iteration (or stream) walks the list again from the first page. Failures of a page request are
 * thrown from {@code hasNext()}/{@code next()} as Roster exceptions.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    private final PageRequest first;
    private final Function<PageRequest, Page<T>> fetch;

    private PagedIterable(PageRequest first, Function<PageRequest, Page<T>> fetch) {
        this.first = Objects.requireNonNull(first, "first");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * Walks the pages a single-page call returns.
     *
     * @param first the first page's request (its limit is the page size for every page)
     * @param fetch the single-page call
     * @param <T> the item type
     * @return the lazy list
     */
    public static <T> PagedIterable<T> of(PageRequest first, Function<PageRequest, Page<T>> fetch) {
        return new PagedIterable<>(first, fetch);
    }

    /**
     * The items, fetching pages as they are consumed.
     *
     * @return a new iterator, starting from the first page
     */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private PageRequest nextRequest = first;
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && nextRequest != null) {
                    Page<T> page = fetch.apply(nextRequest);
                    nextRequest = page.next().orElse(null);
                    current = page.items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The items as a sequential stream, fetching pages as they are consumed.
     *
     * @return a new stream, starting from the first page
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }
}
