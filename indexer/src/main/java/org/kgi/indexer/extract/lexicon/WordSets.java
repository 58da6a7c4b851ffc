package org.kgi.indexer.extract.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** Immutable word sets that, unlike {@link Set#of}, forgive a word listed twice in a long hand-written list. */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Maps each word to {@code value}, keeping the first value of a word listed under two. */
    static <V> void putAll(Map<String, V> map, V value, String... words) {
        for (String w : words) {
            map.putIfAbsent(w, value);
        }
    }
}
