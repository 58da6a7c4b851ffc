package org.kgi.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.lexicon.WordSets;

/**
 * Splits tokens into sentences: at {@code . ! ?} followed by a capital, a digit (a number, {@code 33rd}) or a
 * quote (not after an abbreviation such as {@code Gen.} or an initial), at blank lines, at a single line break unless
 * the next line goes on in lower case, and after {@code maxTokens} tokens whatever the text says.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = WordSets.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "cpt", "maj", "sgt", "cpl", "pvt", "adm",
            "gov", "sen", "rep", "rev", "hon", "st", "ste", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp",
            "no", "nos", "vs", "etc", "approx", "dept", "est", "insp", "supt", "cmdr", "comdr", "brig", "messrs",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "art");
    private final int maxTokens;

    public SentenceSplitter(int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must be at least 2: " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    public List<Sentence> split(Tokens t, int maxSentences) {
        List<Sentence> out = new ArrayList<>();
        int n = t.size();
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i < n && out.size() < maxSentences; i++) {
            int newlines = t.newlinesAfter(i);
            boolean end = i == n - 1 || i - first + 1 >= maxTokens || newlines >= 2
                    || newlines == 1 && !continuesLine(t, i)
                    || endsSentence(t, i);
            if (!end) {
                continue;
            }
            int last = i;
            while (last + 1 < n && isCloser(t, last + 1) && t.adjacent(last) && newlines == 0) {
                last++;
            }
            out.add(new Sentence(out.size(), first, last, t.start(first), t.end(last), paragraph));
            if (t.newlinesAfter(last) >= 2) {
                paragraph++;
            }
            i = last;
            first = last + 1;
        }
        return out;
    }

    private static boolean continuesLine(Tokens t, int i) {
        int next = i + 1;
        if (next >= t.size()) {
            return false;
        }
        boolean nextLower = t.isWord(next) && !t.isCapitalised(next) && !t.is(next, Tokens.NUMBER);
        boolean thisOpen = t.isWord(i) || t.isChar(i, ',');
        return nextLower && thisOpen;
    }

    private static boolean endsSentence(Tokens t, int i) {
        int next = i + 1;
        if (next >= t.size()) {
            return true;
        }
        boolean dottedWord = t.isWord(i) && t.text().charAt(t.end(i) - 1) == '.';
        if (!dottedWord && !(t.isChar(i, '.') || t.isChar(i, '!') || t.isChar(i, '?') || t.isChar(i, '\u2026'))) {
            return false;
        }
        if (t.isChar(i, '.') && t.adjacent(i) && t.isWord(next)) {
            return false; // FF.AA., a web address: no space after the full stop, no sentence's end
        }
        int after = next;
        while (after < t.size() && isCloser(t, after)) {
            after++;
        }
        if (after >= t.size()) {
            return true;
        }
        if (!startsSentence(t, after)) {
            return false;
        }
        if (dottedWord) {
            return t.isCapitalised(after) && FunctionWords.isFunctionWord(t.lower(after));
        }
        if (t.isChar(i, '.') && i > 0 && t.adjacent(i - 1) && t.isWord(i - 1)) {
            String prev = t.lower(i - 1);
            boolean initial = prev.length() == 1 && t.isCapitalised(i - 1);
            if (initial || ABBREVIATIONS.contains(prev)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(Tokens t, int i) {
        if (t.isWord(i)) {
            return t.isCapitalised(i) || Character.isDigit(t.text().charAt(t.start(i))); // 2025, 33rd
        }
        char c = t.text().charAt(t.start(i));
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '-'
                || c == '\u2014' || c == '\u2013' || c == '*' || c == '#';
    }

    private static boolean isCloser(Tokens t, int i) {
        if (!t.isPunct(i)) {
            return false;
        }
        char c = t.text().charAt(t.start(i));
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }
}
