package org.kgi.indexer.extract.mention;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Sports results in news: a match's score ({@code 2-1}) and the words around it. A side a score names is a team, not
 * a town, and a sentence that reports a match ({@code Ajax, beaten by Heerenveen last week, won 2-1 at Vitesse
 * Arnhem}) tells no attack.
 */
public final class Matches {
    /** Nouns of a match's outcome: {@code a 2-1 win at Chelsea}. */
    public static final Set<String> NOUNS = WordSets.of("win", "victory", "defeat", "draw", "loss", "triumph",
            "goal", "goals", "drubbing", "thrashing", "rout", "success");
    /** Verbs of a match's outcome before its score: {@code drew 1-1}, {@code Ajax won 2-1}. */
    public static final Set<String> VERBS = WordSets.of("won", "drew", "lost", "beat", "beaten", "held", "draw",
            "win", "lose", "trailed", "led");
    /** Participles of a match's outcome before the side and its score: {@code thrashing Inter Milan 5-0}. */
    public static final Set<String> PARTICIPLES = WordSets.of("thrashing", "beating", "defeating", "edging",
            "crushing", "routing", "hammering", "stunning");
    /** Words after a score that keep it a match's ({@code lost 3-1 at Parma}; not {@code lost 10-15 soldiers}). */
    private static final Set<String> AFTER_SCORE = WordSets.of("at", "to", "against", "over", "with", "in", "on",
            "by", "after", "and", "as", "home", "away", "win", "victory", "defeat", "draw", "loss");
    /** Words only sport uses, which make a sentence with a score a match's report. */
    private static final Set<String> SPORT_WORDS = WordSets.of("league", "cup", "striker", "midfielder",
            "goalkeeper", "championship", "tournament", "semi-final", "semifinal", "quarter-final", "quarterfinal",
            "halftime", "half-time", "wickets", "innings", "seed", "seeded", "bundesliga", "derby", "playoff",
            "play-off", "playoffs", "equaliser", "equalizer", "scored", "scoring");

    private Matches() {
    }

