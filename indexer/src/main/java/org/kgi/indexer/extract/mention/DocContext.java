package org.kgi.indexer.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.AliasBook;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * What typing a name may know about the whole report: the gazetteer, the aliases file, and the words the
 * report writes in lower case (a capitalised word that also appears in lower case is a common word, not a name).
 */
public record DocContext(Tokens tokens, Gazetteer gazetteer, AliasBook book, Set<String> lowerWords) {
    /** Collects the report's lower-case words. */
    public static DocContext of(Tokens t, Gazetteer gazetteer, AliasBook book) {
        Set<String> lower = new HashSet<>(Math.max(16, Math.min(t.size(), 1 << 16)));
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && !t.isCapitalised(i) && !t.is(i, Tokens.NUMBER)) {
                lower.add(t.lower(i));
            }
        }
        return new DocContext(t, gazetteer, book, lower);
    }

    /**
     * The type of a group known only by its members or leader ({@code the leader of X}): an armed group in a
     * report about gangs, militias or fighting ({@code members of X clashed with members of Y}), else an organisation.
     */
    public String groupType() {
        for (String w : ARMED_CONTEXT) {
            if (lowerWords.contains(w)) {
                return "armed_group";
            }
        }
        return "organization";
    }

    private static final List<String> ARMED_CONTEXT = List.of("gang", "gangs", "militia", "militias",
            "armed", "clashed", "clashes", "clash", "ambushed", "gunmen", "gunfire", "shot", "fighters", "militants",
            "rebels", "insurgents", "attacked", "raided", "killed", "executed", "kidnapped", "abducted", "militant",
            "guerrillas", "vigilantes", "dissidents", "cartel", "massacre", "murdered", "shooting", "bombing",
            "explosive",
            "dissident", "guerrilla", "fighting", "ambush", "jihadists", "bandits", "combatants", "paramilitaries",
            "paramilitary");

    /**
     * Whether a sentence is written in capitals throughout ({@code SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE
     * DEFEAT .}): at least four words of two letters or more, none in lower or mixed case. There, capitals say
     * nothing of names.
     */
    public static boolean isShouted(Tokens t, Sentence s) {
        return capitalWords(t, s) >= 4;
    }

    /** The sentence's words of two letters or more when all are in capitals, else 0. */
    public static int capitalWords(Tokens t, Sentence s) {
        int words = 0;
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && !t.is(i, Tokens.NUMBER) && t.end(i) - t.start(i) > 1) {
                if (!t.is(i, Tokens.ALL_CAPS)) {
                    return 0;
                }
                words++;
            }
        }
        return words;
    }

    /**
     * Whether a single word is a common word here (a function word or written in lower case elsewhere), or an
     * adjective of stance ({@code Pro-independence youths}, {@code Anti-government protesters}).
     */
    public boolean isCommonWord(String lower) {
        return lowerWords.contains(lower) || isStance(lower);
    }

    private static final Set<String> STANCES = WordSets.of("government", "independence", "democracy", "regime",
            "junta", "immigrant", "immigration", "migrant", "war", "coup", "abortion", "vaccine", "lockdown", "reform",
            "establishment", "palestinian", "israeli", "russian", "ukrainian", "western", "american", "iranian");

    /** {@code pro-government}, {@code anti-junta}: a stance, not a name. */
    static boolean isStance(String lower) {
        int dash = lower.indexOf('-');
        return dash > 0 && (lower.startsWith("pro-") || lower.startsWith("anti-"))
                && STANCES.contains(lower.substring(dash + 1));
    }
}
