package org.kgi.bench.run;

import java.util.Arrays;

/** Latencies in nanoseconds of one load run, and their percentiles. Not thread-safe: one per client thread. */
final class Latencies {
    private long[] values = new long[1 << 14];
    private int size;
    long errors;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.add(p.values[i]);
            }
            all.errors += p.errors;
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    /** The {@code q}-quantile in milliseconds of a merged (sorted) set. */
    double millis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        return values[Math.min(size - 1, (int) Math.floor(q * size))] / 1e6;
    }
}
