package org.kgi.indexer.search;

import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Turns the required clauses that score every match alike ({@link IdOrderTop#scoresAlike}: an entity, a year...)
 * into filters where other clauses score: {@code gang AND actor:police} searches {@code gang} among the reports that
 * name the police. Every match has such a clause, so it adds the same to every score and changes no order (but
 * where float rounding of that sum made or broke a tie); as a
 * filter it lets Lucene skip the blocks where the other clauses cannot make the page, which a scored entity term
 * prevented (the top 10 of {@code gang AND actor:police} at 1,000,000 reports: 19 ms scored, 1.8 ms filtered, the
 * same reports). The scores shown drop by that constant: {@code gang AND actor:police} scores as {@code gang} with
 * {@code actor=} selected. Only clauses every match must have are turned: a required clause of the query, or of a
 * required part of it; an optional part's clauses are left scored, since there the constant is not added to every
 * match. A query with nothing else that scores is left as it is ({@link IdOrderTop} pages it).
 */
final class RequiredAlike {
    private RequiredAlike() {
    }

    static Query asFilters(Query query, IndexReader reader) {
        if (query instanceof BoostQuery boost) {
            Query inner = asFilters(boost.getQuery(), reader);
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        List<BooleanClause> clauses = bool.clauses();
        boolean[] alike = new boolean[clauses.size()];
        boolean othersScore = false;
        for (int i = 0; i < alike.length; i++) {
            BooleanClause c = clauses.get(i);
            alike[i] = c.occur() == BooleanClause.Occur.MUST && IdOrderTop.scoresAlike(c.query(), reader);
            othersScore |= c.isScoring() && !alike[i];
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (int i = 0; i < alike.length; i++) {
            BooleanClause c = clauses.get(i);
            Query q = c.query();
            BooleanClause.Occur occur = c.occur();
            if (othersScore && alike[i]) {
                occur = BooleanClause.Occur.FILTER;
            } else if (occur == BooleanClause.Occur.MUST) {
                q = asFilters(q, reader);
            }
            changed |= q != c.query() || occur != c.occur();
            b.add(q, occur);
        }
        return changed ? b.build() : query;
    }
}
