package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.gazetteer.Countries;
import org.kgi.indexer.extract.gazetteer.Country;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.lexicon.WordSets;

/**
 * What a report names that a sentence may point to without naming it: the one named actor a common noun stands for
 * ({@code police spokesperson X} in a report that names the National Police of Marivelle and no other police), and
 * the report's ministries ({@code the Justice minister X} heads its Ministry of Justice); and which of its actors are
 * peoples or nations' forces rather than groups ({@code Bosnian Serb leader X} leads no group called Bosnian Serb).
 */
final class DocActors {
    /** Common nouns that stand for the one named actor of the report with that word in its name. */
    private static final Set<String> OWNER_WORDS = WordSets.of("police", "army", "mission", "force", "forces",
            "government", "brigade", "gang", "coalition", "movement", "militia", "party", "union", "association",
            "office", "committee", "commission", "agency", "council", "federation", "network", "court");
    private static final Map<String, String> SYNONYMS = Map.of("military", "army", "forces", "force");
    private static final String AMBIGUOUS = "";

    private final Map<String, String> owners = new HashMap<>();
    private final List<Entity> ministries = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();
    /** The report's countries: code to place id. */
    private final Map<String, String> countryPlaces = new HashMap<>();
    /** The report's facilities by the last word of their name ({@code hospital}), null when two share it. */
    private final Map<String, String> facilities = new HashMap<>();
    /** The report's multinational forces ({@link #isMultinational}). */
    private final Set<String> multinational = new HashSet<>();
    private final Countries countries;
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    DocActors(List<Entity> entities, Countries countries) {
        this.countries = countries;
        for (Entity e : entities) {
            if (e.kind() == Kind.PLACE && "facility".equals(e.type())) {
                String[] words = e.name().toLowerCase(Locale.ROOT).split(" ");
                facilities.merge(words[words.length - 1], e.id(), (x, y) -> x.equals(y) ? x : AMBIGUOUS);
            }
            if (e.kind() == Kind.PLACE && "country".equals(e.type()) && e.attributes().containsKey("country")) {
                countryPlaces.put(e.attributes().get("country"), e.id()); // the last, as the located_in rule had it
            }
            if (e.kind() == Kind.ACTOR && isLabel(e, countries)) {
                labels.add(e.id());
                continue; // Kenyan police: no owner of "police spokesperson X"
            }
            if (e.kind() != Kind.ACTOR || "person".equals(e.type()) || "civilians".equals(e.type())
                    || e.name().equals(e.name().toLowerCase(Locale.ROOT))) {
                continue; // a common noun is no named actor
            }
            String lower = e.name().toLowerCase(Locale.ROOT);
            if (lower.startsWith("ministry of ") || lower.startsWith("ministry for ")) {
                ministries.add(e);
            }
            String[] words = NON_LETTERS.split(lower);
            if ("security_force".equals(e.type()) && isMultinationalName(words)) {
                multinational.add(e.id());
            }
            if (words.length < 2) {
                continue;
            }
            for (String w : words) {
                if (OWNER_WORDS.contains(w)) {
                    owners.merge(SYNONYMS.getOrDefault(w, w), e.id(), (x, y) -> x.equals(y) ? x : AMBIGUOUS);
                }
            }
        }
    }

    /**
     * Whether an actor is a people or a nation's forces more than a group with leaders of its own: {@code Russian
     * forces}, {@code Bosnian Moslem}, {@code Zairean} (a demonym, and no group's word after it).
     */
    private static boolean isLabel(Entity e, Countries countries) {
        if (e.attributes().containsKey("nationality")) {
            return true;
        }
        String[] words = e.name().split(" ");
        if (words.length > 2 || ActorWords.nameWordType(words[words.length - 1].toLowerCase(Locale.ROOT)) != null) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        return countries.byDemonymKey(Names.key(first)) != null || first.endsWith("an") && words.length == 1
                || first.endsWith("ese") || first.endsWith("ian");
    }

    /** Words that make a security force's name a multinational one: {@code Multinational Security Support Mission}. */
    private static final Set<String> MULTINATIONAL_WORDS = WordSets.of("mission", "multinational", "peacekeeping",
            "peacekeepers", "stabilisation", "stabilization", "monusco", "minusma", "minusca", "unmiss", "unifil", "amisom",
            "atmis", "kfor", "ecomog", "samidrc", "eacrf", "unamid", "minustah", "ausssom", "aussom", "samim");

    private static boolean isMultinationalName(String[] words) {
        for (String w : words) {
            if (MULTINATIONAL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor is a force that several countries man: a mission, a multinational or peacekeeping force
     * ({@code Joint Security Assistance Mission}, {@code MONUSCO}).
     */
    boolean isMultinational(String id) {
        return multinational.contains(id);
    }

    /** Whether the report names a multinational force at all. */
    boolean hasMultinational() {
        return !multinational.isEmpty();
    }

    /** The report's one facility whose name ends in {@code noun} ({@code the hospital}), or null. */
    String facility(String noun) {
        String id = facilities.get(noun);
        return id == null || id.isEmpty() ? null : id;
    }

    /** The place id of the report's country a capitalised demonym names ({@code Kenyan}), or null. */
    String demonymCountry(String word) {
        Country c = countries.byDemonymKey(Names.key(word));
        return c == null ? null : countryPlaces.get(c.code());
    }

    /** Whether the actor is a people or a nation's forces, led by nobody a sentence names in passing. */
    boolean isLabel(String id) {
        return labels.contains(id);
    }

    /** Whether a word is a common noun that may stand for a named actor ({@code police}, {@code mission}). */
    static boolean isOwnerWord(String lower) {
        return OWNER_WORDS.contains(lower) || SYNONYMS.containsKey(lower);
    }

    /** The id of the one named actor {@code word} stands for in this report, or null. */
    String owner(String word) {
        String id = owners.get(SYNONYMS.getOrDefault(word, word));
        return id == null || id.isEmpty() ? null : id;
    }

    /**
     * The place id of the country a {@code -led} word names ({@code kenyan-led}, {@code us-led}) when the report names
     * that country, else null.
     */
    String ledBy(String lowerWord) {
        Country c = countries.leading(lowerWord);
        return c == null ? null : countryPlaces.get(c.code());
    }

    /** The place id of the report's country with this code, or null. */
    String countryPlace(String code) {
        return countryPlaces.get(code);
    }

    /** The id of the report's one ministry whose name has {@code portfolioWord}, or null. */
    String ministry(String portfolioWord) {
        String found = null;
        for (Entity m : ministries) {
            for (String w : NON_LETTERS.split(m.name().toLowerCase(Locale.ROOT))) {
                if (w.equals(portfolioWord)) {
                    if (found != null && !found.equals(m.id())) {
                        return null;
                    }
                    found = m.id();
                }
            }
        }
        return found;
    }
}
