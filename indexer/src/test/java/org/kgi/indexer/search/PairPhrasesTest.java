package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.kgi.indexer.index.Schema;

/**
 * An exact phrase searched in the body's word pairs ({@link PairPhrases}, {@link Schema#BODY_PAIRS}) matches exactly
 * the reports that Lucene's phrase query on the body matches: thousands of phrases of two to seven words cut from the
 * bundled corpus, over its reports indexed with their headlines as {@code ReportMapper} indexes them.
 */
class PairPhrasesTest {

    @Test
    void pairsAreAdjacentWordsAtTheFirstWordsPositionAndNoneSpansAStopWord() throws IOException {
        try (Analyzer a = Schema.analyzer()) {
            assertEquals(List.of("member@0", "gang@3", "fought@4", "polic@5"), tokens(a, Schema.BODY,
                    "Members of the gang fought police."));
            assertEquals(List.of("gang fought@3", "fought polic@4"), tokens(a, Schema.BODY_PAIRS,
                    "Members of the gang fought police."));
            assertEquals(List.of("suspect member@0", "member night@1", "night shark@2", "end@5"),
                    tokens(a, Schema.BODY_PAIRS, "suspected members Night Sharks. Is it"));
        }
    }

    @Test
    void everyExactPhraseFindsWhatTheBodysPhraseFinds() throws IOException, ParseException {
        List<String> texts = corpus();
        try (Directory dir = new ByteBuffersDirectory(); Analyzer analyzer = Schema.analyzer()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField(Schema.ID, i));
                    String body = texts.get(i);
                    String headline = body.lines().findFirst().orElse("");
                    doc.add(new Field(Schema.BODY, body, Schema.BODY_TYPE));
                    doc.add(new Field(Schema.BODY_PAIRS, body, Schema.PAIRS_TYPE));
                    doc.add(new Field(Schema.BODY, headline, Schema.HEADLINE_IN_BODY_TYPE));
                    doc.add(new Field(Schema.BODY_PAIRS, headline, Schema.PAIRS_TYPE));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser(Schema.BODY, analyzer);
                Random rng = new Random(11);
                int asTerm = 0;
                int asPhrase = 0;
                int kept = 0;
                for (int n = 0; n < 3_000; n++) {
                    String[] words = texts.get(rng.nextInt(texts.size())).split("\\s+");
                    int length = 2 + rng.nextInt(6);
                    int from = rng.nextInt(Math.max(1, words.length - length));
                    int to = Math.min(words.length, from + length);
                    String phrase = String.join(" ", List.of(words).subList(from, to));
                    if (rng.nextInt(10) == 0) {
                        phrase = phrase.replace(' ', '-'); // an unseen join of the same words: few or no reports
                    }
                    Query body = parser.parse("\"" + QueryParser.escape(phrase) + "\"");
                    Query pairs = PairPhrases.rewrite(body, reader);
                    assertEquals(docs(searcher, body), docs(searcher, pairs), phrase);
                    if (pairs instanceof TermQuery) {
                        asTerm++;
                    } else if (pairs != body) {
                        assertInstanceOf(PhraseQuery.class, pairs);
                        asPhrase++;
                    } else {
                        kept++;
                    }
                }
                assertTrue(asTerm > 300 && asPhrase > 300 && kept > 100, asTerm + " as a term, " + asPhrase
                        + " as a phrase of pairs, " + kept + " kept");
            }
        }
    }

    @Test
    void onlyExactPhrasesOfTheBodyAreRewrittenInsideBooleanAndBoostedQueries() throws ParseException {
        try (Analyzer analyzer = Schema.analyzer()) {
            QueryParser parser = new QueryParser(Schema.BODY, analyzer);
            Query q = parser.parse("(\"night sharks\"^2 AND police) OR title:\"night sharks\" OR \"night sharks\"~2");
            assertEquals("(+(body_pairs:night shark)^2.0 +body:polic) title:\"night shark\" body:\"night shark\"~2",
                    PairPhrases.rewrite(q).toString());
            Query untouched = parser.parse("title:\"night sharks\" OR \"members of the gang\" OR police");
            assertSame(untouched, PairPhrases.rewrite(untouched));
            assertNotSame(q, PairPhrases.rewrite(q));
        }
    }

    @Test
    void anIndexWithoutWordPairsSearchesItsPhrasesInTheBody() throws IOException, ParseException {
        try (Directory dir = new ByteBuffersDirectory(); Analyzer analyzer = Schema.analyzer()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String text : List.of("Suspected members of the gang fled.", "Members were suspected.")) {
                    Document doc = new Document();
                    doc.add(new Field(Schema.BODY, text, Schema.BODY_TYPE)); // as schema version 4 wrote it
                    w.addDocument(doc);
                    w.commit(); // one segment each
                }
                Document doc = new Document();
                doc.add(new Field(Schema.BODY, "Two suspected members were arrested.", Schema.BODY_TYPE));
                doc.add(new Field(Schema.BODY_PAIRS, "Two suspected members were arrested.", Schema.PAIRS_TYPE));
                w.addDocument(doc); // a segment extracted again since
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Query phrase = new QueryParser(Schema.BODY, analyzer).parse("\"suspected members\"");
                assertSame(phrase, PairPhrases.rewrite(phrase, reader));
                assertEquals(2, docs(new IndexSearcher(reader), PairPhrases.rewrite(phrase, reader)).size());
            }
        }
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query q) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc d : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position);
            }
            ts.end();
            if (Schema.BODY_PAIRS.equals(field) && text.endsWith("it")) {
                out.add("end@" + (position + inc.getPositionIncrement()));
            }
        }
        return out;
    }

    private static List<String> corpus() throws IOException {
        Path corpus = Path.of(System.getProperty("kgi.root", "..")).toAbsolutePath().resolve("corpus");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertTrue(texts.size() > 10, "the bundled corpus was not found at " + corpus);
        return texts;
    }
}
