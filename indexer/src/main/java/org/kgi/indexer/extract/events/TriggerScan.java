package org.kgi.indexer.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.WordSets;
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

    private static final Set<String> GROUP_NOUNS = WordSets.of("coalition", "alliance");
    static final Set<String> SET_UP_VERBS = WordSets.of("established", "establishment", "establish",
            "opened", "installed", "built", "erected", "set", "setting", "opening", "establishing", "relocated");
    static final Set<String> BASE_NOUNS = WordSets.of("base", "bases", "fob", "fobs", "camp", "camps",
            "outpost", "outposts", "headquarters", "hq", "stronghold", "barracks");
    private static final Set<String> ATTACK_CRAFT = WordSets.of("drones", "drone", "helicopter", "helicopters",
            "aircraft", "boats", "boat", "dogs", "dog", "submarine", "submarines", "rifle", "rifles", "jets", "jet");
    /** What a force or a group sets up where it means to stay, besides a base. */
    private static final Set<String> FORTIFIED_PLACES = WordSets.of("positions", "fortifications", "fortification",
            "trenches");
    /** Words before {@code post} that make it a force's: {@code a new security post}, {@code a police post}. */
    private static final Set<String> POST_KINDS = WordSets.of("security", "military", "police", "army", "border",
            "forward", "observation", "permanent", "temporary");
    /** Words right before {@code post} a few words after a verb of setting up: {@code set up a new advanced post}. */
    private static final Set<String> NEW_POST = WordSets.of("a", "new", "advanced", "advance", "another");
    /** What kills without anyone acting: {@code cholera killed 12}, {@code died of hunger}, {@code floods killed}. */
    private static final Set<String> NATURAL_CAUSES = WordSets.of("cholera", "disease", "diseases", "outbreak",
            "epidemic", "malaria", "measles", "ebola", "covid", "covid-19", "coronavirus", "mpox", "meningitis",
            "dengue", "illness", "illnesses", "hunger", "starvation", "famine", "malnutrition", "flood", "floods",
            "flooding", "drought", "earthquake", "landslide", "landslides", "mudslide", "storm", "storms", "hurricane",
            "cyclone", "typhoon", "heatwave", "lightning", "accident", "accidents", "exhaustion", "dehydration",
            "asthma", "heart", "panic", "epileptic");
    private static final Set<String> AUXILIARIES = WordSets.of("has", "have", "had", "reportedly", "already", "also",
            "which", "that", "since");
    private static final int BACKGROUND_PENALTY = 25;
    /** Whether the trigger is what something shows of events before ({@code who had posted videos of earlier marches}). */
    private static boolean ofEarlier(Tokens t, int i) {
        return t.isWord(i - 1) && EARLIER.contains(t.lower(i - 1)) && t.isLower(i - 2, "of");
    }

    private static final Set<String> EARLIER = WordSets.of("earlier", "previous", "past", "former");
    /** Words before a trigger that make it what is to end ({@code a truce to end the killings}). */
    private static final Set<String> ENDS = WordSets.of("end", "ending", "halt", "stop");
    /** Spans of time before "of" that make a trigger their background ({@code months of killings}). */
    private static final Set<String> SPANS = WordSets.of("months", "years", "weeks", "decades");
    /** Words before a trigger that make it what people protest about. */
    private static final Set<String> PROTESTED = WordSets.of("demanding", "demanded", "demand", "protesting",
            "condemning", "condemn", "denouncing", "denounce", "decrying", "against", "over");
    /** Who "disappeared" may describe: {@code disappeared relatives}. */
    private static final Set<String> MISSING = WordSets.of("relatives", "persons", "people", "children", "sons",
            "daughters", "family", "members", "students", "loved", "activists", "husbands", "brothers");
    /** Nouns after "riot" that make it a force's equipment or name: {@code riot police}, {@code riot gear}. */
    private static final Set<String> RIOT_GEAR = WordSets.of("police", "policemen", "officers", "gear", "squad",
            "squads", "unit", "units", "control", "shields", "troops", "forces", "vehicles");
    private static final int SECOND_EVENT_MIN_PRIORITY = 50;
    private static final Trigger BASE = new Trigger(Acled.STRATEGIC, Acled.BASE_ESTABLISHED, 66);
    /** Marchers pushed back: {@code officers pushed back members of MOVIR who were marching}. */
    private static final Trigger MARCH_STOPPED = new Trigger(Acled.PROTESTS, Acled.PROTEST_WITH_INTERVENTION, 82);

    /** A group's or a government's decision to stop fighting: {@code suspending military operations}. */
    private static final Trigger HALTED = new Trigger(Acled.STRATEGIC, Acled.CHANGE_TO_GROUP, 85);
    private static final Set<String> HALTED_DEEDS = WordSets.of("operations", "attacks", "hostilities", "offensive",
            "fighting");
    private static final Set<String> HALTING = WordSets.of("suspending", "suspend", "suspended", "suspends", "halting",
            "halt", "halted", "halts", "ceasing", "cease", "ceased", "pausing", "paused", "pause");

    /** What is seized when it is property, not ground. */
    private static final Set<String> GOODS = WordSets.of("goods", "property", "cattle", "livestock", "vehicles",
            "vehicle", "phones", "money", "belongings", "motorcycles", "motorbikes", "crops", "cash", "valuables",
            "herds", "goats", "camels", "cows", "merchandise", "trucks", "truck", "boat", "boats", "documents",
            "papers", "files", "computers", "laptops", "drugs", "narcotics", "hemp", "cannabis", "timber", "scooter",
            "scooters", "cars", "clothing", "clothes", "jewellery", "jewelry", "bicycles", "motorcycle",
            "passports", "bags", "cards", "equipment", "radios", "uniforms", "fuel");

    static final Set<String> INQUIRIES = WordSets.of("probe", "probes", "investigation", "investigations",
            "inquiry", "inquiries", "enquiry", "case");
    private static final Set<String> PAPERS = WordSets.of("pamphlet", "pamphlets", "leaflet", "leaflets", "letter",
            "letters", "statement", "communique", "communiqué", "petition", "note", "notes", "document", "message",
            "flyer", "flyers", "tract", "tracts", "banner", "banners", "poster", "posters", "placard", "placards");


    /**
     * Whether "appointed" describes whom the noun before it is ({@code a ward administrator appointed by the
     * military}): who he is, no appointment told.
     */
    private static boolean appointedBy(Tokens t, int i) {
        return t.isLower(i, "appointed") && t.isLower(i + 1, "by") && t.isWord(i - 1) && !t.isCapitalised(i - 1)
                && !Modality.BE.contains(t.lower(i - 1)) && !t.isLower(i - 1, "been") && !t.isLower(i - 1, "be");
    }

    /** Whether what was signed at {@code i} is a paper, not an agreement: {@code a pamphlet signed by the RMM}. */
    private static boolean signedPaper(Tokens t, Sentence s, int i) {
        return t.isWord(i - 1) && PAPERS.contains(t.lower(i - 1)) || wordAfter(t, s, i, 2, PAPERS)
                || t.isLower(i + 1, "with") && (t.isLower(i + 2, "the") && t.isWord(i + 3)
                && SIGNATURES.contains(t.lower(i + 3)) || t.isWord(i + 2) && SIGNATURES.contains(t.lower(i + 2)));
                // a banner signed with the initials of the CJNG; signed with initials
    }

    private static final Set<String> SIGNATURES = WordSets.of("initials", "name", "names", "acronym", "logo");

    /** Words before {@code the arrival of} that make it what is talked about or opposed, not an arrival. */
    private static final Set<String> DEBATED = WordSets.of("debating", "debate", "debated", "discussing", "discuss",
            "discussed", "against", "over", "about", "opposing", "oppose", "opposed", "on");
    private static final Set<String> ARRIVALS = WordSets.of("arrived", "arrive", "arrives", "arrival");
    private static final Set<String> TIME_CONJUNCTIONS = WordSets.of("before", "until", "till", "when", "after",
            "as", "once");

    /** Whether an arrival at {@code i} opens a clause of time a few words before: {@code before police arrived}. */
    private static boolean timeClause(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 4) && t.isWord(k); k--) {
            if (TIME_CONJUNCTIONS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARMS = WordSets.of("rifles", "rifle", "weapons", "arms", "ammunition", "guns",
            "gun", "explosives", "grenades", "pistols", "firearms", "bullets", "cartridges", "ak-47", "ak-47s");

    /**
     * Whether property is what the seizure at {@code i} takes, within three words ({@code seized their goods}), or,
     * passive, what was seized ({@code documents had been seized}).
     */
    private static boolean goodsAfter(Tokens t, Sentence s, int i) {
        if (t.isLower(i - 1, "been") || t.isLower(i - 1, "was") || t.isLower(i - 1, "were")) {
            boolean goods = false;
            for (int k = i - 2; k >= Math.max(s.first(), i - 6); k--) { // "documents" had been seized
                if (t.isWord(k) && ARMS.contains(t.lower(k))) {
                    return false; // rifles and mobile phones were seized: weapons
                }
                goods |= t.isWord(k) && GOODS.contains(t.lower(k));
            }
            if (goods) {
                return true;
            }
        }
        return wordAfter(t, s, i, 4, GOODS);
    }

    /**
     * {@code as the crowd dispersed}, {@code the marchers dispersed peacefully}: a crowd that went home, not one that
     * was dispersed (by anyone, or with an object: {@code police dispersed the crowd}).
     */
    static boolean dispersedOnItsOwn(Tokens t, int i) {
        return t.isLower(i, "dispersed") && t.isWord(i - 1) && (DISPERSING_CROWDS.contains(t.lower(i - 1))
                || t.isLower(i - 1, "which") && t.isChar(i - 2, ',') // the rally, which dispersed peacefully
                || t.isLower(i - 1, "and") && t.isWord(i + 1)) // held a protest ... and dispersed before troops came
                && (!t.isWord(i + 1) || ON_ITS_OWN.contains(t.lower(i + 1)));
    }

    private static final Set<String> DISPERSING_CROWDS = WordSets.of("crowd", "crowds", "protesters", "protestors",
            "marchers", "demonstrators", "participants", "gathering", "they", "students", "mourners", "rally",
            "march", "protest", "demonstration", "sit-in", "vigil");
    private static final Set<String> ON_ITS_OWN = WordSets.of("peacefully", "quietly", "calmly", "without", "after",
            "at", "in", "on", "and", "later", "shortly", "around", "before", "when", "as", "of");

    /**
     * {@code for each of the dead}, {@code in memory of the dead}: the victims of what was told, remembered (not {@code
     * one of the dead was Amadou Dolo}: a victim named).
     */
    static boolean deadRemembered(Tokens t, int i) {
        return t.isLower(i, "dead") && t.isLower(i - 1, "the") && t.isLower(i - 2, "of") && t.isWord(i - 3)
                && REMEMBERING.contains(t.lower(i - 3));
    }

    private static final Set<String> REMEMBERING = WordSets.of("each", "memory", "honour", "honor", "remembrance",
            "names", "families", "relatives");

    /**
     * Whether one of the {@code width} tokens after token {@code i}, in its sentence and before any punctuation, is a
     * word of {@code words}.
     */
    static boolean wordAfter(Tokens t, Sentence s, int i, int width, Set<String> words) {
        for (int k = i + 1; k <= Math.min(s.last(), i + width) && t.isWord(k); k++) {
            if (words.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HANDING = WordSets.of("handed", "delivered", "submitted", "presented");
    private static final Set<String> PETITIONS = WordSets.of("letter", "petition", "petitions", "memorandum",
            "memorandums", "memo", "demands", "grievances");
    private static final Trigger PETITION = new Trigger(Acled.PROTESTS, Acled.PEACEFUL_PROTEST, 55);

    /** Whether a letter or a petition is what is handed over, within four words: {@code handed a letter of demands}. */
    private static boolean petitionAfter(Tokens t, Sentence s, int i) {
        return wordAfter(t, s, i, 4, PETITIONS);
    }

    /** What is gathered when nobody gathers: {@code information gathered by CPO observers}. */
    private static final Set<String> GATHERED_THINGS = WordSets.of("information", "evidence", "data", "intelligence",
            "testimonies", "testimony", "accounts", "statements", "details", "reports", "material", "samples");

    /** What a blockade is by: words of a blockade, and the forces whose blockade is an operation's, not a protest. */
    private static final Set<String> BLOCKING = WordSets.of("blocked", "blocking", "blockade", "barricaded");
    private static final Set<String> FORCES = WordSets.of("police", "soldiers", "troops", "army", "officers",
            "forces", "gendarmes", "military", "boat", "boats", "vessel", "vessels", "navy", "warships", "tanks",
            "vehicles", "units", "patrols", "commandos", "marines");

    /** Whether forces do the blocking: {@code a police boat blocked the harbour}, {@code roads blocked by troops}. */
    private static boolean forcesBlock(Tokens t, Sentence s, int i) {
        return (wordBefore(t, s, i, 3, FORCES) || t.isLower(i + 1, "by") && wordAfter(t, s, i + 1, 3, FORCES))
                && !t.hasWordIn(s, PROTEST_WORDS);
    }

    private static final Set<String> GUNFIGHTS = WordSets.of("gunfight", "gunfights", "firefight", "firefights",
            "shootout", "shoot-out", "gunbattle", "clash", "clashes", "clashed");
    /**
     * Whether the killing at {@code i} is a vehicle's that knocked down or ran over its victim ({@code a truck carrying
     * cement knocked down and killed a pedestrian}): a road accident, no one's violence.
     */
    private static boolean roadAccident(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
            boolean struck = t.isLower(k, "down") && t.isLower(k - 1, "knocked")
                    || t.isLower(k, "over") && t.isLower(k - 1, "ran");
            if (struck) {
                for (int v = k - 2; v >= Math.max(s.first(), k - 10); v--) {
                    if (t.isWord(v) && VEHICLES.contains(t.lower(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static final Set<String> DETERMINERS = WordSets.of("the", "a", "an", "its", "their");
    private static final Set<String> ATTRIBUTIVE = WordSets.of("banned", "outlawed", "proscribed", "seized",
            "confiscated", "stolen", "burned", "burnt", "torched", "looted");
    private static final Set<String> BEING = WordSets.of("was", "were", "been", "being", "be", "is", "are", "remains",
            "remain", "still");
    private static final Set<String> ASSAULTING = WordSets.of("attacked", "assaulted", "beat", "stabbed", "chased",
            "lynched");
    /** Whether the cue follows "days after", "hours after" ... within three words: what came before, told apart. */
    private static boolean afterASpan(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 3) && t.isWord(k); k--) {
            if (t.isLower(k, "after") && t.isWord(k - 1) && TIME_SPANS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_SPANS = WordSets.of("days", "weeks", "months", "day", "week", "hours");
    private static final Set<String> INTERCEPTING = WordSets.of("intercepted", "intercepting", "downed", "down",
            "neutralised", "neutralized");
    private static final Set<String> HANDING_OVER = WordSets.of("handing", "handed", "surrendered", "surrendering",
            "turned", "turning");
    private static final Trigger INTERCEPTED = new Trigger(Acled.STRATEGIC, Acled.DISRUPTED_WEAPONS, 85);
    /**
     * {@code More than 130 pupils abducted from a school were freed on Sunday}, {@code the bodies of six members of a
     * family, abducted from a relief camp earlier in the week, were recovered}: the captives' participle before what
     * became of them, an abduction told before; the sentence tells what became of them.
     */
    private static boolean freedCaptives(Tokens t, Sentence s, int i) {
        if (!(t.isLower(i, "abducted") || t.isLower(i, "kidnapped")) || !(t.isChar(i - 1, ',') || t.isWord(i - 1)
                && !t.isCapitalised(i - 1)
                && (t.lower(i - 1).endsWith("s") || IRREGULAR_PLURALS.contains(t.lower(i - 1))))
                || !(t.isLower(i + 1, "from")
                || t.isLower(i + 1, "in") || t.isLower(i + 1, "earlier")
                || t.isLower(i + 1, "last") || t.isLower(i + 1, "on"))) {
            return false;
        }
        for (int k = i + 2; k <= s.last() && k <= i + 14; k++) {
            if ((t.isLower(k, "were") || t.isLower(k, "was") || t.isLower(k, "have") || t.isLower(k, "had"))
                    && t.isWord(k + 1) && FREED.contains(t.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is how some of those taken before in the sentence got away ({@code armed men took three
     * women from their fields; two escaped the following day}, or in the sentence before: {@code abducted seven
     * women ... . Two of the women escaped}): the abduction's end, not an event of its own.
     */
    private static boolean captivesEscaped(Tokens t, Sentence s, int i) {
        if (!(t.isLower(i, "escaped") || t.isLower(i, "fled")) || !t.isWord(i - 1)) {
            return false;
        }
        boolean ofThem = t.isLower(i - 1, "them") && t.isLower(i - 2, "of");
        boolean ofThe = ESCAPING_PEOPLE.contains(t.lower(i - 1)) && t.isLower(i - 2, "the")
                && t.isLower(i - 3, "of") && t.isWord(i - 4) && ESCAPED_COUNTS.contains(t.lower(i - 4));
        if (!ESCAPED_COUNTS.contains(t.lower(i - 1)) && !ofThem && !ofThe) {
            return false;
        }
        int clause = i - 2;
        while (clause > s.first() && !t.isChar(clause, ';') && !t.isChar(clause, ',')) {
            clause--;
        }
        if ((ofThem || ofThe) && clause <= s.first()) {
            return t.hasWordIn(Math.max(0, s.first() - 60), s.first(), TAKEN_AWAY);
        }
        return clause > s.first() && t.hasWordIn(s.first(), clause, TAKEN_AWAY);
    }

    /**
     * Whether the trigger only says who someone is, by a deed told before ({@code the group was believed to be the one
     * that attacked Adagbo}, {@code they are the men who kidnapped the priest}): no event of its own.
     */
    static boolean whoTheyAre(Tokens t, Sentence s, int i) {
        if (!(t.isLower(i - 1, "that") || t.isLower(i - 1, "who")) || !t.isWord(i - 2)
                || !IDENTIFIED.contains(t.lower(i - 2)) || !t.isWord(i) || !t.lower(i).endsWith("ed")) {
            return false;
        }
        for (int k = i - 3; k >= Math.max(s.first(), i - 6); k--) {
            if (t.isWord(k) && TO_BE.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IDENTIFIED = WordSets.of("one", "ones", "group", "gang", "men", "band", "cell",
            "same", "those");
    private static final Set<String> TO_BE = WordSets.of("be", "is", "are", "was", "were", "been");

    private static final Set<String> AGREEMENT_NOUNS = WordSets.of("treaty", "deal", "agreement", "accord",
            "ceasefire", "truce", "text", "plan", "roadmap", "framework");

    /**
     * Whether the agreement named at {@code i} is said, within 14 words after it, not to be signed yet ({@code the
     * peace treaty the two countries agreed in March but have yet to sign}): no agreement concluded.
     */
    private static boolean unsigned(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last(), i + 14); k++) {
            if (t.isLower(k, "sign") || t.isLower(k, "signed")) {
                return t.isLower(k - 1, "to") && t.isLower(k - 2, "yet") || t.isLower(k - 1, "yet")
                        && (t.isLower(k - 2, "not") || t.isLower(k - 2, "n't")) || t.isLower(k - 1, "never")
                        || t.isLower(k - 1, "be") && t.isLower(k - 2, "to") && t.isLower(k - 3, "yet");
            }
        }
        return false;
    }

    private static final Set<String> NONLETHAL_ROUNDS = WordSets.of("shell", "shells", "grenade", "grenades",
            "canister", "canisters", "rounds");
    private static final Set<String> HELD_PARTICIPLES = WordSets.of("arrested", "detained", "held", "jailed",
            "imprisoned", "abducted", "kidnapped", "taken", "seized");
    private static final Set<String> RELEASE_NOUNS = WordSets.of("release", "return", "freedom", "freeing",
            "liberation");

    /**
     * Whether the trigger says who the people are whose release or return is sought ({@code the release of the men
     * arrested on Tuesday and the return of the activists detained in mainland France since June}): a participle after
     * their noun, no arrest of its own.
     */
    private static boolean releaseOfTheHeld(Tokens t, Sentence s, int i) {
        if (!HELD_PARTICIPLES.contains(t.lower(i)) || !t.isWord(i - 1) || t.isCapitalised(i - 1)
                || AUXILIARIES.contains(t.lower(i - 1)) || t.isLower(i - 1, "were") || t.isLower(i - 1, "was")
                || t.isLower(i - 1, "who") || t.isLower(i - 1, "and")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(s.first() + 1, i - 6); k--) {
            if (!t.isWord(k)) {
                return false;
            }
            if (t.isLower(k, "of") && t.isWord(k - 1) && RELEASE_NOUNS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place is where people are held whose release is sought ({@code to demand the return of the
     * activists detained in mainland France}): not where the demand is made.
     */
    static boolean whereTheHeldAre(Tokens t, Sentence s, int first) {
        for (int k = first - 1; k >= Math.max(s.first() + 1, first - 4); k--) {
            if (t.isLower(k, "in") || t.isLower(k, "at")) {
                return t.isWord(k - 1) && releaseOfTheHeld(t, s, k - 1);
            }
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CALLING = WordSets.of("called", "calls", "calling", "described", "describes",
            "labelled", "labeled", "branded", "termed", "dubbed");
    private static final Set<String> CALLED_ONES = WordSets.of("them", "him", "her", "it", "the", "these", "those");
    private static final Set<String> NOT_A_NAME = WordSets.of("for", "on", "off", "in", "after", "before", "during",
            "at", "of", "to", "by", "from", "with", "and", "or", "but", "when", "while", "that", "which");

    /**
     * Whether the trigger is what someone called people or a deed ({@code the DEM Party called them political
     * hostages}, {@code a channel called the brothers "spies"}, {@code described the raid as an abduction}): a name
     * given, no deed told; not {@code called for calm after the attack}.
     */
    private static boolean calledIt(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 6); k--) {
            if (t.isWord(k) && CALLING.contains(t.lower(k))) {
                return t.isWord(k + 1) && CALLED_ONES.contains(t.lower(k + 1)) && k + 1 < i;
            }
            if (t.isWord(k) && (t.isCapitalised(k) || NOT_A_NAME.contains(t.lower(k)))
                    || !t.isWord(k) && !t.isDoubleQuote(k) && !t.isChar(k, '\'') && !t.isChar(k, '\u2018')) {
                return false;
            }
        }
        return false;
    }

    /** Whether the trigger is what happened years before the report: {@code nine years after the killings}. */
    private static boolean yearsAfter(Tokens t, int i) {
        int the = t.isLower(i - 1, "the") ? i - 1 : t.isLower(i - 2, "the") && t.isWord(i - 1) ? i - 2 : -1;
        return the > 0 && t.isLower(the - 1, "after") && t.isWord(the - 2) && LONG_SPANS.contains(t.lower(the - 2));
    }

    private static final Set<String> ESCAPING_PEOPLE = WordSets.of("women", "men", "children", "hostages",
            "captives", "abductees", "girls", "boys", "students", "passengers", "victims", "workers");
    private static final Set<String> ESCAPED_COUNTS = WordSets.of("one", "two", "three", "four", "five", "some",
            "both", "they", "others", "several", "most");
    private static final Set<String> IRREGULAR_PLURALS = WordSets.of("children", "women", "men", "people");
    private static final Set<String> FREED = WordSets.of("freed", "released", "rescued", "reunited", "returned",
            "recovered", "found");

    /** People gathered by those who hold them: a development, no protest. */
    private static final Trigger MADE_TO_GATHER = new Trigger(Acled.STRATEGIC, Acled.OTHER, 55);
    /** Armed men engaged: fighting, above the killings it ended in. */
    private static final Trigger ENGAGED = new Trigger(Acled.BATTLES, Acled.ARMED_CLASH, 80);
    private static final Set<String> ARMED_MEN = WordSets.of("bandits", "militants", "gunmen", "insurgents",
            "rebels", "fighters", "terrorists", "kidnappers", "jihadists", "militiamen", "assailants", "attackers",
            "members");
    private static final Set<String> PUSHING = WordSets.of("pushed", "drove", "forced", "beat");
    private static final Set<String> DRIVEN = WordSets.of("gang", "gangs", "rebels", "militants", "fighters",
            "insurgents", "bandits", "gunmen", "jihadists", "attackers", "militiamen", "militia", "group", "enemy",
            "troops", "soldiers");

    /** Whether {@code pushed the gang back}, {@code drove the rebels back}: armed men driven back by a fight. */
    private static boolean drivenBack(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last(), i + 4) && t.isWord(k); k++) {
            if (t.isLower(k, "back") && k > i + 1) {
                return t.hasWordIn(i + 1, k - 1, DRIVEN);
            }
        }
        return false;
    }

    /** An offensive launched: fighting, ACLED's armed clash. */
    private static final Trigger OFFENSIVE = new Trigger(Acled.BATTLES, Acled.ARMED_CLASH, 79);
    private static final Set<String> SINCE_THEN = WordSets.of("after", "since", "before", "when");
    private static final Set<String> LAUNCHING = WordSets.of("launched", "launching", "began", "mounted", "opened",
            "started");
    /** Weapons seized, told in the passive: below any fighting the sentence tells. */
    private static final Trigger ARMS_SEIZED = new Trigger(Acled.STRATEGIC, Acled.DISRUPTED_WEAPONS, 61);
    private static final Set<String> SEIZED_ARMS = WordSets.of("rifle", "rifles", "weapons", "weapon", "guns", "gun",
            "firearms", "pistols", "pistol", "ammunition", "explosives", "grenades", "grenade", "rounds", "cartridges",
            "magazines", "mortars", "munitions", "shotgun", "shotguns", "handguns", "revolver", "revolvers",
            "kalashnikovs", "ak-47s", "bullets", "machine-guns", "launchers", "machetes");

    /** Whether "armed with" comes just before the weapon at {@code i}, over a list: {@code armed with rifles and}. */
    private static boolean armedWith(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 5) && (t.isWord(k) || t.isChar(k, ',')); k--) {
            if (t.isLower(k, "with") && t.isLower(k - 1, "armed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an explosive is one of the arms of a fight, listed with firearms after {@code with} or {@code using}
     * ({@code with rifles and explosives}, {@code using automatic weapons and hand grenades}, {@code with guns,
     * machetes and explosives}) or told beside gunfire ({@code gunfire and explosions}).
     */
    private static boolean withGunsToo(Tokens t, Sentence s, int i) {
        boolean guns = false;
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 8) && (t.isWord(k) || t.isChar(k, ',')); k--) {
            guns |= t.isWord(k) && GUNS.contains(t.lower(k));
            if (t.isLower(k, "with") || t.isLower(k, "using")) {
                return guns;
            }
        }
        return t.isLower(i - 1, "and") && (t.isLower(i - 2, "gunfire") || t.isLower(i - 2, "gunshots"));
    }

    private static final Set<String> MAKING = WordSets.of("makers", "maker", "making", "factory", "factories",
            "workshop", "expert", "experts", "specialist");
    private static final Set<String> GATHERED_PEOPLE = WordSets.of("residents", "villagers", "people", "civilians",
            "men", "women", "worshippers", "inhabitants", "locals", "them");
    static final Set<String> GUNS = WordSets.of("rifles", "guns", "weapons", "firearms", "machine-guns",
            "pistols", "kalashnikovs", "ak-47s");

    private static final Set<String> RELATIVE = WordSets.of("who", "which", "that");
    /** Verbs of fighting that make what a relative clause's "had" tells the background of the sentence's event. */
    private static final Set<String> BACKGROUND_OWNERS = WordSets.of("engaged", "repelled", "pursued", "intercepted",
            "confronted", "ambushed", "clashed");
    /** Verbs of calling something so (also read by {@link Attribution}: a claim called disinformation). */
    static final Set<String> DESCRIBED = WordSets.of("described", "called", "calls", "branded", "termed", "portrayed",
            "presented", "characterised", "characterized", "labelled", "labeled", "dismissed");
    private static final Set<String> SPATES = WordSets.of("spate", "wave", "surge", "series", "string", "rash",
            "upsurge", "spike", "rise", "increase", "escalation");
    private static final Set<String> HOLDING = WordSets.of("held", "hold", "holding", "holds", "staged", "organised",
            "organized");
    private static final Set<String> VIGIL_AIMS = WordSets.of("demand", "demanding", "calling", "call", "justice",
            "protest", "against", "end");
    private static final Set<String> FEARING = WordSets.of("fear", "fears", "feared", "fearing", "expect", "expects",
            "expected", "anticipate", "anticipated", "dread");
    private static final Set<String> MORE = WordSets.of("more", "further", "new", "renewed", "fresh", "reprisal");
    private static final Set<String> HEARSAY_NOUNS = WordSets.of("rumours", "rumour", "rumors", "rumor", "reports",
            "allegations", "claims");
    private static final Set<String> TAKEN_PEOPLE = WordSets.of("people", "persons", "men", "women", "children",
            "villagers", "residents", "civilians", "members", "hostages", "passengers");
    private static final Set<String> CAUSES = WordSets.of("after", "following", "over");
    private static final Set<String> RECOVERING = WordSets.of("recovering", "recovered", "seizing", "capturing");
    /** Whether token {@code i} is protests that what the sentence tells set off: {@code sparking riots}. */
    static boolean sparked(Tokens t, int i) {
        return t.isWord(i) && SPARKED.contains(t.lower(i)) && (t.isWord(i - 1) && SPARKING.contains(t.lower(i - 1))
                || t.isLower(i - 1, "off") && t.isWord(i - 2) && SETTING.contains(t.lower(i - 2)));
    }

    /**
     * Whether token {@code i} is in an {@code in which} clause of unrest that the event set off ({@code setting off two
     * days of unrest in which troops fought gunmen}): what followed, told apart if at all.
     */
    static boolean inSparkedClause(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k > s.first() + 1 && k >= i - 25; k--) {
            if (t.isLower(k, "which") && t.isLower(k - 1, "in")) {
                for (int m = k - 2; m > s.first() && m >= k - 6; m--) {
                    if (sparked(t, m) || t.isWord(m) && SPARKED.contains(t.lower(m)) && (t.hasWordIn(m - 5, m - 1, SPARKING)
                            || t.hasWordIn(m - 5, m - 1, SETTING) && t.hasWordIn(m - 5, m - 1, OFF))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> OFF = WordSets.of("off");
    private static final Set<String> SPARKED = WordSets.of("protests", "riots", "demonstrations", "unrest", "rioting");
    private static final Set<String> SPARKING = WordSets.of("sparking", "sparked", "triggering", "triggered",
            "prompting", "provoking", "provoked", "fuelling", "fueling", "igniting", "ignited");
    private static final Set<String> SETTING = WordSets.of("setting", "set", "sets", "touching", "touched");
    private static final Set<String> EXPERTS = WordSets.of("technicians", "technician", "experts", "expert",
            "specialists", "squad", "squads", "disposal", "team", "teams", "unit", "units", "engineers");
    private static final Set<String> KIDNAPPING_VERBS = WordSets.of("abducted", "kidnapped", "seized", "snatched");
    /** Verbs of people taken away: {@link #KIDNAPPING_VERBS}, and {@code took}, {@code taken}. */
    private static final Set<String> TAKEN_AWAY = WordSets.copyOf(Stream.concat(KIDNAPPING_VERBS.stream(),
            Stream.of("took", "taken")).toList());
    private static final Set<String> RELEASES = WordSets.of("released", "freed", "release", "releases", "releasing");

    /** Whether {@code without}, or {@code without a} or {@code without any}, comes right before token {@code i}. */
    static boolean withoutBefore(Tokens t, int i) {
        return t.isLower(i - 1, "without")
                || (t.isLower(i - 1, "a") || t.isLower(i - 1, "any") || t.isLower(i - 1, "reported")
                || t.isLower(i - 1, "major")) && t.isLower(i - 2, "without"); // ended without reported clashes
    }

    /** {@code has fought X ... for years}: what has gone on for a long time, no event of a day. */
    private static boolean forYears(Tokens t, Sentence s, int i) {
        int aux = t.isLower(i - 1, "been") && t.lower(i).endsWith("ing") ? i - 2 : i - 1; // has been fighting X for years
        if (!(t.isLower(aux, "has") || t.isLower(aux, "have") || t.isLower(aux, "had"))) {
            return false;
        }
        boolean comma = false;
        for (int k = i + 1; k < Math.min(s.last(), i + 24) && !Clauses.breaksAt(t, k); k++) {
            // (has fought the rival Islamic State West Africa Province (ISWAP) for control of the islands since 2021)
            comma |= t.isChar(k, ',');
            if (t.isLower(k, "for") && (t.isWord(k + 1) && LONG_SPANS.contains(t.lower(k + 1))
                    || !comma && longSpanAfter(t, k + 1)) // (not "had gathered, as they have for more than a year")
                    || t.isLower(k, "since") && t.is(k + 1, Tokens.NUMBER) && t.end(k + 1) - t.start(k + 1) == 4) {
                // have fought over the port since 2023, has killed thousands of civilians since 2014: what has gone on
                // for years, no event of a day
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LONG_SPANS = WordSets.of("years", "decades", "generations", "months");

    /**
     * Whether a long span starts at {@code k}: {@code years}, {@code more than a year}, {@code over two decades},
     * {@code the past six months}.
     */
    private static boolean longSpanAfter(Tokens t, int k) {
        int n = k;
        while (n < k + 3 && t.isWord(n) && SPAN_QUALIFIERS.contains(t.lower(n))) {
            n++; // more than, nearly, the past
        }
        if (t.isLower(n, "a") || t.is(n, Tokens.NUMBER) || t.isWord(n) && SPAN_COUNTS.contains(t.lower(n))) {
            n++; // a year, more than a year, over two decades
        }
        return t.isWord(n) && (LONG_SPANS.contains(t.lower(n)) || n > k && LONG_SPAN.contains(t.lower(n)));
    }

    private static final Set<String> SPAN_QUALIFIERS = WordSets.of("more", "than", "over", "nearly", "almost",
            "about", "the", "past", "last", "well");
    private static final Set<String> SPAN_COUNTS = WordSets.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several", "many");
    private static final Set<String> LONG_SPAN = WordSets.of("year", "decade", "month");

    /**
     * A participle before its noun ({@code the banned movement}, {@code a seized weapon}, {@code the burned houses}):
     * what a thing is, no event told.
     */
    static boolean attributive(Tokens t, int i) {
        return t.isWord(i) && ATTRIBUTIVE.contains(t.lower(i)) && t.isWord(i - 1)
                && (DETERMINERS.contains(t.lower(i - 1)) && t.isWord(i + 1)
                || t.isLower(i + 1, "from") && TAKEN_THINGS.contains(t.lower(i - 1)));
        // (or after its noun: arrested two men with a rifle looted from a police armoury in 2023)
    }

    private static final Set<String> TAKEN_THINGS = WordSets.of("rifle", "rifles", "gun", "guns", "weapon", "weapons",
            "pistol", "pistols", "ammunition", "arms", "vehicle", "vehicles", "car", "cars", "truck", "trucks",
            "motorcycle", "motorcycles", "goods", "items", "grenades", "explosives");

    private static final Set<String> PACTS = WordSets.of("agreement", "accord", "deal", "pact", "ceasefire", "truce");

    /**
     * Whether a relative clause in the perfect tells the agreement at or after {@code i} ({@code which has signed a
     * suspension of operations agreement}).
     */
    private static boolean signedBefore(Tokens t, Sentence s, int i) {
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 7) && t.isWord(j); j--) {
            if ((t.isLower(j, "has") || t.isLower(j, "have")) && t.isWord(j + 1) && t.lower(j + 1).endsWith("ed")
                    && (t.isLower(j - 1, "which") || t.isLower(j - 1, "that") || t.isLower(j - 1, "who"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code i} describes the people named right before it ({@code relatives of the men
     * detained in Rukha}, {@code families of those killed on Sunday}): who they are, no event told.
     */
    private static boolean qualifiesPeople(Tokens t, int i) {
        if (!t.isWord(i) || !t.lower(i).endsWith("ed") || !t.isWord(i + 1)
                || !QUALIFIER_AFTER.contains(t.lower(i + 1))) {
            return false;
        }
        return t.isLower(i - 1, "those") || t.isWord(i - 1) && QUALIFIED_PEOPLE.contains(t.lower(i - 1))
                && (t.isLower(i - 2, "the") || t.isLower(i - 3, "the") && t.is(i - 2, Tokens.NUMBER));
    }

    private static final Set<String> QUALIFIED_PEOPLE = WordSets.of("men", "women", "people", "youths", "boys",
            "girls", "children", "students", "soldiers", "officers", "villagers", "protesters", "detainees", "workers",
            "passengers", "activists", "herders", "farmers", "civilians");
    private static final Set<String> QUALIFIER_AFTER = WordSets.of("in", "on", "at", "during", "last", "since", "from",
            "after", "over", "earlier");

    /**
     * Whether {@code claiming that} or {@code alleging that} comes at most eight tokens before the trigger (the caller
     * asks only after an event the sentence tells first) ({@code detained a blogger after he posted a video claiming that police had shot
     * dead three protesters}): the claim is the arrest's cause, no event of its own.
     */
    private static boolean claimedThat(Tokens t, Sentence s, int i) {
        for (int k = i - 2; k >= Math.max(s.first(), i - 8) && t.isWord(k); k--) {
            if (t.isLower(k + 1, "that") && (t.isLower(k, "claiming") || t.isLower(k, "alleging")
                    || t.isLower(k, "reported") && t.isLower(k - 1, "had") && t.isLower(k - 2, "who"))) {
                return true; // arrested a journalist, X, who had reported that soldiers fired on farmers
            }
        }
        return false;
    }

    /** Whether one of the {@code width} tokens before token {@code i}, in its sentence, is a word of {@code words}. */
    static boolean wordBefore(Tokens t, Sentence s, int i, int width, Set<String> words) {
        return t.hasWordIn(Math.max(s.first(), i - width), i - 1, words);
    }

    private static final Trigger AIR_DROPPED = new Trigger(Acled.EXPLOSIONS, Acled.AIR_STRIKE, 90);
    private static final Set<String> DROPS = WordSets.of("dropped", "dropping", "drops", "drop", "aerial", "guided",
            "glide", "barrel");

    /** Whether the bomb at {@code i} fell from the air: dropped, aerial or guided, or an aircraft named before it. */
    private static boolean droppedFromAbove(Tokens t, Sentence s, int i) {
        return wordBefore(t, s, i, 4, DROPS) || wordBefore(t, s, i, 6, AIRBORNE);
    }

    /** Words before "drones" that make them the weapons of another event ({@code fought using drones}). */
    private static final Set<String> USING = WordSets.of("using", "used");

    /** Verbs that "to death" a few words later makes a killing: {@code hacked two miners to death}. */
    private static final Set<String> TO_DEATH_VERBS = WordSets.of("hacked", "beat", "beaten", "stoned", "stabbed",
            "clubbed", "burned", "burnt", "macheted", "bludgeoned", "tortured", "shot");

    /** The killing's trigger when {@code to death} follows the verb within six words of its object, else null. */
    private static Trigger toDeath(Tokens t, Sentence s, int i) {
        for (int k = i + 2; k <= s.last() - 1 && k <= i + 7; k++) {
            if (t.isLower(k, "to") && t.isLower(k + 1, "death")) {
                return TriggerLexicon.word("killed"); // by whom the rest of the sentence tells: a mob, a gang
            }
            if (t.isPunct(k)) {
                return null;
            }
        }
        return null;
    }

    /** Words by which a force tells what others did: {@code the Air Force said rebels attacked}. */
    private static final Set<String> TOLD = WordSets.of("said", "says", "reported", "claimed", "stated", "announced",
            "that");
    /** Verbs of a strike that a weapon from afar makes an explosion's: {@code unidentified aircraft ... struck}. */
    private static final Set<String> STRIKE_VERBS = WordSets.of("struck", "hit", "bombed", "pounded", "targeted",
            "strike", "hits", "strikes", "attacked", "fired");
    private static final Set<String> AIRBORNE = WordSets.of("drone", "drones", "quadcopter", "quadcopters", "aircraft",
            "warplane", "warplanes",
            "jets", "jet", "helicopter", "helicopters");
    private static final Set<String> MOURNING = WordSets.of("funeral", "funerals", "burial", "burials", "buried",
            "mourn", "mourned", "mourning");
    private static final Set<String> FIRED = WordSets.of("missile", "missiles", "rocket", "rockets", "shell", "shells",
            "mortar", "mortars", "artillery");

    /**
     * {@code unidentified aircraft, widely attributed to Israel, struck depots}; {@code a rocket hit a house}: a weapon
     * from afar up to ten words before the verb, in the same clause (or an air force's strike: {@code a strike by the
     * Israeli Air Force}); the trigger of its strike, or null.
     */
    private static Trigger remoteStrike(Tokens t, Sentence s, int i) {
        if ((t.isLower(i, "strike") || t.isLower(i, "strikes")) && t.isLower(i + 1, "by")) {
            for (int k = i + 2; k <= Math.min(s.last(), i + 8) && t.isWord(k); k++) {
                if (AIRBORNE.contains(t.lower(k)) || (t.isLower(k, "force") || t.isLower(k, "forces"))
                        && (t.isLower(k - 1, "air") || t.isLower(k - 1, "aerospace"))) {
                    return new Trigger(Acled.EXPLOSIONS, Acled.AIR_STRIKE, 90); // a strike by the Israeli Air Force
                }
            }
        }
        for (int k = i - 1; k >= s.first() && k >= i - 10; k--) {
            if (t.isWord(k) && AIRBORNE.contains(t.lower(k))) {
                return new Trigger(Acled.EXPLOSIONS, Acled.AIR_STRIKE, 90);
            }
            if (t.isWord(k) && FIRED.contains(t.lower(k))) {
                return new Trigger(Acled.EXPLOSIONS, Acled.SHELLING, 90);
            }
            if ((t.isLower(k, "force") || t.isLower(k, "forces")) && (t.isLower(k - 1, "air")
                    || t.isLower(k - 1, "aerospace")) && !t.hasWordIn(k + 1, i - 1, TOLD)) {
                return new Trigger(Acled.EXPLOSIONS, Acled.AIR_STRIKE, 90); // vectors of the Malian Air Force struck
            }
            if (t.isPunct(k) && !t.isChar(k, ',') && !t.isChar(k, '(') && !t.isChar(k, ')') // Aircraft of the X (PAF) struck
                    || t.isLower(k, "and") || t.isLower(k, "after") || t.isLower(k, "when")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Words before a bomb or grenade that make it a riot's or the police's: {@code petrol bombs}, {@code stun
     * grenades}.
     */
    private static final Set<String> HANDMADE = WordSets.of("petrol", "molotov", "stun", "fire", "gasoline", "paint",
            "smoke", "flash");
    private static final Set<String> EXPLOSION_NOUNS = WordSets.of("explosion", "explosions", "blast", "blasts",
            "bombing", "bombings", "strike", "strikes", "airstrike", "airstrikes", "attack", "shelling");
    private static final Set<String> SUMMONING = WordSets.of("summoned", "summons", "summoning");

    /** Whether token {@code i} is a protest near which something happened: {@code beat a cameraman near the rally}. */
    static boolean nearTheProtest(Tokens t, int i) {
        return t.isWord(i) && NEAR_PROTESTS.contains(t.lower(i)) && t.isLower(i - 1, "the") && t.isLower(i - 2, "near");
    }

    private static final Set<String> NEAR_PROTESTS = WordSets.of("rally", "march", "protest", "demonstration", "sit-in");

    /** Whether token {@code i} is protesters who say something in a relative clause: {@code whom protesters described}. */
    static boolean protestersSaying(Tokens t, int i) {
        return t.isWord(i) && (t.isLower(i, "protesters") || t.isLower(i, "demonstrators") || t.isLower(i, "protestors"))
                && t.isWord(i - 1) && RELATIVE_OBJECTS.contains(t.lower(i - 1)) && t.isWord(i + 1)
                && (DESCRIBED.contains(t.lower(i + 1)) || SAYING.contains(t.lower(i + 1)));
    }

    /**
     * Whether token {@code i} is a deed that the sentence's event answered, named after {@code was a response to},
     * {@code was revenge for} or {@code was retaliation for} ({@code the attack was a response to army bombing}), or
     * after what someone called so ({@code in what the gang called a response to the arrest of its leader}): a cause,
     * not an event this sentence tells.
     */
    private static boolean answeredDeed(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 2, i - 5) && t.isWord(k); k--) {
            if ((t.isLower(k, "to") && t.isLower(k - 1, "response") || t.isLower(k, "for")
                    && (t.isLower(k - 1, "revenge") || t.isLower(k - 1, "retaliation") || t.isLower(k - 1, "reprisal")))
                    && (t.hasWordIn(Math.max(s.first(), k - 5), k - 2, Modality.BE)
                    || t.hasWordIn(Math.max(s.first(), k - 4), k - 2, CALLING))) {
                return !toldWithItsDay(t, s, i);
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is a deed something may make possible ({@code a move that could allow armed groups to
     * coordinate attacks}, {@code might enable the gangs to attack}): a possibility weighed, no event.
     */
    private static boolean madePossible(Tokens t, Sentence s, int i) {
        boolean to = false;
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 8); k--) {
            if (!t.isWord(k) && !t.isChar(k, '-')) {
                return false;
            }
            to |= t.isLower(k, "to");
            if (to && ENABLING.contains(t.lower(k)) && t.isWord(k - 1) && MAYBE.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ENABLING = WordSets.of("allow", "enable", "help", "permit");
    private static final Set<String> MAYBE = WordSets.of("could", "might", "may", "would");

    /**
     * Whether the deed at {@code i} is told with a day or a name of its own a few words on ({@code retaliation for the
     * arrest on Sunday of one of its commanders}): an event of its own, though named as a cause.
     */
    private static boolean toldWithItsDay(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last(), i + 6) && !t.isChar(k, ',') && !t.isChar(k, ';'); k++) {
            if (t.isWord(k) && (Calendar.weekday(t.lower(k), false) != null || t.isLower(k, "yesterday"))
                    || t.isLower(k, "of") && t.isWord(k + 1) && t.isCapitalised(k + 1)) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether token {@code i} is {@code fired} crowd-control rounds to separate two sides ({@code fired tear gas to
     * separate the groups}): the police stopping a fight the report tells apart, no attack of their own.
     */
    private static boolean separatingFire(Tokens t, Sentence s, int i) {
        if (!t.isWord(i) || !t.lower(i).startsWith("fir") || !t.isWord(i + 1) || !CROWD_ROUNDS.contains(t.lower(i + 1))) {
            return false;
        }
        for (int k = i + 2; k <= Math.min(s.last() - 1, i + 5) && t.isWord(k); k++) {
            if (t.isLower(k, "to")) {
                return t.isWord(k + 1) && SEPARATING.contains(t.lower(k + 1));
            }
        }
        return false;
    }

    /** Words of crowd-control rounds: {@code fired tear gas}, {@code stun grenades}, {@code tear gas shells}. */
    private static final Set<String> CROWD_ROUNDS = WordSets.of("tear", "teargas", "tear-gas", "gas", "rubber",
            "pepper", "stun", "water", "warning", "smoke", "flash-bang");
    private static final Set<String> SEPARATING = WordSets.of("separate", "part", "calm");

    /**
     * Whether token {@code i} is what men named just before were preparing ({@code a gathering of terrorists preparing
     * an attack}): who they are, no event; not {@code the group was preparing an attack}.
     */
    private static boolean preparedBy(Tokens t, int i) {
        for (int p = i - 2; p >= i - 4 && p >= 1 && t.isWord(p) && !t.isCapitalised(p); p--) {
            if (PREPARING.contains(t.lower(p))) {
                // (also "militants preparing to plant explosives")
                return t.isWord(p - 1) && !t.isCapitalised(p - 1) && !AUXILIARY_BEFORE.contains(t.lower(p - 1));
            }
        }
        return false;
    }

    static final Set<String> PREPARING = WordSets.of("preparing", "planning", "plotting");
    /** Words before "preparing" that make it the verb of a clause: {@code the group was preparing an attack}. */
    private static final Set<String> AUXILIARY_BEFORE = WordSets.of("was", "were", "is", "are", "be", "been", "and",
            "while", "who", "which", "that", "of");

    /**
     * Whether token {@code i} is an event named by its day's possessive after a preposition ({@code the damage from the
     * previous day's raid}, {@code arrested over Friday's rioting}): an event told before, not this sentence's.
     */
    private static boolean anEarlierDays(Tokens t, Sentence s, int i) {
        if (!t.isLower(i - 1, "s") || !t.isApostrophe(i - 2) || !t.isWord(i - 3)) {
            return false;
        }
        String day = t.lower(i - 3);
        if (!DAY_WORDS.contains(day) && Calendar.weekday(day, false) == null) {
            return false;
        }
        for (int k = i - 4; k >= Math.max(s.first(), i - 7) && t.isWord(k); k--) {
            if (EARLIER_OF.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DAY_WORDS = WordSets.of("day", "night", "week", "weekend", "yesterday",
            "evening", "morning");
    private static final Set<String> EARLIER_OF = WordSets.of("from", "after", "over", "since", "following", "during",
            "about", "into", "of");

    /**
     * Whether token {@code i} hands people over to others ({@code handed him over to the Galmudug Police Force}, {@code
     * the suspects have been handed over to the gendarmerie}): the end of an arrest told with it or before.
     */
    private static boolean handedPeopleOver(Tokens t, Sentence s, int i) {
        if (!t.isWord(i) || !HANDING_PEOPLE.contains(t.lower(i))) {
            return false;
        }
        if (t.isWord(i + 1) && HANDED_PEOPLE.contains(t.lower(i + 1)) || t.isLower(i + 1, "the") && t.isWord(i + 2)
                && HANDED_PEOPLE.contains(t.lower(i + 2))) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(s.first(), i - 4) && t.isWord(k); k--) {
            if (HANDED_PEOPLE.contains(t.lower(k))) {
                return true; // the suspects have been handed over
            }
        }
        return false;
    }

    /** Verbs of handing people over (also read by {@link Roles}, who receives them being no side). */
    static final Set<String> HANDING_PEOPLE = WordSets.of("handed", "handing", "hand", "hands", "transferred");
    private static final Set<String> HANDED_PEOPLE = WordSets.of("him", "her", "them", "suspects", "suspect",
            "detainees", "detainee", "prisoners", "prisoner", "men", "man", "bodies", "body", "captives");

    /** Whether those pushed back at {@code i} were marching or protesting: a march stopped, no fight. */
    private static boolean marchersPushed(Tokens t, Sentence s, int i) {
        return t.hasWordIn(i + 2, Math.min(s.last(), i + 35), MARCHERS);
    }

    private static final Set<String> MARCHERS = WordSets.of("marching", "marchers", "protesters", "demonstrators",
            "protesting", "demonstrating", "march", "rally", "procession");

    /**
     * Whether token {@code i} opens {@code pushed back} or {@code forced back} told of people sent over a border ({@code
     * were pushed back to Belarus}): no fight; {@code pushed back the rebels} is one.
     */
    private static boolean pushedBackAcross(Tokens t, int i) {
        return t.isWord(i) && PUSHED.contains(t.lower(i)) && t.isLower(i + 1, "back") && t.isWord(i + 2)
                && BACK_TO.contains(t.lower(i + 2)); // (not "the attackers were pushed back towards the plateaux")
    }

    private static final Set<String> PUSHED = WordSets.of("pushed", "forced", "drove", "driven");
    private static final Set<String> BACK_TO = WordSets.of("to", "across", "into", "over", "beyond");

    /** Whether token {@code i} is what people fled ({@code who had fled fighting in Kadugli}): a cause, no event. */
    private static boolean fledFrom(Tokens t, int i) {
        int p = t.beforeThe(i);
        return t.isWord(i) && FLED_FROM.contains(t.lower(i)) && t.isWord(p) && FLEEING.contains(t.lower(p));
    }

    private static final Set<String> FLED_FROM = WordSets.of("fighting", "violence", "clashes", "attacks", "war",
            "insecurity", "bombing", "bombings", "shelling", "airstrikes");
    /** Words of fleeing (also read by {@link Sidelines#fledFighting}). */
    static final Set<String> FLEEING = WordSets.of("fled", "fleeing", "flee", "escaped", "escaping", "escape");
    /** What people gather to do in a protest: {@code gathered to demand}. */
    private static final Set<String> GATHERED_FOR = WordSets.of("protest", "demand", "denounce", "condemn",
            "demonstrate", "march", "rally", "call", "press", "voice", "express", "oppose", "reject", "block", "mark",
            "commemorate", "show", "chant", "sing", "hear", "listen", "support", "urge", "petition");

    /**
     * Whether token {@code i} is what no one has claimed ({@code no group has publicly claimed the attack}, {@code nobody
     * claimed responsibility for the bombing}, {@code X did not claim the attack}): the event told before, named again.
     */
    private static boolean unclaimed(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 6) && t.isWord(k); k--) {
            if (t.isLower(k, "claimed") || t.isLower(k, "claim")) {
                for (int n = k - 1; n >= Math.max(s.first(), k - 4) && t.isWord(n); n--) {
                    if (t.isLower(n, "no") || t.isLower(n, "nobody") || t.isLower(n, "none") || t.isLower(n, "not")
                            || t.isLower(n, "never")) { // (also "The Islamic State did not claim the attack")
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code i} is protesters whom others talk with: {@code talks with the protesters}. */
    private static boolean talksWith(Tokens t, int i) {
        int with = t.beforeThe(i);
        return t.isWord(i) && PROTESTERS.contains(t.lower(i)) && t.isLower(with, "with") && t.isWord(with - 1)
                && TALKING.contains(t.lower(with - 1));
    }

    private static final Set<String> PROTESTERS = WordSets.of("protesters", "protestors", "demonstrators", "marchers");
    private static final Set<String> TALKING = WordSets.of("talks", "talk", "negotiations", "negotiate", "negotiating",
            "negotiated", "dialogue", "met", "meet", "meeting", "discussions", "agreement", "deal");

    /**
     * Whether the weapon at {@code i} is the means of a fight the sentence tells ({@code clashed with the HPG during an
     * operation supported by armed drones}, {@code traded small-arms fire and rockets}, {@code using heavy weapons and
     * mortars}): the fight is the event, the weapon its means.
     */
    private static boolean meansOfAFight(Tokens t, Sentence s, int i) {
        boolean means = t.isLower(i + 1, "supporting") || t.isLower(i + 1, "support"); // with drones supporting it
        for (int k = i - 1; !means && k >= Math.max(s.first(), i - 5) && t.isWord(k); k--) {
            means = MEANS_CUES.contains(t.lower(k));
        }
        return means && fightTold(t, s); // (the cues first: the fight is looked for over the whole sentence)
    }

    private static final Set<String> FROM_CRAFT = WordSets.of("from");
    private static final Set<String> THROWN = WordSets.of("threw", "hurled", "lobbed", "throwing", "hurling");
    private static final Set<String> WEAPON_NOUNS = WordSets.of("drone", "drones", "quadcopter", "quadcopters",
            "rocket", "rockets", "mortar", "mortars", "explosives", "grenades", "shells", "artillery");

    /**
     * Whether a word of the sentence is a trigger of a battle ({@code clashed}, {@code fighting}) or opens fire traded
     * ({@code traded small-arms fire}).
     */
    private static boolean fightTold(Tokens t, Sentence s) {
        for (int k = s.first(); k <= s.last(); k++) {
            Trigger tr = t.isWord(k) ? TriggerLexicon.word(t.lower(k)) : null;
            if (tr != null && Acled.BATTLES.equals(tr.type()) || tradedFire(t, s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} opens fire traded a few words on: {@code traded small-arms fire}, {@code exchanged heavy fire}. */
    private static boolean tradedFire(Tokens t, Sentence s, int i) {
        return (t.isLower(i, "traded") || t.isLower(i, "exchanged")) && wordAfter(t, s, i, 3, FIRE);
    }

    private static final Set<String> FIRE = WordSets.of("fire", "gunfire", "shots");
    private static final Trigger TRADED_FIRE = new Trigger(Acled.BATTLES, Acled.ARMED_CLASH, 80);
    private static final Set<String> MEANS_CUES = WordSets.of("supported", "backed", "using", "with", "traded",
            "exchanged", "heavy");

    /** Units named by the craft they fly: {@code drone units}, {@code drone operators}. */
    private static final Set<String> CRAFT_UNITS = WordSets.of("units", "unit", "operators", "operator", "teams",
            "team", "pilots", "pilot", "crews", "crew", "battalion", "battalions", "company", "regiment", "platoon");

    /** Words of freeing captives (also read by {@link Sidelines#freedAfter}). */
    static final Set<String> FREEING = WordSets.of("freeing", "freed", "rescuing", "rescued", "releasing",
            "released");
    private static final Set<String> RELATIVE_OBJECTS = WordSets.of("whom", "which", "who", "that");
    private static final Set<String> SAYING = WordSets.of("said", "say", "says", "accused", "blamed", "identified");
    static final Set<String> PROTEST_WORDS = WordSets.of("protest", "protests", "protested", "protesters",
            "protestors", "demonstrators", "demonstration", "marched", "march", "rally", "rallied", "marchers",
            "demonstrated", "sit-in", "vigil", "dharna");
    /** Of {@link #PROTEST_WORDS}, those that a funeral's mourners do not also hold (a vigil). */
    private static final Set<String> PROTESTING = WordSets.copyOf(PROTEST_WORDS.stream()
            .filter(w -> !w.equals("vigil")).toList());

    /**
     * The sentence's triggers: the strongest, and a second of another event type when one is strong enough
     * and stands apart from the first ({@code landed ... after they signed the agreement}); none when no trigger.
     */
    List<Hit> scan(Tokens t, Sentence s, Sentence previous) {
        Trigger labelled = acledLabel(t, s);
        List<Hit> hits = scanWords(t, s, previous);
        if (labelled != null) {
            // Movement of forces: On 9 May, regime forces brought in ...: the label's event, its sides read around the
            // word that tells it (Property destruction: soldiers killed 58 oxen: the soldiers acted)
            return List.of(new Hit(labelled, hits.isEmpty() ? s.first() : hits.get(0).token()));
        }
        return hits;
    }

    private List<Hit> scanWords(Tokens t, Sentence s, Sentence previous) {
        Trigger best = null;
        int at = -1;
        int setUp = -1;
        boolean baseNoun = false;
        Hit second = null;
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            Trigger remote = STRIKE_VERBS.contains(w) ? remoteStrike(t, s, i)
                    : (w.equals("took") || w.equals("taken")) && (fromHome(t, s, i) || offAVehicle(t, s, i))
                    ? TAKEN_FROM_HOME : null;
            if ((w.equals("post") || w.equals("posts")) && t.isWord(i - 1) && (POST_KINDS.contains(t.lower(i - 1))
                    || setUp >= 0 && i - setUp <= 5 && NEW_POST.contains(t.lower(i - 1)))) {
                baseNoun = true; // established a new security post; set up a new advanced post, set up a post
            }
            if (setUp >= 0 && i - setUp <= 4 && FORTIFIED_PLACES.contains(w)) {
                baseNoun = true; // established two fortifications; established positions on the outskirts of X
            }
            if (remote == null && !TriggerLexicon.isCue(w)) {
                continue;
            }
            baseNoun |= BASE_NOUNS.contains(w);
            if (t.isCapitalised(i) && !t.opensSentence(s, i) && !(w.startsWith("ied") && t.is(i, Tokens.ALL_CAPS))) {
                continue; // a name's word (Battle Street), though an IED is written in capitals
            }
            if (w.equals("combat") && (t.isLower(i - 1, "to") || t.isLower(i - 1, "help"))) {
                continue; // released prisoners to combat the spread of the coronavirus: a purpose, no fighting
            }
            if (w.equals("disappeared") && t.isWord(i + 1) && !t.isCapitalised(i + 1) && MISSING.contains(t.lower(i + 1))) {
                continue; // mothers searching for disappeared relatives: who they are, not what happened
            }
            if ((w.equals("kidnapped") || w.equals("abducted")) && (t.isLower(i - 1, "a") || t.isLower(i - 1, "an")
                    || t.isLower(i - 1, "the") && t.isWord(i + 1) && !t.isCapitalised(i + 1) && !t.isLower(i + 1, "by"))) {
                continue; // soldiers searching for a kidnapped pilot: who he is, not what happened here
            }
            if ((w.equals("arrested") || w.equals("detained")) && t.isLower(i - 2, "the") && t.isWord(i + 1)
                    && !t.isCapitalised(i + 1) && !t.isLower(i + 1, "by") && !t.isLower(i + 1, "in")
                    && !t.isLower(i + 1, "on") && !t.isLower(i + 1, "at")
                    && (t.is(i - 1, Tokens.NUMBER) || t.isWord(i - 1) && NUMBER_WORDS.contains(t.lower(i - 1)))) {
                continue; // demanding the release of the six arrested persons: who they are, the arrests told before
            }
            if ((w.startsWith("clash") || w.startsWith("fight")) && wordBefore(t, s, i, 3, DESCRIBED)
                    && (t.isLower(i - 1, "as") || t.isLower(i - 2, "as"))) {
                continue; // killed 131 civilians, in what the rebels described as clashes with FDLR fighters
            }
            int held = (w.equals("held") || w.equals("taken")) && t.isLower(i + 1, "hostage") ? i
                    : w.equals("hostage") && (t.isLower(i - 1, "held") || t.isLower(i - 1, "taken")) ? i - 1 : -1;
            if (held > 0 && t.isWord(held - 1) && !t.isCapitalised(held - 1) && !BEING.contains(t.lower(held - 1))
                    && !t.isLower(held - 1, "and") && !t.isLower(held - 1, "who")) {
                continue; // soldiers searching for a foreign pilot held hostage: who he is, his abduction told before
            }
            if (t.isLower(i - 1, "had") && RELATIVE.contains(t.lower(i - 2)) && t.hasWordIn(s, BACKGROUND_OWNERS)) {
                continue; // farmers confronted cartel members who had arrived to collect extortion: what they had done
            }
            if ((w.equals("chanting") || w.equals("chanted")) && t.hasWordIn(s, ASSAULTING)
                    && !t.hasWordIn(s, PROTEST_WORDS)) {
                continue; // 40 men, some of them chanting neo-Nazi slogans, attacked refugees: an attack, no protest
            }
            if (NEAR_PROTESTS.contains(w) && t.isLower(i - 1, "the") && (t.isLower(i - 2, "led")
                    || t.isLower(i - 2, "organised") || t.isLower(i - 2, "organized")) && t.isLower(i - 3, "had")) {
                continue; // arrested X, who police said had led the march on the office: who he is, the march told
            }
            if ((w.equals("protest") || w.equals("complain")) && t.isLower(i - 1, "to")
                    && wordBefore(t, s, i, 12, SUMMONING)) {
                continue; // the ministry summoned the chargé d'affaires to protest against the strikes: diplomacy
            }
            if (nearTheProtest(t, i)) {
                continue; // beat a cameraman near the rally: where, the rally told before
            }
            if (protestersSaying(t, i)) {
                continue; // masked men, whom protesters described as pro-government 'titushky', beat X: who says so
            }
            if (answeredDeed(t, s, i)) {
                continue; // the attack was a response to army bombing: the cause named, no event told here
            }
            if (madePossible(t, s, i)) {
                continue; // an alliance that could allow armed groups to coordinate attacks: what may come of it
            }
            if (separatingFire(t, s, i)) {
                continue; // police fired tear gas to separate the two sides: the fight told before was stopped
            }
            if (anEarlierDays(t, s, i)) {
                continue; // the damage from the previous day's raid: the raid told before
            }
            if (w.endsWith("ed") && (t.isLower(i + 1, "nobody") || t.isLower(i + 1, "no") && t.isLower(i + 2, "one")
                    || t.isLower(i + 1, "none"))) {
                continue; // soldiers detained no one, police arrested nobody: nothing done
            }
            if (handedPeopleOver(t, s, i)) {
                continue; // detained a herder and handed him over to the police: the arrest's end, no event of its own
            }
            if (pushedBackAcross(t, i)) {
                continue; // the group was pushed back to Belarus: an expulsion over a border, no fight
            }
            if (fledFrom(t, i)) {
                continue; // students who had fled fighting in Kadugli: why they fled, no event told here
            }
            if (preparedBy(t, i)) {
                continue; // struck a gathering of terrorists preparing an attack: who they are, no attack told
            }
            if (unclaimed(t, s, i)) {
                continue; // no group has publicly claimed the attack: the attack told before, no one named for it
            }
            if (talksWith(t, i)) {
                continue; // talks with the protesters would resume on Thursday: with whom, no protest told
            }
            if ((w.equals("hostages") || w.equals("hostage")) && wordBefore(t, s, i, 3, FREEING)) {
                continue; // killing four gang members and freeing eleven hostages: who was freed, no abduction told
            }
            if (inSparkedClause(t, s, i)) {
                continue; // setting off two days of unrest in which troops fought gunmen: what followed, told apart
            }
            if (sparked(t, i)) {
                continue; // killed George Floyd, setting off protests across the country: what followed, told apart
            }
            if (attributive(t, i)) {
                // supporters of the banned opposition movement X, to recover a seized weapon: what it is, no ban or
                // seizure told here
                continue;
            }
            if (qualifiesPeople(t, i)) {
                continue; // relatives of the men detained in Rukha gathered: who the men are, the arrest told before
            }
            if ((PACTS.contains(w) || w.equals("signed") || t.isWord(i + 1) && PACTS.contains(t.lower(i + 1)))
                    && signedBefore(t, s, i)) {
                continue; // the umbrella group, which has signed a suspension of operations agreement: what it is
            }
            if ((w.startsWith("explosive") || w.startsWith("grenade") || w.startsWith("rocket") || w.startsWith("bomb"))
                    && armedWith(t, s, i)) {
                continue; // hooded gunmen armed with rifles and explosives burst into the studios: their weapons
            }
            if ((w.startsWith("bomb") || w.startsWith("explosive") || w.startsWith("ied")) && t.isWord(i + 1)
                    && MAKING.contains(t.lower(i + 1))) {
                continue; // two alleged bomb makers, an explosives factory: who or what, no blast
            }
            if ((w.equals("rally") || w.equals("rallied")) && t.isLower(i + 1, "to") && t.isLower(i - 1, "to")) {
                continue; // the latest rebels to rally to the peace accord: to join it
            }
            if ((w.startsWith("explosive") || w.startsWith("grenade") || w.startsWith("explosion"))
                    && withGunsToo(t, s, i)) {
                continue; // attacked the police station with rifles and explosives; gunfire and explosions: a fight's
            }
            if ((w.startsWith("grenade") || w.startsWith("rocket") || w.startsWith("mortar") || w.startsWith("artillery")
                    || w.startsWith("explosive")) && wordBefore(t, s, i, 12, HANDING_OVER)) {
                continue; // surrendered to the army, handing over rifles and a grenade launcher: weapons given up
            }
            if (t.theBefore(s, i) && (t.isLower(i + 1, "followed") || t.isLower(i + 1, "follows")
                    || t.isLower(i + 1, "came") && t.isLower(i + 2, "after") || t.isLower(i + 1, "was")
                    && (t.isLower(i + 2, "revenge") || t.isLower(i + 2, "in") && t.isLower(i + 3, "retaliation")
                    || t.isLower(i + 2, "retaliation") || t.isLower(i + 2, "a") && t.isLower(i + 3, "response")))) {
                // "The raid followed the killing last week of a boy", "the attack was revenge for the killing last
                // week of X": the raid or attack told before, the killing now
                continue;
            }
            if (w.equals("fighting") && t.isLower(i + 1, "alongside") && t.isChar(i - 1, ',')) {
                continue; // soldiers, fighting alongside members of the CJTF, repelled an attack: who with, the verb after
            }
            if (w.equals("shot") && t.isLower(i + 1, "down") && t.hasWordIn(i + 2, Math.min(s.last(), i + 5), AIRBORNE)) {
                continue; // shot down five attack drones: the drones tell it (disrupted), no shooting of people
            }
            if ((w.equals("attack") || w.equals("assault")) && t.isWord(i + 1) && ATTACK_CRAFT.contains(t.lower(i + 1))) {
                continue; // five Shahed-type attack drones, an attack helicopter: what kind of craft, no attack
            }
            if ((w.equals("injured") || w.equals("killed") || w.equals("wounded") || w.equals("hurt"))
                    && (t.isLower(i + 1, "nobody") || t.isLower(i + 1, "no") && t.isLower(i + 2, "one")
                    || t.isLower(i + 1, "no-one"))) {
                continue; // falling debris damaged a barn but injured no one
            }
            if (withoutBefore(t, i)) {
                continue; // KNLA fighters moved into it later the same day without fighting; without a fight
            }
            if (t.isLower(i - 1, "been") && (t.isLower(i - 2, "has") || t.isLower(i - 2, "have"))
                    && (t.isLower(i - 3, "which") || t.isLower(i - 3, "who"))) {
                continue; // the Vatos Locos gang, which has been fighting Barrio 18 for control: who the gang is
            }
            if (forYears(t, s, i)) {
                continue; // the ISSP, which has fought the MSA for wells and grazing land around Inékar for years
            }
            if (best != null && claimedThat(t, s, i)) {
                continue; // detained a blogger after he posted a video claiming that police had shot dead protesters
            }
            if (afterASpan(t, s, i)) {
                continue; // suspended its operations, two days after a drone attack killed three soldiers: the cause
            }
            if ((w.equals("improvised") || w.startsWith("explosive") || w.startsWith("bomb") || w.startsWith("ied"))
                    && wordBefore(t, s, i, 6, RECOVERING) && t.hasWordIn(s, GUNFIGHTS)) {
                continue; // clashed with militants, recovering a rifle and improvised explosive components
            }
            if (w.equals("killed") && roadAccident(t, s, i)) {
                continue; // a truck carrying cement knocked down and killed a pedestrian: an accident
            }
            if (NONLETHAL_ROUNDS.contains(w) && t.isWord(i - 1) && CROWD_ROUNDS.contains(t.lower(i - 1))) {
                continue; // fired tear gas shells, threw stun grenades: crowd control, no shelling or grenade attack
            }
            if ((AGREEMENT_NOUNS.contains(w) || w.equals("peace")) && unsigned(t, s, i)) {
                continue; // a test for the peace treaty the two countries agreed in March but have yet to sign
            }
            if (releaseOfTheHeld(t, s, i)) {
                continue; // to demand the release of the men arrested on Tuesday: who they are, the arrest told before
            }
            if (calledIt(t, s, i)) {
                continue; // the party called them political hostages, a channel called the brothers "spies": a name
            }
            if ((w.equals("hostages") || w.equals("hostage")) && (t.theBefore(s, i) || t.isLower(i - 1, "their"))) {
                continue; // the police were working to locate the hostages: who they are, the abduction told before
            }
            if ((w.equals("explosives") || w.equals("explosive") || w.equals("bomb")) && t.isWord(i + 1)
                    && EXPERTS.contains(t.lower(i + 1))) {
                continue; // explosives technicians of the brigade found four IEDs: who they are, not a blast
            }
            if ((w.equals("vigil") || w.equals("vigils")) && !(wordBefore(t, s, i, 4, HOLDING)
                    && t.hasWordIn(s, VIGIL_AIMS))) {
                continue; // a night vigil before a funeral; but "held a candlelight vigil to demand justice" protests
            }
            if (w.endsWith("s") && t.isWord(i - 1) && MORE.contains(t.lower(i - 1)) && t.isWord(i - 2)
                    && FEARING.contains(t.lower(i - 2))) {
                continue; // residents fear more attacks before the end of the year: none yet
            }
            boolean ofOrIn = t.isLower(i - 1, "of") || t.isLower(i - 1, "in") || t.isWord(i - 1)
                    && !t.isCapitalised(i - 1) && (t.isLower(i - 2, "of") || t.isLower(i - 2, "in"));
            if (w.endsWith("s") && wordBefore(t, s, i, 4, SPATES) && ofOrIn) {
                continue; // following a spate of gang-related killings, a surge in kidnappings: many, none told here
            }
            if ((w.startsWith("kidnapping") || w.startsWith("abduction")) && wordBefore(t, s, i, 4, HEARSAY_NOUNS)) {
                continue; // after rumours of a child kidnapping: what the crowd believed, no abduction told
            }
            if ((w.equals("abducted") || w.equals("kidnapped")) && t.isWord(i - 1)
                    && TAKEN_PEOPLE.contains(t.lower(i - 1)) && wordBefore(t, s, i, 8, CAUSES)) {
                continue; // a mob burned houses after the bodies of six people abducted from a camp were found
            }
            if (w.equals("kidnappers") && (t.isLower(i - 1, "the") || t.hasWordIn(s, GUNFIGHTS)
                    || t.hasWordIn(s, KIDNAPPING_VERBS) || t.is(i - 1, Tokens.NUMBER)
                    || t.isWord(i - 1) && NUMBER_WORDS.contains(t.lower(i - 1)))) {
                // soldiers tracked the kidnappers to a hideout, freed the hostages after a gunfight in which two
                // kidnappers were killed, three kidnappers were killed: who they are, the abduction told before;
                // kidnappers abducted 14 people: who did it, the verb says what
                continue;
            }
            if ((w.startsWith("hostage") || w.equals("kidnapped") || w.equals("abducted"))
                    && wordBefore(t, s, i, 4, RELEASES)) {
                continue; // the ELN released six hostages: a release, not an abduction
            }
            if ((w.startsWith("grenade") && t.isLower(i - 1, "rocket-propelled") || w.startsWith("drone")
                    && wordBefore(t, s, i, 6, USING)) && s.last() > i) {
                continue; // attacked with rocket-propelled grenades, fought using explosive-laden drones: the weapons
            }
            if (w.startsWith("quadcopter") && wordBefore(t, s, i, 3, FROM_CRAFT)) {
                continue; // opened fire and dropped explosives from a quadcopter: the attackers' means, no air strike
            }
            if (remote == null && WEAPON_NOUNS.contains(w) && meansOfAFight(t, s, i)) {
                continue; // clashed during an operation supported by armed drones; traded small-arms fire and rockets
            }
            if (suspectsIn(t, i)) {
                continue; // surrounded a house after a tip that suspects in several bombings were hiding there
            }
            if (w.equals("suspended") && wordBefore(t, s, i, 8, AID_WORK)) {
                continue; // water trucking to displaced families was suspended: aid stopped, no development
            }
            if (w.equals("captured") && (t.isLower(i - 1, "was") || t.isLower(i - 1, "were")) && fightTold(t, s)) {
                continue; // the fighting lasted hours; four soldiers were killed and one was captured: its captive
            }
            if (wordBefore(t, s, i, 5, PLACED) && wordAfter(t, s, i, 2, BESIDE) && wordAfter(t, s, i, 6, BODIES)) {
                continue; // shot dead two farmers and then placed a pistol and a grenade beside their bodies
            }
            if (wordBefore(t, s, i, 3, THROWN) && fightTold(t, s)) {
                // exchanged fire with gunmen, who also threw explosive devices at the troops: the fight's arms
                continue;
            }
            if (w.startsWith("drone") && t.isWord(i + 1) && CRAFT_UNITS.contains(t.lower(i + 1))) {
                continue; // supported by drone units of the Unmanned Systems Forces: who backed the fight, no strike
            }
            boolean handmade = i > s.first() && t.isWord(i - 1) && HANDMADE.contains(t.lower(i - 1));
            if (handmade && (w.startsWith("bomb") || w.startsWith("grenade") || w.startsWith("cocktail"))
                    || w.equals("firebomb") || w.equals("firebombs")) {
                // petrol bombs, stun grenades, Molotov cocktails: a riot's or the police's, no remote violence
                continue;
            }
            if (EXPLOSION_NOUNS.contains(w) && t.theBefore(s, i) && t.hasWordIn(s, PROTEST_WORDS)) {
                continue; // relatives of the victims of the port explosion marched: the blast is what they march about
            }
            if (w.equals("gathered") && (t.isLower(i + 1, "by")
                    || t.isWord(i - 1) && GATHERED_THINGS.contains(t.lower(i - 1)))) {
                continue; // information gathered by observers, evidence gathered: things gathered, not people
            }
            if (w.equals("gathered") && t.isLower(i + 1, "to") && t.isWord(i + 2) && !t.hasWordIn(s, PROTESTING)
                    && !GATHERED_FOR.contains(t.lower(i + 2))) {
                continue; // relatives had gathered to inspect the damage: people met for something else than a protest
            }
            if (w.startsWith("reopen") && t.isLower(i - 1, "newly")) {
                continue; // at the newly reopened police station: what the place is, the reopening told before
            }
            if (w.equals("gathered") && t.hasWordIn(s, MOURNING) && !t.hasWordIn(s, PROTESTING)) {
                // a crowd gathered for the funerals of the three men, mourners gathered for a night vigil before a
                // funeral: mourners, not protesters
                continue;
            }
            if (dispersedOnItsOwn(t, i)) {
                continue; // "we will keep walking," said a student, as the crowd dispersed
            }
            if (w.equals("engaged") && (t.isLower(i + 1, "in") || t.isLower(i + 1, "with") || t.isLower(i + 1, "to"))) {
                continue; // troops engaged in Operation Shujaa, engaged with communities, engaged to be married
            }
            if (BLOCKING.contains(w) && forcesBlock(t, s, i)) {
                continue; // a police boat blocked the harbour: part of an operation, no protest
            }
            if ((w.equals("launched") || w.equals("opened")) && wordAfter(t, s, i, 3, INQUIRIES)) {
                continue; // INDECOM has launched its own probe: an inquiry, not a development on the ground
            }
            if (w.equals("evacuated") && (wordBefore(t, s, i, 4, EVACUEES) || wordAfter(t, s, i, 3, EVACUEES))) {
                // about 40 residents were evacuated, a minivan that evacuated residents: people moved to safety, no
                // ground given up
                continue;
            }
            if (placeWhere(t, i)) {
                continue; // walked to the place where X was shot: which place, the shooting told before
            }
            if (w.equals("custody") && diedIn(t, t.isLower(i - 1, "police") ? i - 2 : i - 1)) {
                continue; // Oumar Sow, who died in police custody on 7 March: a death, no arrest told
            }
            if (w.equals("ordered") && wordAfter(t, s, i, 4, KEPT)
                    || w.equals("released") && (t.isLower(i + 1, "after") && t.isLower(i + 2, "questioning")
                    || t.isLower(i + 1, "without") || t.isLower(i + 1, "on") && t.isLower(i + 2, "bail"))) {
                // the prosecutor's office ordered him held for 48 hours; detained three, who were released after
                // questioning: what befell the arrested, no development of its own
                continue;
            }
            if (w.equals("ordered")
                    && (t.isLower(i - 1, "who") || t.isLower(i - 1, "had") && t.isLower(i - 2, "who"))) {
                continue; // those who ordered the killing: who they are, no order given here
            }
            if ((w.equals("operation") || w.equals("operations")) && t.hasWordIn(s.first(), i - 1, PRAISED)) {
                continue; // thanked the security forces for what he called a professional operation: praise only
            }
            if (w.equals("visited") && (wordAfter(t, s, i, 3, CONSOLED) || t.hasWordIn(s.first(), i - 1, OBSERVERS))) {
                // the director general visited the wounded officers; observers of the EU mission visited the village:
                // no development on the ground
                continue;
            }
            if (HURT.contains(w) && describesWho(t, s, i)) {
                continue; // arrested the two injured men; relatives of people who disappeared marched: who, not what
            }
            if (w.equals("dead") && (t.isLower(i - 1, "pronounced") || t.isLower(i - 1, "declared")
                    || t.isLower(i + 1, "city") || t.isLower(i + 1, "town"))) {
                // taken to hospital, where three were pronounced dead: the toll of what was told; a 'dead city' day:
                // a general strike
                continue;
            }
            if ((w.equals("forced") || w.equals("bundled")) && !intoAVehicle(t, s, i)) {
                continue; // forced to flee, forced displacement: no abduction without a vehicle they were forced into
            }
            if (deadRemembered(t, i)) {
                continue; // sixteen minutes of silence, one minute for each of the dead: victims remembered
            }
            if (w.equals("warning") && t.isLower(i - 1, "without") || w.equals("signed") && signedPaper(t, s, i)) {
                continue; // the police had charged without warning; a pamphlet signed by the RMM
            }
            if (w.equals("arrival") && t.isLower(i - 1, "the") && t.isLower(i + 1, "of") && t.isWord(i - 2)
                    && DEBATED.contains(t.lower(i - 2))) {
                continue; // the council was debating the arrival of an asylum seekers' centre: what is talked about
            }
            if (ARRIVALS.contains(w) && i - 2 >= s.first() && timeClause(t, s, i)) {
                continue; // died from his injuries before police arrived: when, not an event
            }
            if (ARRIVALS.contains(w) && (t.isLower(i + 1, "later") || t.isLower(i + 1, "at") && t.isLower(i + 2, "the")
                    && t.isLower(i + 3, "scene"))) {
                continue; // soldiers arrived at the scene later: after the event, which is told apart
            }
            if (w.startsWith("seiz") && goodsAfter(t, s, i)) {
                continue; // seized their goods, seized 40 head of cattle: a robbery's detail, not territory taken
            }
            if (w.equals("beat") && (t.isCapitalised(i + 1) || t.is(i + 1, Tokens.NUMBER)
                    || t.isLower(i + 1, "the") && t.isCapitalised(i + 2))) {
                continue; // Barcelona beat Valencia 3-2, beat the Lakers: a match won, not a beating
            }
            if ((w.equals("riot") || w.equals("anti-riot")) && t.isWord(i + 1) && RIOT_GEAR.contains(t.lower(i + 1))) {
                continue; // riot police used water cannon: the police's name, not a riot
            }
            if (GROUP_NOUNS.contains(w) && i > s.first() && (t.isCapitalised(i - 1)
                    || t.isLower(i - 1, "opposition") && t.isCapitalised(i + 1))) {
                // "the Viv Ansanm coalition", "the opposition coalition PAI-Terra Ranka": the group's name, not news of
                // an alliance
                continue;
            }
            if (PARTICIPLES_OF_A_NOUN.contains(w) && t.isLower(i + 1, "by") && t.isWord(i - 1)
                    && !t.isCapitalised(i - 1) && !AUXILIARIES.contains(t.lower(i - 1)) && !t.isLower(i - 1, "was")
                    && !t.isLower(i - 1, "were")) {
                continue; // despite a ban on demonstrations announced by the ministry: what the ban is
            }
            if (setUp < 0 && SET_UP_VERBS.contains(w) && (!w.equals("set") && !w.equals("setting") || t.isLower(i + 1, "up"))) {
                setUp = i;
            }
            Trigger tr = remote != null ? remote
                    : i + 1 <= s.last() && t.isWord(i + 1) ? TriggerLexicon.pair(w, t.lower(i + 1),
                    i + 2 <= s.last() && t.isWord(i + 2) ? t.lower(i + 2) : null) : null;
            if (tr == null && TO_DEATH_VERBS.contains(w)) {
                tr = toDeath(t, s, i); // hacked two artisanal gold miners to death
            }
            if (tr == null) {
                tr = TriggerLexicon.word(w);
            }
            if (tr != null && Acled.IED.equals(tr.subType()) && (w.startsWith("bomb") && droppedFromAbove(t, s, i)
                    || (w.startsWith("explosive") || w.equals("device")) && wordBefore(t, s, i, 4, DROPS)
                    && wordBefore(t, s, i, 8, AIRBORNE))) { // an unmanned aircraft dropped an explosive device
                tr = AIR_DROPPED; // a Myanmar military jet dropped two bombs; dropped a guided aerial bomb
            }
            if (tr != null && Acled.EXPLOSIONS.equals(tr.type()) && wordBefore(t, s, i, 8, INTERCEPTING)) {
                tr = INTERCEPTED; // air defence units shot down several cruise missiles: a strike disrupted
            }
            if (w.equals("gathered") && t.isWord(i + 1) && GATHERED_PEOPLE.contains(t.lower(i + 1))) {
                tr = MADE_TO_GATHER; // the fighters gathered residents at the mosque and preached: no protest
            }
            if (w.equals("engaged") && wordAfter(t, s, i, 5, ARMED_MEN)) {
                tr = ENGAGED; // troops engaged a large group of bandits in the forest, killing 12 of them
            }
            if (tr == null && PUSHING.contains(w) && drivenBack(t, s, i)) {
                tr = ENGAGED; // police and soldiers pushed the gang back towards Carrefour: they fought it
            }
            if ((w.equals("offensive") || w.equals("offensives")) && wordBefore(t, s, i, 4, LAUNCHING)
                    && !wordBefore(t, s, i, 8, SINCE_THEN)) { // (not "a day after Azerbaijan launched an offensive")
                tr = OFFENSIVE; // launched a surprise offensive toward western Aleppo, overrunning government positions
            }
            if ((w.equals("seized") || w.equals("recovered")) && (t.isLower(i - 1, "were") || t.isLower(i - 1, "was"))
                    && wordBefore(t, s, i, 6, SEIZED_ARMS)) {
                tr = ARMS_SEIZED; // two guerrillas died and a rifle and explosives were seized: what the clash left
            }
            if (tr != null && Acled.EXPLOSIONS.equals(tr.type()) && recoveredBefore(t, s, i)) {
                // soldiers recovered three rifles and two grenades; but police recovered the bodies of three dacoits
                // along with a rocket launcher: what the fight left
                tr = wordBefore(t, s, i, 14, BODIES) ? null : ARMS_SEIZED;
            }
            if (t.isWord(i) && PUSHED.contains(t.lower(i)) && t.isLower(i + 1, "back") && marchersPushed(t, s, i)) {
                tr = MARCH_STOPPED; // officers pushed back 80 members of MOVIR who were marching towards the Assembly
            }
            if (HANDING.contains(w) && petitionAfter(t, s, i)) {
                tr = PETITION; // union leaders handed a letter to the ministry: what marchers do, not a development
            }
            if (tr == null && tradedFire(t, s, i)) {
                tr = TRADED_FIRE; // Cambodian and Thai troops traded small-arms fire and rockets
            }
            if (HALTED_DEEDS.contains(w) && wordBefore(t, s, i, 4, HALTING)) {
                tr = HALTED; // said it was suspending military operations against US forces: a group's decision
            }
            if (tr != null && (Acled.isViolent(tr.type()) && (naturalCause(t, s, i) || unknownWhether(t, s, i)
                    || NonEvents.intoTheAir(t, s, i)) || tallied(t, s, i) || charge(t, s, i) || afterSince(t, i)
                    || NonEvents.negated(t, s, i) || NonEvents.generalObject(t, s, i) || NonEvents.damageBefore(t, s, i)
                    || NonEvents.inWeekSummed(t, s, i)
                    || NonEvents.habitual(t, s, i) || NonEvents.informsThePublic(t, s, i) || appointedBy(t, i)
                    || heldForOrDemanded(t, s, i) || demandedForSomeone(t, s, i)
                    || namesNoChange(t, s, i, tr) || NonEvents.joinedAProtest(t, i) || ofEarlier(t, i)
                    || NonEvents.CARRIED.contains(w) && (wordBefore(t, s, i, 4, VICTIM_NOUNS)
                    || NonEvents.toCare(t, s, i))
                    || NonEvents.inCare(t, s, i) // the hospital is treating 14 wounded
                    || protestedDeed(t, s, i) // a protest against the Palestinian Authority and its arrests
                    || wantedFor(t, s, i) || accusedOf(t, s, i) // a warrant of arrest for murder
                    || freedCaptives(t, s, i) // more than 130 pupils abducted from a school in Kuriga were freed
                    || captivesEscaped(t, s, i) // armed men took three women from their fields; two escaped
                    || yearsAfter(t, i) // nine years after the killings that made the town a byword
                    || whoTheyAre(t, s, i) // the group was believed to be the one that attacked Adagbo
                    || (w.equals("patrol") || w.equals("patrols"))
                    && (t.isLower(i - 1, "who") || t.isLower(i - 1, "which"))
                    // peacekeepers, who patrol the area, said: what they do, no event
                    || w.equals("shooting") && t.isWord(i - 1) && DEFINITE.contains(t.lower(i - 1)) // the shooting told
                    || Acled.AGREEMENT.equals(tr.subType()) && (agreementOfTime(t, s, i)
                    || t.isWord(i + 1) && LINES.contains(t.lower(i + 1))) // near the ceasefire line
                    || Acled.EXPLOSIONS.equals(tr.type()) && recoveredAfter(t, s, i) // a hand grenade ... recovered
                    || w.equals("planted") && wordBefore(t, s, i, 6, NOBODY) // no group has said it planted it
                    || Acled.EXPLOSIONS.equals(tr.type()) && (wordBefore(t, s, i, 5, POSSESSION) // in possession of
                    || armsCarried(t, s, i))
                    || Acled.PROTESTS.equals(tr.type()) && punishedForJoining(t, s, i))) { // arrested for joining it
                continue;
            }
            if (tr != null && isBackground(t, s, i)) {
                tr = new Trigger(tr.type(), tr.subType(), tr.priority() - BACKGROUND_PENALTY);
            }
            if (tr != null && (best == null || tr.priority() > best.priority())) {
                second = best != null && distinct(best, tr) ? new Hit(best, at) : second;
                best = tr;
                at = i;
            } else if (tr != null && distinct(best, tr) && (second == null || tr.priority() > second.trigger().priority())) {
                second = new Hit(tr, i);
            }
        }
        if (setUp >= 0 && (baseNoun || previous != null && hasBaseNoun(t, previous))
                && (best == null || best.priority() < BASE.priority())) {
            return List.of(new Hit(BASE, setUp));
        }
        if (best == null) {
            return List.of();
        }
        Hit first = new Hit(best, at);
        if (second == null || second.trigger().priority() < SECOND_EVENT_MIN_PRIORITY
                || Math.abs(second.token() - at) <= 3) {
            return List.of(first);
        }
        if (partOf(best, second.trigger())) {
            return List.of(second);
        }
        Hit clash = Acled.LOOTING.equals(best.subType()) ? second : first;
        Hit after = clash == first ? second : first;
        if ((Acled.ARMED_CLASH.equals(clash.trigger().subType()) || Acled.EXPLOSIONS.equals(clash.trigger().type()))
                && Acled.LOOTING.equals(after.trigger().subType()) && after.token() > clash.token()) {
            // exchanged fire with the gang for four hours and destroyed three hideouts; a guided bomb dropped by
            // Russian forces destroyed a house: what the fighting or the blast destroyed
            return List.of(clash);
        }
        if (protestItMet(t, first, second)) {
            return List.of(first);
        }
        return partOf(second.trigger(), best) ? List.of(first) : List.of(first, second);
    }

    /**
     * Whether trigger {@code part} tells part of the event {@code whole} tells, so the sentence has one event: taking a
     * place when its holders withdrew (took control of the camp after MINUSMA withdrew: a handover), a development of
     * no particular kind or property destroyed beside a violent event or a protest, violence beside a protest.
     */
    private static boolean partOf(Trigger part, Trigger whole) {
        return isTransfer(whole) && takesTerritory(part) || isVagueBeside(part, whole) || harmsProtesters(part, whole);
    }

    /**
     * Violence beside a protest is done to the protesters ({@code police dispersed farmers blocking the highway with
     * tear gas, injuring 14}): one protest event, which the refiner makes one met with force.
     */
    private static boolean harmsProtesters(Trigger violence, Trigger protest) {
        return Acled.VIOLENCE_AGAINST_CIVILIANS.equals(violence.type()) && (Acled.PROTESTS.equals(protest.type())
                || Acled.VIOLENT_DEMONSTRATION.equals(protest.subType())) // demonstrators burned tyres; forces fired
                || Acled.PROTESTS.equals(violence.type()) && Acled.VIOLENT_DEMONSTRATION.equals(protest.subType());
    }

    /**
     * Whether the second hit is a march or rally in a clause of when the fighting told first broke out ({@code fought
     * with bottles on the Saltmarket when a loyalist parade passed a republican rally}): the scene, not a protest told.
     */
    private static boolean protestItMet(Tokens t, Hit first, Hit second) {
        if (!Acled.PROTESTS.equals(second.trigger().type()) || second.token() < first.token()
                || !Acled.BATTLES.equals(first.trigger().type()) && !Acled.RIOTS.equals(first.trigger().type())) {
            return false;
        }
        for (int k = first.token() + 1; k < second.token(); k++) {
            if (t.isLower(k, "when") || t.isLower(k, "as") && t.isWord(k + 1) && !t.isCapitalised(k + 1)
                    && !t.isLower(k + 1, "well")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransfer(Trigger tr) {
        return Acled.TRANSFER_OF_TERRITORY.equals(tr.subType());
    }

    private static boolean takesTerritory(Trigger tr) {
        return Acled.GOVERNMENT_REGAINS.equals(tr.subType()) || Acled.NON_STATE_OVERTAKES.equals(tr.subType());
    }

    /**
     * A development that is part of the other event: one of no particular kind beside a violent event (a displacement
     * camp shelled) or beside a development of a particular kind (the agreement that sets out a deployment, the
     * faction that announced it no longer recognises its leader), or property destroyed in a protest or riot (tyres
     * burned during a demonstration, which the refiner makes a riot).
     */
    private static boolean isVagueBeside(Trigger vague, Trigger other) {
        if (!Acled.STRATEGIC.equals(vague.type())) {
            return false;
        }
        return Acled.OTHER.equals(vague.subType()) && (Acled.isViolent(other.type())
                || Acled.STRATEGIC.equals(other.type()) && !Acled.OTHER.equals(other.subType()))
                || Acled.LOOTING.equals(vague.subType()) && (Acled.RIOTS.equals(other.type())
                || Acled.PROTESTS.equals(other.type()));
    }

    /**
     * Whether two triggers can be two events of one sentence: of different sub-types, and not both violence
     * (the wounded of a clash are part of the clash).
     */
    private static boolean distinct(Trigger a, Trigger b) {
        if (a.type().equals(b.type()) && Objects.equals(a.subType(), b.subType())) {
            return false;
        }
        return !(Acled.isViolent(a.type()) && Acled.isViolent(b.type()));
    }

    /** Verbs of a count of victims kept by others: {@code said its teams had treated 1,906 wounded}. */
    private static final Set<String> TALLIES = WordSets.of("treated", "registered", "estimated", "recorded", "counted",
            "documented", "admitted", "received", "sheltering", "hosting", "assisted", "evacuated", "tallied", "listed");
    /** Victims named by their state, as nouns in a tally: {@code the wounded}, {@code 300 displaced}. */
    private static final Set<String> VICTIM_NOUNS = WordSets.of("wounded", "injured", "displaced", "dead", "casualties",
            "gunshot", "wounds", "injuries", "burns");

    /** Whether the trigger at {@code i} is a tally's victims ({@code had registered 1,285 wounded}), not an event. */
    private static boolean tallied(Tokens t, Sentence s, int i) {
        // (but "fired into the air to disperse them; one woman was injured in the stampede and treated at the
        // hospital": hurt as the crowd was dispersed, then cared for)
        return VICTIM_NOUNS.contains(t.lower(i)) && (wordBefore(t, s, i, 12, TALLIES)
                || NonEvents.carriedAfter(t, s, i) && !(wordBefore(t, s, i, 15, DISPERSING)
                && (t.isLower(i - 1, "was") || t.isLower(i - 1, "were"))));
    }

    private static final Set<String> NOBODY = WordSets.of("no", "nobody", "none");
    private static final Trigger TAKEN_FROM_HOME = new Trigger(Acled.VIOLENCE_AGAINST_CIVILIANS, Acled.ABDUCTION, 84);
    private static final Set<String> HOMES = WordSets.of("home", "homes", "house", "houses", "beds", "bed");
    private static final Set<String> HOME_OWNERS = WordSets.of("his", "her", "their", "the", "a");
    private static final Set<String> HOMES_TAKEN_FROM = WordSets.of("home", "homes", "house", "houses", "bed", "beds",
            "village", "farm", "shop", "car", "vehicle", "fields", "field", "farms", "school", "dormitory", "hostel",
            "hostels");

    /** {@code took two leaders of the council off a passenger boat}: people taken from a vehicle, abducted. */
    private static boolean offAVehicle(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last() - 2, i + 16); k++) {
            if (t.isLower(k, "off") && (t.isLower(k + 1, "a") || t.isLower(k + 1, "the"))) {
                for (int v = k + 2; v <= Math.min(s.last(), k + 4) && t.isWord(v); v++) {
                    if (VEHICLES_BOARDED.contains(t.lower(v))) {
                        return true;
                    }
                }
                return false;
            }
            if (t.isChar(k, ';') || t.isChar(k, '.')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the person a verb of taking took was taken from a home, an abduction: {@code from his (their, her) home}
     * within seven words, or twenty past an apposition ({@code took Yolanda Cárdenas Rivera, president of the community
     * action board, from her home}); or from a home, a village, a farm or a vehicle within fourteen ({@code armed men
     * took a ward administrator appointed by the junta, X, from his home}, {@code were taken from their homes}).
     */
    private static boolean fromHome(Tokens t, Sentence s, int i) {
        boolean apposition = false;
        boolean near = true; // within the seven words, or the twenty past an apposition
        for (int k = i + 1; k <= Math.min(s.last() - 2, i + 20) && (t.isWord(k) || t.isChar(k, ',')); k++) {
            near &= k <= i + (apposition ? 20 : 7);
            apposition |= near && t.isChar(k, ',');
            if (k <= i + 14 && t.isLower(k, "from") && t.isWord(k + 1) && HOME_OWNERS.contains(t.lower(k + 1))
                    && t.isWord(k + 2) && HOMES_TAKEN_FROM.contains(t.lower(k + 2))) {
                return true;
            }
            if (near && t.isLower(k, "from") && t.isWord(k + 1) && (POSSESSIVES.contains(t.lower(k + 1))
                    || t.isLower(k + 1, "the") && t.isLower(k + 2, "family"))) {
                int home = k + 2;
                if (t.isLower(home, "family")) { // from his family's house, from the family home
                    home += t.isApostrophe(home + 1) ? (t.isLower(home + 2, "s") ? 3 : 2) : 1;
                }
                if (t.isWord(home) && HOMES.contains(t.lower(home))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = WordSets.of("his", "her", "their", "its");
    private static final Set<String> POSSESSION = WordSets.of("possession");
    /** Words of a crowd dispersed (also read by Roles). */
    static final Set<String> DISPERSING = WordSets.of("disperse", "dispersed", "dispersing");
    private static final Set<String> WHETHER = WordSets.of("whether");

    /**
     * Whether the trigger at {@code i} is what nobody says happened or who did: {@code did not say whether any were
     * killed}, {@code without commenting on who had fired first}.
     */
    private static boolean unknownWhether(Tokens t, Sentence s, int i) {
        int who = t.isLower(i - 1, "who") ? i - 1 : t.isLower(i - 2, "who") && t.isWord(i - 1)
                && AUXILIARIES.contains(t.lower(i - 1)) ? i - 2 : -1;
        if (who > s.first() && t.isWord(who - 1) && ASKING.contains(t.lower(who - 1))) {
            return true; // without commenting on who had fired first; it is not known who attacked
        }
        return wordBefore(t, s, i, 7, WHETHER);
    }

    /** Words before "who" that make a question of it: {@code commenting on who had fired}, {@code unclear who}. */
    private static final Set<String> ASKING = WordSets.of("on", "about", "say", "said", "saying", "says", "know",
            "known", "unclear", "clear", "determine", "establish", "ask", "asked", "wonder", "investigating",
            "specify", "specifying", "identify", "identifying");

    private static final Set<String> VEHICLES = WordSets.of("car", "minibus", "van", "vehicle", "pickup", "pick-up",
            "truck", "suv", "jeep", "taxi", "bus", "4x4", "lorry", "tanker", "trailer", "tractor");
    /** What people are taken off: {@link #VEHICLES} and craft ({@code off a passenger boat}). */
    private static final Set<String> VEHICLES_BOARDED = WordSets.copyOf(Stream.concat(VEHICLES.stream(),
            Stream.of("boat", "canoe", "train", "plane", "ferry")).toList());

    /**
     * Whether "into" and a vehicle follow the verb at {@code i} within twenty words of its clause: {@code forced Alena
     * Dubrouskaya, 38, a member of the presidium, into a grey minibus}.
     */
    private static boolean intoAVehicle(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= Math.min(s.last(), i + 20); k++) {
            if (t.isLower(k, "into")) {
                for (int v = k + 1; v <= Math.min(s.last(), k + 4) && t.isWord(v); v++) {
                    if (VEHICLES.contains(t.lower(v))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words that make what follows {@code of}, {@code with} or {@code for} a charge: {@code accused of kidnapping}. */
    private static final Set<String> CHARGES = WordSets.of("accused", "suspected", "charged", "convicted", "arrested",
            "detained", "wanted", "jailed", "sentenced", "indicted", "allegations", "accusations", "charges", "charge",
            "guilty", "prosecuted", "tried", "acquitted", "implicated", "involvement", "role", "case", "cases");
    /** What may stand between the link and the charge: {@code accused of the kidnapping}, {@code of involvement in}. */
    private static final Set<String> CHARGE_FILLERS = WordSets.of("the", "a", "an", "his", "her", "their", "its",
            "alleged", "involvement", "in", "participating", "taking", "part", "several", "multiple", "recent",
            "organising", "organizing", "inciting", "incitement", "to", "mass", "'", "\"", "\u2018", "\u201c",
            "first-degree", "second-degree", "third-degree", "attempted", "aggravated", "premeditated", "culpable",
            "armed", "voluntary", "involuntary", "statutory");

    private static final Set<String> CHARGED_WITH_ARMS = WordSets.of("batons", "truncheons", "bayonets", "clubs",
            "sticks", "shields", "horses");
    /** What a suspect is said to have done: {@code six suspects believed to have planted the bomb}. */
    private static final Set<String> THOUGHT = WordSets.of("believed", "thought", "suspected", "alleged", "said",
            "reported");

    /**
     * Whether the trigger at {@code i} only names what someone is accused, suspected or convicted of
     * ({@code accused of kidnapping}, {@code wanted on several warrants for murder and kidnapping}).
     */
    private static boolean charge(Tokens t, Sentence s, int i) {
        if (t.isWord(i) && CHARGED_WITH_ARMS.contains(t.lower(i))) {
            return false; // riot police charged with batons and fired tear gas: a charge of the police, no crime
        }
        if (t.isWord(i + 1) && (t.isLower(i + 1, "warrant") || t.isLower(i + 1, "warrants"))) {
            return true; // faces an arrest warrant: no arrest
        }
        for (int k = i - 1; k >= Math.max(s.first() + 2, i - 4) && t.isWord(k); k--) {
            if (t.isLower(k, "have") && t.isLower(k - 1, "to") && t.isWord(k - 2) && THOUGHT.contains(t.lower(k - 2))
                    && !t.isLower(k + 1, "been")) {
                return true; // arrested six suspects believed to have planted the bomb of 7 April
            }
        }
        int j = i - 1;
        while (j > s.first() && CHARGE_FILLERS.contains(t.lower(j)) && i - j < 5) { // with 'organising mass riots'
            j--;
        }
        if ((t.isLower(j, "of") || t.isLower(j, "with") || t.isLower(j, "for")) && j - 1 >= s.first()
                && (CHARGES.contains(t.lower(j - 1)) || t.isLower(j - 1, "warrants") || t.isLower(j - 1, "warrant"))) {
            return true;
        }
        if (t.isLower(j, "of") || t.isLower(j, "with")) { // charged him with riots, accused two men of inciting riots
            for (int k = j - 2; k >= Math.max(s.first(), j - 4) && t.isWord(k) && t.isWord(k + 1); k--) {
                if (t.isLower(k, "charged") || t.isLower(k, "accused") || t.isLower(k, "convicted")
                        || t.isLower(k, "suspected") || t.isLower(k, "indicted")) {
                    return true;
                }
            }
        }
        // the second of two charges: for murder and kidnapping
        return (t.isLower(j, "and") || t.isLower(j, "or")) && j - 1 > s.first() && t.isWord(j - 1) && charge(t, s, j - 1);
    }

    /**
     * Whether the trigger at {@code i} only dates something earlier ({@code since the blockade began}), or is a state
     * lasting since then, said of whom it holds ({@code news of sons detained since the election}).
     */
    static boolean afterSince(Tokens t, int i) {
        boolean lasting = t.isLower(i + 1, "since") && (t.isLower(i, "detained") || t.isLower(i, "held")
                || t.isLower(i, "jailed")) && t.isWord(i - 1) && !t.isCapitalised(i - 1) && t.lower(i - 1).endsWith("s");
        if (lasting || t.isLower(i - 1, "since")) {
            return true;
        }
        for (int k = i - 2; k >= Math.max(0, i - 5) && t.isWord(k); k--) { // since the rebels seized it in January
            if (t.isLower(k, "since")) {
                return t.isWord(k + 1) && EventFinder.DETERMINERS.contains(t.lower(k + 1));
            }
        }
        return false;
    }

    /**
     * Whether the death or harm that token {@code i} tells is of a natural cause named just before it in its
     * clause ({@code a cholera outbreak killed}) or right after ({@code died of hunger}, {@code killed in floods}).
     */
    private static boolean naturalCause(Tokens t, Sentence s, int i) {
        int j = i - 1;
        while (j > s.first() && AUXILIARIES.contains(t.lower(j))) {
            j--;
        }
        if (j >= s.first() && t.isWord(j) && NATURAL_CAUSES.contains(t.lower(j))) {
            return true; // the cause is the subject: not "an attack on a cholera clinic killed"
        }
        if (t.isLower(i + 1, "of") || t.isLower(i + 1, "from") || t.isLower(i + 1, "in") || t.isLower(i + 1, "by")) {
            for (int k = i + 2; k <= Math.min(s.last(), i + 4) && t.isWord(k); k++) {
                if (NATURAL_CAUSES.contains(t.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> HURT = WordSets.of("injured", "wounded", "disappeared");
    private static final Set<String> PRAISED = WordSets.of("thanked", "praised", "congratulated", "commended",
            "hailed", "lauded", "applauded", "thanking", "praising", "congratulating", "commending", "hailing");
    private static final Set<String> BODIES = WordSets.of("bodies", "body", "corpses");
    private static final Set<String> SUSPECT_NOUNS = WordSets.of("suspects", "suspect", "perpetrators", "perpetrator");
    /** Aid and services that can be suspended with no development on the ground. */
    private static final Set<String> AID_WORK = WordSets.of("trucking", "distribution", "distributions", "deliveries",
            "delivery", "services", "aid", "assistance", "classes", "flights", "programme", "programmes", "clinics");
    private static final Set<String> BESIDE = WordSets.of("beside", "next", "near", "alongside", "on");
    private static final Set<String> PLACED = WordSets.of("placed", "planted", "put", "left", "laid");
    /** What a court or a prosecutor orders done with a detainee. */
    private static final Set<String> KEPT = WordSets.of("held", "detained", "remanded", "jailed", "kept");
    /** Who visits a place only to look and listen. */
    private static final Set<String> OBSERVERS = WordSets.of("observers", "monitors", "inspectors", "investigators",
            "monitoring", "observer", "monitor", "fact-finding");
    /** Whom an official visits to console: {@code visited the wounded officers}, {@code the victims' families}. */
    private static final Set<String> CONSOLED = WordSets.of("wounded", "injured", "victims", "families", "survivors",
            "hospital", "patients", "bereaved", "relatives");

    /** Whether token {@code i} is what suspects are suspected of: {@code suspects in several bombings}. */
    private static boolean suspectsIn(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 3) && t.isWord(k); k--) {
            if ((t.isLower(k, "in") || t.isLower(k, "of")) && t.isWord(k - 1)
                    && SUSPECT_NOUNS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participle only says who someone is: before a noun after a number or an article ({@code the two injured
     * men}), or after "who" in a sentence that tells a protest ({@code relatives of people who disappeared during the
     * war marched}).
     */
    private static boolean describesWho(Tokens t, Sentence s, int i) {
        if (t.isLower(i - 1, "who")) {
            return t.hasWordIn(s, PROTEST_WORDS);
        }
        boolean counted = t.is(i - 1, Tokens.NUMBER) || t.isWord(i - 1) && (isArticle(t, i - 1)
                || NUMBER_WORDS.contains(t.lower(i - 1)) || t.isLower(i - 1, "on") || t.isLower(i - 1, "about"));
                // information on injured persons
        return counted && t.isWord(i + 1) && !t.isCapitalised(i + 1) && PEOPLE.contains(t.lower(i + 1));
    }

    private static final Set<String> NUMBER_WORDS = NumberWords.twoToTenAnd("several", "many");
    private static final Set<String> PEOPLE = WordSets.of("men", "man", "women", "woman", "people", "persons",
            "person", "soldier", "soldiers", "officer", "officers", "civilians", "civilian", "children", "child",
            "boy", "girl", "victims", "victim", "members", "fighters", "policemen", "students", "protesters");

    /**
     * An agreement that dates or explains what the sentence tells: {@code three months after the group signed a peace
     * agreement}, {@code until the Končulj agreement ended the insurgency}, {@code the buffer zone created by the 1974
     * disengagement agreement}. No event of its own.
     */
    private static boolean agreementOfTime(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 7); k--) {
            if (t.is(k, Tokens.NUMBER) && t.lower(k).length() == 4 && t.lower(k).startsWith("19")
                    || t.is(k, Tokens.NUMBER) && t.lower(k).length() == 4 && t.lower(k).startsWith("20")) {
                return k > s.first() && !t.isLower(k - 1, "in") && !t.isLower(k - 1, "on"); // the 1974 agreement
            }
            if (t.isWord(k) && AGREEMENT_TIMES.contains(t.lower(k))) {
                return k > s.first();
            }
            if (t.isPunct(k) && !t.isApostrophe(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code arrested X by virtue of a warrant of arrest for murder}, {@code wanted for murder}, {@code jailed for the
     * killing of Y}: the crime someone is held for, no event of its own.
     */
    private static boolean wantedFor(Tokens t, Sentence s, int i) {
        int f = t.beforeThe(i);
        return t.isLower(f, "for") && t.hasWordIn(Math.max(s.first(), f - 4), f - 1, HELD_FOR);
    }

    /**
     * {@code which accuses them of having killed Serbian civilians}, {@code residents accused soldiers of killing
     * dozens}: what someone is accused of, no event told (also read by the refiner).
     */
    static boolean accusedOf(Tokens t, Sentence s, int i) {
        int of = t.isLower(i - 1, "having") ? i - 2 : i - 1;
        return t.isLower(of, "of") && t.isWord(i) && t.lower(i).endsWith("ing")
                && t.hasWordIn(Math.max(s.first(), of - 4), of - 1, ACCUSED)
                || t.isLower(i - 1, "having") && t.isLower(i - 2, "of")
                && t.hasWordIn(Math.max(s.first(), i - 6), i - 3, ACCUSED);
    }

    private static final Set<String> HELD_FOR = WordSets.of("warrant", "warrants", "wanted", "charged", "convicted",
            "sentenced", "jailed", "indicted", "tried", "prosecuted");

    private static final Set<String> DEFINITE = WordSets.of("the", "this", "that", "its", "their");

    private static final Set<String> LINES = WordSets.of("line", "lines", "zone", "monitors", "monitoring");

    /**
     * {@code Two NPA members were killed and two M16 rifles, a hand grenade and subversive documents were recovered}: a
     * weapon in the list of what was seized, no explosion.
     */
    private static boolean recoveredAfter(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= s.last() && k <= i + 10; k++) {
            if (t.isWord(k) && SEIZED.contains(t.lower(k)) && (t.isLower(k - 1, "were") || t.isLower(k - 1, "was"))) {
                return true;
            }
            if (t.isPunct(k) && !t.isChar(k, ',') || t.isWord(k) && !t.isCapitalised(k) && t.lower(k).endsWith("ed")
                    && !(t.isLower(k - 1, "were") || t.isLower(k - 1, "was"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SEIZED = WordSets.of("recovered", "seized", "confiscated", "found", "captured");

    /**
     * {@code police recovered the bodies of three dacoits along with two rifles and a rocket launcher}: a weapon among
     * what was taken (not explosives found, which were made safe), with no other verb between, no explosion.
     */
    private static boolean recoveredBefore(Tokens t, Sentence s, int i) {
        if (!WEAPON_NOUNS.contains(t.lower(i)) || t.isLower(i, "explosives")) {
            return false;
        }
        for (int k = i - 1; k >= s.first() && k >= i - 14; k--) {
            if (t.isWord(k) && SEIZED.contains(t.lower(k))) {
                return !t.isLower(k, "found") && !t.isLower(k - 1, "were") && !t.isLower(k - 1, "was");
            }
            if (t.isPunct(k) && !t.isChar(k, ',') || t.isWord(k) && !t.isCapitalised(k) && t.lower(k).endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> AGREEMENT_TIMES = WordSets.of("after", "until", "since");

    /**
     * {@code a protest called by X against the Palestinian Authority (PA) and its arrests of fighters}: what a protest
     * is against, owned by whom it is against; no event of its own.
     */
    private static boolean protestedDeed(Tokens t, Sentence s, int i) {
        if (!(t.isLower(i - 1, "its") || t.isLower(i - 1, "their")) || !t.isLower(i - 2, "and")) {
            return false;
        }
        for (int j = i - 3; j >= Math.max(s.first() + 1, i - 16); j--) {
            if (t.isLower(j, "against")) {
                return t.hasWordIn(Math.max(s.first(), j - 12), j - 1, PROTEST_WORDS);
            }
            if (t.isPunct(j) && !t.isChar(j, '(') && !t.isChar(j, ')') && !t.isApostrophe(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the trigger tells what someone is held for or what is demanded, within seven lower-case words after
     * the cue: {@code arrested on suspicion of involvement in the firing of rockets}, {@code in connection with},
     * {@code demanding the deployment of soldiers and the arrest of those responsible}. No event of its own.
     */
    private static boolean heldForOrDemanded(Tokens t, Sentence s, int i) {
        if (t.isPossessiveS(i - 1)) {
            for (int k = i - 3; k >= Math.max(s.first() + 1, i - 6) && t.isWord(k); k--) {
                if (t.isLower(k, "with")) {
                    return t.isLower(k - 1, "connection"); // in connection with al-Jundi's kidnapping
                }
            }
        }
        if (!(determines(t, i - 1) || t.isWord(i - 1) && !t.isCapitalised(i - 1) && determines(t, i - 2))) {
            // a noun of what is held against them or demanded ("in connection with the grenade attack"), not
            // "students demanding reform clashed"
            return false;
        }
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 7) && t.isWord(j) && !t.isCapitalised(j); j--) {
            if (j < i - 4 && PROTESTED.contains(t.lower(j)) && !t.isLower(j, "over") && !t.isLower(j, "against")
                    || j < i - 1 && DEMANDS.contains(t.lower(j))) { // to demand the withdrawal of armed groups
                return true;
            }
            if (ANNOUNCING.contains(t.lower(j)) && j < i - 1 && relativeBefore(t, j)) {
                return true; // arrested four activists who had announced a march on 11 November: why, not an event
            }
            if (t.isLower(j, "those") && j < i - 2 && (t.isLower(j + 1, "responsible") || t.isLower(j + 1, "behind")
                    || t.isLower(j + 1, "who") && t.isWord(j + 2) && t.lower(j + 2).endsWith("ed"))) {
                return true; // bring those responsible for the killing to justice; those who ordered the bombing
            }
            if (t.isLower(j, "of") && (t.isLower(j - 1, "suspicion") || t.isLower(j - 1, "accused")
                    || t.isLower(j - 1, "suspected") // arrested five men suspected of firing the mortars
                    || t.isWord(j - 2) && ACCUSED.contains(t.lower(j - 2)) && t.isWord(j - 1) && !t.isCapitalised(j - 1)
                    || t.isWord(j - 3) && ACCUSED.contains(t.lower(j - 3)) && t.isLower(j - 2, "the")
                    && t.isWord(j - 1) && !t.isCapitalised(j - 1)) // accused them (police, the army) of killings
                    || t.isLower(j, "in") && t.isLower(j - 1, "involvement")
                    || t.isLower(j, "with") && (t.isLower(j - 1, "connection") || t.isLower(j - 1, "charged"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is what is demanded for someone named, within ten tokens after the demand: {@code to demand
     * Ghaith's release and the withdrawal of armed groups}. No event of its own.
     */
    private static boolean demandedForSomeone(Tokens t, Sentence s, int i) {
        boolean possessive = false;
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 10); j--) {
            if (t.isApostrophe(j)) {
                possessive = true;
            } else if (!t.isWord(j) || t.isCapitalised(j) && !t.isApostrophe(j + 1) && !t.isCapitalised(j + 1)) {
                return false;
            } else if (DEMANDS.contains(t.lower(j))) {
                return possessive;
            }
        }
        return false;
    }

    private static final Set<String> ACCUSED = WordSets.of("accusing", "accused", "accuses", "accuse", "suspecting",
            "suspected", "suspicion", "charging", "charged", "convicted", "convicting");
    /** Words of demanding: what is demanded has not happened. */
    static final Set<String> DEMANDS = WordSets.of("demand", "demanding", "demanded", "demands");

    /** Verbs of making a protest or an action known before it happens. */
    private static final Set<String> ANNOUNCING = WordSets.of("announced", "planned", "planning", "organised",
            "organized", "organising", "organizing", "called", "calling", "convened");

    /** Whether a relative pronoun opens the clause of the verb at {@code j}: {@code who (had) announced}. */
    private static boolean relativeBefore(Tokens t, int j) {
        return t.isLower(j - 1, "who") || t.isLower(j - 1, "which") || t.isWord(j - 1)
                && (AUXILIARIES.contains(t.lower(j - 1)) || t.isLower(j - 1, "were") || t.isLower(j - 1, "was"))
                && (t.isLower(j - 2, "who") || t.isLower(j - 2, "which"));
    }

    /**
     * A word of a handover or of a group's change that tells none: where fighters went ({@code the assailants withdrew
     * towards the river}), what a place is ({@code an abandoned house}), what a group is ({@code a splinter group}).
     */
    private static boolean namesNoChange(Tokens t, Sentence s, int i, Trigger tr) {
        if (Acled.AGREEMENT.equals(tr.subType()) && (t.isLower(i, "peace") && t.isLower(i - 1, "for")
                || t.isLower(i, "signed") && t.isLower(i + 1, "by"))) {
            // a pilgrimage for peace, calls for peace; "a banner signed by the Sinaloa Cartel": no agreement
            return true;
        }
        if (Acled.AGREEMENT.equals(tr.subType()) && t.isLower(i, "peace") && t.isWord(i + 1)
                && (PEACE_EFFORTS.contains(t.lower(i + 1)) || TALKS.contains(t.lower(i + 1)) && t.hasWordIn(s, FAILED))) {
            return true; // a peace march, the peace process; peace talks held in Tanzania ended without agreement
        }
        if (Acled.AGREEMENT.equals(tr.subType()) && underTheAgreement(t, i)) {
            return true; // "coordinates with the army under the peace agreement": one made before
        }
        if (Acled.AGREEMENT.equals(tr.subType()) && t.isLower(i, "agreed") && t.isLower(i + 1, "to")
                && t.isWord(i + 2) && (TO_CONSIDER.contains(t.lower(i + 2)) || TO_SEND.contains(t.lower(i + 2)))) {
            // officials met a delegation and agreed to review the rate: a promise to think again; the federal
            // government has agreed to send 200 officers: one side's plan
            return true;
        }
        if (Acled.DISRUPTED_WEAPONS.equals(tr.subType()) && t.isLower(i, "dismantled")
                && t.nounWithin(s, i, 3, BARRIERS) > 0) {
            return true; // gendarmes dismantled the roadblock: no weapon was made safe
        }
        if (Acled.CHANGE_TO_GROUP.equals(tr.subType())) {
            // in apposition: the ACA-EP, a splinter group that has operated there; the FLNKS, the main pro-independence
            // coalition, called for calm (not "agreed to form an alliance")
            return groupNoChange(t, i)
                    || (GROUP_NOUNS.contains(t.lower(i)) || t.isLower(i, "splinter")) && (inApposition(t, i)
                    || t.isLower(i - 1, "the") && t.isWord(i + 1) && t.isCapitalised(i + 1) // by the alliance X
                    || t.isLower(i - 1, "the") && (t.isLower(i - 2, "by") || t.isApostrophe(i + 1)));
                    // organised jointly by the alliance and; the alliance's coordinator
        }
        if (!Acled.TRANSFER_OF_TERRITORY.equals(tr.subType())) {
            return false;
        }
        if (t.isLower(i + 1, "back") && t.isWord(i - 1) && EventFinder.ATTACKERS.contains(t.lower(i - 1))
                && t.isLower(i - 2, "the")) {
            return true; // the exchange of fire went on before the attackers pulled back: the fight's end
        }
        return t.isLower(i + 1, "towards") || t.isLower(i + 1, "toward") || t.isLower(i + 1, "into")
                || isArticle(t, i - 1) && t.lower(i).endsWith("ed") && t.isWord(i + 1) && !t.isCapitalised(i + 1);
    }

    /**
     * A word of a group's change that tells how a group is or what it did besides: {@code the ruling party is split
     * between Morales and Arce}, {@code warriors of the Ulga clan, joined by fighters of the allied Kumga clan,
     * attacked} (allies), {@code soldiers formed a cordon between the protesters and the police}, {@code a self-defence
     * group formed by residents of a housing estate} (what the group is).
     */
    private static boolean groupNoChange(Tokens t, int i) {
        if (t.isLower(i, "formed")) {
            return t.isLower(i + 1, "a") && t.isWord(i + 2) && CORDONS.contains(t.lower(i + 2))
                    || t.isWord(i - 1) && ActorWords.groupNounType(t.lower(i - 1)) != null && t.isWord(i + 1)
                    && FORMED_WHEN.contains(t.lower(i + 1));
        }
        return t.isLower(i, "split") && t.isLower(i + 1, "between") && t.isWord(i - 1) && BEING.contains(t.lower(i - 1))
                || t.isLower(i, "joined") && t.isLower(i + 1, "by") && t.isChar(i - 1, ',')
                || t.isLower(i, "joined") && joinedInDoing(t, i);
    }

    /**
     * {@code soldiers joined OSD officers in clearing barricades}: acting with others, no change to a group (but
     * joining in a pursuit or a fight still tells who acted together).
     */
    private static boolean joinedInDoing(Tokens t, int i) {
        for (int k = i + 1; k <= i + 8 && t.isWord(k); k++) {
            if (t.isLower(k, "in") && t.isWord(k + 1) && t.lower(k + 1).endsWith("ing")) {
                return !FIGHTING_GERUNDS.contains(t.lower(k + 1));
            }
        }
        return false;
    }

    private static final Set<String> FIGHTING_GERUNDS = WordSets.of("pursuing", "chasing", "hunting", "fighting",
            "attacking", "repelling", "engaging", "tracking", "battling", "repulsing");

    private static final Set<String> TO_CONSIDER = WordSets.of("review", "consider", "study", "discuss", "examine",
            "reconsider", "look", "meet", "talk", "revisit");
    private static final Set<String> TO_SEND = WordSets.of("send", "deploy", "dispatch", "provide", "fund", "finance");
    private static final Set<String> TALKS = WordSets.of("talks", "negotiations");
    private static final Set<String> CORDONS = WordSets.of("cordon", "line", "ring", "chain", "barrier", "circle",
            "buffer", "wall");
    private static final Set<String> BARRIERS = WordSets.of("roadblock", "roadblocks", "barricade", "barricades",
            "blockade", "blockades", "camp", "camps", "tents", "encampment", "checkpoint", "checkpoints");
    private static final Set<String> FORMED_WHEN = WordSets.of("by", "in", "to", "after", "last", "during", "years",
            "months", "since");
    /** Words of talks that came to nothing. */
    private static final Set<String> FAILED = WordSets.of("without", "failed", "collapsed", "stalled", "walked",
            "quit", "abandoned", "suspended", "withdrew", "boycotted");
    /** Nouns after "peace" that name a striving for it, no agreement: {@code a peace march}, {@code the peace process}. */
    private static final Set<String> PEACE_EFFORTS = WordSets.of("process", "efforts", "initiative", "envoy", "march",
            "rally", "conference", "mission", "campaign", "activists", "committee", "committees", "mediators",
            "mediation");

    /** {@code under the (2014) (peace) agreement}: what an agreement made before allows or requires. */
    private static boolean underTheAgreement(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 4) && (t.isWord(k) && !t.isCapitalised(k)
                || t.is(k, Tokens.NUMBER)); k--) {
            if (t.isLower(k, "the")) {
                return t.isLower(k - 1, "under");
            }
        }
        return false;
    }

    /** Whether the noun at {@code i} opens an apposition: a comma, an article, at most three lower-case words. */
    private static boolean inApposition(Tokens t, int i) {
        for (int j = i - 1; j >= Math.max(1, i - 4); j--) {
            if (isArticle(t, j)) {
                return t.isChar(j - 1, ',');
            }
            if (!t.isWord(j) || t.isCapitalised(j)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code the place where}, {@code the spot where}... comes at most five words before the trigger. */
    static boolean placeWhere(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(2, i - 5) && t.isWord(k); k--) {
            if (t.isLower(k, "where") && t.isWord(k - 1) && SPOTS.contains(t.lower(k - 1)) && t.isLower(k - 2, "the")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVACUEES = WordSets.of("residents", "people", "families", "villagers",
            "civilians", "patients", "pupils", "students", "workers", "tenants", "passengers", "wounded", "children",
            "staff", "survivors", "inhabitants", "elderly");
    private static final Set<String> SPOTS = WordSets.of("place", "spot", "site", "scene", "corner", "street");

    /** Whether {@code died in}, {@code death in} or {@code deaths in} ends at token {@code in}. */
    private static boolean diedIn(Tokens t, int in) {
        return t.isLower(in, "in") && (t.isLower(in - 1, "died") || t.isLower(in - 1, "death")
                || t.isLower(in - 1, "deaths"));
    }

    /** Verbs of a development that, as a participle after a noun, only describe it ({@code a ban announced by X}). */
    private static final Set<String> PARTICIPLES_OF_A_NOUN = WordSets.of("announced", "imposed", "declared",
            "ordered", "extended");

    /** {@code the}, {@code a}, {@code an}. */
    static boolean isArticle(Tokens t, int j) {
        return t.isLower(j, "the") || t.isLower(j, "a") || t.isLower(j, "an");
    }

    /** An article, {@code of} or a possessive: what may come before a noun of what someone is held for. */
    private static boolean determines(Tokens t, int j) {
        return isArticle(t, j) || t.isLower(j, "of") || t.isLower(j, "their") || t.isLower(j, "his");
    }

    /** Nouns of an event that can end an "after" phrase before the sentence's own verb. */
    private static final Set<String> EVENT_NOUNS = WordSets.of("ambush", "attack", "attacks", "clash", "clashes",
            "raid", "fighting", "explosion", "assault", "incident", "killing", "killings", "protest", "protests",
            "bombing", "shooting", "operation");

    /** A trigger in the perfect after a relative pronoun ({@code groups that have fought}) is background. */
    private static boolean isBackground(Tokens t, Sentence s, int i) {
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 4) && t.isWord(j) && !t.isCapitalised(j); j--) {
            if ((t.isLower(j, "following") || t.isLower(j, "after")) && !(t.lower(i).endsWith("ed") && j < i - 1
                    && t.isWord(i - 1) && EVENT_NOUNS.contains(t.lower(i - 1)))) {
                // searches following clashes with Fano militia; after days of deadly clashes: before (not the verb
                // after the phrase: "troops who entered the town after the ambush detained 12 men")
                return true;
            }
            if (PROTESTED.contains(t.lower(j))) {
                return true; // demanding the arrest of those who assaulted a teacher; protesting the killing of: the cause
            }
            if (ENDS.contains(t.lower(j)) || t.isLower(j, "of") && t.isWord(j - 1) && SPANS.contains(t.lower(j - 1))) {
                return true; // a truce promising to end months of killings: what it is about, not what happened
            }
        }
        boolean and = false;
        for (int j = i - 1; j >= Math.max(s.first() + 1, i - 10) && (t.isWord(j) || t.isApostrophe(j)); j--) {
            and |= t.isLower(j, "and");
            if (and && PROTESTED.contains(t.lower(j)) && !t.isLower(j, "over") && !t.isLower(j, "against")) {
                return true; // condemning the killing of Muhammad and the attacks on shops: the second cause too
            }
        }
        for (int j = i - 1; j >= Math.max(s.first(), i - 2); j--) {
            if (t.isLower(j, "have") || t.isLower(j, "has") || t.isLower(j, "had")) {
                int k = j - 1;
                return t.isLower(k, "that") || t.isLower(k, "which") || t.isLower(k, "who") || t.isLower(k, "since");
            }
        }
        return false;
    }

    private static boolean hasBaseNoun(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && BASE_NOUNS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * ACLED's own sub-event names, as its analysts open a note with them ({@code Movement of forces: On 9 May 2020,
     * regime forces brought in reinforcements}, {@code Non-violent activity: ...}, {@code Property destruction: ...}):
     * the note's event, whatever words of fighting it goes on to tell as context.
     */
    private static final Map<String, Trigger> LABELS = Map.ofEntries(
            Map.entry("movement of forces", new Trigger(Acled.STRATEGIC, Acled.OTHER, 100)),
            Map.entry("non-violent activity", new Trigger(Acled.STRATEGIC, Acled.OTHER, 100)),
            Map.entry("security measures", new Trigger(Acled.STRATEGIC, Acled.OTHER, 100)),
            Map.entry("property destruction", new Trigger(Acled.STRATEGIC, Acled.LOOTING, 100)),
            Map.entry("looting", new Trigger(Acled.STRATEGIC, Acled.LOOTING, 100)),
            Map.entry("looting/property destruction", new Trigger(Acled.STRATEGIC, Acled.LOOTING, 100)),
            Map.entry("arrests", new Trigger(Acled.STRATEGIC, Acled.ARRESTS, 100)),
            Map.entry("agreement", new Trigger(Acled.STRATEGIC, Acled.AGREEMENT, 100)),
            Map.entry("disrupted weapons use", new Trigger(Acled.STRATEGIC, Acled.DISRUPTED_WEAPONS, 100)),
            Map.entry("headquarters or base established", new Trigger(Acled.STRATEGIC, Acled.BASE_ESTABLISHED, 100)),
            Map.entry("change to group/activity", new Trigger(Acled.STRATEGIC, Acled.CHANGE_TO_GROUP, 100)),
            Map.entry("change to armed group", new Trigger(Acled.STRATEGIC, Acled.CHANGE_TO_GROUP, 100)),
            Map.entry("displacement", new Trigger(Acled.STRATEGIC, Acled.OTHER, 100)),
            Map.entry("land seizure", new Trigger(Acled.STRATEGIC, Acled.OTHER, 100)),
            Map.entry("detonation", new Trigger(Acled.STRATEGIC, Acled.DISRUPTED_WEAPONS, 100)),
            Map.entry("non-violent transfer of territory",
                    new Trigger(Acled.STRATEGIC, Acled.TRANSFER_OF_TERRITORY, 100)));

    /** The triggers of {@link #LABELS}, to tell a labelled note's hit. */
    private static final Set<Trigger> LABEL_TRIGGERS = Set.copyOf(LABELS.values());

    /** Whether a hit's trigger is one of ACLED's labels ({@code Security measures:}): the note's event as labelled. */
    static boolean isLabel(Trigger trigger) {
        return LABEL_TRIGGERS.contains(trigger);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The trigger of a sentence that opens with one of {@link #LABELS} and a colon, or null. */
    private static Trigger acledLabel(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= Math.min(s.last(), s.first() + 7); i++) {
            if (t.isChar(i, ':')) {
                String label = t.text().substring(t.start(s.first()), t.start(i)).strip().toLowerCase(Locale.ROOT);
                return LABELS.get(SPACES.matcher(label).replaceAll(" "));
            }
        }
        return null;
    }

    private static final Set<String> JOINING = WordSets.of("participating", "taking", "joining", "organising",
            "organizing", "attending", "staging", "holding", "leading", "participation", "involvement");
    private static final Set<String> PUNISHED = WordSets.of("arrested", "detained", "sentenced", "fined", "charged",
            "jailed", "convicted", "summoned", "prosecuted", "expelled", "dismissed", "suspended");

    /**
     * Whether the protest word at {@code i} says why people were punished ({@code arrested for participating in
     * protests}, {@code fined for their participation in the rally}): the protest is told elsewhere, if at all.
     */
    private static boolean punishedForJoining(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 5); k--) {
            if (t.isWord(k) && JOINING.contains(t.lower(k)) && (t.isLower(k - 1, "for") || t.isLower(k - 2, "for"))) {
                return wordBefore(t, s, k, 12, PUNISHED);
            }
        }
        return false;
    }

    /**
     * Whether the explosive at {@code i} is what someone had with them ({@code four members of the gang, who were
     * carrying rifles and a grenade launcher}, {@code two assailants armed with rifles and explosives}), not a blast.
     */
    private static boolean armsCarried(Tokens t, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 5); k--) {
            if (t.isLower(k, "carrying") && (t.isLower(k - 1, "were") || t.isLower(k - 1, "was"))
                    || t.isLower(k, "with") && t.isLower(k - 1, "armed")) {
                return true;
            }
        }
        return false;
    }
}
