package org.kgi.indexer.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Found;
import org.kgi.indexer.extract.resolve.Guess;
import org.kgi.indexer.extract.resolve.Strength;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Names made of a name and the words around it: facilities and roads ({@code Delmont police station},
 * {@code Cazeau junction}; for an organisation's {@code building} or {@code headquarters}, a site named as the
 * organisation), campuses ({@code outside the X University}) and {@code the government of X}.
 */
final class CompoundNames {
    /** Facility nouns that name an organisation's own site: the site takes the organisation's name. */
    private static final Set<String> SITE_NOUNS = WordSets.of("building", "headquarters", "compound",
            "premises", "offices", "office", "residence");
    private static final Set<String> GOVERNMENT_NOUNS = WordSets.of("government", "authorities",
            "president", "presidency", "republic");
    private static final Set<String> CAMPUS_WORDS = WordSets.of("university", "college", "academy",
            "school", "hospital", "clinic", "seminary", "institute");
    /** What is said of a campus as a site: {@code the X University was closed}. */
    private static final Set<String> SITE_STATES = WordSets.of("closed", "shut", "reopened", "evacuated", "occupied",
            "attacked", "looted", "burned", "damaged", "stormed", "surrounded", "raided");
    private static final Set<String> NATIONAL_WORDS = WordSets.of("national", "state", "federal", "royal", "republic",
            "central", "supreme", "general");
    private static final Set<String> LOCAL_TOO = WordSets.of("general", "central");
    /** What a body deals with, after its "of": {@code the General Directorate of Intelligence}. */
    private static final Set<String> BODIES_FIELDS = WordSets.of("intelligence", "security", "defence", "defense",
            "investigation", "investigations", "justice", "police", "health", "education", "interior", "finance",
            "information", "communications", "customs", "immigration", "prisons", "operations", "migration");
    private final DocContext doc;
    /** The report's capitalised words, gathered when a road's name first needs them. */
    private Set<String> capitalised;

    CompoundNames(DocContext doc) {
        this.doc = doc;
    }

    /**
     * Adds the facility or road that tokens {@code [a, b]} and the noun after them name, and returns what the
     * name alone is: its own guess when it is an actor or already a place, else a town.
     */
    Guess facility(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        int after = MentionFinder.isAcronymDefinition(t, s, b) ? b + 3 : b;
        int noun = facilityNoun(t, s, after);
        if (noun < 0) {
            return guess;
        }
        boolean actorName = guess != null && guess.kind() == Kind.ACTOR && guess.strength() >= Strength.ACRONYM;
        String type = PlaceWords.isRoadNoun(t.lower(noun)) ? "road" : "facility";
        String fname = actorName && SITE_NOUNS.contains(t.lower(noun)) ? guess.name() : MentionFinder.span(t, a, noun);
        String fkey = Names.key(fname);
        founds.add(new Found(s.index(), a, noun, t.start(a), t.end(noun), actorName ? "site" + fkey : fkey,
                Guess.place(type, fname, Strength.FACILITY)));
        if (actorName || guess != null && guess.strength() >= Strength.PLACE_OF_FACILITY) {
            return guess;
        }
        if ("road".equals(type) && a == b && betweenTowns(s, a, founds)) {
            return null; // the Juba-Yei road: two towns, not a town called Juba-Yei
        }
        return Guess.place("populated_place", MentionFinder.span(t, a, b), Strength.PLACE_OF_FACILITY);
    }

    /**
     * Whether token {@code a} names a road by the two towns it joins ({@code Juba-Yei}, {@code Mombasa-Nairobi}):
     * two capitalised halves, each a town of the gazetteer or a word the report also writes alone, and the whole not
     * a town of the gazetteer (Pétion-Ville is one town). Adds each town.
     */
    private boolean betweenTowns(Sentence s, int a, List<Found> founds) {
        Tokens t = doc.tokens();
        String w = t.surface(a);
        int dash = w.indexOf('-');
        if (dash <= 0 || dash != w.lastIndexOf('-') || dash == w.length() - 1
                || !Character.isUpperCase(w.charAt(dash + 1)) || doc.gazetteer().isCity(Names.key(w))) {
            return false;
        }
        String first = w.substring(0, dash);
        String second = w.substring(dash + 1);
        if (!townAlone(first) || !townAlone(second)) {
            return false;
        }
        int start = t.start(a);
        founds.add(new Found(s.index(), a, a, start, start + dash, Names.key(first),
                Guess.place("populated_place", first, Strength.PLACE_OF_FACILITY)));
        founds.add(new Found(s.index(), a, a, start + dash + 1, t.end(a), Names.key(second),
                Guess.place("populated_place", second, Strength.PLACE_OF_FACILITY)));
        return true;
    }

