package org.kgi.indexer.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kgi.indexer.extract.gazetteer.Country;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Found;
import org.kgi.indexer.extract.resolve.Guess;
import org.kgi.indexer.extract.resolve.Strength;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Actors named by a nationality: {@code Kenyan police} (security force of Kenya), {@code Kenyan troops},
 * {@code Kenyan government}, {@code Palestinian militants} (an armed group of Palestine). {@code Kenyan team} or
 * {@code contingent} is the report's Kenyan police or military when it names one, else {@code Kenyan forces}. Each
 * carries {@code nationality} and {@code country}.
 */
final class DemonymActors {
    private static final Set<String> POLICE = WordSets.of("police", "officers", "policemen", "policewomen", "cops",
            "gendarmes");
    private static final Set<String> MILITARY = WordSets.of("troops", "soldiers", "army", "military", "marines", "navy");
    private static final Set<String> FORCES = WordSets.of("forces", "force", "security");
    private static final Set<String> STRIKES = WordSets.of("airstrike", "airstrikes", "air", "drone", "drones",
            "missile", "missiles", "rocket", "rockets", "shelling", "bombardment", "bombardments", "warplanes",
            "warplane", "jets", "helicopter", "helicopters", "artillery", "gunship", "gunships");
    private static final Set<String> TEAM = WordSets.of("team", "contingent", "personnel", "unit", "units", "delegation",
            "deployment", "mission");
    private static final Set<String> GOVERNMENT = WordSets.of("government", "authorities", "officials", "ministry",
            "cabinet", "administration", "embassy");
    /** Armed men named by a nationality ({@code Palestinian militants}, {@code Sudanese rebels}): not state forces. */
    private static final Set<String> MILITANTS = WordSets.of("militants", "fighters", "gunmen", "militiamen",
            "jihadists");
    private static final Set<String> REBELS = WordSets.of("rebels", "insurgents", "separatists", "guerrillas");
    private static final String TEAM_KEY_PREFIX = "demonymteam";
    private final DocContext doc;

    DemonymActors(DocContext doc) {
        this.doc = doc;
    }

    /**
     * The nationality actor at tokens {@code [a, b]} and the noun after, or null. A nationality joined to the next
     * by {@code and} shares its noun: {@code Russian and Malian forces} are Russian forces and Malian forces (the
     * first found at its adjective alone).
     */
    Found find(Sentence s, int a, int b) {
        Tokens t = doc.tokens();
        if (a != b) {
            return null;
        }
        int n = b + 1;
        if ((t.isLower(n, "and") || t.isChar(n, ',')) && n + 2 <= s.last() && isDemonym(n + 1)) {
            if (find(s, n + 1, n + 1) == null) {
                return null;
            }
            n += 2; // the noun of the nationality after
        }
        if (n > s.last() || !t.isWord(n) || t.isCapitalised(n)) {
            return null;
        }
        if (t.isLower(n + 1, "of") && (t.isCapitalised(n + 2) || t.isLower(n + 2, "the") && t.isCapitalised(n + 3))) {
            return null; // Russian fighters of the Africa Corps, Turkish soldiers of KFOR: the name says whose men
        }
        Country c = doc.gazetteer().countries().byDemonymKey(Names.key(t.lower(a)));
        if (c == null && n == b + 1 && isArmedNoun(t.lower(n))) {
            // US warplanes, U.S. forces, Iran drones: the country's name before its forces names them as its adjective
            Country named = doc.gazetteer().countries().byKey(Names.key(t.lower(a)));
            c = named != null && !named.needsContext() ? named : null;
        }
        if (c == null) {
            return null;
        }
        if (n > b + 1) {
            Found own = find(s, a, b, c, t.surface(a), t.lower(n));
            return own == null ? null : new Found(s.index(), a, a, t.start(a), t.end(a), own.key(), own.guess());
        }
        return find(s, a, b, c, t.surface(a), t.lower(b + 1));
    }

    /** Whether a noun after a country's name makes its armed forces ({@code US forces}, {@code UK aircraft}). */
    private static boolean isArmedNoun(String noun) {
        return MILITARY.contains(noun) || FORCES.contains(noun) || STRIKES.contains(noun) || AIRCRAFT.contains(noun);
    }

    private static final Set<String> AIRCRAFT = WordSets.of("aircraft", "warships", "warship", "planes", "fighter");

    /** What a country leads that is an actor of its own when no name is given: the Saudi-led coalition. */
    private static final Set<String> LED_ACTORS = WordSets.of("coalition", "alliance");

    /**
     * {@code the Saudi-led coalition}, {@code a US-led military coalition}: a state force of that country, named as the
     * text names it (lower-case words between are left out of the name).
     */
    Found led(Sentence s, int a) {
        Tokens t = doc.tokens();
        Country c = doc.gazetteer().countries().leading(t.lower(a));
        int head = t.nounWithin(s, a, 3, LED_ACTORS);
        if (c == null || head < 0) {
            return null;
        }
        String name = t.surface(a) + " " + t.lower(head);
        return new Found(s.index(), a, head, t.start(a), t.end(head), Names.key(name),
                guess("security_force", name, c, Strength.NAME_WORD));
    }

