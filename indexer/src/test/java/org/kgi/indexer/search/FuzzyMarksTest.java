package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.kgi.indexer.index.Schema;

/**
 * The query the snippets mark has each fuzzy word replaced by the words of the index the search ran it as, so that
 * the highlighter looks those words up in each hit instead of running an automaton over its terms; the rest of the
 * query (other words, phrases, boosts, what must and must not match) is kept as it was.
 */
class FuzzyMarksTest {
    @Test
    void fuzzyWordsBecomeTheWordsTheyMatchedAndTheRestIsKept() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
            for (String text : List.of("Police clashed with gunmen near the market.",
                    "The polis of the town held a vote.", "Gunman shot a trader.", "Farmers protested.")) {
                Document d = new Document();
                d.add(new Field(Schema.BODY, text, Schema.BODY_TYPE));
                w.addDocument(d);
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query user = new QueryParser(Schema.BODY, Schema.analyzer())
                        .parse("(+polise~2 -farmers) OR gunmen~1^2 OR \"clashed with gunmen\"");
                Query marked = HitReader.fuzzyExpanded(user, searcher);
                List<String> kinds = new ArrayList<>();
                Set<String> terms = new TreeSet<>();
                marked.visit(new QueryVisitor() {
                    @Override
                    public void visitLeaf(Query q) {
                        kinds.add(q.getClass().getSimpleName());
                    }

                    @Override
                    public void consumeTerms(Query q, Term... ts) {
                        kinds.add(q.getClass().getSimpleName());
                        for (Term t : ts) {
                            terms.add(t.text());
                        }
                    }

                    @Override
                    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                        return this;
                    }
                });
                assertTrue(kinds.stream().noneMatch(k -> k.contains("Fuzzy")), kinds.toString());
                // police and polis as the search ran polise~2, gunman and gunmen as gunmen~1; the phrase as it was
                assertTrue(terms.containsAll(Set.of("polic", "poli", "gunman", "gunmen", "clash", "farmer")),
                        terms.toString());
                assertEquals(searcher.count(user), searcher.count(marked));
                BooleanQuery top = (BooleanQuery) marked;
                assertEquals(3, top.clauses().size());
                BooleanQuery first = (BooleanQuery) top.clauses().get(0).query();
                assertEquals(List.of(BooleanClause.Occur.MUST, BooleanClause.Occur.MUST_NOT),
                        first.clauses().stream().map(BooleanClause::occur).toList());
                assertEquals(2f, ((org.apache.lucene.search.BoostQuery) top.clauses().get(1).query()).getBoost());
                assertTrue(kinds.contains("PhraseQuery"), kinds.toString());
            }
        }
    }
}
