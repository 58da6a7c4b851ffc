package org.kgi.indexer.extract.events;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * A trigger word's surroundings that make it tell no event of its own ({@link TriggerScan} skips it): what did not
 * happen, shots into the air, a kind of violence named in general, a damaged thing described, victims carried to care.
 */
final class NonEvents {
    private NonEvents() {
    }

    /**
     * Verbs of victims carried away for care ({@code seriously wounded patients were transferred to the hospital}):
     * neither the victims nor the verb tells an event of its own.
     */
    static final Set<String> CARRIED = WordSets.of("transferred", "evacuated", "treated", "admitted",
            "airlifted", "rushed", "transported", "taken", "referred");

    /** Whether the victims at {@code i} are the subject of a verb of care within five words after. */
    static boolean carriedAfter(Tokens t, Sentence s, int i) {
        return TriggerScan.wordAfter(t, s, i, 5, CARRIED);
    }

    /** Whether the hurt at {@code i} are cared for: {@code where Matanda Hospital is treating 14 wounded}. */
    static boolean inCare(Tokens t, Sentence s, int i) {
        return (t.isLower(i, "wounded") || t.isLower(i, "injured")) && TriggerScan.wordBefore(t, s, i, 3, CARING);
    }

    private static final Set<String> CARING = WordSets.of("treating", "treat", "nursing", "caring");

    /** Places of care: the wounded taken there were hurt elsewhere. */
    static final Set<String> CARE = WordSets.of("hospital", "hospitals", "clinic", "clinics",
            "dispensary", "infirmary");

    /**
     * Whether the verb of care at {@code i} takes someone to care within ten words ({@code They were evacuated by an
     * army team to the Ziguinchor regional hospital}).
     */
    static boolean toCare(Tokens t, Sentence s, int i) {
        return TriggerScan.wordAfter(t, s, i, 10, CARE);
    }