    private Found find(Sentence s, int a, int b, Country c, String dem, String noun) {
        Tokens t = doc.tokens();
        String name;
        String type = "security_force";
        if (POLICE.contains(noun)) {
            name = dem + " police";
        } else if (MILITARY.contains(noun)) {
            name = dem + " military";
        } else if (FORCES.contains(noun)) {
            name = dem + " forces";
        } else if (MILITANTS.contains(noun) || REBELS.contains(noun)) {
            name = dem + (MILITANTS.contains(noun) ? " militants" : " rebels");
            type = "armed_group";
        } else if (GOVERNMENT.contains(noun)) {
            name = dem + " government";
            type = "government";
        } else if (STRIKES.contains(noun) || AIRCRAFT.contains(noun)) { // an Israeli airstrike: that country's military
            name = dem + " military";
            return new Found(s.index(), a, b, t.start(a), t.end(b), Names.key(name), guess(type, name, c, Strength.NAME_WORD));
        } else if (TEAM.contains(noun)) {
            name = dem + " forces";
            Guess g = guess(type, name, c, Strength.NAME_WORD - 1);
            return new Found(s.index(), a, b + 1, t.start(a), t.end(b + 1), TEAM_KEY_PREFIX + Names.key(dem), g);
        } else {
            return null;
        }
        return new Found(s.index(), a, b + 1, t.start(a), t.end(b + 1), Names.key(name),
                guess(type, name, c, Strength.NAME_WORD));
    }

    /**
     * {@code the government of Haiti}, {@code the army of Mali}: that country's government or forces, named as its
     * nationality names them ({@code Haitian government}), found at the noun (the country stays a place).
     */
    Found ofCountry(Sentence s, int i) {
        return ofCountry(s, i, false);
    }

    /**
     * As {@link #ofCountry(Sentence, int)}; when {@code written}, the name as the text writes it, up to the country's
     * last word ({@code the Police of the Czech Republic}: a force's own name, capitalised).
     */
    Found ofCountry(Sentence s, int i, boolean written) {
        Tokens t = doc.tokens();
        String noun = t.lower(i);
        String what = STATE_NOUNS.get(noun);
        if (what == null || !t.isLower(i + 1, "of")) {
            return null;
        }
        int from = t.isLower(i + 2, "the") ? i + 3 : i + 2;
        if (!t.isCapitalised(from)) {
            return null;
        }
        for (int to = Math.min(s.last(), from + 2); to >= from; to--) {
            if (!t.isWord(to)) {
                continue;
            }
            Country c = doc.gazetteer().countries().byKey(Names.key(MentionFinder.span(t, from, to)));
            if (c != null && !c.demonyms().isEmpty() && (to == s.last() || !t.isCapitalised(to + 1))) {
                String name = written ? MentionFinder.span(t, i, to) : c.demonyms().get(0) + " " + what;
                int last = written ? to : i;
                return new Found(s.index(), i, last, t.start(i), t.end(last), Names.key(name),
                        guess("government".equals(what) ? "government" : "security_force", name, c, Strength.NAME_WORD));
            }
        }
        return null;
    }

    /** Asked of every lower-case word: hash-backed, like {@link WordSets}. */
    private static final Map<String, String> STATE_NOUNS = new HashMap<>(Map.of("government", "government",
            "authorities", "government", "army", "military", "military", "military", "police", "police"));

    private static Guess guess(String type, String name, Country c, int strength) {
        return Guess.actor(type, name, strength).withAttributes(Map.of("nationality", c.name(), "country", c.code()));
    }

    /** Whether token {@code i} is a nationality adjective ({@code Kenyan}, {@code Israeli}). */
    boolean isDemonym(int i) {
        Tokens t = doc.tokens();
        if (!t.isCapitalised(i)) {
            return false;
        }
        String key = Names.key(t.lower(i));
        return doc.gazetteer().countries().byDemonymKey(key) != null && doc.gazetteer().countries().byKey(key) == null;
    }

    /** Points each {@code <Demonym> team} at the report's police, military or forces of that nationality. */
    void resolveTeams(List<Found> founds) {
        Map<String, Guess> named = new HashMap<>();
        for (Found o : founds) {
            if (o.guess() != null && !o.key().startsWith(TEAM_KEY_PREFIX)) {
                named.putIfAbsent(o.key(), o.guess());
            }
        }
        for (int i = 0; i < founds.size(); i++) {
            Found f = founds.get(i);
            if (!f.key().startsWith(TEAM_KEY_PREFIX)) {
                continue;
            }
            String dem = f.guess().name().substring(0, f.guess().name().length() - " forces".length());
            Guess g = f.guess();
            for (String suffix : List.of(" police", " military", " forces")) {
                Guess target = named.get(Names.key(dem + suffix));
                if (target != null) {
                    g = target;
                    break;
                }
            }
            founds.set(i, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), Names.key(g.name()), g));
        }
    }
}
