package io.github.roster.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** The highest used heap seen while it runs, sampled every 5 ms on a daemon thread. */
final class HeapSampler implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** The used heap now, in bytes. */
    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The highest used heap sampled so far, in bytes. */
    long peakUsed() {
        return peakUsed.get();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
