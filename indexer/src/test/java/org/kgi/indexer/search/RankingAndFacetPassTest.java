package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.index.Schema;

/**
 * The relevance order and the facet counting on an index of many small segments (some docs deleted), where many
 * docs tie in score: {@link BestFirstCollector} pages exactly as Lucene's own sort by score then id, and
 * {@link FacetPass} counts exactly what a brute-force count over the matches gives, or estimates it from a sample
 * of about the size asked for.
 */
class RankingAndFacetPassTest {
    private static final String[] WORDS = {"police", "gang", "market", "road", "fire", "march", "base", "port"};
    private static final String[] ACTORS = {"actor:a", "actor:b", "actor:c", "actor:d", "actor:e"};
    private static final QueryTimeout NEVER = () -> false;

    @TempDir
    static Path tmp;
    static FSDirectory dir;
    static DirectoryReader reader;
    /** Per live doc id: its words and actors. */
    static final Map<String, Set<String>> ACTORS_OF = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        dir = FSDirectory.open(tmp.resolve("index"));
        Random rng = new Random(7);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < 6_000; i++) {
                String id = String.format("r%05d", rng.nextInt(100_000)) + "-" + i;
                StringBuilder body = new StringBuilder();
                for (int n = 1 + rng.nextInt(3); n > 0; n--) {
                    body.append(WORDS[rng.nextInt(WORDS.length)]).append(' ');
                }
                Document doc = new Document();
                doc.add(new KeywordField(Schema.ID, id, Field.Store.YES));
                doc.add(new TextField(Schema.BODY, body.toString(), Field.Store.NO));
                Set<String> actors = new java.util.TreeSet<>();
                for (String a : ACTORS) {
                    if (rng.nextInt(a.charAt(6) - 'a' + 2) == 0) {
                        actors.add(a);
                        doc.add(new KeywordField(Schema.ACTOR, a, Field.Store.NO));
                    }
                }
                doc.add(new KeywordField(Schema.YEAR, String.valueOf(2020 + rng.nextInt(4)), Field.Store.NO));
                w.addDocument(doc);
                ACTORS_OF.put(id, actors);
                if (i % 401 == 400) {
                    w.commit(); // a new segment
                }
                if (i % 97 == 13) {
                    w.deleteDocuments(new Term(Schema.ID, id));
                    ACTORS_OF.remove(id);
                }
            }
        }
        reader = DirectoryReader.open(dir);
        assertTrue(reader.leaves().size() > 10, "many segments: " + reader.leaves().size());
        assertTrue(reader.hasDeletions());
    }

    static List<Query> queries() {
        PhraseQuery phrase = new PhraseQuery(Schema.BODY, "police", "gang");
        Query or = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.BODY, "market")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.BODY, "fire")), BooleanClause.Occur.SHOULD).build();
        Query and = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.BODY, "road")), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.BODY, "base")), BooleanClause.Occur.MUST).build();
        return List.of(new TermQuery(new Term(Schema.BODY, "police")), phrase, or, and, new MatchAllDocsQuery());
    }

    @Test
    void bestFirstPagesExactlyAsLucenesSortByScoreThenId() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Sort reference = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));
        for (Query q : queries()) {
            Query rewritten = searcher.rewrite(q);
            List<String> ours = new ArrayList<>();
            List<String> theirs = new ArrayList<>();
            FieldDoc afterOurs = null;
            FieldDoc afterTheirs = null;
            for (int page = 0; page < 2_000; page++) {
                TopFieldDocs a = searcher.search(rewritten, BestFirstCollector.manager(37, afterOurs));
                TopFieldDocs b = searcher.search(rewritten, new TopFieldCollectorManager(reference, 37, afterTheirs, 37));
                for (ScoreDoc sd : a.scoreDocs) {
                    FieldDoc fd = (FieldDoc) sd;
                    ours.add(((BytesRef) fd.fields[1]).utf8ToString() + "@" + fd.fields[0]);
                }
                for (ScoreDoc sd : b.scoreDocs) {
                    FieldDoc fd = (FieldDoc) sd;
                    theirs.add(((BytesRef) fd.fields[1]).utf8ToString() + "@" + fd.fields[0]);
                }
                if (b.scoreDocs.length == 0) {
                    break;
                }
                afterOurs = (FieldDoc) a.scoreDocs[a.scoreDocs.length - 1];
                afterTheirs = (FieldDoc) b.scoreDocs[b.scoreDocs.length - 1];
            }
            assertEquals(theirs, ours, q.toString());
            assertEquals(searcher.count(q), ours.size(), "every hit once: " + q);
        }
    }

    @Test
    void queriesThatScoreAlikePageInIdOrderAsTheCollectorDoes() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery a = actor("a");
        TermQuery b = actor("b");
        TermQuery c = actor("c");
        List<Query> alike = List.of(new MatchAllDocsQuery(), a, new BoostQuery(b, 2f),
                new BooleanQuery.Builder().add(b, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Schema.YEAR, "2021")), BooleanClause.Occur.FILTER).build(),
                new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(c, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Schema.BODY, "market")), BooleanClause.Occur.MUST_NOT).build());
        for (Query q : alike) {
            Query rewritten = searcher.rewrite(q);
            assertTrue(IdOrderTop.scoresAlike(rewritten, reader), q.toString());
            List<String> ours = new ArrayList<>();
            List<String> theirs = new ArrayList<>();
            FieldDoc afterOurs = null;
            FieldDoc afterTheirs = null;
            while (true) {
                TopFieldDocs x = IdOrderTop.search(searcher, rewritten, 7, afterOurs, NEVER);
                assertNotNull(x, "matches enough of the index for the walk: " + q);
                TopFieldDocs y = searcher.search(rewritten, BestFirstCollector.manager(7, afterTheirs));
                for (ScoreDoc sd : x.scoreDocs) {
                    FieldDoc fd = (FieldDoc) sd;
                    ours.add(((BytesRef) fd.fields[1]).utf8ToString() + "@" + fd.fields[0] + "#" + fd.doc);
                }
                for (ScoreDoc sd : y.scoreDocs) {
                    FieldDoc fd = (FieldDoc) sd;
                    theirs.add(((BytesRef) fd.fields[1]).utf8ToString() + "@" + fd.fields[0] + "#" + fd.doc);
                }
                if (y.scoreDocs.length == 0) {
                    assertEquals(0, x.scoreDocs.length, q.toString());
                    break;
                }
                afterOurs = (FieldDoc) x.scoreDocs[x.scoreDocs.length - 1];
                afterTheirs = (FieldDoc) y.scoreDocs[y.scoreDocs.length - 1];
            }
            assertEquals(theirs, ours, q.toString());
            assertEquals(searcher.count(rewritten), ours.size(), "every hit once: " + q);
        }
        // some matches score more than others: not taken
        assertFalse(IdOrderTop.scoresAlike(new TermQuery(new Term(Schema.BODY, "police")), reader));
        assertFalse(IdOrderTop.scoresAlike(searcher.rewrite(new BooleanQuery.Builder()
                .add(a, BooleanClause.Occur.SHOULD).add(c, BooleanClause.Occur.SHOULD).build()), reader));
        assertFalse(IdOrderTop.scoresAlike(new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST)
                .add(c, BooleanClause.Occur.SHOULD).build(), reader));
        // a term that matches a small share of the index is left to the collector, and so is a conjunction that
        // Lucene estimates at the share of its rarest term (1/6 here) but that matches about 1/720 of the index
        String someId = searcher.storedFields().document(0).get(Schema.ID);
        assertNull(IdOrderTop.search(searcher, new TermQuery(new Term(Schema.ID, someId)), 7, null, NEVER));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String letter : List.of("a", "b", "c", "d", "e")) {
            all.add(actor(letter), BooleanClause.Occur.MUST);
        }
        Query rare = searcher.rewrite(all.build());
        assertTrue(IdOrderTop.scoresAlike(rare, reader));
        assertTrue(searcher.count(rare) > 0 && searcher.count(rare) * IdOrderTop.MIN_DENSITY < reader.maxDoc());
        assertNull(IdOrderTop.search(searcher, rare, 7, null, NEVER));
    }

    @Test
    void requiredEntitiesBesideScoredWordsBecomeFiltersThatKeepTheOrder() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery police = new TermQuery(new Term(Schema.BODY, "police"));
        TermQuery market = new TermQuery(new Term(Schema.BODY, "market"));
        TermQuery a = actor("a");
        TermQuery b = actor("b");
        Query both = new BooleanQuery.Builder().add(police, BooleanClause.Occur.MUST).add(a, BooleanClause.Occur.MUST)
                .build();
        Query nested = new BooleanQuery.Builder().add(police, BooleanClause.Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(market, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST)
                        .build(), BooleanClause.Occur.MUST).build();
        for (Query q : List.of(both, nested, new BoostQuery(both, 3f))) {
            Query filtered = RequiredAlike.asFilters(q, reader);
            assertTrue(filtered.toString().contains("#actor:actor:"), filtered.toString());
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            Set<Float> offsets = new HashSet<>();
            ScoreDoc[] x = searcher.search(q, BestFirstCollector.manager(reader.maxDoc(), null)).scoreDocs;
            ScoreDoc[] y = searcher.search(filtered, BestFirstCollector.manager(reader.maxDoc(), null)).scoreDocs;
            for (int i = 0; i < x.length; i++) {
                before.add(((BytesRef) ((FieldDoc) x[i]).fields[1]).utf8ToString());
                after.add(((BytesRef) ((FieldDoc) y[i]).fields[1]).utf8ToString());
                offsets.add(Math.round((x[i].score - y[i].score) * 1e4f) / 1e4f);
            }
            assertTrue(x.length > 100, q.toString());
            assertEquals(before, after, "the same reports in the same order: " + q);
            assertEquals(1, offsets.size(), "scores lower by one constant: " + q + " " + offsets);
        }
        // where the entity is not required of every match, or nothing else scores, it stays as it is
        Query optional = new BooleanQuery.Builder().add(both, BooleanClause.Occur.SHOULD)
                .add(market, BooleanClause.Occur.SHOULD).build();
        Query entities = new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST)
                .build();
        for (Query q : List.of(optional, entities, police)) {
            assertSame(q, RequiredAlike.asFilters(q, reader), q.toString());
        }
    }

    @Test
    void facetsAreCountedOverEveryMatchOrEstimatedFromASample() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetStates.ReaderState state = new FacetStates().state(reader);
        for (Query q : queries()) {
            Query rewritten = searcher.rewrite(q);
            Map<String, Integer> truth = new HashMap<>();
            for (ScoreDoc sd : searcher.search(rewritten, Math.max(1, reader.numDocs())).scoreDocs) {
                String id = searcher.storedFields().document(sd.doc).get(Schema.ID);
                ACTORS_OF.get(id).forEach(a -> truth.merge(a, 1, Integer::sum));
            }
            long total = searcher.count(rewritten);
            FacetPass exact = FacetPass.run(searcher, rewritten, state, (int) total + 1, false, NEVER);
            assertNotNull(exact);
            assertFalse(exact.approximate());
            assertFalse(exact.totalEstimated());
            assertEquals(total, exact.counted(), q.toString());
            assertEquals(total, exact.total(), q.toString());
            assertEquals(truth, counts(exact), q.toString());

            int limit = (int) (total / 5);
            FacetPass sample = FacetPass.run(searcher, rewritten, state, limit, false, NEVER);
            assertTrue(sample.approximate(), q.toString());
            // a sample's matches are about binomial: the estimate within four standard deviations (1/sqrt(counted))
            double off = Math.abs(sample.total() / (double) total - 1);
            assertTrue(off <= 4 / Math.sqrt(sample.counted()),
                    "total " + total + " estimated as " + sample.total() + " from " + sample.counted() + " for " + q);
            // the index has deletions, so even a term's count is not free: estimated unless asked for
            assertEquals(!(q instanceof MatchAllDocsQuery), sample.totalEstimated(), q.toString());
            FacetPass counted = FacetPass.run(searcher, rewritten, state, limit, true, NEVER);
            assertEquals(total, counted.total(), q.toString());
            assertFalse(counted.totalEstimated(), q.toString());
            assertTrue(sample.counted() > limit / 4 && sample.counted() <= limit * 1.3,
                    "about " + limit + " of " + total + " counted: " + sample.counted() + " for " + q);
            Map<String, Integer> estimated = counts(sample);
            truth.forEach((actor, count) -> {
                if (count > 300) {
                    double ratio = estimated.getOrDefault(actor, 0) / (double) count;
                    assertTrue(ratio > 0.7 && ratio < 1.3, actor + ": " + estimated.get(actor) + " for " + count + ", " + q);
                }
            });
            assertEquals(estimated, counts(FacetPass.run(searcher, rewritten, state, limit, false, NEVER)), "the same sample again");
        }
    }

    @Test
    void aSampleIsWholeRunsOfDocsAboutHalfTheOneBeforeAndWithinIt() {
        int maxDoc = 100_003;
        assertEquals(FacetStates.SAMPLE_RUN, FacetStates.runLength(maxDoc));
        assertEquals(1, FacetStates.runLength(1_500), "a small segment is sampled doc by doc");
        FacetStates.Sample[] samples = FacetStates.samples(maxDoc);
        int runs = (maxDoc + FacetStates.SAMPLE_RUN - 1) / FacetStates.SAMPLE_RUN;
        for (int k = 1; k <= 6; k++) {
            FacetStates.Sample sample = samples[k];
            assertEquals(FacetStates.SAMPLE_RUN, sample.runLength());
            Set<Integer> in = new HashSet<>();
            int docs = 0;
            for (int i = 0; i < sample.runs().length; i++) {
                int run = sample.runs()[i];
                assertTrue(run >= 0 && run < runs, "run " + run);
                assertTrue(i == 0 || sample.runs()[i - 1] < run, "runs ascending, none twice");
                in.add(run);
                docs += Math.min(FacetStates.SAMPLE_RUN, maxDoc - run * FacetStates.SAMPLE_RUN);
            }
            assertEquals(docs, sample.docs(), "the docs of its runs, the last one shorter");
            for (int run : samples[k + 1].runs()) {
                assertTrue(in.contains(run), "the sample of rate 1/" + (2 << k) + " is within that of 1/" + (1 << k));
            }
            double p = 1.0 / (1 << k);
            assertTrue(Math.abs(sample.runs().length - runs * p) <= 4 * Math.sqrt(runs * p * (1 - p)),
                    sample.runs().length + " of " + runs + " runs at rate 1/" + (1 << k));
        }
        assertTrue(samples[1].runs()[samples[1].runs().length - 1] >= runs - 20, "runs to the segment's end");
    }

    private static TermQuery actor(String letter) {
        return new TermQuery(new Term(Schema.ACTOR, "actor:" + letter));
    }

    /** The actor counts of a pass, scaled as the searcher scales them. */
    private static Map<String, Integer> counts(FacetPass pass) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (FacetCounts.Count c : pass.counts().top(Facet.ACTOR, ACTORS.length)) {
            out.put(c.value(), (int) pass.estimate(c.count()));
        }
        return out;
    }
}
