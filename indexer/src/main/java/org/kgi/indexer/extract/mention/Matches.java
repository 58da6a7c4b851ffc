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
