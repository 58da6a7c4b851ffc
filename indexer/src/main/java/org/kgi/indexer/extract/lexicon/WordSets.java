package org.kgi.indexer.extract.lexicon;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Immutable word sets that, unlike {@link Set#of}, forgive a word listed twice in a long hand-written list. The
 * extractor asks them millions of times a second: each is an open-addressing table of its words, at most half full,
 * found by the word's cached hash and a mask (no division, as in {@link Set#of}'s tables; no entry object to follow,
 * as in a {@code HashSet}'s). They iterate in the order the words were first listed.
 */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static Set<String> copyOf(Collection<String> words) {
        return new WordSet(new LinkedHashSet<>(words));
    }

    /** Maps each word to {@code value}, keeping the first value of a word listed under two. */
    static <V> void putAll(Map<String, V> map, V value, String... words) {
        for (String w : words) {
            map.putIfAbsent(w, value);
        }
    }

    private static final class WordSet extends AbstractSet<String> {
        private final String[] table;
        private final int mask;
        private final String[] words;

        WordSet(Set<String> distinct) {
            words = distinct.toArray(String[]::new);
            int size = Integer.highestOneBit(Math.max(8, words.length * 2 - 1)) << 1;
            table = new String[size];
            mask = size - 1;
            for (String w : words) {
                int i = slot(w.hashCode());
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = w;
            }
        }

        private int slot(int h) {
            return (h ^ (h >>> 16)) & mask;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String s)) {
                return false;
            }
            for (int i = slot(s.hashCode());; i = (i + 1) & mask) {
                String w = table[i];
                if (w == null) {
                    return false;
                }
                if (w == s || w.equals(s)) {
                    return true;
                }
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(words).iterator();
        }

        @Override
        public int size() {
            return words.length;
        }
    }
}