    /** Whether token {@code i} is a match's score: {@code 2-1}, {@code 49-13} (not a year's span, {@code 2023-24}). */
    public static boolean score(Tokens t, int i) {
        if (!t.is(i, Tokens.NUMBER)) {
            return false;
        }
        String w = t.lower(i);
        int dash = w.indexOf('-');
        int after = w.length() - dash - 1;
        if (dash <= 0 || dash > 3 || after < 1 || after > 3 || w.indexOf('-', dash + 1) >= 0) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (k != dash && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a tennis match's sets ({@code 6-2 6-3}, {@code 7-6}, two scores of seven games at most in a row) come
     * within {@code width} tokens from {@code from}: what players, not teams, win.
     */
    public static boolean setsWithin(Tokens t, Sentence s, int from, int width) {
        for (int i = from; i < s.last() && i <= from + width; i++) {
            if (set(t, i) && set(t, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean set(Tokens t, int i) {
        if (!score(t, i)) {
            return false;
        }
        String w = t.lower(i);
        int dash = w.indexOf('-');
        return dash == 1 && w.length() == 3 && w.charAt(0) <= '7' && w.charAt(2) <= '7';
    }

    /**
     * Whether the name {@code a..b} is a batsman's or a bowler's in a cricket scorecard's line ({@code R. Dravid c
     * Hudson b Klusener 36}, {@code V. Rathore lbw b Donald 8}, {@code M. Azharuddin not out 98}): the line ends with
     * the runs, and the name opens it or follows "c", "b" or "st".
     */
    public static boolean batsmanOrBowler(Tokens t, Sentence s, int a, int b) {
        int last = s.last();
        while (last > s.first() && t.isPunct(last)) {
            last--;
        }
        if (!t.is(last, Tokens.NUMBER) || last <= b) {
            return false;
        }
        boolean dismissal = false;
        for (int i = s.first(); i < last; i++) {
            if (t.isLower(i, "lbw") || (t.isLower(i, "out") && (t.isLower(i - 1, "run") || t.isLower(i - 1, "not")))
                    || scorecardMark(t, i) && !t.isLower(i, "st") && t.isWord(i + 1) && t.isCapitalised(i + 1)) {
                dismissal = true;
                break;
            }
        }
        if (!dismissal) {
            return false;
        }
        int before = a - 1;
        while (before >= s.first() && t.isChar(before, '.') && before - 1 >= s.first() && t.isWord(before - 1)
                && t.lower(before - 1).length() == 1) {
            before -= 2; // an initial: R. Dravid
        }
        return before < s.first() || t.newlinesAfter(before) > 0 || scorecardMark(t, before);
    }

    /** Whether token {@code i} is a scorecard's "c" (caught), "b" (bowled) or "st" (stumped), in lower case. */
    public static boolean scorecardMark(Tokens t, int i) {
        return !t.isCapitalised(i) && (t.isLower(i, "c") || t.isLower(i, "b") || t.isLower(i, "st"));
    }

    /**
     * Whether the name {@code a..b} is a scorer's in brackets after a side's score, with the minute or the runs
     * after it ({@code Feyenoord 2 (Van Gastel 23, Larsson 67)}, {@code Essex 412-7 (N. Hussain 128, R. Irani 77)}).
     */
    public static boolean scorer(Tokens t, Sentence s, int a, int b) {
        if (!t.is(b + 1, Tokens.NUMBER) && !minute(t, b + 1)) {
            return false;
        }
        for (int i = a - 1; i >= s.first() && i >= a - 24; i--) {
            if (t.isChar(i, '(')) {
                if (!t.is(i - 1, Tokens.NUMBER) || i - 2 < s.first() || !t.isWord(i - 2) || !t.isCapitalised(i - 2)) {
                    return false;
                }
                int side = i - 2;
                while (side - 1 >= s.first() && t.isWord(side - 1) && t.isCapitalised(side - 1)
                        && t.newlinesAfter(side - 1) == 0) {
                    side--;
                }
                // the side opens its line or follows another side's scorers or a venue: not "officers of
                // Detachment 88 (Densus 88)"
                return side == s.first() || t.newlinesAfter(side - 1) > 0 || t.isChar(side - 1, ')')
                        || t.isChar(side - 1, ':') || t.isChar(side - 1, ';');
            }
            if (!(t.isWord(i) && (t.isCapitalised(i) || t.is(i, Tokens.NUMBER) || t.lower(i).length() <= 3
                    || minute(t, i)) || t.isChar(i, ',') || t.isChar(i, '.'))) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a goal's minute written as an ordinal: {@code (Sanchez 27th, Taument 44th)}. */
    private static boolean minute(Tokens t, int i) {
        return t.isWord(i) && NameChunker.isOrdinal(t.lower(i)) && t.lower(i).length() <= 5;
    }

    /**
     * Whether the name {@code a..b} is a bowler's with his figures, in a list ({@code Bowling: Lewis 12-1-76-0,
     * Mullally 22-6-56-2}): overs, maidens, runs and wickets joined by dashes right after it.
     */
    public static boolean bowler(Tokens t, Sentence s, int a, int b) {
        if (!t.is(b + 1, Tokens.NUMBER) || !(a == s.first() || t.newlinesAfter(a - 1) > 0 || t.isChar(a - 1, ',')
                || t.isChar(a - 1, ':') || t.isChar(a - 1, ';') || t.isChar(a - 1, '('))) {
            return false;
        }
        String w = t.lower(b + 1);
        int dashes = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '-') {
                dashes++;
            } else if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return dashes == 3;
    }

    /** Whether the sentence holds a word only sport uses ({@code league}, {@code tournament}, {@code innings}). */
    public static boolean sportWordIn(Tokens t, Sentence s) {
        return t.hasWordIn(s, SPORT_WORDS);
    }

    /** Whether the sentence holds a match's score. */
    public static boolean scoreIn(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (score(t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence reports a match: a score won, drawn or lost ({@code won 2-1 at}, {@code a 2-1 win}), or a
     * score with a word only sport uses ({@code Juventus went top of Serie A with a 2-0 win}, {@code the league}).
     */
    public static boolean report(Tokens t, Sentence s) {
        boolean sport = false;
        boolean scored = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && SPORT_WORDS.contains(t.lower(i))) {
                sport = true;
            }
            if (score(t, i)) {
                scored = true;
                if (t.isWord(i - 1) && VERBS.contains(t.lower(i - 1)) && t.isWord(i + 1)
                        && AFTER_SCORE.contains(t.lower(i + 1)) || t.isWord(i + 1) && NOUNS.contains(t.lower(i + 1))) {
                    return true;
                }
            }
        }
        return scored && sport;
    }
}
