package org.kgi.indexer.extract.events;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Whether an event is asserted, threatened ({@code threatened to}, {@code warned}, {@code vowed}), planned
 * ({@code plans to}, {@code will}, {@code would}, {@code expected to}; and what ought to be: {@code must be handed
 * over}) or denied ({@code denied}), from the words in the eight tokens before its trigger (or the trigger itself, when
 * it is the threat); planned too when a time to come follows it ({@code a funeral march for next week}), a condition
 * holds it ({@code if}, {@code unless}) or it is announced to come ({@code announced a sit-in}).
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
            "intend", "intended", "expected", "scheduled", "slated", "shall", "'ll", "aims", "prepares", "preparing",
            "must", "should", "ought", "promised", "promises", "promise", "pledged", "pledges", "plot", "plots",
            "plotted", "plotting");
    private static final Set<String> ORDERS = WordSets.of("ordered", "ordering", "orders", "urged", "urging",
            "urges", "instructed");

    /** Whether the order at {@code i} is to do the trigger: {@code ordered its fighters to carry out attacks}. */
    private static boolean orderedTo(Tokens t, int i, int trigger) {
        for (int k = trigger - 1; k > i && k >= trigger - 4; k--) {
            if (t.isLower(k, "to")) {
                return true;
            }
            if (!t.isWord(k) || t.isLower(k, "and")) {
                return false;
            }
        }
        return false;
    }
    private static final Set<String> DENY = WordSets.of("denied", "denies", "deny", "denying", "rejected", "dismissed");

    private Modality() {
    }

    /** Whether a word threatens: {@code threatened}, {@code vowed}, {@code warned}. */
    static boolean isThreat(String lower) {
        return THREAT.contains(lower);
    }

    static String of(Tokens t, Sentence s, int trigger) {
        if (t.isWord(trigger) && THREAT.contains(t.lower(trigger))) {
            return THREATENED; // the threat is the event found: "the gang had threatened to return"
        }
        String found = ASSERTED;
        if (futureAfter(t, s, trigger) || conditional(t, s, trigger) || announcedToCome(t, s, trigger)
                || expectedToCome(t, s, trigger)) {
            found = PLANNED; // Students announced a funeral march for next week; strikes if Ukraine kept using missiles
        }
        if (deniedAfter(t, s, trigger)) {
            return DENIED;
        }
        for (int i = Math.max(s.first(), trigger - WINDOW); i < trigger; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (THREAT.contains(w) && !withoutWarning(t, i)) {
                return THREATENED;
            }
            if (DENY.contains(w) && !partDenied(t, i, trigger)) {
                found = DENIED;
            } else if (PLAN.contains(w) && found.equals(ASSERTED) && !beforeItsNoun(t, i, trigger)
                    || ORDERS.contains(w) && found.equals(ASSERTED) && orderedTo(t, i, trigger)) {
                found = PLANNED; // ordered its fighters to carry out attacks across the country
            }
        }
        return found;
    }

    private static final Set<String> DETERMINERS = WordSets.of("the", "a", "its", "their");

    /**
     * {@code the planned sale of their yard}: a plan's word before the noun it qualifies, which plans no event; but
     * {@code a plan by Boko Haram to bomb a market} plans the bombing (its {@code to} before the trigger).
     */
    private static boolean beforeItsNoun(Tokens t, int i, int trigger) {
        return t.isWord(i - 1) && DETERMINERS.contains(t.lower(i - 1)) && t.isWord(i + 1) && !t.isCapitalised(i + 1)
                && !t.isLower(i + 1, "to") && !t.isLower(i + 1, "for") && !t.isLower(trigger - 1, "to")
                && i + 1 != trigger && i + 2 != trigger; // but "a planned protest", "the planned general strike"
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

    /** {@code is}, {@code are}, {@code was}, {@code were}. */
    static final Set<String> BE = WordSets.of("is", "are", "was", "were");
    private static final Set<String> EXPECTED = WordSets.of("expected", "scheduled", "due", "set", "slated");
    private static final Set<String> STARTS = WordSets.of("resume", "begin", "start", "take", "be", "open", "reopen",
            "convene", "meet", "continue", "go");

    /**
     * Whether the trigger is the subject of what is expected to happen ({@code Peace talks between the government and
     * the BRN, facilitated by Malaysia, are expected to resume in April}; {@code Joint patrols are to begin on Friday}).
     */
    private static boolean expectedToCome(Tokens t, Sentence s, int trigger) {
        if ((t.isLower(trigger + 1, "would") || t.isLower(trigger + 1, "will")) && t.isLower(trigger + 2, "follow")) {
            return true; // the ministry added that further arrests would follow
        }
        for (int i = trigger + 1; i <= Math.min(s.last() - 2, trigger + 20); i++) {
            if (Clauses.breaksAt(t, i)) {
                return false; // held a peaceful gathering, and talks will resume on Friday: another clause's future
            }
            if (t.isWord(i) && BE.contains(t.lower(i))) {
                return t.isWord(i + 1) && EXPECTED.contains(t.lower(i + 1)) && t.isLower(i + 2, "to")
                        && t.isWord(i + 3) && STARTS.contains(t.lower(i + 3))
                        || t.isLower(i + 1, "to") && t.isWord(i + 2) && STARTS.contains(t.lower(i + 2)); // are to begin
            }
            if ((t.isLower(i, "would") || t.isLower(i, "will")) && t.isWord(i + 1) && BEGINS.contains(t.lower(i + 1))) {
                return true; // announced that a disarmament programme would start in October
            }
            if ((t.isLower(i, "would") || t.isLower(i, "will")) && t.isLower(i + 1, "be") && t.isWord(i + 2)
                    && LAUNCHED.contains(t.lower(i + 2))) {
                return true; // a joint operation with units of the Defence Forces will be launched in early April
            }
        }
        return false;
    }

    private static final Set<String> LAUNCHED = WordSets.of("launched", "deployed", "held", "organised", "organized",
            "conducted", "carried", "staged", "started", "begun", "resumed", "established", "set");

    private static final Set<String> BEGINS = WordSets.of("start", "begin", "resume", "open", "reopen", "convene",
            "remain");

    /** Whether {@code could not be verified} (or confirmed) follows the trigger in its clause. */
    private static boolean unverifiedAfter(Tokens t, Sentence s, int trigger) {
        for (int i = trigger + 1; i <= Math.min(s.last() - 3, trigger + 20); i++) {
            if ((t.isLower(i, "could") || t.isLower(i, "can")) && (t.isLower(i + 1, "not") || t.isLower(i + 1, "n't"))
                    && t.isLower(i + 2, "be") && t.isWord(i + 3) && UNVERIFIED.contains(t.lower(i + 3))) {
                return true;
            }
            if (t.isChar(i, ';')) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> UNVERIFIED = WordSets.of("verified", "confirmed", "independently");

    /**
     * Whether a relative clause after the trigger has someone deny it: {@code claimed that soldiers had fought
     * alongside the militia, which the FACA command in Obo denied}.
     */
    static boolean deniedAfter(Tokens t, Sentence s, int trigger) {
        if (t.isWord(trigger - 1) && (t.isLower(trigger - 1, "alleged") || t.isLower(trigger - 2, "alleged"))
                && unverifiedAfter(t, s, trigger)) {
            return true; // an alleged drone strike on a church on 9 November could not be verified
        }
        for (int i = trigger + 1; i <= Math.min(s.last() - 1, trigger + 40); i++) {
            if (t.isLower(i, "but") && t.isChar(i - 1, ',') || t.isChar(i, ';')) {
                // X said the factions had captured Umm al-Kaif, but the SDF denied this; ...; monitors found no
                // evidence that the positions had changed hands
                for (int k = i + 1; k <= Math.min(s.last() - 1, i + 10); k++) {
                    if (t.isWord(k) && DENY.contains(t.lower(k)) && deniesTheClaim(t, k + 1)
                            || t.isLower(k, "no") && t.isLower(k + 1, "evidence") && t.isWord(k - 1)
                            && NO_EVIDENCE_VERBS.contains(t.lower(k - 1))
                            || t.isLower(k, "no") && t.isLower(k - 1, "found")
                            && t.hasWordIn(s.first(), trigger - 1, CLAIMING)
                            || t.isLower(k, "still") && t.isWord(k + 1) && STILL_HELD.contains(t.lower(k + 1))
                            && t.hasWordIn(s.first(), trigger - 1, CLAIMING)) {
                        // (and "X said its fighters had taken control of Y; residents said the M23 was still manning
                        // its positions there")
                        // (also "the ministry said its forces had destroyed a depot; partners found no military
                        // facility among the damaged buildings": after a claim)
                        return true;
                    }
                    if (t.isPunct(k) && !t.isApostrophe(k) && !t.isDash(k)) {
                        break;
                    }
                }
            }
            if (t.isLower(i, "which") && t.isChar(i - 1, ',')) {
                // which the General Staff of Ukraine's armed forces denied
                for (int k = i + 1; k <= Math.min(s.last(), i + 12); k++) {
                    if (t.isWord(k) && DENY.contains(t.lower(k))) {
                        return true;
                    }
                    if (t.isPunct(k) && !t.isApostrophe(k)) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** What those said to have lost a place are still doing there: {@code still manning their positions}. */
    private static final Set<String> STILL_HELD = WordSets.of("manning", "holding", "held", "controlling",
            "controlled", "occupying", "occupied", "in");

    /** {@code (denied) this}, {@code (rejected) the claim}: what a denial after the event denies is what was told. */
    private static boolean deniesTheClaim(Tokens t, int k) {
        return t.isWord(k) && (IT.contains(t.lower(k)) || THE.contains(t.lower(k)) && t.isWord(k + 1)
                && CLAIMS.contains(t.lower(k + 1)));
    }

    private static final Set<String> IT = WordSets.of("this", "it", "that");
    private static final Set<String> THE = WordSets.of("the", "these", "those", "this", "that");
    private static final Set<String> CLAIMS = WordSets.of("claim", "claims", "report", "reports", "account",
            "accounts", "allegation", "allegations");
    private static final Set<String> CLAIMING = WordSets.of("said", "says", "claimed", "claims", "announced",
            "reported");
    /** What comes before {@code no evidence}: {@code monitors found no evidence}, {@code there was no evidence}. */
    private static final Set<String> NO_EVIDENCE_VERBS = WordSets.of("found", "saw", "had", "has", "is", "was");

    /** {@code without (further, any, prior) warning}, {@code with no warning}: how it was done, not a threat. */
    private static boolean withoutWarning(Tokens t, int i) {
        if (!t.isLower(i, "warning")) {
            return false;
        }
        int k = t.isWord(i - 1) && WARNING_ADJECTIVES.contains(t.lower(i - 1)) ? i - 2 : i - 1;
        return t.isLower(k, "without") || t.isLower(k, "no");
    }

    private static final Set<String> WARNING_ADJECTIVES = WordSets.of("further", "any", "prior", "advance", "a");

    /**
     * Whether a denial at {@code denial} is of a part in the event, not of the event ({@code denied responsibility for
     * an ambush on an army patrol}): the ambush happened.
     */
    private static boolean partDenied(Tokens t, int denial, int trigger) {
        for (int k = denial + 1; k < trigger; k++) {
            if (t.isWord(k) && Sidelines.PARTS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether what is announced is still to come: an announcement of an event someone would or will make ({@code
     * announced this week that they would block all roads}, the trigger being {@code announced}), or an event announced
     * or called with the indefinite article ({@code have announced a sit-in in front of the governor's office}, {@code
     * called a general strike}); not an agreement or a curfew, made by announcing it ({@code announced a ceasefire}; a
     * curfew to come has its date), nor what is announced as done ({@code announced the arrest of}).
     */
    private static boolean announcedToCome(Tokens t, Sentence s, int trigger) {
        if (!t.isWord(trigger)) {
            return false;
        }
        String w = t.lower(trigger);
        if (ANNOUNCING.contains(w)) {
            for (int i = trigger + 1; i <= Math.min(s.last(), trigger + 8) && !t.isPunct(i); i++) {
                if (t.isWord(i) && TO_COME.contains(t.lower(i))) {
                    // what they would do is itself an event (block the roads), not a rule they set (collect zakat)
                    int v = t.isLower(i + 1, "be") || t.isLower(i + 1, "to") ? i + 2 : i + 1;
                    return t.isWord(v) && isEventVerb(t.lower(v));
                }
            }
            return false;
        }
        if (AGREED.contains(w)) {
            return false;
        }
        int k = trigger - 1;
        if (t.isWord(k) && !t.isLower(k, "a") && !t.isLower(k, "an") && !t.isCapitalised(k)) {
            k--; // a two-week lockdown, a general strike
        }
        if (k < trigger - 1 && AGAIN.contains(t.lower(k + 1)) && t.isLower(k, "for") && t.isWord(k - 1)
                && CALLING.contains(t.lower(k - 1))) {
            return true; // called for new demonstrations from Monday 13 January
        }
        if (!t.isLower(k, "a") && !t.isLower(k, "an")) {
            return false;
        }
        k = t.isLower(k - 1, "for") ? k - 2 : k - 1; // called for a march
        return t.isWord(k) && (ANNOUNCING.contains(t.lower(k)) || CALLING.contains(t.lower(k)));
    }

    /** Whether a verb, in the form given or in its past ({@code block}: {@code blocked}), is an event's trigger. */
    private static boolean isEventVerb(String w) {
        return TriggerLexicon.word(w) != null || TriggerLexicon.word(w + "ed") != null
                || TriggerLexicon.word(w + "d") != null;
    }

    private static final Set<String> AGAIN = WordSets.of("new", "more", "fresh", "further", "renewed");
    private static final Set<String> ANNOUNCING = WordSets.of("announced", "announces", "announce", "announcing");
    private static final Set<String> CALLING = WordSets.of("called", "calls", "call", "calling", "planned",
            "planning", "organising", "organizing");
    private static final Set<String> TO_COME = WordSets.of("would", "will", "'ll", "shall", "plans", "planned",
            "intends", "intended");
    private static final Set<String> AGREED = WordSets.of("ceasefire", "cease-fire", "truce", "agreement", "deal",
            "accord", "pact", "armistice", "curfew", "lockdown", "emergency");

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
