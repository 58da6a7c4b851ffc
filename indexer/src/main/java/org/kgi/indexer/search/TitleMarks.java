package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.index.Schema;

/**
 * A hit's headline as HTML with the words the query searched for in {@code <mark>}, as the snippets mark them: the
 * words of {@code body:} (which indexes the headline too) and {@code title:}, in the form the index holds them
 * (stems), a phrase's only where they stand together, not those a query excludes. Fuzzy, wildcard and
 * regular-expression words are not marked here.
 */
final class TitleMarks {
    private final Set<String> terms;
    /** The phrases searched for: their words are marked only together, in their order. */
    private final List<List<String>> phrases;
    private final Analyzer analyzer;

    private TitleMarks(Set<String> terms, List<List<String>> phrases, Analyzer analyzer) {
        this.terms = terms;
        this.phrases = phrases;
        this.analyzer = analyzer;
    }

    static TitleMarks of(Query query, Analyzer analyzer) {
        Set<String> terms = new HashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                List<String> words = new ArrayList<>();
                for (Term t : found) {
                    if (t.field().equals(Schema.BODY) || t.field().equals(Schema.TITLE)) {
                        words.add(t.text());
                    }
                }
                if (q instanceof PhraseQuery && words.size() > 1) {
                    phrases.add(words);
                } else {
                    terms.addAll(words);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return new TitleMarks(terms, phrases, analyzer);
    }

    /** {@code title} escaped as the snippets are, its searched words in {@code <mark>}; null for no title. */
    String html(String title) {
        if (title == null) {
            return null;
        }
        Passage marks = new Passage(); // the title as one passage of its own, formatted as the snippets' are
        marks.setStartOffset(0);
        marks.setEndOffset(title.length());
        if (!terms.isEmpty() || !phrases.isEmpty()) {
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream(Schema.TITLE, title)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    words.add(term.toString());
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
                ts.end();
            } catch (IOException e) {
                words.clear(); // (a string's tokens cannot fail to be read) the title unmarked
            }
            boolean[] marked = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                marked[i] |= terms.contains(words.get(i));
                for (List<String> phrase : phrases) {
                    if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                        Arrays.fill(marked, i, i + phrase.size(), true);
                    }
                }
            }
            int done = 0;
            for (int i = 0; i < words.size(); i++) {
                int[] span = spans.get(i);
                if (marked[i] && span[0] >= done && span[1] <= title.length()) {
                    marks.addMatch(span[0], span[1], new BytesRef(words.get(i)), 1);
                    done = span[1];
                }
            }
        }
        return HitReader.EachPassageApart.ONE.format(new Passage[] {marks}, title);
    }
}