    private boolean townAlone(String half) {
        if (doc.gazetteer().isCity(Names.key(half))) {
            return true;
        }
        if (capitalised == null) {
            Tokens t = doc.tokens();
            capitalised = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.isCapitalised(i)) {
                    capitalised.add(t.surface(i));
                }
            }
        }
        return capitalised.contains(half);
    }

    /**
     * {@code the government of X}: the actor "government of X" (a government) and X a country, unless the
     * name already says otherwise.
     */
    Guess governmentOf(Sentence s, int a, int b, String name, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        if (!(t.isLower(a - 1, "of") && a - 2 >= s.first() && GOVERNMENT_NOUNS.contains(t.isWord(a - 2) ? t.lower(a - 2) : ""))
                || guess != null && guess.strength() >= Strength.COUNTRY) {
            return guess;
        }
        String gov = "government of " + name;
        founds.add(new Found(s.index(), a - 2, b, t.start(a - 2), t.end(b), Names.key(gov),
                Guess.actor("government", gov, Strength.NAME_WORD)));
        return guess != null && guess.kind() == Kind.ACTOR && guess.strength() >= Strength.ACRONYM
                ? guess : Guess.place("country", name, Strength.COUNTRY - 5);
    }

    /** What an agency keeps in a country: {@code LRI country director for X}. */
    private static final Set<String> COUNTRY_ROLES = WordSets.of("office", "director", "representative", "team",
            "programme", "program", "manager", "coordinator");

    /**
     * {@code country director for X}, {@code the X country office}: X is a country, unless the name already says
     * otherwise (an acronym or an actor before {@code country office} is the agency: the UNICEF country office).
     */
    Guess countryOffice(Sentence s, int a, int b, String name, Guess guess) {
        Tokens t = doc.tokens();
        if (guess != null && guess.strength() >= Strength.COUNTRY - 5) {
            return guess;
        }
        boolean before = a - 3 >= s.first() && t.isLower(a - 3, "country") && t.isWord(a - 2)
                && COUNTRY_ROLES.contains(t.lower(a - 2)) && (t.isLower(a - 1, "for") || t.isLower(a - 1, "in"));
        boolean after = b + 2 <= s.last() && t.isLower(b + 1, "country") && t.isLower(b + 2, "office")
                && !t.is(a, Tokens.ALL_CAPS) && (guess == null || guess.kind() == Kind.PLACE); // not UNICEF's own
        return before || after ? Guess.place("country", name, Strength.COUNTRY - 5) : guess;
    }

    /**
     * {@code National Police of X}, {@code State University of X}: a national institution's name ends with its
     * country, so X is a country (a mention inside the organisation's name), unless X is what the body deals with,
     * a town or region the gazetteer knows, or, after "General" or "Central", no country it knows.
     */
    void nationalOf(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        String key = Names.key(t.lower(b));
        if (guess == null || guess.kind() != Kind.ACTOR || b - a < 3 || !t.isLower(b - 1, "of")
                || !NATIONAL_WORDS.contains(t.lower(a)) || !t.isCapitalised(b) || BODIES_FIELDS.contains(t.lower(b))
                || doc.gazetteer().countries().byKey(key) == null && (doc.gazetteer().isCity(key)
                || doc.gazetteer().regions().isRegion(key) || LOCAL_TOO.contains(t.lower(a)))) {
            // (not the General Directorate of Intelligence: what the body does; nor the General Hospital of
            // Zitácuaro, a town's: "general" and "central" bodies may be a town's)
            return;
        }
        String country = t.surface(b);
        founds.add(new Found(s.index(), b, b, t.start(b), t.end(b), key,
                Guess.place("country", country, Strength.COUNTRY - 5)));
    }

    /**
     * An organisation that is also a site ({@code at the State University of X}, {@code the X University was closed}):
     * a facility of the same name.
     */
    void campus(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        boolean campusWord = false;
        for (int i = a; i <= b && !campusWord; i++) {
            campusWord = CAMPUS_WORDS.contains(t.lower(i));
        }
        if (guess == null || guess.kind() != Kind.ACTOR || !campusWord) {
            return;
        }
        int p = t.beforeThe(a);
        boolean closed = (t.isLower(b + 1, "was") || t.isLower(b + 1, "were") || t.isLower(b + 1, "remained"))
                && t.isWord(b + 2) && SITE_STATES.contains(t.lower(b + 2)); // the X University were closed
        if (closed || p >= s.first() && (t.isLower(p, "at") || t.isLower(p, "outside") || t.isLower(p, "inside")
                || t.isLower(p, "near") || t.isLower(p, "in"))) {
            founds.add(new Found(s.index(), a, b, t.start(a), t.end(b), "site" + Names.key(guess.name()),
                    Guess.place("facility", guess.name(), Strength.FACILITY)));
        }
    }

    /** Facilities named by a common noun and the town they are in: {@code the central market of X}. */
    private static final Set<String> OF_TOWN_HEADS = WordSets.of("station", "market", "hospital", "prison", "airport",
            "barracks", "stadium", "cathedral", "courthouse", "house", "hall");
    /** Words that may come between {@code the} and such a noun; {@code house} and {@code hall} need one of the last. */
    private static final Set<String> OF_TOWN_MODIFIERS = WordSets.of("former", "old", "main", "central", "new",
            "general", "regional", "municipal", "provincial", "district", "referral", "civil", "military", "public",
            "police", "abandoned", "customs", "town", "city", "court", "guest", "state", "government");
    private static final Set<String> PAST_MODIFIERS = WordSets.of("former", "old", "new", "abandoned");
    private static final Set<String> HOUSE_MODIFIERS = WordSets.of("customs", "town", "city", "court", "guest",
            "state", "government");

    /**
     * {@code the former customs house of Saint-Ophir}, {@code the central market of Goma}: a facility named by those
     * words, in the town {@code [a, b]} (a place, or a name of no known kind).
     */
    void facilityOf(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        int head = a - 2;
        if (guess != null && guess.kind() != Kind.PLACE || !t.isLower(a - 1, "of") || head <= s.first()
                || !t.isWord(head) || !OF_TOWN_HEADS.contains(t.lower(head))) {
            return;
        }
        String h = t.lower(head);
        String modifier = t.isWord(head - 1) ? t.lower(head - 1) : "";
        if ((h.equals("house") || h.equals("hall")) && !HOUSE_MODIFIERS.contains(modifier)) {
            return;
        }
        int first = head;
        while (first - 1 > s.first() && t.isWord(first - 1) && OF_TOWN_MODIFIERS.contains(t.lower(first - 1))
                && !t.isCapitalised(first - 1)) {
            first--;
        }
        if (!t.isLower(first - 1, "the")) {
            return;
        }
        int core = first;
        while (core < head && PAST_MODIFIERS.contains(t.lower(core))) {
            core++;
        }
        String name = MentionFinder.span(t, first, b);
        // one key with "Town central market", which the report may also write
        String key = Names.key(MentionFinder.span(t, a, b) + " " + MentionFinder.span(t, core, head));
        founds.add(new Found(s.index(), first, b, t.start(first), t.end(b), key,
                Guess.place("facility", name, Strength.FACILITY)));
    }

    private static int facilityNoun(Tokens t, Sentence s, int b) {
        int n = b + 1;
        if (n > s.last() || !t.isWord(n) || t.isCapitalised(n)) {
            return -1;
        }
        if (n + 1 <= s.last() && t.isWord(n + 1) && "armed_group".equals(ActorWords.groupNounType(t.lower(n + 1)))) {
            return -1; // the Indian Posse street gang, the Barrio Azteca prison gang: a group's kind, not a place
        }
        if (PlaceWords.isFacilityNoun(t.lower(n))) {
            return n;
        }
        if (n + 1 <= s.last() && FacilityModifiers.is(t.lower(n)) && t.isWord(n + 1) && !t.isCapitalised(n + 1)
                && PlaceWords.isFacilityNoun(t.lower(n + 1))) {
            return n + 1;
        }
        return -1;
    }
}
