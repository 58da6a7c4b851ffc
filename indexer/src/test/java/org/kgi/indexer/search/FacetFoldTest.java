package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.indexer.search.FacetStatesTest.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.index.Schema;

/**
 * An actor taken for another across reports counts as that other in the actor facet: its reports add up with the
 * other's, a report that carries both (or two actors taken for the same one) counts once, in every segment, and the
 * merged actor is no value of its own; nothing else changes.
 */
class FacetFoldTest {
    private static final QueryTimeout NEVER = () -> false;
    private static final Map<String, List<String>> MERGES =
            Map.of("actor:brigade", List.of("actor:trb", "actor:unit"), "actor:absent", List.of("actor:x"));

    @TempDir
    Path tmp;

    @Test
    void mergedActorsCountAsTheOneTheyAreTakenForAndEachReportOnce() throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            w.addDocument(report("r1", "actor:brigade", "actor:x"));
            w.addDocument(report("r2", "actor:brigade"));
            w.addDocument(report("r3", "actor:trb", "actor:gang"));
            w.commit();
            w.addDocument(report("r4", "actor:trb", "actor:brigade", "actor:gang")); // both: once
            w.addDocument(report("r5", "actor:unit", "actor:trb")); // two taken for one: once
            w.addDocument(report("r6", "actor:gang"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                FacetStates.ReaderState state = new FacetStates().state(reader);
                FacetFold fold = FacetFold.of(reader, state, MERGES);
                assertTrue(fold.isFor(state, MERGES));
                assertEquals(Map.of("actor:brigade", 5, "actor:gang", 3, "actor:x", 1),
                        actors(reader, state, fold, new MatchAllDocsQuery()),
                        "x's merge is left out: the actor it is taken for is no value of this index");
                assertEquals(Map.of("actor:brigade", 2, "actor:gang", 3),
                        actors(reader, state, fold, new TermQuery(new Term(Schema.ACTOR, "actor:gang"))));
                assertEquals(Map.of("actor:brigade", 3, "actor:gang", 2),
                        actors(reader, state, fold, new TermQuery(new Term(Schema.ACTOR, "actor:trb"))));
                assertEquals(Map.of("actor:brigade", 3, "actor:trb", 3, "actor:gang", 3, "actor:unit", 1,
                        "actor:x", 1), actors(reader, state, FacetFold.NONE, new MatchAllDocsQuery()), "unfolded");
                assertFalse(FacetFold.of(reader, state, Map.of()).folds());
            }
        }
    }

    private static Map<String, Integer> actors(DirectoryReader reader, FacetStates.ReaderState state, FacetFold fold,
                                               Query query) throws IOException {
        FacetPass pass = FacetPass.run(new IndexSearcher(reader), query, state, fold, 100, false, NEVER);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FacetCounts.Count c : pass.counts().top(Facet.ACTOR, 10)) {
            out.put(c.value(), c.count());
        }
        return out;
    }
}
