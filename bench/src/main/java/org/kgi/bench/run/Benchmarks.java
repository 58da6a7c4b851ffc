package org.kgi.bench.run;

import java.util.List;

/**
 * The registered benchmarks, in the order they run (indexing first: later ones use its kgi index).
 * Graph benchmarks (rebuild, neighbours, paths, rank) belong here once the graph module lands; none is
 * listed until it can measure something real.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        return List.of(new IndexingBenchmark(), new ExtractionBenchmark(), new StartupBenchmark(), new SearchBenchmark(),
                new GraphBenchmark());
    }
}
