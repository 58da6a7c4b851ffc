package org.kgi.bench.run;

import java.nio.file.Path;
import java.util.Objects;
import org.kgi.bench.generate.Predicted;

/**
 * What every benchmark works on: the options, the generated corpus and its predicted counts, and the
 * folders where the indexes go. The kgi index is built by {@link IndexingBenchmark} and read by later
 * benchmarks (search, start-up), which build it themselves when it is missing.
 *
 * @param options   the run's options
 * @param generated the generator's output folder (corpus/, manifest, world, predicted.json)
 * @param predicted the corpus's predicted counts
 */
public record Context(RunOptions options, Path generated, Predicted predicted) {
    public Context {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(predicted, "predicted");
    }

    public Path corpus() {
        return generated.resolve("corpus");
    }

    public Path kgiIndex() {
        return options.work().resolve("index-kgi");
    }

    public Path luceneIndex() {
        return options.work().resolve("index-lucene");
    }

    public Path world() {
        return generated.resolve("world.jsonl");
    }
}
