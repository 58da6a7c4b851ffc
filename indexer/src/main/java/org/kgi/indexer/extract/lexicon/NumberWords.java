package org.kgi.indexer.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small counts written in words ({@code two} to {@code ten}), which rules extend with words of their own. */
public final class NumberWords {
    private static final List<String> TWO_TO_TEN = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    private NumberWords() {
    }

    /** {@code two} to {@code ten}, and the words given ({@code dozen}, {@code several}). */
    public static Set<String> twoToTenAnd(String... more) {
        List<String> words = new ArrayList<>(TWO_TO_TEN);
        words.addAll(List.of(more));
        return WordSets.copyOf(words);
    }
}
