package org.kgi.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kgi.bench.run.Row.Verdict;

/**
 * Full indexing by kgi ({@code Services.sync(corpus, full)}: read, SHA-256, extract, English analysis of
 * title and body with offsets, stored fields) against bare Lucene over the same files, each in its own
 * child JVM; then incremental re-indexing after 1% of the files changed, against the full run.
 */
final class IndexingBenchmark implements Benchmark {
    /** Bar (issues 3 and 7): kgi indexes at least half as fast as bare Lucene. */
    static final double MIN_SPEED_RATIO = 0.5;
    /** Bar: re-indexing after 1% of the files changed takes under 5% of a full run. */
    static final double MAX_INCREMENTAL_SHARE = 0.05;
    /** One file in this many is changed for the incremental run. */
    static final int CHANGE_EVERY = 100;

    @Override
    public String name() {
        return "indexing";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Path log = c.options().work().resolve("child.log");
        String heap = c.options().childHeap();
        delete(c.kgiIndex());
        delete(c.luceneIndex());
        List<String> fullOptions = ChildJvm.kgiOptions(ChildJvm.KgiRun.FULL);
        Progress.say("indexing: kgi, full, in a child JVM (-Xmx%s %s)", heap, String.join(" ", fullOptions));
        IndexTask.Result kgi = ChildJvm.index(heap, log, fullOptions, "--mode", "KGI", "--corpus", c.corpus().toString(),
                "--index", c.kgiIndex().toString());
        Progress.say("indexing: kgi %.1f s; bare Lucene, in a child JVM", kgi.seconds());
        IndexTask.Result lucene = ChildJvm.index(heap, log, List.of(), "--mode", "LUCENE", "--corpus", c.corpus().toString(),
                "--index", c.luceneIndex().toString());
        Progress.say("indexing: Lucene %.1f s; changing 1%% of the files", lucene.seconds());
        long changed = CorpusMutator.mutate(c.corpus(), CHANGE_EVERY);
        List<String> updateOptions = ChildJvm.kgiOptions(ChildJvm.KgiRun.UPDATE);
        IndexTask.Result incremental = ChildJvm.index(heap, log, updateOptions, "--mode", "KGI", "--corpus", c.corpus().toString(),
                "--index", c.kgiIndex().toString(), "--incremental");
        Progress.say("indexing: incremental %.2f s for %d changed files", incremental.seconds(), changed);

        double kDocs = kgi.reports() / kgi.seconds();
        double lDocs = lucene.reports() / lucene.seconds();
        String same = kgi.reports() == lucene.reports() ? "" : " (report counts differ: kgi " + kgi.reports()
                + ", Lucene " + lucene.reports() + ")";
        double share = incremental.seconds() / kgi.seconds();
        return List.of(
                new Row(name(), "throughput, reports/s", Row.num(kDocs), Row.num(lDocs), Row.ratio(kDocs, lDocs),
                        String.format("≥ %.2f×", MIN_SPEED_RATIO), Verdict.of(kDocs / lDocs >= MIN_SPEED_RATIO),
                        kgi.reports() + " reports, " + kgi.files() + " files" + same + (kgi.failed() + lucene.failed() > 0
                                ? "; failed files: kgi " + kgi.failed() + ", Lucene " + lucene.failed() : "")),
                new Row(name(), "throughput, MB/s of corpus", Row.num(mb(kgi.bytes()) / kgi.seconds()),
                        Row.num(mb(lucene.bytes()) / lucene.seconds()),
                        Row.ratio(kgi.bytes() / kgi.seconds(), lucene.bytes() / lucene.seconds()), null, null,
                        String.format("%.1f MB", mb(kgi.bytes()))),
                new Row(name(), "wall time, s", Row.num(kgi.seconds()), Row.num(lucene.seconds()),
                        Row.ratio(kgi.seconds(), lucene.seconds()), null, null, "commit included, JVM start excluded"),
                new Row(name(), "peak heap live after GC, MB", Row.num(mb(kgi.peakLive())), Row.num(mb(lucene.peakLive())),
                        Row.ratio(kgi.peakLive(), lucene.peakLive()), null, null,
                        "peak heap used incl. garbage: kgi " + Row.num(mb(kgi.peakUsed())) + ", Lucene "
                                + Row.num(mb(lucene.peakUsed())) + " (-Xmx" + heap + "); live = heap in use right after a collection, "
                                + "sampled at " + kgi.collections() + " (kgi) and " + lucene.collections() + " (Lucene) collections"),
                new Row(name(), "peak RSS of the JVM, MB", Row.num(mb(kgi.peakRss())), Row.num(mb(lucene.peakRss())),
                        Row.ratio(kgi.peakRss(), lucene.peakRss()), null, null, "Linux VmHWM"),
                new Row("incremental", "sync after 1% of files changed, s (vs full)", Row.num(incremental.seconds()),
                        Row.num(kgi.seconds()), String.format("%.1f%%", 100 * share),
                        String.format("< %.0f%%", 100 * MAX_INCREMENTAL_SHARE),
                        Verdict.of(share < MAX_INCREMENTAL_SHARE && incremental.changed() == changed),
                        changed + " files changed, " + incremental.changed() + " re-indexed"));
    }

    /** Megabytes of 10^6 bytes, as everywhere in the table. */
    static double mb(double bytes) {
        return bytes / 1e6;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
