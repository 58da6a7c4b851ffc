package org.kgi.indexer.extract.relate;

import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * The countries that man a multinational force ({@link DocActors#isMultinational}): the country {@code contributes_to}
 * the force, when the report names the country and a sentence says that its people serve in the force:
 * <ul>
 *   <li>{@code the JSAM, made up of 400 Kenyan police officers}, {@code MONUSCO, including Indian peacekeepers};</li>
 *   <li>{@code Kenyan police officers of the MSS}, {@code Burundian troops serving with ATMIS}, {@code Ethiopian troops
 *       deployed under ATMIS};</li>
 *   <li>{@code the mission now has 900 personnel from Kenya, Jamaica and two other countries} ({@code the mission}:
 *       the report's one mission).</li>
 * </ul>
 * The host country's forces, named beside the mission ({@code Haitian police and Kenyan officers of the MSS}), are
 * not linked to it: the phrase must be tied to the force by one of those words.
 */
final class Contingents {
    /** Nouns of people a country sends. */
    private static final Set<String> PERSONNEL = WordSets.of("police", "policemen", "officers", "troops", "soldiers",
            "personnel", "peacekeepers", "contingent", "contingents", "forces", "gendarmes", "marines", "battalion",
            "units", "staff");
    /** Words between a force and the personnel it is made of: {@code X, made up of 400 Kenyan officers}. */
    private static final Set<String> MADE_OF = WordSets.of("made", "up", "of", "comprising", "composed", "consisting",
            "including", "includes", "with", "has", "had", "about", "around", "some", "nearly", "more", "than",
            "the", "a", "its", "first", "second", "third", "new");
    /** Words between personnel and the force they serve in: {@code Kenyan officers serving with the MSS}. */
    private static final Set<String> SERVING_IN = WordSets.of("of", "with", "in", "under", "serving", "deployed",
            "attached", "to", "from", "for", "the", "within");

    private Contingents() {
    }

    static void add(Tokens t, Sentence s, List<Resolved> names, DocActors doc, String date, Mention ev,
                    RelationSink sink) {
        if (!doc.hasMultinational()) {
            return;
        }
        Resolved force = null;
        for (Resolved r : names) {
            if (r.isActor() && doc.isMultinational(r.id())) {
                if (force != null && !force.id().equals(r.id())) {
                    return; // two forces: which one the country mans is not said here
                }
                force = r;
            }
        }
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            if (force != null && t.isCapitalised(i)) {
                String country = doc.demonymCountry(t.lower(i));
                int noun = country == null ? -1 : t.nounWithin(s, i, 3, PERSONNEL);
                while (noun >= 0 && noun < s.last() && t.isWord(noun + 1) && PERSONNEL.contains(t.lower(noun + 1))) {
                    noun++; // Kenyan police officers
                }
                if (noun >= 0 && (madeOf(t, force, i) || servesIn(t, noun, force))) {
                    sink.add(country, force.id(), "contributes_to", date, ev);
                }
            }
            if (PERSONNEL.contains(t.lower(i)) && t.isLower(i + 1, "from")) {
                String to = force != null ? force.id() : theMission(t, s, doc, i);
                if (to != null) {
                    countriesFrom(t, names, i + 2, to, date, ev, sink);
                }
            }
        }
    }

    /** {@code FORCE, made up of 400 <demonym>}: only words of {@link #MADE_OF}, numbers and a comma between. */
    private static boolean madeOf(Tokens t, Resolved force, int demonym) {
        int from = force.found().last() + 1;
        if (demonym <= from || demonym - from > 8) {
            return false;
        }
        for (int k = from; k < demonym; k++) {
            boolean number = t.isWord(k) && Character.isDigit(t.surface(k).charAt(0));
            if (!number && !t.isChar(k, ',') && !t.isChar(k, ')') && !(t.isWord(k) && MADE_OF.contains(t.lower(k)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code <demonym> officers of the FORCE}, {@code ... troops serving with FORCE}: the force within four words. */
    private static boolean servesIn(Tokens t, int noun, Resolved force) {
        int to = force.found().first();
        if (to <= noun + 1 || to - noun > 5) {
            return false;
        }
        for (int k = noun + 1; k < to; k++) {
            if (!t.isWord(k) || !SERVING_IN.contains(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The report's one mission when the sentence speaks of {@code the mission} before the personnel noun, else null. */
    private static String theMission(Tokens t, Sentence s, DocActors doc, int personnel) {
        for (int k = s.first() + 1; k < personnel; k++) {
            if ((t.isLower(k, "mission") || t.isLower(k, "force")) && t.isLower(k - 1, "the")) {
                String id = doc.owner(t.lower(k));
                return id != null && doc.isMultinational(id) ? id : null;
            }
        }
        return null;
    }

    /** The countries listed from token {@code k} on ({@code Kenya, Jamaica and two other countries}). */
    private static void countriesFrom(Tokens t, List<Resolved> names, int k, String force, String date, Mention ev,
                                      RelationSink sink) {
        int at = k;
        for (Resolved r : names) {
            if (r.found().first() < at) {
                continue;
            }
            if (r.found().first() != at || !r.isPlace() || !"country".equals(r.type())) {
                return;
            }
            sink.add(r.id(), force, "contributes_to", date, ev);
            at = r.found().last() + 1;
            if (t.isChar(at, ',')) {
                at++;
            }
            if (t.isLower(at, "and")) {
                at++;
            }
        }
    }
}
