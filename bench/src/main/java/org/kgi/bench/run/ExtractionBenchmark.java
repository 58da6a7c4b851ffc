package org.kgi.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.kgi.bench.generate.ManifestEvents;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.indexer.corpus.CorpusWalker;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Extractor;
import org.kgi.server.Extractors;

/**
 * {@code Extractors.standard().extract(report)} on one thread, against tokenising the same texts once with
 * Lucene's StandardAnalyzer (the least any text pass costs). Only the two calls are timed, not reading. The
 * first {@value #WARMUP_REPORTS} reports are run through both first, untimed; then reports are measured in
 * corpus order until every report is done or {@value #MAX_TIMED_REPORTS} have been timed (a rate needs no
 * more, and one thread over a 1,000,000-report corpus would take the better part of an hour).
 */
final class ExtractionBenchmark implements Benchmark {
    static final int WARMUP_REPORTS = 1_000;
    /** Reports timed at most, after the warm-up. */
    static final int MAX_TIMED_REPORTS = 100_000;
    /** Bar: at least this many MB of text per second on one core. */
    static final double MIN_MB_PER_SECOND = 2;

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Extractor extractor = Extractors.standard();
        ReportReader reader = new ReportReader();
        long[] t = new long[5]; // extract nanos, tokenize nanos, chars, entities, reports
        Map<String, List<String>> truth = ManifestEvents.read(c.generated(), WARMUP_REPORTS + MAX_TIMED_REPORTS);
        ManifestEvents.Tally events = new ManifestEvents.Tally();
        try (Analyzer analyzer = new StandardAnalyzer()) {
            Progress.say("extraction: one thread, up to %,d reports", WARMUP_REPORTS + MAX_TIMED_REPORTS);
            try {
                new CorpusWalker(c.corpus()).walk(f -> {
                    if (t[4] >= WARMUP_REPORTS + MAX_TIMED_REPORTS) {
                        return;
                    }
                    try {
                        for (Report r : reader.read(f).reports()) {
                            if (t[4] >= WARMUP_REPORTS + MAX_TIMED_REPORTS) {
                                break;
                            }
                            boolean warm = t[4]++ >= WARMUP_REPORTS;
                            long t0 = System.nanoTime();
                            Extraction x = extractor.extract(r);
                            long t1 = System.nanoTime();
                            int entities = x.entities().size();
                            List<String> kinds = truth.get(r.id()); // the timed reports' are all read
                            if (kinds != null) {
                                events.add(kinds, x.events());
                            }
                            tokenize(analyzer, r.text());
                            long t2 = System.nanoTime();
                            if (warm) {
                                t[0] += t1 - t0;
                                t[1] += t2 - t1;
                                t[2] += r.text().length();
                            }
                            t[3] += entities;
                        }
                    } catch (ReportReadException e) {
                        // kgi would report it as failed; not extraction's business
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        if (t[2] == 0) {
            return List.of(new Row(name(), "MB/s of text, one core", "—", "—", null, null, null,
                    "corpus too small: fewer than " + WARMUP_REPORTS + " reports after warm-up"));
        }
        double mbExtract = t[2] / 1e6 / (t[0] / 1e9);
        double mbTokenize = t[2] / 1e6 / (t[1] / 1e9);
        boolean placeholder = t[3] == 0;
        String found = String.format("%,d entities found in %,d reports (%,d of them timed, %.0f MB); the generator wrote %,d"
                + " (report, entity) pairs in the whole corpus", t[3], t[4], Math.max(0, t[4] - WARMUP_REPORTS), t[2] / 1e6,
                c.predicted().mentions());
        String eventsNote = String.format("events of the %,d reports against the generator's manifest, as ACLED type and "
                + "sub-type per report (a report's events and the manifest's matched as multisets): %s; the generator "
                + "writes each report's main events, which its background paragraphs mention again", t[4], events);
        return List.of(new Row(name(), "MB/s of text (chars), one core", Row.num(mbExtract), Row.num(mbTokenize),
                Row.ratio(mbExtract, mbTokenize), String.format("≥ %.0f MB/s", MIN_MB_PER_SECOND),
                placeholder ? Verdict.NONE : Verdict.of(mbExtract >= MIN_MB_PER_SECOND),
                (placeholder ? "PLACEHOLDER extractor (finds nothing): figure not meaningful; " : "")
                        + "baseline: StandardAnalyzer tokenisation; " + found),
                new Row(name(), "events: precision against the generator's truth", Row.num(events.precision()),
                        "—", null, null, Verdict.NONE, eventsNote),
                new Row(name(), "events: recall against the generator's truth", Row.num(events.recall()),
                        "—", null, null, Verdict.NONE, eventsNote));
    }

    private static void tokenize(Analyzer analyzer, String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // consume
            }
            ts.end();
        }
    }
}
