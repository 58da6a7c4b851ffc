package org.kgi.bench.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1/(rank+1)^exponent}: a few items
 * everywhere, most of them rare. Immutable, so one instance serves every generating thread.
 */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, not " + n);
        }
        if (!(exponent >= 0)) {
            throw new IllegalArgumentException("exponent must be >= 0, not " + exponent);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    int next(SplittableRandom rng) {
        int i = Arrays.binarySearch(cumulative, rng.nextDouble());
        int rank = i >= 0 ? i : -i - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
