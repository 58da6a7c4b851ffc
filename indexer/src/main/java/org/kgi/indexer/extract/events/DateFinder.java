package org.kgi.indexer.extract.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kgi.indexer.extract.EventDate.Precision;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Finds the date a sentence gives. Absolute dates win: {@code 6 February 2024}, {@code 6th of Feb 2024},
 * {@code February 6, 2024}, {@code 2024-02-06} (day), {@code June 2024} (month), {@code in 2023} (year); a day
 * and month without a year take the report's year (the year before when that would put it more than a week after the
 * report, unless the sentence speaks of what is to come and it is at most six weeks away). Relative dates need the
 * report's date: a weekday ({@code Saturday}, {@code last Saturday}) is the latest such day on or before it;
 * {@code yesterday}, {@code today}, {@code two days ago}, {@code last week}, {@code a week ago} (day); {@code last
 * month}, {@code this month} (month); {@code last year} (year). Without a report date, relative dates are not
 * resolved: the result is null, never a guess.
 */
public final class DateFinder {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("few", 3), Map.entry("several", 3));

    /** Words before a month with no year that make it a month of the report's year ({@code in January}). */
    private static final Set<String> MONTH_ONLY_CUES = Set.of("in", "since", "early", "late", "mid",
            "during", "until");
    private static final java.util.Set<String> RELATIVE_WORDS = java.util.Set.of("yesterday", "today", "tonight", "ago");
    /** The most tokens a date takes ({@code 6th of February, 2024}). */
    private static final int DATE_TOKENS = 5;
    /** Words that can begin a date besides numbers: relative-date words, months and weekdays. */
    private static final Set<String> STARTERS = WordSets.copyOf(List.of("yesterday", "today",
            "tonight", "this", "last", "in", "during", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "few", "several", "january", "jan", "february", "feb", "march", "mar", "april", "apr",
            "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept", "october", "oct",
            "november", "nov", "december", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "christmas", "new"));

    /**
     * The sentence's date nearest to token {@code near} (the first when {@code near} is negative): a day or
     * month, absolute or relative, before a bare year; null when there is none.
     */
    public FoundDate find(Tokens t, Sentence s, LocalDate reportDate, int near) {
        FoundDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        FoundDate year = null;
        FoundDate said = null;
        FoundDate background = null;
        FoundDate since = null;
        FoundDate named = null;
        for (int i = s.first(); i <= s.last(); i++) {
            if (year == null && t.isLower(i, "of")) {
                year = yearOnly(t, i); // the Madhesh movement of 2015 (no other date starts with "of")
                continue;
            }
            if (!t.isWord(i) || !t.is(i, Tokens.NUMBER) && !mayStartDate(t.lower(i))) {
                continue;
            }
            FoundDate d = absolute(t, s, i, reportDate);
            // "the 28 July election" names a thing by its date; "the June 2014 attacks", the very event
            boolean attributive = t.isLower(i - 1, "the") && t.isWord(i + 2) && !t.isCapitalised(i + 2);
            boolean namesTheEvent = attributive && (near == i + 2 || near == i + 3);
            boolean namesAThing = attributive && !namesTheEvent;
            if (d != null && namesTheEvent) {
                // the event's date when the sentence gives no other: "On 21 April 2024, supporters rallied, calling for
                // an amnesty for those arrested over the 8 January riots" is a rally of 21 April
                named = named == null ? d.namingTheEvent() : named;
                i += DATE_TOKENS - 1;
                continue;
            }
            int of = t.beforeThe(i);
            boolean ahead = t.isLower(of, "of") && t.isLower(of - 1, "ahead"); // ahead of the 1 October anniversary
            if (d != null && (isDateline(t, s, i) || t.isLower(i - 1, "until") || t.isLower(i - 1, "till")
                    || t.isLower(i - 1, "by") || namesAThing || ahead)) {
                // a deadline ("by 1 January 2024") or a date naming a thing ("the 28 July election")
                i += DATE_TOKENS - 1; // a dateline or a deadline ("until December 2025") is not when it happened
                continue;
            }
            if (d == null) {
                d = weekdayAndDate(t, s, i, reportDate); // Monday 12 May 2025: that day, whatever the report's date
            }
            if (d == null && reportDate != null) {
                d = relative(t, s, i, reportDate);
            }
            if (d != null && nightInto(t, s, i)) {
                continue; // in the night from Sunday to Monday, at around 02:30: Monday, the date read next
            }
            if (d != null && near >= 0 && possessiveOfAnother(t, i, near)) {
                // arrested 11 people in connection with Thursday's violence: that violence's day, not the arrests'
                i += DATE_TOKENS - 1;
                continue;
            }
            if (d != null && near >= 0 && i > near && inEarlierClause(t, near, i)) {
                i += DATE_TOKENS - 1; // called a march after the government raised prices on 1 June: not the march's
                continue;
            }
            if (d != null && near >= 0 && inRelativeClause(t, s, i, near)) {
                i += DATE_TOKENS - 1; // Jiiqley village, which al-Shabaab abandoned last month, ...: not the event's
                continue;
            }
            if (d != null && near >= 0 && i > near && inCause(t, near, i)) {
                background = background == null ? d : background; // to protest against the killing of a colleague
                i += DATE_TOKENS - 1; // in September: when what they protest happened
                continue;
            }
            if (d != null && near >= 0 && i > near && (describesANoun(t, near, i, STATUS_PARTICIPLES)
                    || describesANoun(t, near, i, TAKEN_PARTICIPLES))) {
                // accused of membership of Bashkort, an organisation banned in 2020: its status; to demand the return
                // of the three men abducted on Tuesday: when they were taken, never the protest's
                i += DATE_TOKENS - 1;
                continue;
            }
            if (d != null && near >= 0 && i > near && describesANoun(t, near, i, NOUN_PARTICIPLES)) {
                background = background == null ? d : background; // rejected the ceasefire signed in July
                i += DATE_TOKENS - 1;
                continue;
            }
            if (d != null && near >= 0 && i > near && t.isLower(i - 1, "of") && t.isWord(i - 2)
                    && DATED_DEEDS.contains(t.lower(i - 2))) {
                background = background == null ? d : background; // suspected of the arson attack of 12 November
                i += DATE_TOKENS - 1;
                continue;
            }
            if (d != null && t.isLower(i - 1, "since")) {
                // allied since February, shelled Kadugli on Monday: when a state began, the event's only if no other
                // date is given but when it was said ("has killed 80 since Thursday, the governor said on Saturday")
                since = since == null ? d : since;
                i += DATE_TOKENS - 1;
                continue;
            }
            if (d != null && said == null && (t.isLower(i - 1, "on") && saidBefore(t, i - 2) || published(t, i)
                    || (t.isLower(i, "today") || t.isLower(i, "yesterday")) && saidBefore(t, i - 1))) {
                // (the Air Force said today that an air strike on Saturday destroyed a camp)
                // police said on Tuesday they had arrested four men on Sunday: when it was said, if nothing else
                said = d;
                i += DATE_TOKENS - 1;
            } else if (d != null) {
                int distance = near < 0 ? i : Math.abs(i - near);
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
                i += DATE_TOKENS - 1; // the rest of this date ("March 2024" in "12 March 2024") is no other date
            } else if (year == null) {
                FoundDate y = yearOnly(t, i);
                boolean another = y != null && near >= 0 && (inRelativeClause(t, s, i + 1, near)
                        || i > near && describesANoun(t, near, i + 1, STATUS_PARTICIPLES)); // banned in 2020
                year = another ? null : y;
            }
        }
        return best != null ? best : named != null ? named : since != null ? since : said != null ? said.asSaid()
                : background != null ? background : year;
    }

    /**
     * Whether the date at {@code i} is inside a relative clause between commas ({@code , which al-Shabaab abandoned
     * last month,}) that the event's word at {@code near} is outside of: a date of what the clause tells.
     */
    private static boolean inRelativeClause(Tokens t, Sentence s, int i, int near) {
        int open = -1;
        for (int k = i - 1; k > s.first() && k >= i - 12; k--) {
            if (t.isChar(k, ',') || !t.isWord(k) && !t.is(k, Tokens.NUMBER)) {
                break;
            }
            if ((t.isLower(k, "which") || t.isLower(k, "who") || t.isLower(k, "whom")) && t.isChar(k - 1, ',')) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = i + 1; k <= s.last() && k <= i + 8; k++) {
            if (t.isChar(k, ',') || k == s.last() && !t.isWord(k)) { // ... the Lido, which reopened two weeks ago.
                return near < open || near > k;
            }
            if (!t.isWord(k) && !t.is(k, Tokens.NUMBER)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the day at {@code i} is a possessive ({@code Thursday's}, {@code yesterday's}) of a noun that is not the
     * trigger at {@code near}: the day of another event, named to say what this one followed ({@code over Friday's
     * rioting}); not {@code Saturday's attack killed five}.
     */
    private static boolean possessiveOfAnother(Tokens t, int i, int near) {
        return t.isPossessiveS(i + 2) && t.isWord(i + 3)
                && near != i + 3 && near != i + 4;
    }

    /**
     * The absolute day after a weekday when it falls on that weekday ({@code Monday 12 May 2025}, {@code Monday, May
     * 12, 2025}); else null.
     */
    private static FoundDate weekdayAndDate(Tokens t, Sentence s, int i, LocalDate reportDate) {
        DayOfWeek named = t.isWord(i) ? Calendar.weekday(t.lower(i), false) : null;
        if (named == null) {
            return null;
        }
        int j = t.isChar(i + 1, ',') ? i + 2 : i + 1;
        FoundDate d = j <= s.last() && (t.isWord(j) || t.is(j, Tokens.NUMBER)) ? absolute(t, s, j, reportDate) : null;
        return d != null && d.date().precision() == EventDate.Precision.DAY
                && LocalDate.parse(d.date().value()).getDayOfWeek() == named ? d : null;
    }

    /** Participles of a group's status, dating that status: {@code an organisation banned as extremist in 2020}. */
    private static final Set<String> STATUS_PARTICIPLES = WordSets.of("banned", "outlawed", "proscribed",
            "designated", "founded", "registered", "listed", "dissolved");
    /** Participles of people taken, dating their taking: {@code the men abducted on Tuesday}. */
    private static final Set<String> TAKEN_PARTICIPLES = WordSets.of("abducted", "kidnapped", "detained", "arrested");
    /** Participles that, right after a noun, date that noun: {@code the ceasefire signed with X in July}. */
    private static final Set<String> NOUN_PARTICIPLES = WordSets.of("signed", "agreed", "reached", "brokered",
            "concluded", "imposed", "adopted", "passed", "declared", "announced", "held", "looted", "stolen", "seized",
            "captured", "smuggled", "bought", "supplied"); // with a rifle looted from a police armoury in 2023
    private static final Set<String> AUXILIARIES = WordSets.of("was", "were", "is", "are", "be", "been", "being", "had",
            "has", "have", "they", "it", "he", "she", "we", "who", "which", "that");

    /**
     * Whether the date at token {@code date}, after the event's word at {@code near}, closes a participle phrase that
     * describes a noun ({@code rejected the ceasefire signed with the Twa Kwa gang in July}): that noun's date, not
     * the event's, unless the sentence has no other.
     */
    private static boolean describesANoun(Tokens t, int near, int date, Set<String> participles) {
        for (int v = date - 1; v > near && v >= date - 8; v--) {
            if (!t.isWord(v)) {
                return false; // a comma or a bracket between: another clause
            }
            if (participles.contains(t.lower(v))) {
                return v - 1 > near && t.isWord(v - 1) && !t.isCapitalised(v - 1)
                        && !AUXILIARIES.contains(t.lower(v - 1));
            }
        }
        return false;
    }

    /** Nouns of an event that a date after "of" names: {@code the arson attack of 12 November}. */
    private static final Set<String> DATED_DEEDS = WordSets.of("attack", "attacks", "killing", "killings", "massacre",
            "bombing", "ambush", "raid", "clashes", "riots", "explosion", "shooting", "arson", "assault", "bomb",
            "blast", "kidnapping", "abduction", "murder", "murders");

    /** Times of a day after {@code since} or {@code after}: {@code since dawn}, a time, no earlier event. */
    private static final Set<String> TIMES_OF_DAY = WordSets.of("dawn", "dusk", "daybreak", "nightfall", "sunrise",
            "sunset", "midnight", "noon", "midday", "morning", "evening", "then");

    /** Words that open a clause about what came before the event: {@code after the government raised prices}. */
    private static final Set<String> EARLIER = WordSets.of("after", "following", "since");

    /**
     * Whether the date at token {@code date}, after the event's word at {@code near}, is in a clause about an earlier
     * event: {@code after}, {@code following} or {@code since}, then a verb in the past ({@code raised}, {@code was})
     * before the date, at least three words on ({@code after midnight on Sunday} is the event's own date).
     */
    private static boolean inEarlierClause(Tokens t, int near, int date) {
        for (int k = near + 1; k < date - 3; k++) {
            if (t.isWord(k) && EARLIER.contains(t.lower(k)) && !t.is(k + 1, Tokens.NUMBER) // not "since 2017"
                    && !(t.isWord(k + 1) && (TIMES_OF_DAY.contains(t.lower(k + 1)) // nor "since dawn"
                    || Calendar.isCalendarWord(t.lower(k + 1))))) {
                for (int v = k + 1; v < date; v++) {
                    if (t.isWord(v) && !t.isCapitalised(v) && (t.lower(v).endsWith("ed") || t.isLower(v, "was")
                            || t.isLower(v, "were"))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb of saying ends at token {@code k}, or comes before the statement it was made in ({@code said in a
     * statement on Wednesday}, {@code told reporters on Monday}), or the statement is named with "in" ({@code In a
     * statement on Wednesday, X said}).
     */
    private static boolean saidBefore(Tokens t, int k) {
        for (int j = k; j >= Math.max(0, k - 4) && t.isWord(j); j--) {
            if (SAID.contains(t.lower(j))) {
                return true;
            }
            if (MESSAGES.contains(t.lower(j)) && (t.isLower(j - 1, "a") || t.isLower(j - 1, "an")
                    || t.isLower(j - 1, "its")) && t.isLower(j - 2, "in")) {
                return true; // In a statement on Wednesday, the CTD said its personnel had arrested two men on Tuesday
            }
            if (!STATEMENT_WORDS.contains(t.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a verb of saying comes right before the date at {@code i}: {@code reported the next day that}. */
    static boolean saidJustBefore(Tokens t, int i) {
        return t.isWord(i - 1) && SAID.contains(t.lower(i - 1));
    }

    /**
     * Whether the date at {@code i} dates a message's release ({@code in a message released the next day}, {@code a
     * statement issued on Wednesday}): when it was said.
     */
    static boolean published(Tokens t, int i) {
        int k = t.isLower(i - 1, "on") ? i - 2 : i - 1;
        return t.isWord(k) && PUBLISHED.contains(t.lower(k)) && t.isWord(k - 1) && MESSAGES.contains(t.lower(k - 1));
    }

    private static final Set<String> PUBLISHED = WordSets.of("released", "issued", "published", "posted", "sent");
    private static final Set<String> MESSAGES = WordSets.of("message", "statement", "video", "communique",
            "communiqué", "post", "recording", "letter", "notice", "bulletin");
    private static final Set<String> STATEMENT_WORDS = WordSets.of("in", "a", "an", "statement", "interview",
            "communique", "communiqué", "press", "release", "briefing", "conference", "issued", "published", "posted",
            "reporters", "journalists", "to", "our", "the", "observers", "monitors", "police", "investigators",
            "authorities", "us");
    /** Verbs of saying: a date right after them ({@code said on Tuesday}) is when it was said, not done. */
    private static final Set<String> SAID = WordSets.of("said", "says", "announced", "reported", "stated", "confirmed",
            "added", "told", "declared", "claimed");

    /**
     * Whether the sentence gives a date relative to the report ({@code on Tuesday}, {@code yesterday},
     * {@code a week ago}), resolvable or not: such a sentence has a date of its own, even when it is unknown.
     */
    public boolean mentionsRelativeDate(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (Calendar.weekday(w, false) != null || RELATIVE_WORDS.contains(w)
                    || w.equals("last") && (t.isLower(i + 1, "week") || t.isLower(i + 1, "month") || t.isLower(i + 1, "year")
                    || t.isLower(i + 1, "night"))) {
                return true;
            }
        }
        return false;
    }

    /** The first weekday the sentence names ({@code On Sunday soldiers counter-attacked}), or null. */
    public static DayOfWeek weekdayNamed(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            DayOfWeek d = t.isWord(i) ? Calendar.weekday(t.lower(i), false) : null;
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Whether the weekday at {@code i} opens a night that runs into the next one ({@code the night from Sunday to
     * Monday}, {@code overnight between Friday and Saturday}) and the sentence gives an hour after midnight: the
     * later day is the event's.
     */
    private static boolean nightInto(Tokens t, Sentence s, int i) {
        if (Calendar.weekday(t.lower(i), false) == null || !t.isWord(i + 2)
                || Calendar.weekday(t.lower(i + 2), false) == null
                || !(t.isLower(i + 1, "to") || t.isLower(i + 1, "into") || t.isLower(i + 1, "and"))
                || !(t.isLower(i - 1, "from") || t.isLower(i - 1, "between") || t.isLower(i - 1, "of"))
                || !(t.isLower(i - 2, "night") || t.isLower(i - 2, "overnight"))) {
            return false;
        }
        return SMALL_HOURS.matcher(t.text().substring(t.start(s.first()), t.end(s.last()))).find();
    }

    /** An hour after midnight: {@code 02:30}, {@code 3 a.m.}, {@code after midnight}, {@code the early hours}. */
    private static final Pattern SMALL_HOURS = Pattern.compile("\\b0?[0-5][:.h][0-5]\\d\\b(?!\\s*(?:p\\.m|pm))"
            + "|\\b[1-5](?::[0-5]\\d)?\\s*(?:a\\.m\\.?|am)\\b|after midnight|early hours|small hours");

    /** Whether a word can begin a date: a number (checked apart), a month, a weekday or a relative-date word. */
    private static boolean mayStartDate(String w) {
        return Character.isDigit(w.charAt(0)) || STARTERS.contains(w) || monthOfPart(w) > 0;
    }

    /**
     * Whether the date at token {@code i} is a dateline ({@code PORT-LAZARE, 14 January 2023 —}, {@code LOMÉ, 16 May
     * 2023 (Reuters) -}).
     */
    private static boolean isDateline(Tokens t, Sentence s, int i) {
        if (i - s.first() > 10) {
            return false;
        }
        for (int j = i + 1; j <= Math.min(s.last(), i + 5); j++) {
            if (t.isChar(j, ')') && t.isChar(j + 1, ':')) {
                return true; // Basra (bulletin of 15 March 2023): a header's date
            }
        }
        if (i - s.first() > 6 && !datelineShape(t, s.first(), i)) {
            return false;
        }
        if (i == s.first() && (s.paragraph() > 1 || s.paragraph() > 0 && !yearAfter(t, i))) {
            // a log's entry, far into the report or with no year: "3 June (Mon), Ataq - Several hundred residents
            // gathered", "28 Oct (Mon) - Esmeraldas city"
            return false;
        }
        int end = i + 8;
        for (int j = i + 1; j <= Math.min(s.last(), end); j++) {
            if (t.isChar(j, '(') && end == i + 8) {
                end += 6; // the outlet in brackets: VALLETTA, March 4, 2024 (Times of Malta) -
            }
            boolean clock = t.is(j - 1, Tokens.NUMBER) && t.is(j + 1, Tokens.NUMBER) && t.adjacent(j - 1)
                    && t.adjacent(j); // at about 4:30 p.m.
            if (t.isDash(j) || t.isChar(j, ':') && !clock && (datelineShape(t, s.first(), i) || t.isChar(j - 1, ')'))) {
                return true; // GOMA, Democratic Republic of Congo, Feb 8, 2024 (Reuters) -; Chaibasa, 22 January 2025:
            }                // Sinjar situation update (3 May 2022):
        }
        return false;
    }

    /** Whether a year follows within the date that starts at {@code i}. */
    private static boolean yearAfter(Tokens t, int i) {
        for (int k = i + 1; k <= i + 3; k++) {
            if (yearAt(t, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens before a date are a dateline's: capitalised words, commas and particles only. */
    private static boolean datelineShape(Tokens t, int from, int date) {
        for (int k = from; k < date; k++) {
            if (!(t.isChar(k, ',') || t.isWord(k) && (t.isCapitalised(k) || t.isLower(k, "of") || t.isLower(k, "the")
                    || t.isLower(k, "de")))) {
                return false;
            }
        }
        return true;
    }

    private static FoundDate absolute(Tokens t, Sentence s, int i, LocalDate report) {
        String w = t.lower(i);
        if (t.is(i, Tokens.NUMBER) && w.length() == 10 && w.charAt(4) == '-' && w.charAt(7) == '-') {
            return day(parse(w, 0, 4), parse(w, 5, 7), parse(w, 8, 10));
        }
        FoundDate numeric = numeric(t, i, w);
        if (numeric != null) {
            return numeric;
        }
        FoundDate part = partOfMonth(t, i, w, report);
        if (part != null) {
            return part;
        }
        FoundDate holiday = holiday(t, i, w, report);
        if (holiday != null) {
            return holiday;
        }
        int dayNum = dayNumber(w);
        if (dayNum > 0) {
            int m = i + 1;
            if (t.isLower(m, "of")) {
                m++;
            } else if ((t.isLower(m, "and") || t.isLower(m, "to") || t.isChar(m, '-') || t.isChar(m, '\u2013'))
                    && t.isWord(m + 1) && dayNumber(t.lower(m + 1)) > 0) {
                m += 2; // "29 and 30 October", "29-30 October": the first day
            }
            int month = t.isWord(m) ? Calendar.month(t.lower(m)) : 0;
            if (month > 0) {
                int after = t.isChar(m + 1, '.') ? m + 2 : m + 1; // 5 Sept. 2023
                int y = yearAt(t, after + (t.isChar(after, ',') ? 1 : 0));
                return withYear(y, month, dayNum, t, s, report);
            }
        }
        int month = Calendar.month(w);
        if (month > 0 && t.isCapitalised(i) && report != null && MONTH_ONLY_CUES.contains(t.isWord(i - 1) ? t.lower(i - 1) : "")
                && yearAt(t, i + 1) == 0 && dayNumber(t.isWord(i + 1) ? t.lower(i + 1) : "") == 0) {
            // "talks are expected to resume in April", in a report of March: this year's April, not last year's
            int ahead = month - report.getMonthValue();
            boolean toCome = ahead > 0 && ahead <= 2 && t.hasWordIn(s, FUTURE_WORDS);
            return month(toCome ? report.getYear() : yearOfMonth(month, report), month, false);
        }
        if (month > 0 && (t.isCapitalised(i) || w.length() > 3)) {
            int d = t.isChar(i + 1, '.') && t.isWord(i + 2) ? i + 2 : i + 1; // Sept. 5, 2023
            int dn = t.isWord(d) ? dayNumber(t.lower(d)) : 0;
            if (dn > 0 && yearAt(t, d) == 0 && !(t.isLower(i - 1, "the") && t.isCapitalised(d + 1)) // not the
                    && !(t.isWord(d + 1) && PlaceWords.nounAfterType(t.lower(d + 1)) != null)) { // July 7 neighbourhood
                int y = yearAt(t, d + 1 + (t.isChar(d + 1, ',') ? 1 : 0)); // March 23 Movement
                return withYear(y, month, dn, t, s, report);
            }
            int y = yearAt(t, i + 1 + (t.isChar(i + 1, ',') ? 1 : 0));
            if (y > 0) {
                return month(y, month, true);
            }
        }
        return null;
    }

    /**
     * {@code 12/03/2024} or {@code 12.03.2024}: day first, as outside the United States, unless only the other order
     * makes a date ({@code 03/25/2024}).
     */
    private static FoundDate numeric(Tokens t, int i, String w) {
        int a;
        int b;
        int y;
        String[] dotted = w.split("\\.");
        if (dotted.length == 3 && dotted[2].length() == 4 && t.is(i, Tokens.NUMBER)) {
            a = dayNumber(dotted[0]);
            b = dayNumber(dotted[1]);
            y = parse(dotted[2], 0, 4);
        } else if (t.isChar(i + 1, '/') && t.isChar(i + 3, '/') && t.is(i + 2, Tokens.NUMBER) && yearAt(t, i + 4) > 0
                && t.end(i) == t.start(i + 1) && t.end(i + 3) == t.start(i + 4)) {
            a = dayNumber(w);
            b = dayNumber(t.lower(i + 2));
            y = yearAt(t, i + 4);
        } else {
            return null;
        }
        if (a == 0 || b == 0) {
            return null;
        }
        return a > 12 || b <= 12 ? day(y, b, a) : day(y, a, b);
    }

    /** Words a month is divided into: {@code mid-March 2024}, {@code early-June} (month precision). */
    private static final Set<String> MONTH_PARTS = WordSets.of("mid", "early", "late", "end");

    /** The month of {@code mid-March}, {@code early-June}...; else 0. */
    private static int monthOfPart(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && MONTH_PARTS.contains(w.substring(0, dash)) ? Calendar.month(w.substring(dash + 1)) : 0;
    }

    private static FoundDate partOfMonth(Tokens t, int i, String w, LocalDate report) {
        int month = monthOfPart(w);
        if (month == 0) {
            return null;
        }
        int y = yearAt(t, i + 1 + (t.isChar(i + 1, ',') ? 1 : 0));
        if (y > 0) {
            return month(y, month, true);
        }
        return report == null ? null : month(yearOfMonth(month, report), month, false);
    }

    /** The year of a month named without one: the report's, or the year before when that would be after it. */
    private static int yearOfMonth(int month, LocalDate report) {
        return month > report.getMonthValue() ? report.getYear() - 1 : report.getYear();
    }

    private static FoundDate month(int y, int month, boolean absolute) {
        return new FoundDate(new EventDate(y + (month < 10 ? "-0" : "-") + month, Precision.MONTH), absolute);
    }

    private static final int DAYS_AHEAD = 45;
    private static final Set<String> FUTURE_WORDS = WordSets.of("will", "would", "shall", "announced", "announces",
            "planned", "plans", "scheduled", "expected", "due", "deadline", "until", "next", "upcoming", "ultimatum",
            "threatened", "threatens", "vowed", "vows", "warned", "set", "urged", "called");

    /**
     * {@code Christmas Eve 2023}, {@code Christmas Day}, {@code New Year's Eve}, {@code New Year's Day 2024}: the day,
     * in the year given, else the last one on or before the report's date.
     */
    private static FoundDate holiday(Tokens t, int i, String w, LocalDate report) {
        int k;
        int month;
        int dayNum;
        if (w.equals("christmas")) {
            k = i + 1;
            month = 12;
            dayNum = t.isLower(k, "eve") ? 24 : 25;
        } else if (w.equals("new") && t.isCapitalised(i) && t.isWord(i + 1)
                && (t.lower(i + 1).equals("year") || t.lower(i + 1).equals("year's"))) {
            k = i + 2;
            if (t.isChar(k, '\'') || t.isChar(k, '\u2019') || t.isLower(k, "'s") || t.isLower(k, "\u2019s")) {
                k++;
            }
            if (t.isLower(k, "s")) {
                k++;
            }
            month = t.isLower(k, "eve") ? 12 : 1;
            dayNum = month == 12 ? 31 : 1;
            if (!t.isLower(k, "eve") && !t.isLower(k, "day")) {
                return null; // the New Year holidays, New Year celebrations: no one day
            }
        } else {
            return null;
        }
        if (t.isLower(k, "eve") || t.isLower(k, "day")) {
            k++;
        }
        int y = yearAt(t, k + (t.isChar(k, ',') ? 1 : 0));
        if (y > 0) {
            return day(y, month, dayNum);
        }
        if (report == null) {
            return null;
        }
        LocalDate last = LocalDate.of(report.getYear(), month, dayNum);
        return day(last.isAfter(report) ? report.getYear() - 1 : report.getYear(), month, dayNum);
    }

    private static FoundDate withYear(int y, int month, int dayNum, Tokens t, Sentence s, LocalDate report) {
        if (y > 0) {
            return day(y, month, dayNum);
        }
        int year = report != null ? report.getYear() : yearInSentence(t, s);
        if (year == 0) {
            return null;
        }
        FoundDate d = day(year, month, dayNum);
        // a day more than a week after the report was last year's, unless the sentence speaks of what is to come and
        // it is at most six weeks away ("announced a lockdown from 1 October" in a report of 20 September)
        if (d != null && report != null) {
            LocalDate day = LocalDate.parse(d.date().value());
            boolean toCome = !day.isAfter(report.plusDays(DAYS_AHEAD)) && t.hasWordIn(s, FUTURE_WORDS);
            if (day.isAfter(report.plusDays(7)) && !toCome) {
                return day(year - 1, month, dayNum);
            }
            FoundDate next = day.isBefore(report) ? day(year + 1, month, dayNum) : null;
            if (next != null && !LocalDate.parse(next.date().value()).isAfter(report.plusDays(DAYS_AHEAD))
                    && t.hasWordIn(s, FUTURE_WORDS)) {
                return next; // "threatened a blockade from 3 January" in a report of 20 December
            }
        }
        return d;
    }

    private static int yearInSentence(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            int y = yearAt(t, i);
            if (y > 0) {
                return y;
            }
        }
        return 0;
    }

    private static FoundDate yearOnly(Tokens t, int i) {
        int at = -1;
        if (t.isLower(i, "in") || t.isLower(i, "during")) {
            // in 2019; during the 2006 political crisis (not "in the 2000 people who fled", a count)
            at = yearAt(t, i + 1) > 0 ? i + 1 : t.isLower(i + 1, "the") && yearAt(t, i + 2) > 0 && t.isWord(i + 3)
                    && GenericActors.of(t.lower(i + 3)) == null ? i + 2 : -1;
        } else if (t.isLower(i, "of") && t.isWord(i - 1) && !t.isCapitalised(i - 1) && yearAt(t, i + 1) > 0
                && !t.isWord(i + 2)) {
            at = i + 1; // the Madhesh movement of 2015, in which (not "a crowd of 2000 people")
        } else if (t.isLower(i - 1, "the") && yearAt(t, i) > 0 && t.isWord(i + 1) && !t.isCapitalised(i + 1)
                && !t.is(i + 1, Tokens.NUMBER) && GenericActors.of(t.lower(i + 1)) == null) {
            at = i; // the centre of the 2008 uprising (not "the 2000 people who fled", a count)
        }
        return at < 0 ? null : new FoundDate(new EventDate(Integer.toString(yearAt(t, at)), Precision.YEAR), true);
    }

    /**
     * Whether the date at {@code i}, after the trigger at {@code near}, dates what a protest is against ({@code to
     * protest against extortion and the killing of a colleague in September}).
     */
    private static boolean inCause(Tokens t, int near, int i) {
        boolean cue = false;
        for (int k = near + 1; k < i; k++) {
            if (t.isPunct(k) && !t.isChar(k, ',')) {
                return false;
            }
            cue |= t.isWord(k) && EventRefiner.CAUSE_CUES.contains(t.lower(k));
            if (cue && t.isWord(k) && CAUSE_EVENTS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CAUSE_EVENTS = WordSets.of("killing", "killings", "death", "deaths", "murder",
            "murders", "arrest", "arrests", "abduction", "abductions", "kidnapping", "shooting", "detention",
            "lynching");

    private static FoundDate relative(Tokens t, Sentence s, int i, LocalDate report) {
        String w = t.lower(i);
        DayOfWeek dow = Calendar.weekday(w, false);
        if (dow != null && t.isWord(i - 1) && NAMED_DAYS.contains(t.lower(i - 1))) {
            return null; // "a day residents call Bloody Friday": a day's name, not a date (Easter Sunday is one)
        }
        if (dow != null && !t.isLower(i - 1, "every") && !t.isLower(i + 1, "s")
                && (t.isLower(i - 1, "next") || modalBefore(t, s, i) || actionFor(t, s, i))) {
            // "Residents said they would march to the palace on Saturday", "next Friday": the one to come
            return rel(report.with(TemporalAdjusters.next(dow)));
        }
        if (dow != null && t.isLower(i + 1, "last") && t.isLower(i + 2, "week")) {
            // "on Thursday last week": that weekday in the week before the report's (weeks from Monday)
            return rel(report.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                    .with(TemporalAdjusters.nextOrSame(dow)));
        }
        if (dow != null && t.isLower(i - 1, "last") && !t.isLower(i + 1, "s")) {
            return rel(report.with(TemporalAdjusters.previous(dow))); // "last Monday" in a Monday's report: a week ago
        }
        if (dow != null && !t.isLower(i - 1, "next") && !t.isLower(i - 1, "every") && !t.isLower(i + 1, "s")) {
            return rel(report.with(TemporalAdjusters.previousOrSame(dow)));
        }
        if ((w.equals("today") || w.equals("tonight")) && t.isCapitalised(i) && t.isWord(i - 1)
                && t.isCapitalised(i - 1) && !t.opensSentence(s, i)) {
            return null; // an outlet's name: (Baghdad Today), USA Today
        }
        switch (w) {
            case "yesterday":
                return rel(report.minusDays(1));
            case "today", "tonight":
                return rel(report);
            case "this":
                String n = t.isWord(i + 1) ? t.lower(i + 1) : "";
                if (n.equals("morning") || n.equals("afternoon") || n.equals("evening") || n.equals("week")) {
                    return rel(report);
                }
                if (n.equals("month")) {
                    return month(report);
                }
                return n.equals("year") ? year(report) : null;
            case "last":
                String u = t.isWord(i + 1) ? t.lower(i + 1) : "";
                return switch (u) {
                    case "night" -> rel(report.minusDays(1));
                    case "week", "weekend" -> rel(report.minusWeeks(1));
                    case "month" -> month(report.minusMonths(1));
                    case "year" -> year(report.minusYears(1));
                    default -> null;
                };
            default:
                break;
        }
        Integer n = NUMBER_WORDS.get(w);
        int amount = n != null ? n : t.is(i, Tokens.NUMBER) && w.length() <= 3 ? parse(w, 0, w.length()) : 0;
        if (amount > 0 && t.isLower(i + 2, "ago") && t.isWord(i + 1)) {
            return switch (t.lower(i + 1)) {
                case "day", "days" -> rel(report.minusDays(amount));
                case "week", "weeks" -> rel(report.minusWeeks(amount));
                case "month", "months" -> month(report.minusMonths(amount));
                case "year", "years" -> year(report.minusYears(amount));
                default -> null;
            };
        }
        return null;
    }

    /** Words that, before a weekday, make a day's name of it. */
    private static final Set<String> NAMED_DAYS = WordSets.of("bloody", "black");

    /** {@code called a rally in Ufa for Sunday}: an action called for a day, which is to come. */
    private static boolean actionFor(Tokens t, Sentence s, int day) {
        if (!t.isLower(day - 1, "for")) {
            return false;
        }
        for (int k = day - 2; k >= s.first() && k >= day - 7; k--) {
            if (t.isWord(k) && CALLED_ACTIONS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that announce an action to come, and the actions: {@code announced a long march on Friday}. */
    private static final Set<String> CALLING_FOR = WordSets.of("announced", "announces", "threatened", "vowed");
    private static final Set<String> CALLED_ACTIONS = WordSets.of("march", "strike", "protest", "rally", "sit-in",
            "shutdown", "bandh", "hartal", "demonstration", "boycott", "vigil", "blockade", "general");
    /** Words of what is to come that, before a weekday, make it the one after the report. */
    private static final Set<String> MODALS = WordSets.of("will", "would", "shall", "'ll", "plans", "planned", "plan",
            "scheduled", "expected", "due", "intends", "intend", "aims", "slated");

    /** Whether a word of what is to come stands between the last "said" before the weekday and the weekday. */
    private static boolean modalBefore(Tokens t, Sentence s, int day) {
        boolean action = false;
        for (int k = day - 1; k >= s.first() && k >= day - 12; k--) {
            if (!t.isWord(k)) {
                continue;
            }
            action |= CALLED_ACTIONS.contains(t.lower(k));
            if (action && CALLING_FOR.contains(t.lower(k)) && !t.isCapitalised(k)) {
                return true; // announced a long march on Friday (but "called a strike on Monday" may be past)
            }
            if (MODALS.contains(t.lower(k)) && !t.isCapitalised(k) // not "in Plan Tres Mil on Saturday"
                    && !(t.isLower(k - 1, "the") && t.isWord(k + 1) && !t.isCapitalised(k + 1)
                    && !CALLED_ACTIONS.contains(t.lower(k + 1))) // the planned sale; but the planned march on Saturday
                    || t.isLower(k, "to") && t.isLower(k + 1, "be")
                    && (t.isLower(k - 1, "is") || t.isLower(k - 1, "are"))) {
                return true; // will march on Saturday; a funeral is to be held on Thursday
            }
            if (SAID.contains(t.lower(k))) {
                return false; // "said on Monday they would": when it was said
            }
        }
        return false;
    }

    private static FoundDate rel(LocalDate d) {
        return new FoundDate(new EventDate(d.toString(), Precision.DAY), false);
    }

    private static FoundDate month(LocalDate d) {
        return new FoundDate(new EventDate(d.toString().substring(0, 7), Precision.MONTH), false);
    }

    private static FoundDate year(LocalDate d) {
        return new FoundDate(new EventDate(Integer.toString(d.getYear()), Precision.YEAR), false);
    }

    private static FoundDate day(int y, int m, int d) {
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || !YearMonth.of(y, m).isValidDay(d)) {
            return null;
        }
        return new FoundDate(new EventDate(LocalDate.of(y, m, d).toString(), Precision.DAY), true);
    }

    /** {@code -4} of {@code 3-4} (March): a range of days, dated by its first. */
    private static boolean isDayRangeEnd(String rest) {
        if (rest.length() < 2 || rest.length() > 3 || rest.charAt(0) != '-' && rest.charAt(0) != '\u2013') {
            return false;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (!Character.isDigit(rest.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 1-31 from {@code 6}, {@code 06}, {@code 6th}, {@code 21st}; else 0. */
    private static int dayNumber(String w) {
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return 0;
        }
        String rest = w.substring(digits);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")
                || isDayRangeEnd(rest))) {
            return 0;
        }
        int d = parse(w, 0, digits);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** The year (1900-2099) at token {@code i}, or 0. */
    static int yearAt(Tokens t, int i) {
        if (!t.is(i, Tokens.NUMBER) || t.end(i) - t.start(i) != 4) {
            return 0;
        }
        int y = parse(t.lower(i), 0, 4);
        return y >= 1900 && y <= 2099 ? y : 0;
    }

    private static int parse(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
