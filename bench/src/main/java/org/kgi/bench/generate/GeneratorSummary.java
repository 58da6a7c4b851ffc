package org.kgi.bench.generate;

import java.util.Objects;

/**
 * What a generation wrote.
 *
 * @param reports   reports written
 * @param files     corpus files written (a JSON-lines file counts once)
 * @param bytes     bytes of the corpus files
 * @param words     words of all report texts
 * @param seconds   wall-clock time
 * @param predicted the counts a perfect extractor would find
 */
public record GeneratorSummary(long reports, long files, long bytes, long words, double seconds, Predicted predicted) {
    public GeneratorSummary {
        Objects.requireNonNull(predicted, "predicted");
        if (reports < 0 || files < 0 || bytes < 0 || words < 0 || seconds < 0) {
            throw new IllegalArgumentException("negative count in a generator summary");
        }
    }
}
