package org.kgi.indexer.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * The sentences of a hit's text for the highlighter's passages, found in one pass over the text when it is set and
 * kept as an array of boundaries, so that each {@link #preceding} and {@link #following} the highlighter asks is a
 * binary search. A sentence ends at a blank line or a paragraph separator (not at a single line break, as in
 * hard-wrapped text), or at {@code . ! ?} or an ellipsis (after any closing quotes or brackets) followed by white
 * space, unless a full stop or an ellipsis is followed by a lower-case letter or a digit in the same paragraph
 * ({@code U.S. forces} and {@code No. 4} go on; {@code Mr. Smith} breaks, as with the JDK's sentence instance).
 * Unlike the JDK's, a headline or a heading without a full stop is a sentence of its own, and so is a list item.
 * The next sentence starts at its first character that is not white space; the text's start and end are boundaries
 * too. A sentence longer than {@link #MAX_SENTENCE} characters is cut into pieces. The JDK's sentence instance,
 * which Lucene's highlighter uses by default, walks its rules character by character through a
 * {@link CharacterIterator} for every passage, and took about 7% of a search's time (JFR, 1,000,000 reports).
 */
final class SentenceBreakIterator extends BreakIterator {
    private String text = "";
    /** The boundaries, ascending: the first is 0, the last the text's length. */
    private int[] bounds = {0};
    private int size = 1;
    /** The index of the current boundary in {@link #bounds}. */
    private int at;

    @Override
    public void setText(String newText) {
        text = newText;
        split();
    }

    /** Unsupported, as in Lucene's {@code SplittingBreakIterator}, which wraps this one: use the string version. */
    @Override
    public void setText(CharacterIterator newText) {
        throw new UnsupportedOperationException("set the text as a string");
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), bounds[at]);
    }

    @Override
    public int first() {
        at = 0;
        return current();
    }

    @Override
    public int last() {
        at = size - 1;
        return current();
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= size) {
            at = target < 0 ? 0 : size - 1;
            return DONE;
        }
        at = target;
        return current();
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int current() {
        return bounds[at];
    }

    /** The first boundary after {@code offset}, or {@link #DONE} (at the last boundary) at the text's end. */
    @Override
    public int following(int offset) {
        int i = after(check(offset));
        if (i == size) {
            at = size - 1;
            return DONE;
        }
        at = i;
        return current();
    }

    /** The last boundary before {@code offset}, or {@link #DONE} (at the first boundary) at the text's start. */
    @Override
    public int preceding(int offset) {
        int i = after(check(offset) - 1) - 1;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return current();
    }

    @Override
    public boolean isBoundary(int offset) {
        int i = Arrays.binarySearch(bounds, 0, size, check(offset));
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    /** {@code offset}, when it is within the text; throws when it is not. */
    private int check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text [0, " + text.length() + "]");
        }
        return offset;
    }

    /** The index of the first boundary greater than {@code offset} ({@code size} when none is). */
    private int after(int offset) {
        int i = Arrays.binarySearch(bounds, 0, size, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void split() {
        at = 0;
        size = 0;
        add(0);
        String t = text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int end; // just past the paragraph break, or past the sentence's marks and closing quotes
            boolean stop = false; // whether the marks end with a full stop or an ellipsis
            boolean paragraph = isParagraphBreak(t, i);
            if (paragraph) {
                end = i + 1;
            } else if (isTerminal(c)) {
                end = i + 1;
                while (end < n && isTerminal(t.charAt(end))) {
                    end++;
                }
                char last = t.charAt(end - 1);
                stop = last == '.' || last == '\u2026';
                while (end < n && isCloser(t.charAt(end))) {
                    end++;
                }
                if (end == n || !Character.isWhitespace(t.charAt(end))) {
                    i = end;
                    continue; // 3.5, U.S.A or a mark at the very end: no boundary inside the text
                }
            } else {
                i++;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(t.charAt(next))) {
                paragraph |= isParagraphBreak(t, next);
                next++;
            }
            if (next < n && (paragraph || !(stop && continues(t.charAt(next))))) {
                add(next);
            }
            i = Math.max(next, i + 1);
        }
        if (bounds[size - 1] != n) {
            add(n);
        }
    }

    /**
     * Adds a boundary; a sentence longer than {@link #MAX_SENTENCE} characters (a table flattened into one line, a
     * text with no full stops) is cut first into pieces of at most {@link #PIECE} characters, each after a space when
     * one is near its end, so that no snippet runs to thousands of characters.
     */
    private void add(int bound) {
        int previous = size == 0 ? bound : bounds[size - 1];
        while (bound - previous > MAX_SENTENCE) {
            int cut = previous + PIECE;
            int space = cut;
            while (space > previous + PIECE / 2 && !Character.isWhitespace(text.charAt(space - 1))) {
                space--;
            }
            cut = space > previous + PIECE / 2 ? space : Character.isLowSurrogate(text.charAt(cut)) ? cut + 1 : cut;
            append(cut);
            previous = cut;
        }
        append(bound);
    }

    /** Sentences longer than this many characters are cut into pieces ({@link #add}). */
    static final int MAX_SENTENCE = 600;
    /** The length of a long sentence's pieces but its last, at most (the last is at most {@link #MAX_SENTENCE}). */
    static final int PIECE = 300;

    private void append(int bound) {
        if (size == bounds.length) {
            bounds = Arrays.copyOf(bounds, size * 2);
        }
        bounds[size++] = bound;
    }

    /**
     * Whether a paragraph ends at {@code i}: a paragraph or line separator character, or a line break followed by
     * another (spaces between them allowed); a single line break, as in hard-wrapped text, does not end one.
     */
    private static boolean isParagraphBreak(String t, int i) {
        char c = t.charAt(i);
        if (c == '\u2029' || c == '\u2028') {
            return true;
        }
        if (c != '\n' && c != '\r' && c != '\u0085') {
            return false;
        }
        int j = c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j++;
        }
        return j < t.length() && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == '\u0085');
    }

    /** Whether a sentence goes on after a full stop when the next word starts with {@code c} (U.S. forces, No. 4). */
    private static boolean continues(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
