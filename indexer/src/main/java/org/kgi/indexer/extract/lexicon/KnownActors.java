package org.kgi.indexer.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * Well-known armed groups and state forces ({@code known-actors.tsv}): the actor type their names get wherever
 * they are found ({@code JNIM}, {@code FARDC}, {@code Arakan Army}, {@code Wagner Group}), where the text alone
 * would guess wrong (an acronym, an "Army" that is a rebel army). Only the type: ids and names stay the text's.
 */
public final class KnownActors {
    private static final String RESOURCE = "known-actors.tsv";
    private static final Map<String, String> TYPES = new HashMap<>();
    /** Keys whose every known name is an acronym in capitals. */
    private static final Set<String> ACRONYMS = new HashSet<>();
    /**
     * Names the capitalisation rules would cut ({@code Al-Qaeda in the Arabian Peninsula}, {@code Estado Mayor Central}:
     * a lower-case word or a title inside), as lower-case words, by their first word.
     */
    private static final Map<String, List<List<String>>> PHRASES = new HashMap<>();

    static {
        load();
    }

    private KnownActors() {
    }

    /** The type of a well-known actor with this name key ({@link Names#key}), or null. */
    public static String type(String key) {
        return TYPES.get(key);
    }

    /**
     * Whether the well-known name with this key is only an acronym in capitals ({@code FLA}, {@code CMA}), which a
     * word written otherwise does not name ({@code TALLAHASSEE, Fla.}: Florida).
     */
    public static boolean isAcronymOnly(String key) {
        return ACRONYMS.contains(key);
    }

    /** The known names, as lower-case words, that start with this lower-case word, longest first; mostly empty. */
    public static List<List<String>> phrasesStartingWith(String lowerWord) {
        return PHRASES.getOrDefault(lowerWord, List.of());
    }

    private static void load() {
        Set<String> words = new HashSet<>(); // keys of names written otherwise than in capitals
        ResourceLines.read(KnownActors.class, RESOURCE, line -> {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                return;
            }
            String type = line.substring(0, tab).trim();
            for (String name : line.substring(tab + 1).split("\\|")) {
                String key = Names.key(name.trim());
                if (key.length() >= 2) {
                    TYPES.putIfAbsent(key, type);
                    addPhrase(name.trim());
                    (name.trim().chars().allMatch(c -> c >= 'A' && c <= 'Z') ? ACRONYMS : words).add(key);
                }
            }
        });
        PHRASES.values().forEach(l -> l.sort((x, y) -> y.size() - x.size()));
        ACRONYMS.removeAll(words);
    }

    private static void addPhrase(String name) {
        String[] words = name.replaceAll("(\\p{L})['\u2019](\\s|$)", "$1 ' ").replace(",", " ,").trim().split("\\s+");
        // Lions' Den: the tokens split at the apostrophe; Return, Reclamation and Rehabilitation: at the commas
        boolean cut = name.indexOf('\'') > 0 || name.indexOf('\u2019') > 0 || name.indexOf(',') > 0;
        for (int i = 1; i < words.length; i++) {
            cut |= !Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("'")
                    || ActorWords.isTitle(words[i].toLowerCase(Locale.ROOT));
        }
        if (cut && Character.isUpperCase(words[0].charAt(0))) {
            List<String> lower = new ArrayList<>(words.length);
            for (String w : words) {
                lower.add(w.toLowerCase(Locale.ROOT));
            }
            PHRASES.computeIfAbsent(lower.get(0), w -> new ArrayList<>()).add(List.copyOf(lower));
        }
    }
}
