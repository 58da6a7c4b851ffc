package org.kgi.indexer.extract.mention;

import java.util.List;
import java.util.Set;
import org.kgi.graph.Kind;
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
    private static final Set<String> NATIONAL_WORDS = WordSets.of("national", "state", "federal", "royal", "republic",
            "central", "supreme", "general");
    private final DocContext doc;

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
        return Guess.place("populated_place", MentionFinder.span(t, a, b), Strength.PLACE_OF_FACILITY);
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

    /**
     * {@code National Police of X}, {@code State University of X}: a national institution's name ends with its
     * country, so X is a country (a mention inside the organisation's name).
     */
    void nationalOf(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        if (guess == null || guess.kind() != Kind.ACTOR || b - a < 3 || !t.isLower(b - 1, "of")
                || !NATIONAL_WORDS.contains(t.lower(a)) || !t.isCapitalised(b)) {
            return;
        }
        String country = t.surface(b);
        founds.add(new Found(s.index(), b, b, t.start(b), t.end(b), Names.key(t.lower(b)),
                Guess.place("country", country, Strength.COUNTRY - 5)));
    }

    /** An organisation that is also a site ({@code at the State University of X}): a facility of the same name. */
    void campus(Sentence s, int a, int b, Guess guess, List<Found> founds) {
        Tokens t = doc.tokens();
        boolean campusWord = false;
        for (int i = a; i <= b && !campusWord; i++) {
            campusWord = CAMPUS_WORDS.contains(t.lower(i));
        }
        if (guess == null || guess.kind() != Kind.ACTOR || !campusWord) {
            return;
        }
        int p = t.isLower(a - 1, "the") ? a - 2 : a - 1;
        if (p >= s.first() && (t.isLower(p, "at") || t.isLower(p, "outside") || t.isLower(p, "inside")
                || t.isLower(p, "near") || t.isLower(p, "in"))) {
            founds.add(new Found(s.index(), a, b, t.start(a), t.end(b), "site" + Names.key(guess.name()),
                    Guess.place("facility", guess.name(), Strength.FACILITY)));
        }
    }

    private static int facilityNoun(Tokens t, Sentence s, int b) {
        int n = b + 1;
        if (n > s.last() || !t.isWord(n) || t.isCapitalised(n)) {
            return -1;
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
