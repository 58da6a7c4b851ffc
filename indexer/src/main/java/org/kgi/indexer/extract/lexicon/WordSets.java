package org.kgi.indexer.extract.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Immutable word sets that, unlike {@link Set#of}, forgive a word listed twice in a long hand-written list. Backed by a
 * hash set: the extractor asks them millions of times, and {@link Set#of}'s tables find a slot by a division.
 */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static Set<String> copyOf(Collection<String> words) {
        Set<String> set = new HashSet<>(Math.max(16, 2 * words.size()));
        set.addAll(words);
        return Collections.unmodifiableSet(set);
    }

    /** Maps each word to {@code value}, keeping the first value of a word listed under two. */
    static <V> void putAll(Map<String, V> map, V value, String... words) {
        for (String w : words) {
            map.putIfAbsent(w, value);
        }
    }
}
