package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.extract.RuleExtractor;
import org.kgi.indexer.index.CorpusIndexer;
import org.kgi.indexer.index.KgiIndex;
import org.kgi.indexer.index.SyncListener;

/**
 * The document view's extraction is put back together from the graph record, the stored mention spans and the
 * body: for every bundled report it must equal what the extractor produced, mentions and evidence texts included.
 */
class ReportStoreTest {
    @TempDir
    Path tmp;

    @Test
    void everyBundledReportGivesBackItsExtraction() throws IOException {
        Path corpus = Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath().resolve("corpus");
        Extractor extractor = new RuleExtractor();
        ReportReader reader = new ReportReader();
        List<Report> reports = reader.readAll(corpus);
        assertTrue(reports.size() > 30, "the bundled corpus: " + reports.size());
        try (KgiIndex index = KgiIndex.open(tmp.resolve("index"))) {
            new CorpusIndexer(index, reader, extractor, SyncListener.NONE).sync(corpus, false);
            index.searchers().maybeRefreshBlocking();
            ReportStore store = new ReportStore(index.searchers(), index.analyzer());
            int mentions = 0;
            for (Report r : reports) {
                Extraction expected = extractor.extract(r);
                ReportView view = store.get(r.id()).orElseThrow(() -> new AssertionError("not found: " + r.id()));
                assertEquals(expected.entities(), view.entities(), r.id() + ": entities and their mentions");
                assertEquals(expected.events(), view.events(), r.id() + ": events and their evidence");
                mentions += expected.entities().stream().mapToInt(e -> e.mentions().size()).sum();
            }
            assertTrue(mentions > 500, "the corpus has mentions to compare: " + mentions);
            assertFalse(store.get("no-such-report").isPresent());
        }
    }
}
