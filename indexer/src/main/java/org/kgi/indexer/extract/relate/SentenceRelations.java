package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.mention.NameChunker;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Relations one sentence states by its wording: {@code X/Y} and {@code X alongside Y} acted together;
 * {@code P, Region} and {@code P in Q} are located in; a facility is located in the place it is named
 * after; {@code A of/under/within the B} is part of; {@code G led by P}, {@code G leader P},
 * {@code P, leader of G}, {@code P's G} leads; and any two named actors are mentioned together.
 */
final class SentenceRelations {
    private static final Set<String> PART_OF_CUES = WordSets.of("of", "under", "within", "in", "from");
    private static final Set<String> LEADER_NOUNS = WordSets.of("leader", "leaders", "head", "chief", "commander",
            "boss", "founder", "ringleader", "kingpin", "chairman", "president", "director", "second-in-command",
            "deputy", "co-founder");
    private static final int MAX_PAIRS_ACTORS = 10;
    /** Verbs not in -ed that put a group before a person it does not lead: {@code police caught gang leader P}. */
    private static final Set<String> VERBS_BEFORE_A_NAME = WordSets.of("met", "caught", "shot", "held", "took", "hit",
            "sought", "told", "said", "saw", "named", "and", "or", "with", "by", "against", "killed", "freed", "won",
            "lost", "fought", "seized", "beat", "hunt", "hunts", "arrest", "arrests", "kill", "kills");

    private SentenceRelations() {
    }

    /**
     * @param before the names of the sentence before, in the same paragraph (else empty)
     * @param ev     the sentence {@code s}, each relation's evidence
     */
    static void add(Tokens t, Sentence s, List<Resolved> names, List<Resolved> before, DocActors doc, String date,
                    Mention ev, RelationSink sink) {
        together(t, s, names, before, doc, date, ev, sink);
        if (names.size() < 2) {
            return; // every relation below links two names
        }
        List<Resolved> actors = new ArrayList<>();
        for (Resolved r : names) {
            if (r.isActor() && !r.generic()) {
                actors.add(r);
            }
        }
        for (int i = 0; i + 1 < names.size(); i++) {
            Resolved a = names.get(i);
            Resolved b = names.get(i + 1);
            int gapFrom = a.found().last() + 1;
            int gapTo = b.found().first() - 1;
            if (a.isActor() && b.isActor() && !a.generic() && !b.generic()) {
                if (gapFrom == gapTo && t.isChar(gapFrom, '/') || hasWord(t, gapFrom, gapTo, "alongside", 6)) {
                    sink.addSymmetric(a.id(), b.id(), "acted_together", date, ev);
                }
                if (gapTo - gapFrom <= 2 && gapTo >= gapFrom && PART_OF_CUES.contains(t.lower(gapFrom))
                        && isUnit(a.type()) && isUnit(b.type())) {
                    String last = t.lower(a.found().last());
                    if (t.isLower(gapFrom, "of") && last.endsWith("s") && ActorWords.groupNounType(last) != null
                            && !doc.isLabel(a.id())) {
                        sink.add(b.id(), a.id(), "part_of", date, ev); // FARC dissidents of the 10th Front: a front of theirs
                    } else {
                        sink.add(a.id(), b.id(), "part_of", date, ev);
                    }
                }
            }
            if (a.isPlace() && b.isPlace()) {
                if (gapFrom == gapTo && t.isChar(gapFrom, ',') && broader(b.type(), a.type())) {
                    sink.add(a.id(), b.id(), "located_in", date, ev); // "P in Q": see apposedAndPlaced
                } else if (gapFrom == gapTo && t.isChar(gapFrom, ',') && broader(a.type(), b.type())
                        && (placeNounAt(t, b.found().last()) || placeNounAt(t, b.found().last() + 1))) {
                    // a log's heading, the town first: "San Lorenzo, Nueva Esperanza neighbourhood"
                    sink.add(b.id(), a.id(), "located_in", date, ev);
                }
            }
            if (a.isPlace() && b.isPlace() && a.found().first() == b.found().first() && a.found().last() > b.found().last()) {
                sink.add(a.id(), b.id(), "located_in", date, ev);
            }
        }
        facilities(names, date, ev, sink);
        apposedAndPlaced(t, names, date, ev, sink);
        leads(t, s, actors, doc, date, ev, sink);
        countryLed(t, s, actors, doc, date, ev, sink);
        int n = Math.min(actors.size(), MAX_PAIRS_ACTORS);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sink.addSymmetric(actors.get(i).id(), actors.get(j).id(), "mentioned_together", date, ev);
            }
        }
    }

    /** Whether token {@code i} is a place's noun: {@code neighbourhood}, {@code parish}, {@code village}. */
    private static boolean placeNounAt(Tokens t, int i) {
        return t.isWord(i) && PlaceWords.nounAfterType(t.lower(i)) != null;
    }

    /** Nouns of belonging in an apposition: {@code X, a member of the Y coalition}, {@code X, a unit of Y}. */
    private static final Set<String> MEMBER_NOUNS = WordSets.of("member", "unit", "faction", "affiliate", "wing",
            "branch", "cell", "part");
    /** Words that put a place on or in the next: {@code the X junction on National Road 4}, {@code X station in Y}. */
    private static final Set<String> ON_OR_IN = WordSets.of("in", "on", "along");

    /**
     * Each name with the next one that starts after it (names nested in a longer one skipped): {@code X, a member of
     * (the) Y} is part of Y; a place {@code in}, {@code on} or {@code along (the)} another is located in it (not in
     * a narrower one, unless right before a bare {@code in}).
     */
    private static void apposedAndPlaced(Tokens t, List<Resolved> names, String date, Mention ev, RelationSink sink) {
        for (int i = 0; i < names.size(); i++) {
            Resolved a = names.get(i);
            Resolved b = null;
            for (int j = i + 1; j < names.size() && b == null; j++) {
                b = names.get(j).found().first() > a.found().last() ? names.get(j) : null;
            }
            if (b == null) {
                return;
            }
            int from = a.found().last() + 1;
            int to = t.beforeThe(b.found().first());
            if (a.isActor() && b.isActor() && !a.generic() && !b.generic() && isUnit(b.type()) && t.isChar(from, ',')
                    && t.isLower(to, "of") && to - from <= 3 && MEMBER_NOUNS.contains(t.lower(to - 1))) {
                sink.add(a.id(), b.id(), "part_of", date, ev);
            }
            boolean bareIn = t.isLower(from, "in") && from == b.found().first() - 1; // "P in Q", whatever their types
            if (t.isChar(from, ',') && t.isLower(from + 1, "in") && from + 1 == b.found().first() - 1) {
                from++; // near Puerto Cubarro, in Calamar
                bareIn = true;
            } else if (t.isChar(from, ',') && t.isLower(from + 1, "in") && to == from + 1 && a.isPlace()
                    && "road".equals(a.type())) {
                from++; // a bar on Rua Dom Pedro I, in the Jurema neighbourhood
            }
            if (a.isPlace() && b.isPlace() && from == to && ON_OR_IN.contains(t.lower(from))
                    && !"country".equals(a.type()) && (bareIn || !broader(a.type(), b.type()))) {
                sink.add(a.id(), b.id(), "located_in", date, ev);
            }
        }
    }

    /**
     * A facility named after a place ({@code Liancourt police station}, {@code the central market of Goma}) is in it;
     * found in text order.
     */
    private static void facilities(List<Resolved> names, String date, Mention ev, RelationSink sink) {
        for (int i = 0; i < names.size(); i++) {
            Resolved f = names.get(i);
            if (!f.isPlace() || !("facility".equals(f.type()) || "road".equals(f.type()))) {
                continue;
            }
            for (int j = Math.max(0, i - 2); j < Math.min(names.size(), i + 3); j++) {
                Resolved p = names.get(j);
                boolean inside = p.found().first() == f.found().first() && p.found().last() < f.found().last()
                        || p.found().last() == f.found().last() && p.found().first() > f.found().first(); // X of Town
                if (j != i && p.isPlace() && inside) {
                    sink.add(f.id(), p.id(), "located_in", date, ev);
                }
            }
        }
    }

    /** Words that end a phrase of acting together, before the partner: {@code together with}, {@code jointly with}. */
    private static final Set<String> TOGETHER = WordSets.of("together", "jointly", "coordination", "cooperation",
            "collaboration", "hand", "support", "coordinated", "working", "worked", "alongside");

    /**
     * {@code A ... together with B}, {@code jointly with}, {@code in coordination with}, {@code hand in hand with},
     * {@code with the support of B}, {@code working with B}, {@code alongside B}: A and B acted together. A is the
     * sentence's first force before the phrase (not the target between: {@code X struck Y in coordination with B}; not
     * one named after {@code according to}), or the sentence's opening {@code The mission}, or, for an operation
     * {@code coordinated with B} that the sentence names no one else in, the first force of the sentence before
     * ({@code the army's general staff said a strike had been carried out ... The statement said the operation had been
     * coordinated with the police}); a common noun on either side stands for the report's one named actor of that word
     * ({@code our police}: the National Police of X).
     */
    private static void together(Tokens t, Sentence s, List<Resolved> names, List<Resolved> before, DocActors doc,
                                 String date, Mention ev, RelationSink sink) {
        for (int i = s.first() + 1; i < s.last(); i++) {
            int partnerFrom = partnerAfter(t, i);
            if (partnerFrom < 0) {
                continue;
            }
            String b = null;
            String a = null;
            int relative = relativeBefore(t, s, i);
            for (Resolved r : names) {
                if (!r.isActor()) {
                    continue;
                }
                int first = r.found().first();
                if (b == null && first >= partnerFrom && first <= partnerFrom + 1) {
                    b = unitId(t, r, doc);
                } else if (relative > 0 && (r.found().last() == relative - 1
                        || t.isChar(relative - 1, ')') && r.found().last() == relative - 2)) {
                    a = unitId(t, r, doc); // the Joint Forces that fight alongside the SAF: the clause's antecedent
                } else if (a == null && r.found().last() < i && !accordingTo(t, s, r.found().first())
                        && !NameChunker.datelineSource(t, s, r.found().first(), r.found().last())) {
                    a = unitId(t, r, doc); // the sentence's first force: who acted with the partner
                }
            }
            int open = t.isChar(s.first(), '"') || t.isChar(s.first(), '\u201c') ? s.first() + 1 : s.first();
            if (a == null && t.isLower(open, "the") && t.isWord(open + 1) && DocActors.isOwnerWord(t.lower(open + 1))) {
                a = doc.owner(t.lower(open + 1)); // "The mission ... will act together with the NPM"
            }
            if (a == null && b != null && (t.isLower(i, "coordinated") || t.isLower(i, "coordination"))) {
                for (Resolved r : before) {
                    a = a == null && r.isActor() ? unitId(t, r, doc) : a;
                }
            }
            if (a != null && b != null && !a.equals(b)) {
                sink.addSymmetric(a, b, "acted_together", date, ev);
            }
        }
    }

    /**
     * The relative pronoun of a clause whose verb comes right before {@code i} ({@code the Joint Forces that fight
     * alongside}), or -1.
     */
    private static int relativeBefore(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 3); k--) {
            if (t.isWord(k) && RELATIVES.contains(t.lower(k))) {
                return k < i - 1 ? k : -1;
            }
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> RELATIVES = WordSets.of("that", "which", "who");

    /** Whether the name at {@code at} tells the sentence: {@code according to a report by the UN Panel of Experts}. */
    private static boolean accordingTo(Tokens t, Sentence s, int at) {
        for (int k = at - 1; k >= Math.max(s.first(), at - 6) && !t.isPunct(k); k--) {
            if (t.isLower(k, "according")) {
                return true;
            }
        }
        return false;
    }

    /** Where the partner's name may start when token {@code i} ends a phrase of acting together, else -1. */
    private static int partnerAfter(Tokens t, int i) {
        if (!t.isWord(i) || !TOGETHER.contains(t.lower(i))) {
            return -1;
        }
        String w = t.lower(i);
        int next;
        if (w.equals("support")) { // with the support of
            boolean with = t.isLower(i - 1, "the") && t.isLower(i - 2, "with");
            next = with && t.isLower(i + 1, "of") ? i + 2 : -1;
        } else if (w.equals("hand")) { // hand in hand with
            next = t.isLower(i - 1, "in") && t.isLower(i - 2, "hand") && t.isLower(i + 1, "with") ? i + 2 : -1;
        } else if (w.equals("together") || w.equals("jointly") || w.equals("coordinated") || w.equals("working")
                || w.equals("worked")) {
            next = t.isLower(i + 1, "with") ? i + 2 : -1;
        } else if (w.equals("alongside")) {
            next = i + 1;
        } else { // in coordination with
            next = t.isLower(i - 1, "in") && t.isLower(i + 1, "with") ? i + 2 : -1;
        }
        if (next > 0 && (t.isLower(next, "the") || t.isLower(next, "our") || t.isLower(next, "their"))) {
            next++;
        }
        return next;
    }

    /** The id of a force or organisation: a named one, or the report's one named actor a common noun stands for. */
    private static String unitId(Tokens t, Resolved r, DocActors doc) {
        if (!isUnit(r.type()) || doc.isLabel(r.id())) {
            return null;
        }
        return r.generic() ? doc.owner(t.lower(r.found().last())) : r.id();
    }

    /** What a country leads: {@code the Kenyan-led police force}, {@code a US-led coalition}. */
    private static final Set<String> LED_HEADS = WordSets.of("coalition", "alliance", "force", "forces", "mission",
            "operation", "contingent", "troops", "peacekeepers");

    /**
     * A named force in apposition to {@code the <Demonym>-led force} is led by that country when the report names it:
     * {@code the Joint Security Assistance Mission (JSAM), the Kenyan-led police force}, {@code a Kenyan-led
     * international police force, the Joint Security Assistance Mission}.
     */
    private static void countryLed(Tokens t, Sentence s, List<Resolved> actors, DocActors doc, String date, Mention ev,
                                   RelationSink sink) {
        for (int i = s.first(); i <= s.last(); i++) {
            String country = t.isWord(i) && t.lower(i).endsWith("-led") ? doc.ledBy(t.lower(i)) : null;
            if (country == null) {
                continue;
            }
            int head = t.nounWithin(s, i, 3, LED_HEADS);
            if (head < 0) {
                continue;
            }
            Resolved org = apposedTo(t, actors, doc, i, head);
            if (org != null) {
                sink.add(country, org.id(), "leads", date, ev);
            }
        }
    }

    /**
     * The named force or organisation in apposition to the noun phrase {@code [first, last]} (its article before
     * {@code first}): right after it ({@code , the X}, {@code (X)}) or right before it ({@code X (ACR), the ...}).
     */
    private static Resolved apposedTo(Tokens t, List<Resolved> actors, DocActors doc, int first, int last) {
        int article = t.isLower(first - 1, "the") || t.isLower(first - 1, "a") || t.isLower(first - 1, "an")
                ? first - 1 : first;
        Resolved before = null;
        for (Resolved r : actors) {
            if (!isUnit(r.type()) || doc.isLabel(r.id())) {
                continue;
            }
            int gapFrom = last + 1;
            int gapTo = r.found().first() - 1;
            if (gapTo >= gapFrom && gapTo - gapFrom <= 1 && (t.isChar(gapFrom, ',') || t.isChar(gapFrom, '('))
                    && (gapTo == gapFrom || t.isLower(gapTo, "the"))) {
                return r;
            }
            if (r.found().last() < article && t.isChar(article - 1, ',')
                    && (before == null || r.found().last() > before.found().last())) {
                before = r;
            }
        }
        if (before == null) {
            return null;
        }
        for (int k = before.found().last() + 1; k < article - 1; k++) { // only "(ACR)" of the same actor between
            if (!t.isChar(k, '(') && !t.isChar(k, ')') && !sameActorAt(actors, before.id(), k)) {
                return null;
            }
        }
        return before;
    }

    private static boolean sameActorAt(List<Resolved> actors, String id, int token) {
        for (Resolved r : actors) {
            if (r.id().equals(id) && r.found().first() <= token && token <= r.found().last()) {
                return true;
            }
        }
        return false;
    }

    private static void leads(Tokens t, Sentence s, List<Resolved> actors, DocActors doc, String date, Mention ev,
                              RelationSink sink) {
        for (Resolved p : actors) {
            if (!"person".equals(p.type())) {
                continue;
            }
            if (t.isLower(p.found().first() - 1, "of") && t.isLower(p.found().first() - 2, "authority")) {
                // fighters of G no longer recognised the authority of P: P leads G (the sentence's first group)
                actors.stream().filter(g -> g.found().last() < p.found().first() && isGroup(g.type())
                        && !doc.isLabel(g.id())).findFirst()
                        .ifPresent(g -> sink.add(p.id(), g.id(), "leads", date, ev));
            }
            for (Resolved g : actors) {
                if (g == p || !isGroup(g.type()) || doc.isLabel(g.id())) {
                    continue;
                }
                if (leadsBetween(t, p, g)) {
                    sink.add(p.id(), g.id(), "leads", date, ev);
                }
            }
        }
    }

    private static boolean leadsBetween(Tokens t, Resolved p, Resolved g) {
        int pFirst = p.found().first();
        int pLast = p.found().last();
        int gFirst = g.found().first();
        int gLast = g.found().last();
        if (gLast < pFirst) {
            int from = gLast + 1;
            int to = pFirst - 1;
            return to - from <= 3 && (hasWord(t, from, to, "led", 4) || leaderNounBetween(t, from, to)
                    || t.isChar(from, ',') && leaderOf(t, gFirst) && onlyCapitalised(t, pastTogether(t, from + 1), to));
            // the commander of the TRB, Commissioner X; one of the leaders of G, together with P; not "the leader of G,
            // met P"
        }
        int from = pLast + 1;
        int to = gFirst - 1;
        if (to - from > 5) {
            return false;
        }
        boolean possessive = t.isApostrophe(from);
        return possessive && to - from <= 3 || hasAny(t, from, to, LEADER_NOUNS) || hasWord(t, from, to, "whose", 3);
    }

    /**
     * Whether the words between a group and a person name him its leader: {@code the G gang leader, P}, {@code G's
     * commander General P}; not {@code G arrested gang leader P} (a verb between them).
     */
    private static boolean leaderNounBetween(Tokens t, int from, int to) {
        boolean leader = false;
        for (int i = from; i <= to; i++) {
            String w = t.lower(i);
            leader |= t.isWord(i) && LEADER_NOUNS.contains(w);
            if (t.isWord(i) && (w.endsWith("ed") || VERBS_BEFORE_A_NAME.contains(w))
                    || t.isPunct(i) && !t.isChar(i, ',') && !t.isApostrophe(i) && !t.isChar(i, '"')
                    && !t.isChar(i, '\u201c')) {
                return false;
            }
        }
        return leader;
    }

    /** The token after {@code together with}, {@code along with} or {@code alongside} at {@code i}, else {@code i}. */
    private static int pastTogether(Tokens t, int i) {
        if ((t.isLower(i, "together") || t.isLower(i, "along")) && t.isLower(i + 1, "with")) {
            return i + 2;
        }
        return t.isLower(i, "alongside") ? i + 1 : i;
    }

    /** Whether tokens {@code from} to {@code to} are all capitalised words (a title: {@code Divisional Commissioner}). */
    private static boolean onlyCapitalised(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.isWord(i) || !t.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name starting at {@code g} follows {@code leader of (the)}. */
    private static boolean leaderOf(Tokens t, int g) {
        int i = t.beforeThe(g);
        return t.isLower(i, "of") && t.isWord(i - 1) && LEADER_NOUNS.contains(t.lower(i - 1));
    }

    private static boolean hasWord(Tokens t, int from, int to, String word, int maxGap) {
        if (to < from || to - from >= maxGap) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (t.isLower(i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(Tokens t, int from, int to, Set<String> words) {
        for (int i = from; i <= to; i++) {
            if (t.isWord(i) && words.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnit(String type) {
        return "security_force".equals(type) || "organization".equals(type) || "government".equals(type)
                || "armed_group".equals(type);
    }

    private static boolean isGroup(String type) {
        return isUnit(type); // not a person, civilians or a name of no known kind
    }

    private static boolean broader(String outer, String inner) {
        return "country".equals(outer) && !"country".equals(inner) || "region".equals(outer) && !"country".equals(inner)
                && !"region".equals(inner)
                || "populated_place".equals(outer) && ("neighbourhood".equals(inner) || "facility".equals(inner)
                || "road".equals(inner));
    }
}
