package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.index.Schema;

/**
 * A facet sample of a segment large enough to be sampled in runs of {@value FacetStates#SAMPLE_RUN} docs: the pass
 * counts exactly the live matches that lie in the sample's runs, for dense and sparse queries and one that confirms
 * its matches in a second phase, at every rate the pass picks.
 */
class FacetSampleTest {
    private static final QueryTimeout NEVER = () -> false;
    private static final int DOCS = 70_001;

    @TempDir
    static Path tmp;
    static FSDirectory dir;
    static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        dir = FSDirectory.open(tmp.resolve("index"));
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < DOCS; i++) {
                // "rare" then "third" where both: a phrase; "gap" leaves a hole of 200 docs now and then
                String body = "every" + (i % 37 == 0 ? " rare" : "") + (i % 3 == 0 ? " third" : "")
                        + (i % 1_000 < 800 ? " gap" : "");
                Document doc = new Document();
                doc.add(new KeywordField(Schema.ID, "r" + i, Field.Store.NO));
                doc.add(new TextField(Schema.BODY, body, Field.Store.NO));
                doc.add(new KeywordField(Schema.YEAR, String.valueOf(2020 + i % 5), Field.Store.NO));
                w.addDocument(doc);
            }
            w.forceMerge(1);
            for (int i = 0; i < DOCS; i += 11) {
                w.deleteDocuments(new Term(Schema.ID, "r" + i));
            }
            w.commit();
        }
        reader = DirectoryReader.open(dir);
        assertEquals(1, reader.leaves().size());
        assertTrue(reader.hasDeletions());
        assertEquals(FacetStates.SAMPLE_RUN, FacetStates.runLength(reader.maxDoc()));
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void aSampleCountsExactlyTheMatchesInItsRuns() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetStates.ReaderState state = new FacetStates().state(reader);
        Query and = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.BODY, "third")), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.BODY, "gap")), BooleanClause.Occur.MUST).build();
        List<Query> queries = List.of(new TermQuery(new Term(Schema.BODY, "every")),
                new TermQuery(new Term(Schema.BODY, "rare")), new PhraseQuery(Schema.BODY, "rare", "third"), and);
        int checked = 0;
        for (Query q : queries) {
            Query rewritten = searcher.rewrite(q);
            int total = searcher.count(rewritten);
            for (int limit : new int[] {total / 3, total / 20, total / 150}) {
                FacetPass pass = FacetPass.run(searcher, rewritten, state, limit, false, NEVER);
                assertNotNull(pass);
                assertTrue(pass.approximate(), q + " past " + limit);
                int rate = rateOf(pass, searcher, rewritten, state);
                assertTrue(rate >= 1, q + ": " + pass.counted() + " counted past " + limit
                        + " is not the matches of any sample");
                long years = 0;
                for (FacetCounts.Count c : pass.counts().top(Facet.YEAR, 10)) {
                    years += c.count();
                }
                assertEquals(pass.counted(), years, "each counted match has one year: " + q);
                checked++;
            }
        }
        assertEquals(12, checked);
    }

    /** The rate of the sample whose live matches number what {@code pass} counted; 0 if none. */
    private static int rateOf(FacetPass pass, IndexSearcher searcher, Query query, FacetStates.ReaderState state)
            throws IOException {
        LeafReaderContext leaf = reader.leaves().get(0);
        FacetStates.SegmentOrds segment = state.leaves().get(0);
        for (int k = 1; segment.sample(k).docs() > 0; k++) {
            FacetStates.Sample sample = segment.sample(k);
            boolean[] in = new boolean[leaf.reader().maxDoc()];
            for (int run : sample.runs()) {
                for (int d = run * sample.runLength(); d < Math.min(in.length, (run + 1) * sample.runLength()); d++) {
                    in[d] = true;
                }
            }
            if (matchesIn(in, searcher, query, leaf) == pass.counted()) {
                return k;
            }
        }
        return 0;
    }

    /** The live matches of {@code query} among the docs marked {@code in}, one doc at a time. */
    private static long matchesIn(boolean[] in, IndexSearcher searcher, Query query, LeafReaderContext leaf)
            throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        Scorer scorer = weight.scorer(leaf);
        TwoPhaseIterator confirm = scorer.twoPhaseIterator();
        DocIdSetIterator it = confirm == null ? scorer.iterator() : confirm.approximation();
        Bits live = leaf.reader().getLiveDocs();
        long n = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (in[doc] && live.get(doc) && (confirm == null || confirm.matches())) {
                n++;
            }
        }
        return n;
    }
}
