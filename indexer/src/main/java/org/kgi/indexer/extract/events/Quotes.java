package org.kgi.indexer.extract.events;

import java.util.List;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/** Where someone's quoted words are: the quotation marks counted from the start of the line (the paragraph). */
final class Quotes {
    private Quotes() {
    }

    /**
     * Whether the trigger is in someone's quoted words: after an opening quote in its sentence or in an earlier sentence
     * of its line, or before the closing quote that a speech verb follows ({@code We had to carry the wounded
     * ourselves," said a resident}).
     */
    static boolean quoted(Tokens t, Sentence s, int trigger) {
        int quotes = before(t, s, trigger);
        if (quotes % 2 == 1) {
            return true;
        }
        if (quotes > 0) {
            return false;
        }
        String text = t.text();
        for (int i = trigger + 1; i <= s.last(); i++) {
            if (t.isPunct(i) && isDoubleQuote(text.charAt(t.start(i)))) {
                for (int v = i + 1; v <= i + 3 && i + 1 <= s.last(); v++) { // ," said a resident; ," he told
                    if (t.isWord(v) && Roles.isSpeech(t.lower(v))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the sentence names the participant inside quotation marks (not as the one who speaks them). */
    static boolean namedInQuotes(Tokens t, Sentence s, String id, List<Resolved> names) {
        for (Resolved r : names) {
            if (r.id().equals(id) && before(t, s, r.found().first()) % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation marks before token {@code i} in its sentence, plus one when a quotation opened earlier in the line is
     * still open where the sentence starts ({@code "...is not justice," said X. "...Mob justice helps the gangs."}).
     */
    private static int before(Tokens t, Sentence s, int i) {
        String text = t.text();
        int quotes = 0;
        for (int c = s.start(); c < t.start(i); c++) {
            quotes += isDoubleQuote(text.charAt(c)) ? 1 : 0;
        }
        int open = 0;
        // back to the line's start, within reach: a line of megabytes is no paragraph, and each event would rescan it
        for (int c = s.start() - 1; c >= Math.max(0, s.start() - QUOTE_REACH) && text.charAt(c) != '\n'; c--) {
            open += isDoubleQuote(text.charAt(c)) ? 1 : 0;
        }
        return quotes + open % 2;
    }

    /** How far back, in characters, a quotation still open at a sentence's start is looked for. */
    private static final int QUOTE_REACH = 5_000;

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
