package org.kgi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The cached analysis gives Lucene's English analysis with accents folded after the lower case token for token:
 * terms, positions, offsets and types.
 */
class StemCachingEnglishAnalyzerTest {
    /** {@link EnglishAnalyzer}'s chain with {@link ASCIIFoldingFilter} after its lower case, nothing cached. */
    static final class FoldedEnglish extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source,
                    new PorterStemFilter(new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    @Test
    void sameTokensAsEnglishAnalyzerOnTheBundledCorpusTwice() throws IOException {
        Path corpus = Path.of(System.getProperty("kgi.root", "..")).toAbsolutePath().resolve("corpus");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        texts.add("The gang's leaders' houses, RUNNING runners ran; Île-de-France's 3.5km road, naïve café, 12/03/2024 x'y"
                + " generalizations generalization generalize OPERATIONS operated \u00e9tats-unis \ud83d\ude00 emoji");
        assertTrue(texts.size() > 10, "the bundled corpus was not found at " + corpus);
        try (Analyzer lucene = new FoldedEnglish(); Analyzer cached = new StemCachingEnglishAnalyzer()) {
            int tokens = 0;
            for (int pass = 0; pass < 2; pass++) { // the second pass is served from the cache
                for (String text : texts) {
                    List<String> expected = tokens(lucene, text);
                    assertEquals(expected, tokens(cached, text));
                    tokens += expected.size();
                }
            }
            assertTrue(tokens > 10_000, "only " + tokens + " tokens compared");
            assertEquals(lucene.normalize("body", "Gang's RUNNING"), cached.normalize("body", "Gang's RUNNING"));
            assertEquals(new BytesRef("run"), cached.normalize("body", "run"));
            assertEquals(new BytesRef("velojet"), cached.normalize("body", "Vèlojet"));
            assertEquals(tokens(cached, "Velojet Etats Cafe").stream().map(t -> t.split("/")[0]).toList(),
                    tokens(cached, "Vèlojet États Café").stream().map(t -> t.split("/")[0]).toList());
        }
    }

    @Test
    void aFullCacheIsEmptiedAndStillStemsRight() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < StemCachingEnglishAnalyzer.MAX_WORDS + 500; i++) {
            text.append("w").append(Integer.toString(i, 36)).append("ing ");
        }
        text.append("operations running w0ing");
        try (Analyzer lucene = new FoldedEnglish(); Analyzer cached = new StemCachingEnglishAnalyzer()) {
            assertEquals(tokens(lucene, text.toString()), tokens(cached, text.toString()));
            assertEquals(tokens(lucene, text.toString()), tokens(cached, text.toString()));
        }
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset()
                        + "/" + type.type());
            }
            ts.end();
            out.add("end:" + offset.endOffset() + "/" + inc.getPositionIncrement());
        }
        return out;
    }
}
