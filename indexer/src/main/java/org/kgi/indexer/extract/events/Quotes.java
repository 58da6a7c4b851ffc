package org.kgi.indexer.extract.events;

import java.util.List;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Where someone's quoted words are: the quotation marks counted from the start of the line (the paragraph). One per
 * report: the marks between each sentence's line start and the sentence are counted once, in one pass over the text.
 */
final class Quotes {
    private final Tokens t;
    /** Per sentence, the quotation marks from the start of its line to its own start. */
    private final int[] beforeSentence;

    Quotes(Tokens t, List<Sentence> sentences) {
        this.t = t;
        this.beforeSentence = new int[sentences.size()];
        String text = t.text();
        int c = 0;
        int marks = 0;
        for (Sentence s : sentences) {
            for (; c < s.start(); c++) {
                char ch = text.charAt(c);
                marks = ch == '\n' ? 0 : marks + (isDoubleQuote(ch) ? 1 : 0);
            }
            beforeSentence[s.index()] = marks;
        }
    }

    /**
     * Whether the trigger is in someone's quoted words: after an opening quote in its sentence or in an earlier sentence
     * of its line, or before the closing quote that a speech verb follows ({@code We had to carry the wounded
     * ourselves," said a resident}).
     */
    boolean quoted(Sentence s, int trigger) {
        int quotes = before(s, trigger);
        if (quotes % 2 == 1) {
            return !title(s, trigger);
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
    boolean namedInQuotes(Sentence s, String id, List<Resolved> names) {
        for (Resolved r : names) {
            if (r.id().equals(id) && before(s, r.found().first()) % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is in a short capitalised title in quotes after an article ({@code joined a "Walk for
     * Peace"}): the name of what was held, no one's words.
     */
    private boolean title(Sentence s, int trigger) {
        int open = trigger - 1;
        while (open >= s.first() && open > trigger - 5 && !t.isDoubleQuote(open)) {
            open--;
        }
        int close = trigger + 1;
        while (close <= s.last() && close < trigger + 5 && !t.isDoubleQuote(close)) {
            close++;
        }
        return open >= s.first() && t.isDoubleQuote(open) && close <= s.last() && t.isDoubleQuote(close)
                && t.isWord(open - 1)
                && TriggerScan.DETERMINERS.contains(t.lower(open - 1))
                && t.isCapitalised(open + 1); // (not calling it a "mine attack")
    }

    /**
     * The quotation marks before token {@code i} in its sentence, plus one when a quotation opened earlier in the line
     * is still open where the sentence starts ({@code "...is not justice," said X. "...Mob justice helps the gangs."}).
     */
    private int before(Sentence s, int i) {
        String text = t.text();
        int quotes = 0;
        for (int c = s.start(); c < t.start(i); c++) {
            quotes += isDoubleQuote(text.charAt(c)) ? 1 : 0;
        }
        return quotes + beforeSentence[s.index()] % 2;
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
