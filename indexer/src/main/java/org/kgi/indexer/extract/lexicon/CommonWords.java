package org.kgi.indexer.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * The most common English words ({@code common-words.txt.gz}, about 38,000, derived by {@code scripts/lexicon} from
 * SCOWL's lists of sizes 10, 20 and 35): a name made of nothing else ({@code Same Period Last Week}, {@code Dream
 * Team}) is a table's label or a thing's name rather than a person's.
 */
public final class CommonWords {
    private static final Map<String, Integer> SIZES = new HashMap<>(65_536);

    static {
        ResourceLines.read(CommonWords.class, "common-words.txt.gz", line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                SIZES.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        });
    }

    private CommonWords() {
    }

    /**
     * Whether this lower-case word is among the common English words up to SCOWL's list of size {@code size} (10:
     * the most common thousands, 20, 35).
     */
    public static boolean isCommon(String lower, int size) {
        Integer s = SIZES.get(lower);
        return s != null && s <= size;
    }
}
