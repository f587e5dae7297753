package io.github.roster.internal.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * 64-bit fingerprints written once and then asked which of them were written more than once, in 8 bytes a
 * value: they are kept in sorted chunks of at most {@value #CHUNK} values (never copied once a chunk is full, so
 * growing never needs twice the memory), and {@link #repeated()} merges the chunks.
 *
 * <p>Not thread-safe.
 */
final class FingerprintLog {

    /** Values per full chunk: 8 MiB each. */
    static final int CHUNK = 1 << 20;

    private final List<long[]> fullChunks = new ArrayList<>();
    private long[] current = new long[16];
    private int size;
    private boolean closed;
    private long[] repeated;

    /**
     * Writes one fingerprint.
     *
     * @throws IllegalStateException after {@link #repeated()}
     */
    void add(long fingerprint) {
        if (closed) {
            throw new IllegalStateException("the fingerprints were already merged");
        }
        if (size == current.length) {
            if (current.length < CHUNK) {
                current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
            } else {
                Arrays.sort(current);
                fullChunks.add(current);
                current = new long[CHUNK];
                size = 0;
            }
        }
        current[size++] = fingerprint;
    }

    /**
     * The fingerprints written more than once, each once, ascending. Frees the chunks: nothing may be written
     * after it; a second call answers the same.
     */
    long[] repeated() {
        if (closed) {
            return repeated;
        }
        closed = true;
        Arrays.sort(current, 0, size);
        PriorityQueue<Cursor> heads = new PriorityQueue<>();
        for (long[] chunk : fullChunks) {
            heads.add(new Cursor(chunk, chunk.length));
        }
        if (size > 0) {
            heads.add(new Cursor(current, size));
        }
        long[] found = new long[16];
        int count = 0;
        boolean any = false;
        long previous = 0;
        while (!heads.isEmpty()) {
            Cursor head = heads.poll();
            long value = head.values[head.next++];
            if (head.next < head.end) {
                heads.add(head);
            }
            if (any && value == previous && (count == 0 || found[count - 1] != value)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = value;
            }
            previous = value;
            any = true;
        }
        fullChunks.clear();
        current = null;
        repeated = Arrays.copyOf(found, count);
        return repeated;
    }

    /** The next unread value of one sorted chunk. */
    private static final class Cursor implements Comparable<Cursor> {
        private final long[] values;
        private final int end;
        private int next;

        Cursor(long[] values, int end) {
            this.values = values;
            this.end = end;
        }

        @Override
        public int compareTo(Cursor other) {
            return Long.compare(values[next], other.values[other.next]);
        }
    }
}
