package org.kgi.indexer.extract.events;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Sentences that count or describe events over a period rather than tell one: {@code this is the fourth case of
 * lynching recorded in the department since January}, {@code at least 312 people were kidnapped between January and
 * August}, {@code military drones have become a new feature of the conflict}. Their triggers start no event and add
 * nobody to one: the report's incident was told already, and who they name (the rights group that counts, the
 * department) took no part in it.
 */
final class Tallies {
    private static final Set<String> ORDINALS = WordSets.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "latest", "umpteenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th",
            "10th");
    private static final Set<String> INSTANCES = WordSets.of("case", "attack", "attacks", "incident", "lynching",
            "kidnapping", "abduction", "killing", "bombing", "explosion", "massacre", "strike", "ambush", "raid",
            "such");
    private static final Set<String> PERIOD_ENDS = WordSets.of("year", "month", "week", "since");

    private Tallies() {
    }

    static boolean isTally(Tokens t, Sentence s) {
        for (int w0 = s.first(); w0 <= Math.min(s.last() - 3, s.first() + 16); w0++) {
            if ((t.isLower(w0, "a") || t.isLower(w0, "the")) && t.opensSentence(s, w0) && t.isWord(w0 + 1)
                    && SPANS.contains(t.lower(w0 + 1)) && t.isLower(w0 + 2, "that") && t.isWord(w0 + 3)
                    && OPENED.contains(t.lower(w0 + 3))) {
                return true; // A week that opened with a night assault closed with a roadside bomb: the week summed up
            }
        }
        int first = t.firstWord(s);
        if (t.isLower(first, "since") && (t.is(first + 1, Tokens.NUMBER) || t.isWord(first + 1)
                && Calendar.month(t.lower(first + 1)) > 0) && perfectDone(t, s)) {
            // Since 1 August, at least 27 civilians have been killed in Sumy Oblast: a period's count (not "have been
            // attacking", what goes on)
            return true;
        }
        if (t.isLower(first, "key") && t.isLower(first + 1, "figures") && t.isChar(first + 2, ':')) {
            return true; // KEY FIGURES: 5 civilians killed, 12 injured: the report's sums
        }
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (ORDINALS.contains(w) && t.isLower(i - 1, "the") && !t.isChar(i - 2, ',') && instanceWithin(t, s, i)
                    && period(t, s)) {
                // it is the third grenade attack in the department this year; but "A bomb destroyed a restaurant on
                // Monday, the third attack on the coast since April" tells the bombing
                return true;
            }
            if (w.equals("between") && i + 3 <= s.last() && Calendar.month(t.lower(i + 1)) > 0
                    && t.isLower(i + 2, "and") && Calendar.month(t.lower(i + 3)) > 0) {
                return true; // at least 312 people were kidnapped in Marivelle between January and August
            }
            if (RECORDED.contains(w) && wholePeriod(t, s)) {
                return true; // partners recorded at least seven civilian deaths and seven abductions during the week
            }
            if (DAYS.contains(w) && t.isLower(i + 1, "of") && t.isWord(i + 2) && TURMOIL.contains(t.lower(i + 2))
                    && (t.is(i - 1, Tokens.NUMBER) || COUNTS.contains(t.lower(i - 1))) && perfect(t, s)) {
                return true; // five days of violence in the province have killed dozens of people
            }
            if (w.equals("through") && t.isLower(i + 1, "a") && t.isWord(i + 2) && SPANS.contains(t.lower(i + 2))
                    && colonBefore(t, s, i)) {
                return true; // Buses burned and three men shot dead: Mossoró has lived through a week that ...
            }
            if (w.equals("since") && (t.is(i + 1, Tokens.NUMBER) || t.isWord(i + 1)
                    && Calendar.month(t.lower(i + 1)) > 0) && perfectBefore(t, s, i)) {
                return true; // some 2,300 people have arrived at displacement sites since 16 October: a period's count
            }
            if (w.equals("similar") && t.isLower(i - 1, "in") && t.isWord(i + 1) && t.lower(i + 1).endsWith("s")) {
                return true; // another 14 people had been killed in similar reprisals around Gezira: a count
            }
            if (w.equals("become") && (t.isLower(i - 1, "have") || t.isLower(i - 1, "has"))) {
                return true; // drones have become a new feature of the conflict
            }
            if ((w.equals("have") || w.equals("has")) && i + 1 <= s.last() && isParticiple(t.lower(i + 1))
                    && thisYearAfter(t, s, i) && !t.isLower(i - 1, "who") && !t.isLower(i - 1, "that")) {
                // (not "marched, demanding a search for the people who have disappeared this year")
                return true; // at least 14 hostages have been killed this year
            }
        }
        return false;
    }

    private static final Set<String> DAYS = WordSets.of("days", "weeks", "months", "nights");
    private static final Set<String> TURMOIL = WordSets.of("violence", "fighting", "clashes", "unrest", "attacks",
            "bombardment", "shelling", "strikes", "raids", "protests", "rioting");
    private static final Set<String> COUNTS = NumberWords.twoToTenAnd("several", "few", "many", "recent");

    /** Whether the sentence's verb is in the perfect: {@code have killed}, {@code has displaced}. */
    private static boolean perfect(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i < s.last(); i++) {
            if (perfectAt(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence's verb is a perfect of a deed done: {@code have been killed}, not {@code been X-ing}. */
    private static boolean perfectDone(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i < s.last(); i++) {
            if (perfectAt(t, i) && (!t.isLower(i + 1, "been") || t.isWord(i + 2) && isParticiple(t.lower(i + 2))
                    && !t.isLower(i + 2, "been"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code have} or {@code has} and a participle open at token {@code i}: {@code have killed}. */
    private static boolean perfectAt(Tokens t, int i) {
        return (t.isLower(i, "have") || t.isLower(i, "has")) && isParticiple(t.lower(i + 1));
    }

    /**
     * Whether {@code have} or {@code has} and a participle come before token {@code i}, in its clause, after a count
     * ({@code some 2,300 people have arrived}).
     */
    private static boolean perfectBefore(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k > s.first(); k--) {
            if (t.isChar(k, ':') || t.isChar(k, ';')) {
                return false;
            }
            if (perfectAt(t, k)) {
                for (int n = k - 1; n >= Math.max(s.first(), k - 4); n--) {
                    if (t.is(n, Tokens.NUMBER) || t.isWord(n) && COUNTS.contains(t.lower(n))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean colonBefore(Tokens t, Sentence s, int i) {
        for (int k = s.first(); k < i; k++) {
            if (t.isChar(k, ':')) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RECORDED = WordSets.of("recorded", "documented", "registered", "verified",
            "counted");
    private static final Set<String> SPANS = WordSets.of("week", "month", "period", "fortnight", "quarter");
    private static final Set<String> OPENED = WordSets.of("opened", "began", "started", "ended", "closed");

    /**
     * {@code during the (reporting) week}, {@code this month}, {@code in the past week}, {@code between 2 and 4
     * June}: a period's count.
     */
    private static boolean wholePeriod(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= s.last(); i++) {
            if (t.isWord(i) && SPANS.contains(t.lower(i)) && (t.isLower(i - 1, "this") || t.isLower(i - 1, "past")
                    || t.isLower(i - 1, "the") && t.isLower(i - 2, "during") || t.isLower(i - 1, "reporting"))) {
                return true;
            }
            if (t.isLower(i, "between") && i + 4 <= s.last() && t.is(i + 1, Tokens.NUMBER) && t.isLower(i + 2, "and")
                    && t.is(i + 3, Tokens.NUMBER) && Calendar.month(t.lower(i + 4)) > 0) {
                return true; // counted at least thirteen people killed between 2 and 4 June
            }
        }
        return false;
    }

    /** Whether one of the three words after an ordinal names an instance: the fourth case, the third grenade attack. */
    private static boolean instanceWithin(Tokens t, Sentence s, int ordinal) {
        for (int k = ordinal + 1; k <= Math.min(s.last(), ordinal + 3) && t.isWord(k); k++) {
            if (INSTANCES.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticiple(String w) {
        return w.equals("been") || w.length() > 4 && w.endsWith("ed");
    }

    /**
     * Whether "this year" or "so far" follows token {@code i} in its clause ({@code have been killed this year}; not
     * "..., the first bombing this year, as ... the Taliban have promised since they took power").
     */
    private static boolean thisYearAfter(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= s.last() && !t.isChar(k, ','); k++) {
            if (t.isLower(k, "year") && t.isLower(k - 1, "this") || t.isLower(k, "far") && t.isLower(k - 1, "so")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence counts over a period: this year, this month, since June. */
    private static boolean period(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && PERIOD_ENDS.contains(t.lower(i))
                    && (t.lower(i).equals("since") || t.isLower(i - 1, "this") || t.isLower(i - 1, "the"))) {
                return true;
            }
        }
        return false;
    }
}
