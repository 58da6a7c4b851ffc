package org.kgi.bench.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.kgi.bench.generate.FormatMix;

/**
 * How to run the benchmarks.
 *
 * @param reports        corpus size
 * @param seed           corpus seed
 * @param formats        corpus format mix
 * @param work           folder of the corpus and the indexes
 * @param out            where the Markdown table goes
 * @param clients        concurrent search clients (closed loop)
 * @param searchSeconds  measured seconds of search load, per side
 * @param warmupSeconds  least warm-up seconds before each measured search load
 * @param warmupMaxSeconds most warm-up seconds: the warm-up goes on until the load's rate stops rising
 * @param childHeap      {@code -Xmx} of the child JVMs that index
 * @param kgiJar         the kgi server jar the start-up and search benchmarks launch
 * @param only           names of the benchmarks to run; empty means all
 */
public record RunOptions(long reports, long seed, FormatMix formats, Path work, Path out, int clients,
                         int searchSeconds, int warmupSeconds, int warmupMaxSeconds, String childHeap, Path kgiJar,
                         Set<String> only) {
    public RunOptions {
        if (reports < 1) {
            throw new IllegalArgumentException("reports must be positive");
        }
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(out, "out");
        if (clients < 1 || searchSeconds < 1 || warmupSeconds < 0) {
            throw new IllegalArgumentException("clients and search seconds must be positive, warm-up not negative");
        }
        if (warmupMaxSeconds < warmupSeconds) {
            throw new IllegalArgumentException("the most warm-up seconds must not be below the least");
        }
        if (!childHeap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("child heap must look like 2g or 512m, not " + childHeap);
        }
        Objects.requireNonNull(kgiJar, "kgiJar");
        only = Set.copyOf(only);
    }

    boolean wants(String benchmark) {
        return only.isEmpty() || only.contains(benchmark);
    }
}
