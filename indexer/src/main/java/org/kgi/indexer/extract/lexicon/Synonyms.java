package org.kgi.indexer.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * Names that stand for one actor ({@code synonyms.tsv}): {@code Daesh} and {@code Islamic State}, {@code Hashd
 * al-Shaabi} and {@code Popular Mobilisation Forces}. A report naming an actor by two of them tells of one actor;
 * the names of a line come usual first.
 */
public final class Synonyms {
    private static final Map<String, String> SET_OF = new HashMap<>();
    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        ResourceLines.read(Synonyms.class, "synonyms.tsv", line -> {
            if (line.startsWith("#") || line.isBlank()) {
                return;
            }
            String[] names = line.split("\\|");
            String first = Names.key(names[0].trim());
            for (int i = 0; i < names.length; i++) {
                String key = Names.key(names[i].trim());
                if (SET_OF.putIfAbsent(key, first) == null) {
                    RANK.put(key, i);
                }
            }
        });
    }

    private Synonyms() {
    }

    /** The key of the first name of the actor whose name has this key ({@link Names#key}), or null. */
    public static String setOf(String key) {
        return SET_OF.get(key);
    }

    /** Where this name stands among its actor's names, the usual one first (0); or -1. */
    public static int rank(String key) {
        return RANK.getOrDefault(key, -1);
    }
}
