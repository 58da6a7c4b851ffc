package org.kgi.indexer.extract.lexicon;

import java.util.Arrays;
import java.util.Set;

/** Immutable word sets that, unlike {@link Set#of}, forgive a word listed twice in a long hand-written list. */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
