package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.index.Schema;

/**
 * One {@link FacetStates} serves reader after reader, as the server's searcher does across refreshes: a value keeps
 * its id in every segment and every reader, so a new segment's values add up with the old ones', and deletions and
 * merges change the counts and nothing else; ties come in value order.
 */
class FacetStatesTest {
    private static final QueryTimeout NEVER = () -> false;

    @TempDir
    Path tmp;

    @Test
    void valuesKeepTheirIdsAcrossSegmentsReadersDeletionsAndMerges() throws IOException {
        FacetStates states = new FacetStates();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            w.addDocument(report("r1", "actor:b", "actor:a"));
            w.addDocument(report("r2", "actor:b"));
            w.commit();
            assertEquals(Map.of("actor:b", 2, "actor:a", 1), actors(states, w));

            // a new segment: one value the first one has (b), one it has not (c); r1 rewritten without a, with d
            w.addDocument(report("r3", "actor:c", "actor:b"));
            w.updateDocument(new Term(Schema.ID, "r1"), report("r1", "actor:d"));
            w.commit();
            Map<String, Integer> now = Map.of("actor:b", 2, "actor:c", 1, "actor:d", 1);
            assertEquals(now, actors(states, w));

            w.getConfig().setMergePolicy(new IndexWriterConfig().getMergePolicy());
            w.forceMerge(1);
            w.commit();
            assertEquals(now, actors(states, w));
        }
    }

    @Test
    void aReaderIsReadOnceAndTiesComeInValueOrder() throws IOException {
        FacetStates states = new FacetStates();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            // ids given segment by segment, each segment's values in value order: y, z, then e, x, é; y is counted
            // as often as e, x and é (twice) and so must come after e and x though its id comes first
            w.addDocument(report("r1", "actor:z", "actor:y"));
            w.commit();
            w.addDocument(report("r2", "actor:é", "actor:e", "actor:x"));
            w.commit();
            w.addDocument(report("r3", "actor:é", "actor:e", "actor:y", "actor:x"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertSame(states.state(reader), states.state(reader));
                FacetPass pass = FacetPass.run(new IndexSearcher(reader), new MatchAllDocsQuery(), states.state(reader),
                        100, false, NEVER);
                List<String> top = pass.counts().top(Facet.ACTOR, 3).stream().map(FacetCounts.Count::value).toList();
                assertEquals(List.of("actor:e", "actor:x", "actor:y"), top);
                List<String> all = pass.counts().top(Facet.ACTOR, 10).stream().map(FacetCounts.Count::value).toList();
                assertEquals(List.of("actor:e", "actor:x", "actor:y", "actor:é", "actor:z"), all);
            }
        }
    }

    @Test
    void anIndexWithoutFacetValuesCountsNoneAndReadersShareWhatNewSegmentsDoNotChange() throws IOException {
        FacetStates states = new FacetStates();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            w.addDocument(report("r1"));
            w.commit();
            assertEquals(Map.of(), actors(states, w));
            w.addDocument(report("r2", "actor:a"));
            w.commit();
            FacetStates.ReaderState first;
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                first = states.state(reader);
            }
            w.addDocument(report("r3", "actor:a"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                FacetStates.ReaderState second = states.state(reader);
                assertFalse(first == second, "a new reader, a new state");
                assertSame(first.values(), second.values(), "no new value: the values and their order are shared");
                assertSame(first.rank(), second.rank());
            }
            assertEquals(Map.of("actor:a", 2), actors(states, w));
        }
    }

    @Test
    void theTopValuesAreTheMostFrequentWithTiesInValueOrderAsASortGivesThem() throws IOException {
        Random random = new Random(47);
        String[] pool = new String[80];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = "actor:" + (char) ('a' + random.nextInt(3)) + (char) ('a' + random.nextInt(26))
                    + (i % 7 == 0 ? "é" : "") + i;
        }
        FacetStates states = new FacetStates();
        Map<String, Integer> expected = new HashMap<>();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            for (int d = 0; d < 600; d++) {
                // skewed: low indexes often, so counts range from hundreds down to many ties at one and two
                Set<String> actors = new HashSet<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    actors.add(pool[(int) (pool.length * Math.pow(random.nextDouble(), 2.5))]);
                }
                actors.forEach(a -> expected.merge(a, 1, Integer::sum));
                w.addDocument(report("r" + d, actors.toArray(String[]::new)));
                if (d % 150 == 149) {
                    w.commit(); // segments of their own: ids given in segment order, not value order
                }
            }
            List<String> sorted = expected.keySet().stream().sorted((a, b) -> expected.get(a).equals(expected.get(b))
                    ? new BytesRef(a).compareTo(new BytesRef(b))
                    : Integer.compare(expected.get(b), expected.get(a))).toList();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                FacetPass pass = FacetPass.run(new IndexSearcher(reader), new MatchAllDocsQuery(),
                        states.state(reader), 10_000, false, NEVER);
                for (int n : new int[] {0, 1, 2, 3, 10, 33, 100}) {
                    List<String> top = pass.counts().top(Facet.ACTOR, n).stream().map(c -> c.value() + "=" + c.count())
                            .toList();
                    List<String> want = sorted.subList(0, Math.min(n, sorted.size())).stream()
                            .map(v -> v + "=" + expected.get(v)).toList();
                    assertEquals(want, top, "top " + n);
                }
            }
        }
    }

    @Test
    void tiesComeInTheOrderOfTheValuesUtf8Bytes() throws IOException {
        FacetStates states = new FacetStates();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            // U+FFFD before U+1F600, as in UTF-8, though its UTF-16 unit (0xFFFD) is greater than the surrogate
            // 0xD83D; z before é; ab before abc
            w.addDocument(report("r1", "actor:\uD83D\uDE00", "actor:abc", "actor:\uFFFD"));
            w.commit();
            w.addDocument(report("r2", "actor:é", "actor:ab", "actor:z"));
            w.commit();
            assertEquals(List.of("actor:ab", "actor:abc", "actor:z", "actor:é", "actor:\uFFFD", "actor:\uD83D\uDE00"),
                    List.copyOf(actors(states, w).keySet()));
        }
    }

    @Test
    void idsPast16BitsAreCountedAsWellAsSmallOnes() throws IOException {
        FacetStates states = new FacetStates();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter w = writer(dir)) {
            // 60,001 values in a first segment, 10,002 new ones in a second: its ids pass 65,535
            for (int r = 0; r < 700; r++) {
                String[] many = new String[100];
                for (int i = 0; i < many.length; i++) {
                    many[i] = String.format("actor:v%05d", r * 100 + i);
                }
                w.addDocument(report("m" + r, many));
                if (r == 599) {
                    w.addDocument(report("s1", "actor:a", "actor:v00007"));
                    w.commit();
                }
            }
            w.addDocument(report("b1", "actor:zz1", "actor:a"));
            w.addDocument(report("b2", "actor:zz1", "actor:zz2", "actor:v00007"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                FacetStates.ReaderState state = states.state(reader);
                assertEquals(70_003, state.size());
                FacetStates.SegmentOrds small = state.leaves().get(0);
                FacetStates.SegmentOrds big = state.leaves().get(1);
                assertNotNull(small.smallIds(), "a segment of ids under 65,536 holds them in 16 bits");
                assertNull(big.smallIds(), "a segment with an id past 65,535 holds them in 32");
                assertNotNull(big.ids());
                Map<String, Integer> top = actors(reader, state);
                assertEquals(List.of("actor:v00007", "actor:a", "actor:zz1"), List.copyOf(top.keySet()).subList(0, 3));
                assertEquals(List.of(3, 2, 2), List.copyOf(top.values()).subList(0, 3));
                assertEquals(1, top.get("actor:v00000"));
                assertFalse(top.containsKey("actor:zz2"), "once, after the values once in value order");
            }
        }
    }

    /** The actor counts of every live report, through a fresh reader of the writer. */
    private static Map<String, Integer> actors(FacetStates states, IndexWriter w) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(w)) {
            return actors(reader, states.state(reader));
        }
    }

    /** The 10 most frequent actors of every live report of {@code reader}, counted exactly. */
    private static Map<String, Integer> actors(DirectoryReader reader, FacetStates.ReaderState state)
            throws IOException {
        FacetPass pass = FacetPass.run(new IndexSearcher(reader), new MatchAllDocsQuery(), state,
                Math.max(100, reader.numDocs()), false, NEVER);
        assertFalse(pass.approximate());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FacetCounts.Count c : pass.counts().top(Facet.ACTOR, 10)) {
            out.put(c.value(), c.count());
        }
        return out;
    }

    /** A writer that keeps every commit's docs in a segment of their own until told to merge. */
    private static IndexWriter writer(FSDirectory dir) throws IOException {
        return new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE));
    }

    /** A report carrying the actor values {@code actors}. */
    static Document report(String id, String... actors) {
        Document doc = new Document();
        doc.add(new KeywordField(Schema.ID, id, Field.Store.YES));
        for (String a : actors) {
            doc.add(new KeywordField(Schema.ACTOR, a, Field.Store.NO));
        }
        return doc;
    }
}
