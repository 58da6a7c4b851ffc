package org.kgi.indexer.extract.events;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Whether an event is asserted, threatened ({@code threatened to}, {@code warned}, {@code vowed}), planned
 * ({@code plans to}, {@code will}, {@code would}, {@code expected to}; and what ought to be: {@code must be handed
 * over}) or denied ({@code denied}), from the words in the eight tokens before its trigger (or the trigger itself, when
 * it is the threat); planned too when a time to come follows it ({@code a funeral march for next week}) or a condition
 * holds it ({@code if}, {@code unless}).
 */
final class Modality {
    static final String ASSERTED = "asserted";
    static final String THREATENED = "threatened";
    static final String PLANNED = "planned";
    static final String DENIED = "denied";
    private static final int WINDOW = 8;
    private static final Set<String> THREAT = WordSets.of("threatened", "threatening", "threatens", "threaten", "threat",
            "threats", "warned", "warning", "warns", "vowed", "vows", "vow", "ultimatum");
    private static final Set<String> PLAN = WordSets.of("plans", "plan", "planned", "planning", "will", "would", "intends",
            "intend", "intended", "expected", "scheduled", "shall", "'ll", "aims", "prepares", "preparing",
            "must", "should", "ought");
    private static final Set<String> DENY = WordSets.of("denied", "denies", "deny", "denying", "rejected", "dismissed");

    private Modality() {
    }

    static String of(Tokens t, Sentence s, int trigger) {
        if (t.isWord(trigger) && THREAT.contains(t.lower(trigger))) {
            return THREATENED; // the threat is the event found: "the gang had threatened to return"
        }
        String found = ASSERTED;
        if (futureAfter(t, s, trigger) || conditional(t, s, trigger)) {
            found = PLANNED; // Students announced a funeral march for next week; strikes if Ukraine kept using missiles
        }
        for (int i = Math.max(s.first(), trigger - WINDOW); i < trigger; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (THREAT.contains(w)) {
                return THREATENED;
            }
            if (DENY.contains(w)) {
                found = DENIED;
            } else if (PLAN.contains(w) && found.equals(ASSERTED)) {
                found = PLANNED;
            }
        }
        return found;
    }

    /**
     * Whether a time to come follows the trigger in its sentence: {@code next week}, {@code next Friday}, {@code
     * tomorrow}, {@code in the coming days}, {@code later this month}.
     */
    private static boolean futureAfter(Tokens t, Sentence s, int trigger) {
        for (int i = trigger + 1; i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (w.equals("tomorrow") || w.equals("next") && !t.isLower(i - 1, "the") // not "the next day"
                    && t.isWord(i + 1) && TIMES.contains(t.lower(i + 1))
                    || w.equals("coming") && t.isLower(i - 1, "the") && t.isWord(i + 1) && TIMES.contains(t.lower(i + 1))
                    || w.equals("later") && t.isLower(i + 1, "this") && t.isWord(i + 2) && TIMES.contains(t.lower(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger is in a condition: {@code ... if Ukraine kept using long-range missiles}, {@code unless}. */
    private static boolean conditional(Tokens t, Sentence s, int trigger) {
        for (int i = trigger - 1; i >= s.first(); i--) {
            if (t.isLower(i, "if") || t.isLower(i, "unless")) {
                return true;
            }
            if (t.isPunct(i) && !t.isChar(i, ',') && !t.isChar(i, '-')) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TIMES = WordSets.of("week", "weeks", "month", "months", "year", "days", "weekend",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}
