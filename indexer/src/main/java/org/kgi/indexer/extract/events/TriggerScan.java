package org.kgi.indexer.extract.events;

import org.kgi.indexer.extract.lexicon.WordSets;
import java.util.Set;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Finds a sentence's strongest trigger: word pairs first, then single words, in lower case (a capitalised
 * word counts only at the start of the sentence, so {@code March} the month is no protest). A base or
 * headquarters counts as established when a verb of setting up meets a base noun in the sentence or the one before.
 */
final class TriggerScan {
    /** The chosen trigger and the token it starts at. */
    record Hit(Trigger trigger, int token) {
    }

    static final Set<String> SET_UP_VERBS = WordSets.of("established", "establishment", "establish",
            "opened", "installed", "built", "erected", "set", "setting", "opening", "establishing", "relocated");
    static final Set<String> BASE_NOUNS = WordSets.of("base", "bases", "fob", "fobs", "camp", "camps",
            "outpost", "outposts", "headquarters", "hq", "stronghold", "barracks");
    private static final Trigger BASE = new Trigger(Acled.STRATEGIC, Acled.BASE_ESTABLISHED, 66);

    Hit scan(Tokens t, Sentence s, Sentence previous) {
        Trigger best = null;
        int at = -1;
        int firstWord = s.first();
        while (firstWord <= s.last() && !t.isWord(firstWord)) {
            firstWord++;
        }
        int setUp = -1;
        boolean baseNoun = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (!TriggerLexicon.isCue(w)) {
                continue;
            }
            baseNoun |= BASE_NOUNS.contains(w);
            if (t.isCapitalised(i) && i != firstWord) {
                continue;
            }
            if (setUp < 0 && SET_UP_VERBS.contains(w) && (!w.equals("set") && !w.equals("setting") || t.isLower(i + 1, "up"))) {
                setUp = i;
            }
            Trigger tr = i + 1 <= s.last() && t.isWord(i + 1) ? TriggerLexicon.pair(w, t.lower(i + 1)) : null;
            if (tr == null) {
                tr = TriggerLexicon.word(w);
            }
            if (tr != null && (best == null || tr.priority() > best.priority())) {
                best = tr;
                at = i;
            }
        }
        if (setUp >= 0 && (baseNoun || previous != null && hasBaseNoun(t, previous))
                && (best == null || best.priority() < BASE.priority())) {
            return new Hit(BASE, setUp);
        }
        return best == null ? null : new Hit(best, at);
    }

    private static boolean hasBaseNoun(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && BASE_NOUNS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }
}
