package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pacer's arithmetic on a time source the test moves by hand. */
class RequestPacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    private final RequestPacer pacer = new RequestPacer(120, d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    }, now::get);

    @Test
    void reservesOneSlotPerInterval() throws InterruptedException {
        pacer.acquire();
        pacer.acquire();
        now.addAndGet(Duration.ofMillis(200).toNanos());
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(300));
    }

    @Test
    void aClockSetBackDoesNotTurnIntoALongWait() throws InterruptedException {
        pacer.acquire();
        now.addAndGet(-Duration.ofHours(1).toNanos());
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aClockSetForwardOnlyFreesTheSlots() throws InterruptedException {
        pacer.acquire();
        now.addAndGet(Duration.ofHours(1).toNanos());
        pacer.acquire();
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }
}
