package org.kgi.bench.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Samples this JVM's heap every {@value #PERIOD_MILLIS} ms on a daemon thread: the peak of heap in use
 * (garbage included, so it grows with -Xmx) and the peak of heap still in use right after a collection
 * (what the program really holds). Also reads the process's peak resident set size from Linux.
 */
public final class HeapSampler implements AutoCloseable {
    static final int PERIOD_MILLIS = 10;

    private final Thread thread;
    private volatile boolean stop;
    private volatile long peakUsed;
    private volatile long peakLive;

    public HeapSampler() {
        thread = new Thread(this::sample, "kgi-bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        while (!stop) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            for (GarbageCollectorMXBean gc : gcs) {
                if (gc instanceof com.sun.management.GarbageCollectorMXBean sun && sun.getLastGcInfo() != null) {
                    long live = 0;
                    for (var e : sun.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeap(e.getKey())) {
                            MemoryUsage u = e.getValue();
                            live += u.getUsed();
                        }
                    }
                    peakLive = Math.max(peakLive, live);
                }
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    public long peakUsedBytes() {
        return peakUsed;
    }

    /** Peak heap in use after a collection; 0 when no collection happened. */
    public long peakLiveBytes() {
        return peakLive;
    }

    /** Garbage collections so far in this JVM, all collectors. */
    public static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(n -> n > 0).sum();
    }

    /** The process's peak resident set size (Linux {@code VmHWM}), or -1 where unknown. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
