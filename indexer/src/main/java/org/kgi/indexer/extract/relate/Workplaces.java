package org.kgi.indexer.extract.relate;

import java.util.List;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Where a person works, from an apposition: {@code Dr Fabienne Célestin, 44, head of the hospital's trauma unit}, {@code
 * Jean Paul, director of Sainte-Agathe Hospital}, {@code X, a nurse at the Bel-Horizon clinic}: the person is {@code
 * based_in} the facility (named there, or {@code the hospital}: the report's one hospital).
 */
final class Workplaces {
    private static final int MAX_ROLE_WORDS = 5;

    private Workplaces() {
    }

    static void add(Tokens t, Sentence s, List<Resolved> names, DocActors doc, String date, Mention ev,
                    RelationSink sink) {
        for (Resolved p : names) {
            if (!p.isActor() || !"person".equals(p.type()) || p.generic()) {
                continue;
            }
            int k = p.found().last() + 1;
            if (!t.isChar(k, ',')) {
                continue;
            }
            k++;
            if (t.isWord(k) && Character.isDigit(t.surface(k).charAt(0)) && t.isChar(k + 1, ',')) {
                k += 2; // an age
            }
            String facility = facilityAfterRole(t, s, names, doc, k);
            if (facility != null) {
                sink.add(p.id(), facility, "based_in", date, ev);
            }
        }
    }

    /** The facility after {@code (a|the)? <role words> (of|at) (the)?} from token {@code k}, else null. */
    private static String facilityAfterRole(Tokens t, Sentence s, List<Resolved> names, DocActors doc, int k) {
        int i = k;
        while (i <= s.last() && i < k + MAX_ROLE_WORDS && t.isWord(i) && !t.isCapitalised(i)
                && !t.isLower(i, "of") && !t.isLower(i, "at")) {
            i++;
        }
        if (i == k || !(t.isLower(i, "of") || t.isLower(i, "at"))) {
            return null;
        }
        int at = t.isLower(i + 1, "the") ? i + 2 : i + 1;
        for (Resolved r : names) {
            if (r.found().first() == at) {
                return r.isPlace() && "facility".equals(r.type()) ? r.id() : null;
            }
        }
        return t.isLower(i + 1, "the") && t.isWord(at) && !t.isCapitalised(at) && t.isApostrophe(at + 1)
                ? doc.facility(t.lower(at)) : null; // head of the hospital's trauma unit
    }
}
