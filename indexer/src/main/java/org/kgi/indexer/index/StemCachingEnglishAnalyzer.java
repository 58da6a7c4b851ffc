package org.kgi.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link EnglishAnalyzer} (standard tokenizer, possessives, lower case, English stop words, Porter stems),
 * with accents folded after the lower case ({@code vèlojet} is {@code velojet}, as Aleph's analysis folds them), and
 * otherwise token for token, with each word's stem remembered: the same few thousand words make most of a corpus,
 * and the Porter stemmer was a third of the body's analysis when indexing. The stemmer is Lucene's own
 * {@link PorterStemFilter}; a word seen before is given its stem and marked a keyword so that the stemmer leaves it,
 * and the mark is taken off again after it. The cache belongs to one thread's token stream (Lucene reuses a stream
 * per thread) and is emptied when it holds {@value #MAX_WORDS} words. The field {@link Schema#BODY_PAIRS} gets pairs
 * of these words ({@link WordPairFilter}).
 */
public final class StemCachingEnglishAnalyzer extends Analyzer {
    static final int MAX_WORDS = 50_000;

    /** A token stream per field and thread: {@link Schema#BODY_PAIRS} ends in its own filter. */
    public StemCachingEnglishAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        Stems stems = new Stems();
        result = new Remember(new PorterStemFilter(new Recall(result, stems)), stems);
        if (Schema.BODY_PAIRS.equals(fieldName)) {
            result = new WordPairFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    /** A phrase never spans two values of a field: the body and the headline indexed after it ({@link Schema#BODY}). */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return Schema.POSITION_GAP;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The words stemmed so far, and what the current token was before the stemmer saw it. */
    private static final class Stems {
        final CharArrayMap<char[]> byWord = new CharArrayMap<>(1024, false);
        char[] word = new char[32];
        int wordLength;
        /** Whether the current token's stem came from the cache (and the keyword mark is ours to take off). */
        boolean recalled;
        /** Whether the token was a keyword before us: left to the stemmer's own rule and not remembered. */
        boolean keyword;
    }

    /** A filter on either side of the stemmer, sharing the term, its keyword mark and the stems. */
    private abstract static class StemsFilter extends TokenFilter {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        final Stems stems;

        StemsFilter(TokenStream in, Stems stems) {
            super(in);
            this.stems = stems;
        }

        @Override
        public final boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            onToken();
            return true;
        }

        /** What the filter does to each token, once its input has given it. */
        abstract void onToken();
    }

    /** Before the stemmer: a word seen before gets its stem and the keyword mark; another is noted down. */
    private static final class Recall extends StemsFilter {
        Recall(TokenStream in, Stems stems) {
            super(in, stems);
        }

        @Override
        void onToken() {
            stems.recalled = false;
            stems.keyword = keyword.isKeyword();
            if (stems.keyword) {
                return;
            }
            char[] stem = stems.byWord.get(term.buffer(), 0, term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
                stems.recalled = true;
            } else {
                if (stems.word.length < term.length()) {
                    stems.word = new char[term.length() * 2];
                }
                System.arraycopy(term.buffer(), 0, stems.word, 0, term.length());
                stems.wordLength = term.length();
            }
        }
    }

    /** After the stemmer: the keyword mark taken off a recalled word, a new word's stem remembered. */
    private static final class Remember extends StemsFilter {
        Remember(TokenStream in, Stems stems) {
            super(in, stems);
        }

        @Override
        void onToken() {
            if (stems.recalled) {
                keyword.setKeyword(false);
            } else if (!stems.keyword) {
                if (stems.byWord.size() >= MAX_WORDS) {
                    stems.byWord.clear();
                }
                char[] word = new char[stems.wordLength];
                System.arraycopy(stems.word, 0, word, 0, stems.wordLength);
                char[] stem = new char[term.length()];
                System.arraycopy(term.buffer(), 0, stem, 0, term.length());
                stems.byWord.put(word, stem);
            }
        }
    }
}
