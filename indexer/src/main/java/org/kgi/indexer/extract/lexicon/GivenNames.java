package org.kgi.indexer.extract.lexicon;

import java.util.HashSet;
import java.util.Set;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * Given names ({@code given-names.txt}, about 16,000 in lower case, derived by {@code scripts/lexicon} from two npm
 * packages): a name that opens with one ({@code Ricky Ponting}, {@code Juha Kankkunen}) is rather a person's, and
 * one that holds none is rather not. Only a hint: many given names are also towns or words ({@code Paris},
 * {@code Will}), so each caller weighs it against what else it knows.
 */
public final class GivenNames {
    private static final Set<String> NAMES = new HashSet<>(32_768);
    /** The given names that are also English words ({@code mark}, {@code will}, {@code sky}), marked so in the file. */
    private static final Set<String> WORDS = new HashSet<>(2_048);

    static {
        ResourceLines.read(GivenNames.class, "given-names.txt", line -> {
            int tab = line.indexOf('\t');
            String name = tab < 0 ? line : line.substring(0, tab);
            if (!name.isEmpty()) {
                NAMES.add(name);
                if (tab >= 0) {
                    WORDS.add(name);
                }
            }
        });
    }

    private GivenNames() {
    }

    /** Whether this lower-case word is a given name. */
    public static boolean isGivenName(String lower) {
        return NAMES.contains(lower);
    }

    /** Whether this lower-case word is a given name and no English word: {@code ricky}, not {@code mark}. */
    public static boolean isOnlyGivenName(String lower) {
        return NAMES.contains(lower) && !WORDS.contains(lower);
    }
}
