package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FingerprintLogTest {

    @Test
    void nothingWrittenRepeatsNothing() {
        assertThat(new FingerprintLog().repeated()).isEmpty();
    }

    @Test
    void valuesWrittenTwiceOrMoreAreNamedOnceAscending() {
        FingerprintLog log = new FingerprintLog();
        for (long v : new long[] {5, -3, 5, 7, Long.MIN_VALUE, 5, -3, Long.MAX_VALUE, Long.MIN_VALUE, 0}) {
            log.add(v);
        }
        assertThat(log.repeated()).containsExactly(Long.MIN_VALUE, -3, 5);
        assertThat(log.repeated()).containsExactly(Long.MIN_VALUE, -3, 5);
        assertThatThrownBy(() -> log.add(1)).isInstanceOf(IllegalStateException.class);
    }

    /** Repeats inside one chunk and across chunks, over more values than one chunk holds. */
    @Test
    void repeatsAcrossChunksAreFound() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int count = FingerprintLog.CHUNK * 2 + random.nextInt(FingerprintLog.CHUNK);
        FingerprintLog log = new FingerprintLog();
        long[] written = new long[count + 1];
        for (int i = 0; i < count; i++) {
            long v = i > 0 && random.nextInt(100_000) == 0 ? written[random.nextInt(i)] : random.nextLong();
            written[i] = v;
            log.add(v);
        }
        // the first value of the first chunk, again in the last chunk
        written[count] = written[0];
        log.add(written[0]);

        long[] sorted = written.clone();
        Arrays.sort(sorted);
        long[] expected = LongStream.range(1, sorted.length)
                .filter(i -> sorted[(int) i] == sorted[(int) i - 1]).map(i -> sorted[(int) i]).distinct().toArray();
        assertThat(expected).as("seed %d", seed).contains(written[0]).hasSizeGreaterThan(10);
        assertThat(log.repeated()).as("seed %d", seed).containsExactly(expected);
    }
}
