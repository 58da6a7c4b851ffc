package org.kgi.bench.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param reports       number of reports, at least {@value #MIN_REPORTS}
 * @param seed          the same seed and size give byte-identical files
 * @param out           output folder: the reports go to {@code out/corpus}, the ground truth beside them
 * @param formats       share of each format
 * @param perDirectory  reports per sub-directory of the corpus (all of a directory's JSON-lines reports share one file)
 * @param threads       generating threads; the output does not depend on it
 */
public record GeneratorConfig(long reports, long seed, Path out, FormatMix formats, int perDirectory, int threads) {
    public static final long MIN_REPORTS = 1;
    public static final int DEFAULT_PER_DIRECTORY = 1_000;

    public GeneratorConfig {
        if (reports < MIN_REPORTS) {
            throw new IllegalArgumentException("reports must be at least " + MIN_REPORTS + ", not " + reports);
        }
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(formats, "formats");
        if (perDirectory < 1) {
            throw new IllegalArgumentException("reports per directory must be positive, not " + perDirectory);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, not " + threads);
        }
    }

    public Path corpus() {
        return out.resolve("corpus");
    }

    /** The ground truth's file name in the output folder. */
    public static final String MANIFEST = "manifest.jsonl.gz";

    public Path manifest() {
        return out.resolve(MANIFEST);
    }

    public Path world() {
        return out.resolve("world.jsonl");
    }

    public Path predicted() {
        return out.resolve("predicted.json");
    }

    public long blocks() {
        return (reports + perDirectory - 1) / perDirectory;
    }
}
