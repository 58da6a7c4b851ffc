package org.kgi.indexer.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.index.WordPairFilter;

/**
 * Searches the exact phrases of the body in its word pairs ({@link Schema#BODY_PAIRS}): {@code "suspected members"}
 * becomes the one term {@code "suspect member"}, and {@code "a b c d e"} the phrase of the pairs {@code "a b"},
 * {@code "c d"} and {@code "d e"} at positions 0, 2 and 3, which matches the same reports. A phrase with slop, or
 * with a gap (a stop word taken out), stays as it was. The rest of the query is kept; only boolean and boosted
 * queries are looked into.
 */
final class PairPhrases {
    private PairPhrases() {
    }

    /**
     * {@code query} with the body's exact phrases searched in its word pairs, when every segment of {@code reader}
     * has them: an index written before {@link Schema#BODY_PAIRS} (schema version 5), or one being extracted again
     * into it, searches its phrases in the body as it did.
     */
    static Query rewrite(Query query, IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(Schema.BODY_PAIRS) == null) {
                return query;
            }
        }
        return rewrite(query);
    }

    static Query rewrite(Query query) {
        if (query instanceof PhraseQuery phrase) {
            return pairs(phrase);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = rewrite(boost.getQuery());
            return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bool.clauses()) {
                Query inner = rewrite(c.query());
                changed |= inner != c.query();
                b.add(inner, c.occur());
            }
            return changed ? b.build() : bool;
        }
        return query;
    }

    private static Query pairs(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length < 2 || !Schema.BODY.equals(phrase.getField())) {
            return phrase;
        }
        for (int i = 1; i < terms.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return phrase;
            }
        }
        if (terms.length == 2) {
            return new TermQuery(pair(terms, 0));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i += 2) {
            b.add(pair(terms, i), i);
        }
        if (terms.length % 2 == 1) {
            b.add(pair(terms, terms.length - 2), terms.length - 2); // the last word, with the one before it
        }
        return b.build();
    }

    private static Term pair(Term[] terms, int i) {
        return new Term(Schema.BODY_PAIRS, WordPairFilter.pair(terms[i].bytes(), terms[i + 1].bytes()));
    }
}
