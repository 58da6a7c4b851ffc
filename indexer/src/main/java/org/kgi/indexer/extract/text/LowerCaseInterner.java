package org.kgi.indexer.extract.text;

/**
 * Gives each distinct lower-case word of one text a single {@code String}, without allocating for the words
 * it has seen: most tokens of a text are repeats ({@code the}, {@code of}, {@code police}), and a reused
 * string also keeps its cached hash for the lexicon lookups that follow. One instance per text, not shared
 * between threads. A fixed-size table: a collision just allocates a new string.
 */
final class LowerCaseInterner {
    private static final int MAX_SIZE = 1 << 12;
    private static final int MAX_LENGTH = 24;
    private final String[] table;
    private final int mask;

    /** A table sized for a text of {@code chars} characters (about one slot per eight characters). */
    LowerCaseInterner(int chars) {
        int size = Integer.highestOneBit(Math.max(64, Math.min(MAX_SIZE, chars / 8)));
        table = new String[size];
        mask = size - 1;
    }

    /** The lower-case form of {@code text[start, end)}. */
    String lower(String text, int start, int end) {
        int len = end - start;
        if (len > MAX_LENGTH) {
            return build(text, start, end);
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + toLower(text.charAt(i));
        }
        int slot = (h ^ (h >>> 12)) & mask;
        String s = table[slot];
        if (s != null && s.length() == len && same(s, text, start)) {
            return s;
        }
        s = build(text, start, end);
        table[slot] = s;
        return s;
    }

    private static boolean same(String s, String text, int start) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != toLower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static String build(String text, int start, int end) {
        boolean lower = true;
        for (int i = start; i < end && lower; i++) {
            lower = toLower(text.charAt(i)) == text.charAt(i);
        }
        if (lower) {
            return text.substring(start, end);
        }
        char[] c = new char[end - start];
        for (int i = start; i < end; i++) {
            c[i - start] = toLower(text.charAt(i));
        }
        return new String(c);
    }

    private static char toLower(char ch) {
        if (ch < 128) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return Character.toLowerCase(ch);
    }
}
