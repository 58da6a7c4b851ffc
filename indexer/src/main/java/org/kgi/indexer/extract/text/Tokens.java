package org.kgi.indexer.extract.text;

import java.util.Arrays;
import java.util.Set;

/**
 * The tokens of one text, stored column-wise for speed: token {@code i} covers characters
 * {@code [start(i), end(i))} of {@link #text()}. Words carry their lower-case form; punctuation is one
 * character per token.
 */
public final class Tokens {
    /** Shape flags of a token. */
    public static final int WORD = 1;
    public static final int CAPITALISED = 2;
    public static final int ALL_CAPS = 4;
    public static final int NUMBER = 8;
    public static final int PUNCT = 16;

    private final String text;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    private String[] lower;
    private int size;

    Tokens(String text, int capacity) {
        this.text = text;
        int c = Math.max(16, capacity);
        starts = new int[c];
        ends = new int[c];
        flags = new byte[c];
        lower = new String[c];
    }

    void add(int start, int end, int shape, String lowerForm) {
        if (size == starts.length) {
            int c = size * 2;
            starts = Arrays.copyOf(starts, c);
            ends = Arrays.copyOf(ends, c);
            flags = Arrays.copyOf(flags, c);
            lower = Arrays.copyOf(lower, c);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = (byte) shape;
        lower[size] = lowerForm;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The token's characters as they are in the text. */
    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The lower-case form of a word or number, or the punctuation character itself. */
    public String lower(int i) {
        return lower[i];
    }

    public boolean is(int i, int flag) {
        return i >= 0 && i < size && (flags[i] & flag) != 0;
    }

    public boolean isWord(int i) {
        return is(i, WORD);
    }

    /** The first word token of {@code s} (past opening quotes and punctuation), or {@code s.last() + 1} if none. */
    public int firstWord(Sentence s) {
        int i = s.first();
        while (i <= s.last() && !isWord(i)) {
            i++;
        }
        return i;
    }

    /**
     * Whether token {@code i} opens the sentence, or its text after a dateline's dash ({@code NAIROBI, Kenya — Protesters
     * broke...}): capitalised for that alone.
     */
    public boolean opensSentence(Sentence s, int i) {
        return i == firstWord(s) || i - 1 > s.first() && (isChar(i - 1, '\u2014') || isChar(i - 1, '\u2013'))
                || spacedHyphenBefore(s, i) || opensQuote(s, i) || labelBefore(s, i);
    }

    /**
     * Whether the sentence opens with a label in capitals and a colon right before token {@code i} ({@code NOTES AND
     * OUTLOOK: Reports on social media}): what follows opens the sentence.
     */
    public boolean labelBefore(Sentence s, int i) {
        if (i - 1 <= s.first() || !isChar(i - 1, ':')) {
            return false;
        }
        if (i - 1 - s.first() <= 12 && is(s.first(), NUMBER)) {
            for (int k = s.first() + 1; k < i - 1; k++) {
                if (isDash(k)) {
                    return true; // a log's entry: 7 February - Myitche: Troops who entered ...
                }
            }
        }
        if (i - 1 - s.first() > 5) {
            return false;
        }
        for (int k = s.first(); k < i - 1; k++) {
            if (!(isWord(k) && is(k, ALL_CAPS) || isChar(k, '&'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} opens a quotation inside the sentence: {@code the slogan "Give us back"}. */
    private boolean opensQuote(Sentence s, int i) {
        int q = i - 1;
        // a curly opening quote, or a straight one with a space before it
        boolean opening = isChar(q, '\u201c') || isChar(q, '"') && end(q - 1) < start(q);
        if (q <= s.first() || end(q) != start(i) || !opening) {
            return false;
        }
        return isWord(i + 1) && !isCapitalised(i + 1); // "Give us back": a name in quotes ("Fos Inite") reads on
    }

    /**
     * Whether a hyphen or two written as a dash, spaced on both sides, come right before token {@code i} in a
     * sentence's first sixteen tokens: a dateline's ({@code LOMÉ, 16 May 2023 (Reuters) - Suspected jihadists}).
     */
    private boolean spacedHyphenBefore(Sentence s, int i) {
        int d = i - 1;
        if (d <= s.first() || i - s.first() > 16 || !isChar(d, '-') || end(d) == start(i)) {
            return false;
        }
        while (d - 1 > s.first() && isChar(d - 1, '-') && end(d - 1) == start(d)) {
            d--; // "--"
        }
        return d - 1 >= s.first() && end(d - 1) < start(d);
    }

    public boolean isCapitalised(int i) {
        return is(i, CAPITALISED);
    }

    public boolean isPunct(int i) {
        return is(i, PUNCT);
    }

    /** Whether token {@code i} is the punctuation character {@code c}. */
    public boolean isChar(int i, char c) {
        return is(i, PUNCT) && text.charAt(starts[i]) == c;
    }

    /** Whether token {@code i} is a double quote: straight, curly or a guillemet. */
    public boolean isDoubleQuote(int i) {
        return isChar(i, '"') || isChar(i, '\u201c') || isChar(i, '\u201d') || isChar(i, '\u00ab') || isChar(i, '\u00bb');
    }

    /** Whether token {@code i} is a hyphen, an en dash or an em dash. */
    public boolean isDash(int i) {
        return isChar(i, '-') || isChar(i, '\u2013') || isChar(i, '\u2014');
    }

    /**
     * The first of the up to {@code max} words after token {@code i} that is one of {@code nouns}, with only lower-case
     * words before it ({@code Kenyan-led international police force}: {@code force}); -1 if there is none.
     */
    public int nounWithin(Sentence s, int i, int max, Set<String> nouns) {
        int head = i + 1;
        while (head <= s.last() && head <= i + max && isWord(head) && !isCapitalised(head)
                && !nouns.contains(lower(head))) {
            head++;
        }
        return head <= s.last() && isWord(head) && nouns.contains(lower(head)) ? head : -1;
    }

    /** Whether token {@code i} is an apostrophe, straight or curly. */
    public boolean isApostrophe(int i) {
        return isChar(i, '\'') || isChar(i, '\u2019');
    }

    /**
     * Whether one of the up to {@code width} words right before token {@code i}, with no punctuation between, is (in
     * lower case) one of {@code words}: {@code treated at the X hospital}, {@code tried to pass a barricade}.
     */
    public boolean wordJustBefore(int i, int width, Set<String> words) {
        for (int k = i - 1; k >= Math.max(0, i - width) && isWord(k); k--) {
            if (words.contains(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the sentence is, in lower case, one of {@code words}. */
    public boolean hasWordIn(Sentence s, Set<String> words) {
        return hasWordIn(s.first(), s.last(), words);
    }

    /** Whether one of tokens {@code from..to} is a word of {@code words} (lower case): a name's own words. */
    public boolean hasWordIn(int from, int to, Set<String> words) {
        for (int i = from; i <= to; i++) {
            if (isWord(i) && words.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token before the capitalised words, at most {@code max}, that end at token {@code i}, not going below
     * {@code floor}: from "Guarani-Kaiowá" in {@code the camp the Guarani-Kaiowá call}, the "the" before it.
     */
    public int beforeCapitals(int i, int floor, int max) {
        int k = i;
        while (k > floor && k > i - max && isWord(k) && isCapitalised(k)) {
            k--;
        }
        return k;
    }

    /** Whether token {@code i} is the {@code s} of a possessive ({@code Sudan's}, {@code the porter’s}). */
    public boolean isPossessiveS(int i) {
        return isLower(i, "s") && isApostrophe(i - 1);
    }

    /**
     * The token after a possessive whose apostrophe is token {@code apostrophe}: past its {@code s} ({@code Sudan's
     * army}) or right after it ({@code Saraya al-Quds' Tubas Battalion}).
     */
    public int afterPossessive(int apostrophe) {
        return isLower(apostrophe + 1, "s") ? apostrophe + 2 : apostrophe + 1;
    }

    /**
     * Whether {@code the} opens, at most three words before, the noun phrase that ends at {@code i}: {@code the port
     * explosion}.
     */
    public boolean theBefore(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 3) && isWord(k); k--) {
            if (isLower(k, "the")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token strictly between {@code from} and {@code to} is the character {@code c}. */
    public boolean hasCharBetween(int from, int to, char c) {
        for (int k = from + 1; k < to; k++) {
            if (isChar(k, c)) {
                return true;
            }
        }
        return false;
    }

    /** The token before {@code i}, past a {@code the} right before it: what comes before {@code (the) X}. */
    public int beforeThe(int i) {
        return isLower(i - 1, "the") ? i - 2 : i - 1;
    }

    /** Whether token {@code i} is a word whose lower-case form is {@code word}. */
    public boolean isLower(int i, String word) {
        return i >= 0 && i < size && word.equals(lower[i]);
    }

    /**
     * How many tokens of the sentence are the character {@code c}: a log's heading in cells ({@code INCIDENT 31-01 |
     * 3 November | Motta | Armed clash}) has its bars.
     */
    public int countChar(Sentence s, char c) {
        int n = 0;
        for (int i = s.first(); i <= s.last(); i++) {
            if (isChar(i, c)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the gap between tokens {@code i} and {@code i + 1} holds a line break. */
    public int newlinesAfter(int i) {
        int n = 0;
        int to = i + 1 < size ? starts[i + 1] : text.length();
        for (int p = ends[i]; p < to; p++) {
            if (text.charAt(p) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Whether tokens {@code i} and {@code i + 1} touch (no space between them). */
    public boolean adjacent(int i) {
        return i + 1 < size && ends[i] == starts[i + 1];
    }
}