    /** Whether the shooting at {@code i} went into the air: {@code officers fired shots in the air}, warning shots. */
    static boolean intoTheAir(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last() - 1, i + 4) && t.isWord(k); k++) {
            if ((t.isLower(k, "in") || t.isLower(k, "into")) && t.isLower(k + 1, "the") && t.isLower(k + 2, "air")) {
                return true;
            }
        }
        return t.isLower(i - 1, "warning");
    }

    private static final Set<String> BANNED = WordSets.of("banned", "prohibited", "outlawed", "forbidden");

    /**
     * Whether a verb that stops it comes just before the trigger, across at most two words that only determine it
     * ({@code banned all demonstrations}, {@code cancelled the planned rally}, {@code a ban on protests}); not
     * {@code postponed after clashes}.
     */
    private static boolean calledOff(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 3) && t.isWord(k) && !t.isCapitalised(k); k--) {
            String w = t.lower(k);
            if (STOPPING.contains(w) && !(w.endsWith("ed") && (t.isLower(k - 1, "a") || t.isLower(k - 1, "the")))
                    || w.equals("off") && t.isLower(k - 1, "called")) {
                return true; // not "during a banned demonstration", which took place
            }
            if (!DETERMINING.contains(w) && !(w.equals("on") && k == i - 1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the noun phrase the trigger heads is said further on not to have taken place: {@code A rally that had been
     * called on Telegram for Saturday was not held}, {@code A march to the Jordan Valley that organisers had called for
     * Saturday was called off}, {@code the rally ... was cancelled}.
     */
    private static boolean calledOffAfter(Tokens t, Sentence s, int i) {
        if (!(t.isLower(i - 1, "a") || t.isLower(i - 1, "an") || t.isLower(i - 1, "the")
                || t.isWord(i - 1) && t.isLower(i - 2, "a") && !t.isCapitalised(i - 1)) || !t.isWord(i + 1)
                || !(t.isLower(i + 1, "that") || t.isLower(i + 1, "which") || PlaceWords.isPreposition(t.lower(i + 1))
                || t.isLower(i + 1, "against") || t.isLower(i + 1, "called") || t.isLower(i + 1, "planned")
                || t.isLower(i + 1, "scheduled"))) {
            return false; // a rally that..., the march to X, a protest against Y, a demonstration planned in Zomba
        }
        for (int k = i + 2; k <= Math.min(s.last() - 1, i + 25) && !t.isChar(k, ';'); k++) {
            if (t.isLower(k, "was") || t.isLower(k, "were")) {
                String w = t.isWord(k + 1) ? t.lower(k + 1) : "";
                if ((w.equals("not") || w.equals("never")) && (t.isLower(k + 2, "held") || t.isLower(k + 2, "allowed"))
                        || w.equals("called") && t.isLower(k + 2, "off") || STOPPING.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> STOPPING = WordSets.of("banned", "bans", "ban", "banning", "prohibited",
            "prohibits", "prohibiting", "outlawed", "cancelled", "canceled", "cancels", "cancelling", "postponed",
            "postpones", "postponing", "forbade");
    private static final Set<String> DETERMINING = WordSets.of("the", "a", "an", "all", "any", "its", "their", "his",
            "her", "planned", "proposed", "scheduled", "announced", "further", "public", "street", "weekly");
    private static final Set<String> AUXILIARY_VERBS = WordSets.of("was", "were", "been", "be", "being", "is", "are",
            "has", "have", "had", "yet", "ever", "taken");

    /**
     * Whether the trigger is negated: {@code was not captured}, {@code were never arrested}, {@code did not attack}, {@code
     * no officers were wounded}, {@code took no part in the protest}, {@code protests have been banned}.
     */
    static boolean negated(Tokens t, Sentence s, int i) {
        int or = i - 1;
        while (or > s.first() && t.isWord(or) && t.lower(or).endsWith("ly") && !t.isCapitalised(or)) {
            or--; // seriously, critically
        }
        if ((t.isLower(or, "or") || t.isLower(or, "nor")) && or - 1 > s.first() && t.isWord(or - 1)
                && negated(t, s, or - 1)) {
            return true; // no gendarme has been killed or seriously injured
        }
        int j = i - 1;
        while (j > s.first() && t.isWord(j) && AUXILIARY_VERBS.contains(t.lower(j))) {
            j--;
        }
        if (t.isLower(j, "not") || t.isLower(j, "never") || t.isLower(j, "n't")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 4) && t.isWord(k); k--) {
            if (t.isLower(k, "part") && t.isLower(k - 1, "no")) {
                return true; // had taken no part in the protest
            }
        }
        if (t.isWord(i + 3) && t.isLower(i + 2, "been") && BANNED.contains(t.lower(i + 3))) {
            return true; // Protests have been banned in Guinea since 2022
        }
        if (calledOff(t, s, i) || calledOffAfter(t, s, i)) {
            return true; // the provincial government has banned the march; organisers called off the rally
        }
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 6) && t.isWord(k); k--) {
            if ((t.isLower(k, "more") || t.isLower(k, "longer")) && t.isLower(k - 1, "no")
                    && !t.isLower(k + 1, "than")) {
                return true; // no more Red Scorpions and no more Kanno Lanmè fighting each other; no more clashes
            }
        }
        if (j == i - 1) {
            return t.isLower(j, "no") && !t.isLower(i, "longer"); // but no fighting was reported; not "no longer"
        }
        // no National Guard members were taken; nobody was detained
        for (int k = j; k >= Math.max(s.first(), j - 5) && t.isWord(k); k--) {
            if (t.isLower(k, "no") || t.isLower(k, "nobody") || t.isLower(k, "none")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence sums up the period a log covers ({@code The week saw an IED attack on a police vehicle in
     * Hulugho, an attack on a police post in Ijara, ...}), whose incidents the log then tells one by one: no event of
     * its own.
     */
    static boolean periodSummary(Tokens t, Sentence s) {
        int a = t.firstWord(s);
        if ((t.isLower(a, "in") || t.isLower(a, "over") || t.isLower(a, "within")) && t.isWord(a + 1)
                && (DAY_COUNTS.contains(t.lower(a + 1)) || t.is(a + 1, Tokens.NUMBER))
                && t.isWord(a + 2) && DAY_SPANS.contains(t.lower(a + 2)) && t.isChar(a + 3, ',')
                && t.countChar(s, ',') >= 3) { // (a list of deeds after it, not "In two days, soldiers killed")
            return true; // In six days, fighters of the group killed farmers, fought the army and looted the town
        }
        for (int i = a + 3; i + 3 <= s.last(); i++) {
            if (t.isLower(i, "made") && (t.isLower(i + 1, "this") || t.isLower(i + 1, "it"))
                    && t.hasWordIn(i + 2, Math.min(s.last(), i + 8), MADE_PERIODS)) {
                return true; // an exchange of fire, a shepherd maimed and protests made this the tensest week
            }
        }
        if (t.isLower(a, "by") && t.isWord(a + 1) && Calendar.weekday(t.lower(a + 1), false) != null
                && t.isChar(a + 2, ',') && t.countChar(s, ',') >= 3 && t.hasWordIn(s, HAD)) {
            return true; // By Thursday, a student was in custody, an office had been vandalised, and ...: what follows
        }
        int b = t.isLower(a, "the") || t.isLower(a, "this") ? a + 1 : -1;
        if (b > 0 && t.isLower(b, "past")) {
            b++;
        }
        return b > 0 && PERIODS.contains(t.lower(b)) && (t.isLower(b + 1, "saw") || t.isLower(b + 1, "was")
                && t.isLower(b + 2, "marked"));
    }

    private static final Set<String> PERIODS = WordSets.of("week", "period", "fortnight", "month");
    private static final Set<String> HAD = WordSets.of("had");
    private static final Set<String> MADE_PERIODS = WordSets.of("week", "weeks", "month", "months", "weekend", "days");
    private static final Set<String> DAY_SPANS = WordSets.of("days", "weeks");
    private static final Set<String> DAY_COUNTS = NumberWords.twoToTenAnd("several", "few");

    /**
     * Whether the trigger is in what a lede says a period brought ({@code in a week that also brought a shootout
     * involving federal forces, two arrests and rival protests}): a summary of what the report tells below.
     */
    static boolean inWeekSummed(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 2, i - 20); k--) {
            if (t.isWord(k) && SUMMING.contains(t.lower(k))) {
                int rel = t.isLower(k - 1, "also") ? k - 2 : k - 1;
                return (t.isLower(rel, "that") || t.isLower(rel, "which")) && t.isWord(rel - 1)
                        && PERIODS.contains(t.lower(rel - 1));
            }
            if (t.isChar(k, ';') || t.isChar(k, '.')) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUMMING = WordSets.of("brought", "saw", "included", "featured");

    /**
     * Verbs whose bare object is a kind of violence, not an event ({@code a unit to investigate sexual violence}); and
     * {@code the use of} (explosive drones, force, tear gas), a practice; and {@code incidents of}, {@code cases of}.
     */
    private static final Set<String> GENERAL_VERBS = WordSets.of("investigate", "prevent", "combat", "fight", "tackle",
            "address", "curb", "reduce", "counter", "stop", "punish", "criminalise", "criminalize", "condemn");

    /** Whether the trigger is counted by a monitor, many of them: a tally of events, none of its own. */
    private static boolean recordedCount(Tokens t, Sentence s, int i) {
        boolean many = false;
        for (int j = i - 1; j >= Math.max(s.first(), i - 6); j--) {
            if (t.is(j, Tokens.NUMBER)) {
                String digits = t.surface(j).replace(",", "");
                many |= digits.chars().allMatch(Character::isDigit) && digits.length() >= 2;
            } else if (t.isWord(j) && MANY.contains(t.lower(j))) {
                many = true;
            } else if (t.isWord(j) && RECORDING.contains(t.lower(j))) {
                return many;
            } else if (!t.isWord(j) || t.isCapitalised(j)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> RECORDING = WordSets.of("recorded", "documented", "registered", "counted",
            "logged", "records", "documents", "registers", "counts", "recording", "documenting");
    private static final Set<String> MANY = WordSets.of("hundreds", "dozens", "scores", "thousands");

    private static final Set<String> ALL_OF = WordSets.of("all", "any", "every", "such");
    private static final Set<String> NOT = WordSets.of("not", "never", "no");
    private static final Set<String> SAID = WordSets.of("said", "says", "stated", "insisted", "added");
    private static final Set<String> UPDATING = WordSets.of("update", "inform", "brief", "updates", "informs",
            "briefs");

    static boolean generalObject(Tokens t, Sentence s, int i) {
        if (i > s.first() && t.isWord(i - 1) && GENERAL_VERBS.contains(t.lower(i - 1))) {
            return true;
        }
        if (recordedCount(t, s, i)) {
            return true; // the FTDES recorded more than 300 social protests in the governorate last year
        }
        if (i - 1 > s.first() && t.isWord(i - 1) && ALL_OF.contains(t.lower(i - 1)) && t.isWord(i - 2)
                && GENERAL_VERBS.contains(t.lower(i - 2))) {
            return true; // a committee said it would investigate all killings on the coast
        }
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 5) && t.isWord(j) && !t.isCapitalised(j); j--) {
            if (t.isLower(j, "of") && (t.isLower(j - 1, "incidents") || t.isLower(j - 1, "cases"))) {
                return true; // to update the public on incidents of cattle rustling and mob action: a kind of event
            }
        }
        if (t.isLower(i - 1, "the") && t.isLower(i - 2, "in")
                && (t.isLower(i - 3, "part") || t.isLower(i - 3, "involved"))
                && t.hasWordIn(Math.max(s.first(), i - 8), i - 3, NOT)
                && t.hasWordIn(Math.max(s.first(), i - 12), i - 4, SAID)) {
            return true; // X said its forces had not taken part in the battle: a denial, no event told
        }
        for (int j = i - 1; j >= s.first() + 3 && !t.isLower(j, "that"); j--) {
            if ((t.isLower(j, "on") || t.isLower(j, "about")) && t.isLower(j - 1, "public") && t.isLower(j - 2, "the")
                    && t.isWord(j - 3) && UPDATING.contains(t.lower(j - 3))) {
                // wishes to update the public on the tribal fight between X and Y and on the police operations:
                // what the release is about
                return true;
            }
        }
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 3) && t.isWord(j) && !t.isCapitalised(j); j--) {
            if (t.isLower(j, "of") && t.isLower(j - 1, "use")) {
                return true; // the use of explosive drones in densely populated areas was a gamble: a practice
            }
        }
        return false;
    }

    /** Verbs by which a place or a time is said to know a kind of event: {@code has seen repeated attacks}. */
    private static final Set<String> SEEN = WordSets.of("seen", "witnessed", "experienced", "suffered", "known");
    private static final Set<String> RECURRING = WordSets.of("repeated", "frequent", "regular", "recurrent",
            "recurring", "numerous", "many", "several", "sporadic", "periodic", "persistent", "growing", "rising");

    /**
     * Whether the trigger tells a kind of event a place has known, in the plural ({@code the province has seen
     * repeated attacks on the security forces}): a pattern, not an event.
     */
    static boolean habitual(Tokens t, Sentence s, int i) {
        if (t.isLower(i - 1, "been") && (t.isLower(i - 2, "have") || t.isLower(i - 2, "has")) && forYears(t, s, i)) {
            return true; // the two clans have been fighting for years: what has gone on, no event of the day
        }
        if (t.isWord(i - 1) && ROUTINELY.contains(t.lower(i - 1)) && t.isWord(i - 2)
                && BE_ROUTINELY.contains(t.lower(i - 2))) {
            return true; // said detainees in Dagestan were routinely tortured: a practice, no event of the day
        }
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 5) && t.isWord(k); k--) {
            if (t.isLower(k, "known") && t.isLower(k + 1, "to") && t.isWord(k - 1)
                    && BE_ROUTINELY.contains(t.lower(k - 1))) {
                return true; // only federal forces are known to fly armed drones in the area: what they can do
            }
        }
        int j = i - 1;
        if (!t.isWord(i) || !t.lower(i).endsWith("s") || !t.isWord(j) || !RECURRING.contains(t.lower(j))) {
            return false;
        }
        return t.isWord(j - 1) && SEEN.contains(t.lower(j - 1)) && (t.isLower(j - 2, "has") || t.isLower(j - 2, "have")
                || t.isLower(j - 2, "had"));
    }

    /**
     * Whether the trigger is what a press release informs the public about ({@code West Singhbhum Police wish to inform
     * the public about anti-extremist operations}): the release's subject, told event by event after it.
     */
    static boolean informsThePublic(Tokens t, Sentence s, int i) {
        int of = t.beforeThe(i);
        if (t.isLower(of, "of") && t.isWord(of - 1) && RESULTS.contains(t.lower(of - 1))) {
            return true; // the Security Media Cell announces the results of the operations carried out by: the summary
        }
        for (int k = i - 1; k >= Math.max(s.first() + 2, i - 8) && (t.isWord(k) || t.isChar(k, '-')); k--) {
            if ((t.isLower(k, "about") || t.isLower(k, "of")) && t.isWord(k - 1) && AUDIENCES.contains(t.lower(k - 1))
                    && t.isLower(k - 2, "the") && (t.isLower(k - 3, "inform") || t.isLower(k - 3, "informs"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RESULTS = WordSets.of("results", "outcome", "outcomes", "summary", "tally",
            "balance");
    private static final Set<String> AUDIENCES = WordSets.of("public", "population", "residents", "people", "press");

    /** Adverbs of a practice: {@code were routinely tortured}, {@code are systematically harassed}. */
    private static final Set<String> ROUTINELY = WordSets.of("routinely", "regularly", "systematically", "habitually",
            "frequently", "often", "commonly", "usually", "repeatedly", "sometimes");
    private static final Set<String> BE_ROUTINELY = WordSets.of("are", "were", "is", "was", "be", "been", "being");

    /** Whether {@code for} (a count or {@code several}) {@code years} follows the trigger within four words. */
    private static boolean forYears(Tokens t, Sentence s, int i) {
        for (int j = i + 1; j <= Math.min(s.last() - 1, i + 4); j++) {
            if (t.isLower(j, "for")) {
                int k = t.is(j + 1, Tokens.NUMBER) || t.isWord(j + 1) && SPAN_COUNTS.contains(t.lower(j + 1))
                        ? j + 2 : j + 1;
                return t.isWord(k) && SPANS.contains(t.lower(k));
            }
        }
        return false;
    }

    private static final Set<String> SPANS = WordSets.of("months", "years", "decades");
    private static final Set<String> SPAN_COUNTS = NumberWords.twoToTenAnd("several", "many", "some");

    /**
     * Whether the trigger is "joined" a protest told before ({@code Activists of Greenpeace joined the blockade}): taking
     * part in it, no change to a group.
     */
    static boolean joinedAProtest(Tokens t, int i) {
        return t.isLower(i, "joined") && t.isLower(i + 1, "the") && t.isWord(i + 2) && JOINED.contains(t.lower(i + 2));
    }

    private static final Set<String> JOINED = WordSets.of("march", "protest", "protests", "blockade", "rally", "sit-in",
            "demonstration", "demonstrations", "strike", "picket", "marchers", "protesters");

    /** Damage words that, after an article, describe a thing: {@code the burned gate of the prison}. */
    private static final Set<String> DAMAGED = WordSets.of("burned", "burnt", "torched", "looted", "destroyed",
            "damaged", "vandalised", "vandalized", "ransacked", "gutted", "charred");

    /** Whether the damage word at {@code i} is an adjective after an article ({@code the burned gate}): told before. */
    static boolean damageBefore(Tokens t, Sentence s, int i) {
        return DAMAGED.contains(t.lower(i)) && i > s.first() && (t.isLower(i - 1, "the") || t.isLower(i - 1, "a")
                || t.isLower(i - 1, "an") || t.isLower(i - 1, "its") || t.isLower(i - 1, "their"))
                && t.isWord(i + 1) && !t.isLower(i + 1, "by");
    }
}
