package org.kgi.indexer.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.kgi.indexer.extract.gazetteer.City;
import org.kgi.indexer.extract.gazetteer.Country;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.CommonWords;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.GivenNames;
import org.kgi.indexer.extract.lexicon.KnownActors;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Guess;
import org.kgi.indexer.extract.resolve.Strength;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Types one name from its own words first (aliases file, organisation words, countries), then from the
 * words around it (titles, {@code X gang}, {@code in X}, {@code X said}), then from the gazetteer and its
 * shape. Returns null when nothing speaks for any type (the rest of the report may still know the name).
 */
final class ChunkTyper {
    private static final Set<String> SPEECH_VERBS = WordSets.of(
            "said", "says", "told", "added", "explained", "stated", "confirmed", "announced", "warned", "insisted",
            "argued", "wrote", "tweeted", "denied", "claimed", "declared", "noted", "asked", "urged", "vowed");
    /** Who live in a place named before them: {@code Kahawa residents}, {@code Sosio villagers}. */
    static final Set<String> DWELLERS_AFTER = WordSets.of("residents", "inhabitants", "villagers",
            "townspeople", "locals");
    /** Peoples whose name may come before their villagers: {@code Nuer villagers}, {@code Garifuna residents}. */
    private static final Set<String> PEOPLES = WordSets.of("fulani", "peul", "peulh", "nuer", "dinka", "shilluk",
            "murle", "anyuak", "kuki", "kukis", "naga", "nagas", "meitei", "meiteis", "pahari", "paharis", "garifuna",
            "adivasi", "adivasis", "dalit", "dalits", "rohingya", "hausa", "yoruba", "igbo", "tiv", "berom", "jukun",
            "pokot", "turkana", "samburu", "borana", "gabra", "degodia", "garre", "maasai", "masai", "kikuyu", "luo",
            "kalenjin", "kisii", "hema", "lendu", "twa", "banyamulenge", "tutsi", "hutu", "amhara", "oromo", "afar",
            "tigrayan", "tuareg", "bedouin", "kurdish", "yazidi", "hazara", "pashtun", "baloch", "karen", "kachin",
            "mapuche", "miskito", "wayuu", "lenca", "tamil", "chakma", "marma", "uyghur", "dogon", "bambara", "dozo",
            "mossi", "gourmantche", "songhai", "arab", "arabs", "zaghawa", "masalit", "fur", "nuba", "bantu",
            "christian", "muslim", "hindu", "sikh", "buddhist", "catholic");
    /** Those who live in a place, named before "of" and its name: {@code residents of X}. */
    private static final Set<String> DWELLERS = WordSets.of("residents", "inhabitants", "villagers", "people",
            "townspeople", "natives");
    /** Verbs after a lone surname that make it a person's ({@code Fischler proposed}). */
    private static final Set<String> PERSON_VERBS = WordSets.of("proposed", "accused", "visited", "met", "resigned",
            "promised", "rejected", "criticised", "criticized", "signed", "called", "ordered", "appointed", "blamed",
            "praised", "dismissed", "agreed", "refused", "condemned", "welcomed", "pledged", "thanked", "replied");
    /** Verbs after a lone surname that make it a player's in a sports report ({@code Joubert kicked}). */
    private static final Set<String> PLAYER_VERBS = WordSets.of("kicked", "converted", "bowled", "served", "netted",
            "headed", "volleyed", "birdied", "bogeyed", "putted", "sprinted", "dived", "equalised", "equalized",
            "scored", "conceded", "retired", "hit", "broke", "lobbed", "crossed");
    /** Verbs before a lone surname that make it a person's ({@code accused Fischler of}). */
    private static final Set<String> PERSON_OBJECT_VERBS = WordSets.of("accused", "met", "thanked", "criticised",
            "criticized", "praised", "blamed", "interviewed", "congratulated", "sacked", "fired", "succeeded");
    /** Verbs whose object, when it names no actor, is a place: {@code JNIM militants attacked Tessit}. */
    private static final Set<String> ASSAULT_VERBS = WordSets.of("attacked", "raided", "stormed", "overran", "shelled",
            "bombed", "besieged", "invaded", "entered", "torched", "looted", "ransacked", "bombarded", "surrounded",
            "occupied", "recaptured", "retook", "hold", "holds", "held", "control", "controls", "controlled");
    /**
     * Whether the "to" at {@code to} tells where a march went: {@code marched to the X}, {@code marched from the Y to
     * the X}.
     */
    private static boolean marchedTo(Tokens t, Sentence s, int to) {
        if (t.isWord(to - 1) && MARCHED.contains(t.lower(to - 1))) {
            return true;
        }
        int k = to - 1;
        while (k > s.first() && k > to - 6 && t.isWord(k) && (t.isCapitalised(k) || t.isLower(k, "the"))) {
            k--;
        }
        return k < to - 1 && t.isLower(k, "from") && t.isWord(k - 1) && MARCHED.contains(t.lower(k - 1));
    }

    /** Whether the verb at {@code call} names a site: {@code the camp the Guarani-Kaiowá call Yvy Ajhere}. */
    private static boolean siteCalled(Tokens t, Sentence s, int call) {
        int k = t.beforeCapitals(call - 1, s.first(), 4);
        return k < call - 1 && t.isLower(k, "the") && t.isWord(k - 1) && PlaceWords.isFacilityNoun(t.lower(k - 1));
    }

    private static final Set<String> MARCHED = WordSets.of("marched", "walked", "paraded", "processed", "proceeded");

    /** What is fired or flees from a place: {@code rockets from Khan Younis}. */
    private static final Set<String> FROM_A_PLACE = WordSets.of("rockets", "missiles", "mortars", "shells", "drones",
            "fire", "fled", "displaced", "withdrew", "retreated", "launched", "evacuated", "km", "kilometres", "kilometers",
            "miles", "north", "south", "east", "west", "away", "returned", "arrived", "travelling", "traveling",
            "road", "route", "highway", "convoy", "people", "residents", "families", "refugees", "marched", "walked");
    /** What a leader's name comes before: {@code the Clinton administration}. */
    private static final Set<String> LEADERS_OF = WordSets.of("administration", "presidency");
    /** Who works at an organisation: {@code analysts at Goldman Sachs}. */
    private static final Set<String> STAFF = WordSets.of("analysts", "analyst", "economists", "economist",
            "researchers", "researcher", "executives", "employees", "staff", "strategists", "scientists", "engineers",
            "officials", "workers", "dealers", "traders", "bankers", "lawyers");
    /** First words of a two-word security service ending in {@code Security}. */
    private static final Set<String> SECURITY_SERVICE_OPENERS = WordSets.of("general", "state", "public", "internal");

    /** Last words of sports clubs' names: {@code Manchester United}, {@code Tottenham Hotspur}. */
    private static final Set<String> CLUB_ENDINGS = WordSets.of("united", "fc", "rovers", "wanderers", "athletic",
            "hotspur", "albion", "cf", "sc");
    /** Words that open or close a broadcaster's name: {@code TV Pirveli}, {@code Radio Okapi}. */
    private static final Set<String> MEDIA_WORDS = WordSets.of("tv", "radio", "television", "télévision");
    /**
     * First words of sports clubs' names: {@code AC Milan}, {@code Borussia Dortmund} (not Rapid: the Rapid Patrol
     * Unit).
     */
    private static final Set<String> CLUB_OPENINGS = WordSets.of("ac", "fc", "sc", "as", "ss", "rc", "cf", "cd", "sv",
            "vfb", "vfl", "tsv", "sporting", "atletico", "atlético", "olympique", "dynamo", "dinamo", "spartak",
            "racing", "borussia", "bayer", "eintracht", "hertha", "fortuna", "werder", "ajax", "psv",
            "feyenoord", "galatasaray", "fenerbahce", "besiktas", "benfica", "celtic", "rangers");
    private static final Set<String> EDUCATION = WordSets.of("academy", "school", "college", "university",
            "institute", "hospital", "foundation", "centre", "center");
    /** Nouns that follow a group's name or precede "of" and it: {@code X leader}, {@code members of X}. */
    private static final java.util.Set<String> HEAD_NOUNS = WordSets.of("leader", "leaders", "boss", "bosses",
            "founder", "founders", "members", "member", "commander", "commanders", "spokesman", "spokeswoman",
            "spokesperson", "second-in-command", "deputy", "head", "chief", "ranks", "fighters", "gunmen", "men",
            "activists", "cadres", "militants");
    /** Whether the name follows a log entry's day, before its dash: {@code 16 August, Bibwe - M23 fighters}. */
    private static boolean logEntryPlace(Tokens t, Sentence s, int a, int b) {
        int day = a - 3;
        return t.isDash(b + 1) && t.isChar(a - 1, ',') && day == t.firstWord(s) && (t.is(day, Tokens.NUMBER)
                && t.isWord(day + 1) && Calendar.month(t.lower(day + 1)) > 0
                || t.isWord(day) && Calendar.month(t.lower(day)) > 0 && t.is(day + 1, Tokens.NUMBER));
    }

    /** Words of a body that oversees a force: {@code the Police Complaints Authority}. */
    private static final Set<String> OVERSIGHT = WordSets.of("complaints", "oversight", "conduct", "accountability",
            "ombudsman", "watchdog");

    /** What a chief of a place is chief of: {@code the canton chief of Ngouboua}, {@code a village chief of X}. */
    private static final Set<String> LOCAL_CHIEFS = WordSets.of("canton", "village", "district", "ward", "county",
            "quarter", "neighbourhood", "neighborhood", "town", "paramount", "traditional", "customary", "area",
            "local", "groupement", "chiefdom", "section");

    /** Capitalised words that are labels or shouting, not acronyms ({@code HIGH}, {@code UPDATE}). */
    private static final java.util.Set<String> SHOUTED = WordSets.of("high", "medium", "low", "note", "update",
            "updated", "breaking", "urgent", "warning", "alert", "photo", "video", "read", "more", "new", "editor",
            "summary", "live", "watch", "end", "top", "news", "ok", "yes", "no", "stop", "help", "free", "sos", "ied",
            "ieds", "vbied", "rpg", "rpgs", "uav", "uavs", "fpv", "fpvs", "suv", "gps", "am", "pm", "tv", "hq", "ak",
            "caps", "results", "result", "scores", "standings", "table", "tables");
    /** Articles that open the names of groups, never a person's (after the gazetteer has had its say: Los Angeles). */
    private static final Set<String> PLURAL_ARTICLES = WordSets.of("los", "las", "les", "la", "os");
    /** Last words of diseases' names. */
    private static final Set<String> DISEASES = WordSets.of("disease", "syndrome", "virus", "fever", "flu", "influenza",
            "encephalopathy", "encephalitis", "pox", "plague", "sickness", "infection", "outbreak");
    /** Seas and the like, named {@code <water> of X}. */
    private static final Set<String> WATERS = WordSets.of("sea", "ocean", "gulf", "strait", "straits", "channel",
            "bay", "lake", "river");
    /** Labels of a report's fields, written {@code Label:} at the start of a line. */
    private static final Set<String> LABELS = WordSets.of("date", "time", "location", "source", "sources", "summary",
            "author", "title", "subject", "type", "category", "status", "notes", "note", "reference", "ref", "tags",
            "updated", "published", "region", "country", "place", "actors", "event", "fatalities", "casualties");
    private final DocContext doc;
    /** The last sentence asked whether it is in capitals throughout, and the answer ({@link #shouted}). */
    private int shoutedSentence = -1;
    private boolean shouted;

    /** Whether the report is about sport (its headline says so): a town in a name is then rather a club's. */
    private boolean sports;

    ChunkTyper(DocContext doc) {
        this.doc = doc;
    }

    /** Tells whether the report is about sport, before any name is typed. */
    void sportsReport(boolean sports) {
        this.sports = sports;
    }

    /** Nouns of one of an armed group's men, in the singular, after its name: {@code a QSD fighter}. */
    private static final Set<String> ONE_FIGHTER = WordSets.of("fighter", "militant", "militiaman", "insurgent",
            "jihadist");

    /** Nouns after {@code militant} that make it a kind's adjective: {@code a Meitei insurgent group}. */
    private static final Set<String> OF_A_KIND = WordSets.of("group", "groups", "organisation", "organization",
            "movement", "outfit", "outfits", "cell", "cells", "network", "wing", "faction", "leader", "leaders",
            "commander", "commanders", "activity", "activities", "violence", "attack", "attacks", "camp", "camps");

    /** Nouns after {@code fighter} that make it an aircraft: {@code a Rafale fighter jet}. */
    private static final Set<String> AIRCRAFT = WordSets.of("jet", "jets", "plane", "planes", "aircraft", "bomber",
            "bombers", "pilot", "pilots", "squadron", "wings");

    /**
     * Whether the name {@code a..b} is followed by one of its men in the singular ({@code 1 TMF fighter}, {@code an
     * ISWAP militant}): an armed group's, though not a plane's ({@code an F-16 fighter}, {@code a Rafale fighter
     * jet}), a kind's ({@code a Baluch militant group}), a place's ({@code a Helmand militant}) nor, in a report about
     * sport, a boxer's.
     */
    private boolean oneOfItsFighters(Tokens t, int a, int b, int noun, String key) {
        String n = t.lower(noun);
        if (!ONE_FIGHTER.contains(n) || t.isWord(noun + 1) && (AIRCRAFT.contains(t.lower(noun + 1))
                || OF_A_KIND.contains(t.lower(noun + 1)) || ActorWords.groupNounType(t.lower(noun + 1)) != null)) {
            return false;
        }
        if (doc.gazetteer().isPlace(key) || isCountryWord(t.lower(a))) {
            return false;
        }
        if (n.equals("fighter")) {
            if (sports) {
                return false;
            }
            for (int p = t.start(a); p < t.end(b); p++) {
                if (Character.isDigit(t.text().charAt(p))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link DocContext#isShouted}, once per sentence (the finder asks first, the typer again for some names). */
    boolean shouted(Tokens t, Sentence s) {
        if (s.index() != shoutedSentence) {
            shoutedSentence = s.index();
            shouted = DocContext.isShouted(t, s);
        }
        return shouted;
    }

    /**
     * @param name   the name's text (titles and nickname already removed)
     * @param key    its lookup key
     * @param a      first token of the name
     * @param b      last token of the name
     * @param titled whether a person's title came right before it
     */
    Guess type(Sentence s, String name, String key, int a, int b, boolean titled) {
        Tokens t = doc.tokens();
        if (a == b && t.isChar(b + 1, ':') && LABELS.contains(t.lower(a))) {
            return null; // "Date: 5 March 2024", a field's label (Date is also a town in Japan)
        }
        if (t.isLower(a - 1, "of") && t.isWord(a - 2) && SETTLEMENTS_OF.contains(t.lower(a - 2))
                && t.isLower(a - 3, "the") && b > a && !t.is(a, Tokens.ALL_CAPS)
                && !BODIES_OF_A_TOWN.contains(t.lower(b))) {
            return Guess.place("populated_place", name, Strength.PLACE_NOUN); // the village of Unión Mantaro
        }
        if (a == b && a == t.firstWord(s) && t.is(a, Tokens.ALL_CAPS) && t.isChar(b + 1, ':')
                && doc.gazetteer().isCity(key)) {
            // HERAT: Two men were arrested: a dateline's town with a colon, not an acronym
            return Guess.place(cityType(key, "populated_place"), Names.titleCase(name), Strength.PLACE_NOUN);
        }
        if (a == b && t.opensSentence(s, a) && (t.lower(a).endsWith("ed") || t.lower(a).endsWith("ing"))
                && t.isWord(b + 1) && !t.isCapitalised(b + 1)
                && (ARMED_HEADS.contains(t.lower(b + 1)) || ARMED_ONES.contains(t.lower(b + 1))
                || GenericActors.of(t.lower(b + 1)) != null)) {
            return null; // "Hooded men on motorbikes", "Masked gunmen", "Hiding terrorists" opening a sentence: no name
        }
        if (b > a && t.isLower(b - 1, "red") && (t.isLower(b, "crescent") || t.isLower(b, "cross"))) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // the Libyan Red Crescent
        }
        if (MACRO_REGIONS.contains(key) && !t.is(a, Tokens.ALL_CAPS)) {
            return Guess.place("region", name, Strength.NAME_WORD); // Africa's largest operator, help Europe build
        }
        if (b > a && (t.isLower(b, "department") || t.isLower(b, "dept")) && portfolioWords(t, a, b - 1)) {
            // the Justice Department, the State Department, the Police Department: a government's office, not an
            // administrative department (Antioquia Department)
            return Guess.actor(t.isLower(b - 1, "police") ? "security_force" : "government", name, Strength.NAME_WORD);
        }
        if (placeAdjective(t, a, b) && t.isWord(b + 1) && !t.isCapitalised(b + 1) && !isPlaceName(key)
                && !FunctionWords.isFunctionWord(t.lower(b + 1)) && !ADJECTIVE_ACTORS.contains(t.lower(b + 1))
                && GenericActors.of(t.lower(b + 1)) == null) {
            // a North Korean submarine, European history, the Central American country, a Bosnian Serb leader: what
            // it qualifies is of a place or a people, neither place nor actor itself (but Kurdish rebels, Asian police)
            return null;
        }
        boolean occasionsOwner = t.isPossessiveS(b + 2) && t.isWord(b + 3)
                && t.isCapitalised(b + 3) && OCCASION_ENDS.contains(t.lower(b + 3)); // New Year's Eve, Mother's Day
        boolean occasionAfterOwner = a == b && OCCASION_ENDS.contains(t.lower(a)) && t.isPossessiveS(a - 1);
        if (b > a && (OCCASION_ENDS.contains(t.lower(b)) || t.hasWordIn(a, b, OCCASIONS)) || occasionsOwner
                || occasionAfterOwner) {
            return null; // Independence Day, the Africa Cup of Nations: an occasion, neither actor nor place
        }
        if (b > a && (LAW_ENDS.contains(t.lower(b)) || ACCORD_ENDS.contains(t.lower(b))
                && ActorWords.nameWordType(t.lower(a)) == null) && t.isCapitalised(b)
                && !t.isLower(b - 1, "of")) { // (the Rule of Law, the Government of National Accord)
            // the Terrorism Act, the Emergency Powers Regulations, the Stockholm Agreement: a law or an accord, neither
            // actor nor place
            return null;
        }
        if (t.isWord(b + 1) && EMBLEMS.contains(t.lower(b + 1)) && !t.is(a, Tokens.ALL_CAPS)
                && KnownActors.type(key) == null && doc.book().known(key) == null) {
            return null; // the raising of the Morning Star flag: an emblem's name, no actor
        }
        if (a == b && t.isLower(a, "molotov") && t.isWord(b + 1) && t.lower(b + 1).startsWith("cocktail")) {
            return null; // Molotov cocktails: a weapon, no name
        }
        if (a == b && a == s.first() && b == s.last() && t.is(a, Tokens.ALL_CAPS) && t.lower(a).length() > 3
                && !knownName(key)) {
            return null; // a heading line of one word in capitals ("INCIDENTS", "LOG"): a section's name
        }
        if (a == s.first() && b + 1 == s.last() && (t.isChar(b + 1, '.') || t.isChar(b + 1, ':')) && runInLabel(t, a, b)
                && !knownName(key)) {
            return null; // KEY POINTS. Fighting returned ...; NEXT STEPS. The governor has announced: a section's name
        }
        if (a == b && t.isWord(b + 1) && SECT_PEOPLE.contains(t.lower(b + 1)) && (SECTS.contains(t.lower(a))
                || counted(t, a - 1) && !t.is(a, Tokens.ALL_CAPS) && KnownActors.type(key) == null
                && doc.book().known(key) == null)) {
            return null; // three Alawite men, Druze villagers, three Kuki men: whom the people are, no actor
        }
        if (a == b && NameChunker.appositionAfterName(t, a) && t.isWord(b + 1)
                && !t.isCapitalised(b + 1) && (ActorWords.groupNounType(t.lower(b + 1)) != null
                || t.isLower(b + 1, "armed") && t.isWord(b + 2) && ActorWords.groupNounType(t.lower(b + 2)) != null)
                && KnownActors.type(key) == null && doc.book().known(key) == null && !t.is(a, Tokens.ALL_CAPS)) {
            return null; // the Arambai Tenggol, a Meitei armed group: what the group is, no second name
        } // (but "On Monday, a Jiido clan militia": a group, named by its clan)
        if (a == b && CREEDS.contains(t.lower(a)) && t.isWord(b + 1) && !t.isCapitalised(b + 1)) {
            return null; // a newly emergent Islamist group known as Lakurawa: what the group is, no name
        }
        if (b > a && isDisease(t, b)) {
            return null; // Bovine Spongiform Encephalopathy, Ebola Virus Disease: neither actor nor place
        }
        Guess known = doc.book().known(key);
        if (known != null) {
            return known;
        }
        if (b > a + 1 && t.isChar(a + 1, '.') && (t.isLower(a, "st") || t.isLower(a, "ste"))
                && PlaceWords.isFacilityNoun(t.lower(b))) {
            return Guess.place("facility", name, Strength.NAME_WORD); // St. Sebastian's Church, St. Anthony's Shrine
        }
        if (b > a && t.hasWordIn(a, b, FORCE_NAME_WORDS) && membersOfBefore(t, a - 1, OFFICERS)) {
            // officers of the Republican Security Companies
            return Guess.actor("security_force", name, Strength.GROUP_NOUN);
        }
        if (b > a && t.isLower(b, "department") && t.hasWordIn(a, b - 1, FORCE_DEPARTMENTS)) {
            return Guess.actor("security_force", name, Strength.GROUP_NOUN); // the Special Tasks Department: no region
        }
        if (peoplesBody(t, a, b)) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // the Walikale Women's Synergy
        }
        if (forceOwnedUnit(t, a, b)) {
            // the military police's Rondesp Central patrol unit
            return Guess.actor("security_force", name, Strength.GROUP_NOUN);
        }
        if (numberedUnit(t, a, b) || b == a + 1 && t.is(a, Tokens.NUMBER) && t.isLower(b, "para")) {
            // the 2nd Army, the 22nd Military Region; 21 Para, a battalion of the Parachute Regiment
            return Guess.actor("security_force", name, Strength.NAME_WORD);
        }
        if (b > a && OPERATIONS.contains(t.lower(a))) {
            // troops of Operation Hadin Kai: the task force's name; Operation Strong Hand would continue: what forces
            // do, named, no actor (unless the aliases file says so)
            return t.isLower(a - 1, "of") && t.isWord(a - 2) && FORCE_MEMBERS.contains(t.lower(a - 2))
                    || t.isPossessiveS(a - 1) && t.isWord(a - 3)
                    && OWNING_FORCES.contains(t.lower(a - 3)) && membersOfBefore(t, a - 4, FORCE_MEMBERS)
                    // troops of the Nigerian Army's Operation Whirl Stroke
                    ? Guess.actor("security_force", name, Strength.NAME_WORD) : null;
        }
        if (t.is(a, Tokens.ALL_CAPS) && t.is(b, Tokens.ALL_CAPS) && !t.is(b + 1, Tokens.NUMBER)
                && datelinePlace(t, s, a, b) && !t.is(b + 2, Tokens.ALL_CAPS) // not "SOCCER - WALES BEAT"
                && doc.gazetteer().countries().byKey(key) == null
                && (doc.gazetteer().city(key, List.of()) != null || t.isLower(b, "city")
                || countryThenDash(t, b + 1))) {
            // "KABUL - Fighters of the NRF attacked": the dateline's city, not "Kabul fighters"
            return Guess.place("populated_place", Names.titleCase(name), Strength.PLACE_CONTEXT);
        }
        String knownActor = a == b && t.surface(a).chars().anyMatch(Character::isLowerCase)
                && KnownActors.isAcronymOnly(key) ? null : KnownActors.type(key); // (TALLAHASSEE, Fla.: no FLA)
        if (knownActor != null && !(placeContext(t, s, a) != null && !weakPreposition(t, a) && !t.isLower(a - 1, "by")
                && (isPlaceName(key) || doc.gazetteer().isCity(key)) && !betweenKnownActors(t, s, a, b))) {
            return Guess.actor(knownActor, name, Strength.KNOWN_ACTOR); // not "in Fano", the town; "linked to Los Lobos"
        }
        if (b == a + 1 && "armed_group".equals(KnownActors.type(Names.key(t.lower(a)))) && factionMark(t, b)) {
            return Guess.actor("armed_group", name, Strength.NAME_WORD); // SPLM-N al-Hilu, Nyatura CMC: a faction
        }
        if (a == b && t.isWord(a - 1) && (ActorWords.isMediaNoun(t.lower(a - 1)) || t.isLower(a - 1, "agency"))
                && !isPlaceName(key)
                && KnownActors.type(key) == null) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // the state broadcaster RTN
        }
        if (logEntryPlace(t, s, a, b) && KnownActors.type(key) == null) {
            return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // 16 August, Bibwe -
        }
        if (NameChunker.datelineSource(t, s, a, b) && !isPlaceName(key) && !doc.gazetteer().isCity(key)
                && !doc.gazetteer().regions().isRegion(key)) {
            // not POPAYÁN (Cauca) -, the dateline's region
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // ZAMBOANGA CITY (SunStar Zamboanga) -
        }
        if (b > a && (t.isLower(b, "jr") || t.isLower(b, "sr")) && t.isCapitalised(b)) {
            return Guess.actor("person", name, Strength.TITLE); // John Mills Jr, whatever his surname's other sense
        }
        Guess own = fromOwnWords(t, s, name, key, a, b);
        if (own != null) {
            return own;
        }
        if (titled) {
            return Guess.actor("person", name, Strength.TITLE);
        }
        Guess context = fromContext(t, s, name, key, a, b);
        if (context != null) {
            return context;
        }
        return fromShape(t, s, name, key, a, b);
    }

    /** Continents, their parts and the world's great regions and seas, by name key: places, never actors. */
    private static final Set<String> MACRO_REGIONS = WordSets.of("africa", "europe", "asia", "oceania", "arctic",
            "latinamerica", "northamerica", "southamerica", "centralamerica", "middleeast", "sahel", "balkans",
            "caucasus", "caribbean", "scandinavia", "southeastasia", "centralasia", "southasia", "eastasia",
            "eastafrica", "westafrica", "northafrica", "southernafrica", "centralafrica", "subsaharanafrica",
            "hornofafrica", "maghreb", "levant", "easterneurope", "westerneurope", "centraleurope", "redsea",
            "blacksea", "mediterranean", "persiangulf", "southchinasea", "eastchinasea", "baltic", "balticsea");

    private static boolean portfolioWords(Tokens t, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (!t.isWord(i) || !ActorWords.isPortfolioWord(t.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words {@code a..b} are an adjective of place or people only: a country's demonym, a continent's,
     * with compass words ({@code North Korean}, {@code Central American}, {@code Bosnian Serb}); a country whose
     * demonym is its name ({@code across Myanmar against the coup}) is not.
     */
    private boolean placeAdjective(Tokens t, int a, int b) {
        boolean adjective = false;
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            if (!t.isWord(i) || t.is(i, Tokens.ALL_CAPS)) {
                return false;
            }
            if (CONTINENT_ADJECTIVES.contains(w) || doc.gazetteer().countries().byDemonymKey(Names.key(w)) != null) {
                adjective = true;
            } else if (!COMPASS_QUALIFIERS.contains(w)) {
                return false;
            }
        }
        return adjective;
    }

    private static final Set<String> CONTINENT_ADJECTIVES = WordSets.of("european", "asian", "african", "american",
            "arab", "latin", "baltic", "balkan", "scandinavian", "caribbean", "mediterranean", "nordic", "kurdish",
            "serb", "croat", "cypriot", "korean");
    private static final Set<String> COMPASS_QUALIFIERS = WordSets.of("north", "south", "east", "west", "central",
            "northern", "southern", "eastern", "western");
    /** Nouns after an adjective of place that make it an actor's name: {@code Kurdish rebels}, {@code Arab states}. */
    private static final Set<String> ADJECTIVE_ACTORS = WordSets.of("rebels", "fighters", "militants", "militia",
            "militias", "forces", "troops", "soldiers", "police", "army", "guerrillas", "separatists", "insurgents",
            "gunmen", "authorities", "government", "officials", "military", "security", "states", "league", "union");

    /** {@code General Security}, {@code State Security}, {@code the General Staff}: a state's security service. */
    static boolean securityService(Tokens t, int a, int b) {
        return b == a + 1 && (t.isLower(b, "security") && SECURITY_SERVICE_OPENERS.contains(t.lower(a))
                || t.isLower(a, "general") && t.isLower(b, "staff"));
    }

    /** {@code students called by the X}, {@code residents organised by the X}: who called people out to protest. */
    private static boolean calledOut(Tokens t, int a) {
        int by = a - 2;
        return t.isLower(by, "by") && t.isWord(by - 1) && CALLED_OUT.contains(t.lower(by - 1)) && t.isWord(by - 2)
                && PROTESTERS.contains(t.lower(by - 2));
    }

    private static final Set<String> CALLED_OUT = WordSets.of("called", "organised", "organized", "mobilised",
            "mobilized");
    private static final Set<String> PROTESTERS = WordSets.of("students", "residents", "villagers", "women", "workers",
            "protesters", "demonstrators", "marchers", "people", "farmers", "traders", "teachers", "youths");
    private static final Set<String> BASE_FORCES = WordSets.of("soldiers", "forces", "troops", "units", "fighters",
            "commanders", "commander", "members");
    private static final Set<String> INDUSTRIAL_AREAS = WordSets.of("zone", "area", "estate", "park", "district");
    private static final Set<String> FORCE_TEAMS = WordSets.of("task", "response", "intervention", "reaction",
            "tactical");

    /** Whether an organisation's or a force's word comes before an {@code of} inside the name {@code a..b}. */
    private static boolean bodyOf(Tokens t, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (t.isLower(i, "of") && t.isWord(i - 1) && ActorWords.nameWordType(t.lower(i - 1)) != null) {
                return true;
            }
        }
        return false;
    }

    private Guess fromOwnWords(Tokens t, Sentence s, String name, String key, int a, int b) {
        if (b > a && t.isLower(b - 1, "industrial") && INDUSTRIAL_AREAS.contains(t.lower(b))) {
            return Guess.place("neighbourhood", name, Strength.NAME_WORD); // the Organised Industrial Zone of a city
        }
        if (b >= a + 3 && t.isLower(b, "area") && t.isLower(b - 1, "government") && t.isLower(b - 2, "local")) {
            return Guess.place("region", name, Strength.NAME_WORD); // Mangu Local Government Area
        }
        if (a == b && ActorWords.isNewsAgency(t.lower(a))
                && (t.isChar(a - 1, '(') || t.isCapitalised(a) && !t.is(a, Tokens.ALL_CAPS)
                || t.lower(a).length() > 3)) {
            return Guess.actor("organization", name, Strength.NAME_WORD); // (Reuters), AFP: an agency, never armed
        }
        if (b > a + 1 && t.isLower(a + 1, "of") && SQUARES_OF.contains(t.lower(a))) {
            return Guess.place("road", name, Strength.NAME_WORD); // the Square of Serbian Warriors, whoever they are
        }
        if (b > a && ESTATES.contains(t.lower(a))) {
            return Guess.place("facility", name, Strength.NAME_WORD); // the Hacienda San Isidro, the Fazenda Santa Rita
        }
        if (b > a && (MEDIA_WORDS.contains(t.lower(a)) || MEDIA_WORDS.contains(t.lower(b)))) {
            return Guess.actor("organization", name, Strength.NAME_WORD); // TV Pirveli, Radio Okapi, Rustavi 2 TV
        }
        if (b > a && (CLUB_ENDINGS.contains(t.lower(b)) || CLUB_OPENINGS.contains(t.lower(a))
                || t.isLower(a, "real") && doc.gazetteer().isCity(Names.key(MentionFinder.span(t, a + 1, b))))
                || cityAndPlural(t, a, b)) {
            return Guess.actor("organization", name, Strength.NAME_WORD); // Manchester United, Real Madrid, AC Milan
        }
        if (b > a + 1 && t.isLower(a, "islamic") && t.isLower(a + 1, "state") || selfProclaimedRepublic(t, a, b)) {
            // Islamic State East Asia Province, the Donetsk People's Republic: before the region and country words
            return Guess.actor("armed_group", name, Strength.NAME_WORD);
        }
        if (b > a && compassRegion(t, a, b, key) && !sportsSide(t, s, a, b)) { // not West Ham 2 Arsenal 0
            return Guess.place(cityType(key, "region"), name, Strength.NAME_WORD); // Middle Shabelle, Khartoum North
        }
        if (b > a && t.isLower(b, "base") && t.isLower(a - 1, "the") && t.isLower(a - 2, "of") && t.isWord(a - 3)
                && BASE_FORCES.contains(t.lower(a - 3))) {
            return Guess.actor("security_force", name, Strength.GROUP_NOUN); // soldiers of the Quds Base: a command
        }
        String lastPlace = PlaceWords.nameWordType(t.lower(b));
        if (bodyOf(t, a, b)) {
            lastPlace = null; // the Metropolitan Police of the Aburrá Valley: a force, whatever its area is called
        }
        if (("facility".equals(lastPlace) || "road".equals(lastPlace)) && (b > a || !doc.gazetteer().isCity(key))
                && !membersOf(t, a) && !gangAfter(t, b) // members of the National Radical Camp; the George Street gang
                || "region".equals(lastPlace) && b > a && !t.isLower(b - 1, "of") // not the Secretary of State
                && !policeDepartment(t, a, b) // the Belize Police Department, the Morton County Sheriff's Department
                && !orgNounBefore(t, s, a)) { // the association Families of the Missing of Sumy Region
            return Guess.place(lastPlace, name, Strength.NAME_WORD); // but Carrefour alone is the town
        }
        if (b > a && ActorWords.nameWordType(t.lower(b)) == null && !membersOf(t, a) && !gangAfter(t, b)) {
            String firstPlace = PlaceWords.nameWordType(t.lower(a));
            if ("facility".equals(firstPlace) && t.isLower(a + 1, "of") || "road".equals(firstPlace)) {
                return Guess.place(firstPlace, name, Strength.NAME_WORD);
            }
            if (WATERS.contains(t.lower(a)) && t.isLower(a + 1, "of")) {
                return Guess.place("region", name, Strength.NAME_WORD); // the Gulf of Aden, the Strait of Hormuz
            }
            for (int i = a + 1; i <= b; i++) {
                if ("road".equals(PlaceWords.nameWordType(t.lower(i)))) {
                    return Guess.place("road", name, Strength.NAME_WORD);
                }
            }
        }
        if (b > a && PLURAL_ARTICLES.contains(t.lower(a)) && !isPlaceName(key) && !doc.gazetteer().isCity(key)
                && !t.is(a, Tokens.ALL_CAPS) // LAS ANOD (SOOL REGION): a heading's town, in capitals
                && !(b == a + 1 && afterRole(t, a)) // (England striker Les Ferdinand)
                && !"security_force".equals(ActorWords.nameWordType(t.lower(b))) // (the Los Ríos Joint Task Force)
                && !(t.isWord(a - 1) && PlaceWords.isPreposition(t.lower(a - 1)) && !t.isLower(a - 1, "between"))
                && !(t.isLower(a - 1, "the") && t.isWord(a - 2) && PlaceWords.isPreposition(t.lower(a - 2)))
                && !t.isChar(a - 1, ',') && !t.isChar(a - 1, '(') // not in a list of places: Dibulla, La Guajira
                && !(t.isWord(b + 1) && !t.isCapitalised(b + 1) && PlaceWords.nounAfterType(t.lower(b + 1)) != null)
                // (nor a place's name before its noun: Manta's Los Esteros district)
                && !(t.isLower(a - 1, "of") && t.isWord(a - 2) && PlaceWords.nounOfType(t.lower(a - 2)) != null)) {
            // (nor after a place's noun: west of Las Anod)
            return Guess.actor(doc.groupType(), name, Strength.PLACE_CONTEXT + 1); // Los Rastrojos, Las Chonas: a group
        }
        Country c = doc.gazetteer().countries().byKey(key);
        if (c != null && b > a && !c.needsContext()) {
            // before the organisation words: the West Bank, the Central African Republic
            return countryGuess(c);
        }
        if (b == a + 1 && t.isLower(b, "house") && (t.isLower(a, "government") || t.isLower(a, "state"))) {
            return Guess.place("facility", name, Strength.NAME_WORD); // marching on the Government House in Lafia
        }
        String actor = b > a && (ActorWords.isCompanyEnding(t.lower(b)) || t.surface(a).equals("PT")
                || t.surface(a).equals("CV")) ? "organization" : ActorWords.nameWordType(t.lower(b)); // PT X: a company
        if (actor == null && b > a) {
            actor = ActorWords.nameWordType(t.lower(a));
            for (int i = a + 1; i < b && actor == null; i++) {
                actor = ActorWords.nameWordType(t.lower(i));
            }
        }
        if (actor == null && b > a + 1 && t.isWord(b) && CAUSES.contains(t.lower(b)) && t.isLower(a + 1, "for")
                && PEOPLE_FOR.contains(t.lower(a))) {
            actor = "organization"; // Rabbis for Human Rights, Women for Peace, Lawyers for Justice
        }
        if ((actor == null || "armed_group".equals(actor)) && humanRights(t, a, b) && !t.isLower(b, "party")) {
            actor = "organization"; // the Pakokku Human Rights Documentation Group
        }
        if (b > a && t.isLower(b, "team") && t.isWord(b - 1) && FORCE_TEAMS.contains(t.lower(b - 1))) {
            actor = "security_force"; // the Provincial Political Killings Task Team, the Tactical Response Team
        }
        if ((actor == null || "organization".equals(actor)) && b > a && t.isLower(b, "service")
                && t.isLower(b - 1, "border")) {
            actor = "security_force"; // Kyrgyzstan's Border Service, the State Border Service
        }
        if (actor == null && securityService(t, a, b)) {
            actor = "security_force"; // Syria's General Security, Egypt's State Security, the General Staff
        }
        if ("government".equals(actor) && criminalInvestigations(t, a, b)) {
            actor = "security_force"; // Kenya's Directorate of Criminal Investigations, a Criminal Investigation Department
        }
        if ("government".equals(actor) && b > a && t.isLower(b, "department") && policeDepartment(t, a, b)) {
            actor = "security_force"; // the Belize Police Department, the Morton County Sheriff's Department
        }
        if ("government".equals(actor) && partyCongress(t, a, b)) {
            actor = "organization"; // the Alternative National Congress, the African National Congress: parties
        }
        if ("government".equals(actor) && civicCouncil(t, a, b)) {
            actor = "organization"; // the Christian Council of Lesotho, the Norwegian Refugee Council: no state body
        }
        if ("government".equals(actor) && b > a && t.isLower(b - 1, "police") && !t.isLower(b - 2, "and")) {
            actor = "security_force"; // the Chicago Police Department, the National Police Directorate; not a ministry
        }
        if ("armed_group".equals(actor) && (electoralAlliance(t, a, b) || tradesAlliance(t, a, b)
                || SOFT_GROUP_HEADS.contains(t.lower(b)) && t.isLower(a - 1, "opposition")
                && t.isLower(a - 2, "the"))) {
            // the ruling Coalition for Democratic Change, the Alliance for Democracy and Progress; a Drivers' Alliance;
            // the opposition Armenia Alliance
            actor = "organization";
        }
        if (actor != null && (b > a || t.is(a, Tokens.CAPITALISED) && !doc.isCommonWord(t.lower(a)))) {
            if (b == a && !isKnownSingleOrg(t.lower(a))) {
                return null;
            }
            // (not the Police Complaints Authority: who watches the police)
            if ("organization".equals(actor) && !EDUCATION.contains(t.lower(b))
                    && anyWordOfType(t, a, b, "security_force") && !t.hasWordIn(a, b, OVERSIGHT)) {
                actor = "security_force";
            }
            if ("armed_group".equals(actor) && t.isLower(b + 1, "party")) {
                return Guess.actor("organization", name, Strength.NAME_WORD); // the Tehreek-e-Labbaik Pakistan party
            }
            boolean insurgents = b > a && insurgentName(t, a, b, actor)
                    && !(countryFirst(t, a) && !insurgentName(t, a, b, null)) // the Tanzania People's Defence Force
                    && !peoplesArmyOfState(t, a, b); // the Lao People's Army
            boolean wording = armedByWording(t, s, a, b);
            if (("security_force".equals(actor) || "organization".equals(actor) || "government".equals(actor) && wording)
                    && (insurgents || armedHeadOf(t, s, a) || armedNounAround(t, s, a, b) || armedApposition(t, s, b)
                    || wording)
                    || "government".equals(actor) && insurgents // the Sudan Liberation Movement-Transitional Council
                    || "security_force".equals(actor) && b > a && (stateless(t, a, b) || armyOfNoState(t, a, b)
                    || arabicUnit(t, a) || namedUnit(t, a, b))
                    || "government".equals(actor) && localMilitaryCouncil(t, a, b)
                    || "organization".equals(actor) && guerrillaFront(t, a, b)) {
                actor = "armed_group"; // the Free Syrian Army, the National Resistance Front; dissidents of the X Front
            }
            return Guess.actor(actor, name, Strength.NAME_WORD);
        }
        if (c != null && (!c.needsContext() || placeContext(t, s, a) != null || possessiveOfState(t, s, b))) {
            return countryGuess(c); // Niger's defence ministry
        }
        if (b - a >= 2 && hasCapitalisedLink(t, a, b) && c == null) {
            return Guess.actor("organization", name, Strength.PERSON_SHAPE); // Doctors Without Borders
        }
        return null;
    }

    /**
     * An alliance, coalition or syndicate of a trade's people ({@code the Cajeme Taxi Drivers' Alliance}, {@code the
     * Market Traders Coalition}): a civic body, no armed group.
     */
    private static boolean tradesAlliance(Tokens t, int a, int b) {
        boolean soft = false;
        boolean trade = false;
        for (int i = a; i <= b; i++) {
            soft |= t.isWord(i) && SOFT_GROUP_HEADS.contains(t.lower(i));
            trade |= t.isWord(i) && TRADES.contains(t.lower(i));
        }
        return soft && trade;
    }

    private static final Set<String> SOFT_GROUP_HEADS = WordSets.of("alliance", "coalition", "syndicate",
            "brotherhood");
    private static final Set<String> TRADES = WordSets.of("drivers", "workers", "traders", "farmers", "teachers",
            "nurses", "doctors", "journalists", "vendors", "transporters", "motorists", "fishermen", "students",
            "lawyers", "merchants", "taxi", "minibus", "truckers", "miners", "employees", "retailers", "shopkeepers",
            "parents", "residents", "women", "pensioners", "veterans");

    /**
     * A coalition or an alliance for democracy, progress or change, with no word of insurgents or fighters in its
     * name: parties allied for elections, not the Coalition of Patriots for Change, nor the Allied Democratic Forces.
     */
    private static boolean electoralAlliance(Tokens t, int a, int b) {
        if (b < a + 2 || !(t.isLower(a, "coalition") || t.isLower(a, "alliance")) || !t.isLower(a + 1, "for")
                || insurgentName(t, a, b, null)) {
            return false;
        }
        boolean aim = false;
        for (int i = a + 2; i <= b; i++) {
            String w = t.lower(i);
            if (w.startsWith("patriot") || w.startsWith("force") || w.equals("armed")) {
                return false;
            }
            aim |= POLITICAL_AIMS.contains(w);
        }
        return aim;
    }

    /**
     * A party named a national congress by its own word first ({@code the African National Congress}, {@code the
     * Alternative National Congress}); not a legislature ({@code the General National Congress}, {@code Congress}).
     */
    private static boolean partyCongress(Tokens t, int a, int b) {
        return b >= a + 2 && t.isLower(b, "congress") && t.isLower(b - 1, "national") && !t.isLower(a, "general")
                && !t.isLower(a, "the") || b > a && t.isLower(b, "congress") && t.hasWordIn(a, b - 1, PARTY_WORDS)
                && !t.hasWordIn(a, b - 1, NATIONAL); // (the National People's Congress: China's legislature)
    }

    /** Words of a party's name, never a legislature's: {@code the All People's Congress}. */
    private static final Set<String> PARTY_WORDS = WordSets.of("all", "people", "people's", "peoples", "progressives",
            "progressive", "democratic", "revolutionary", "liberation", "socialist", "labour", "patriotic", "popular");

    /** A council of churches, believers, elders, refugees or a trade: {@code the Christian Council of Lesotho}. */
    private static boolean civicCouncil(Tokens t, int a, int b) {
        boolean council = false;
        boolean civic = false;
        for (int i = a; i <= b; i++) {
            council |= t.isLower(i, "council");
            civic |= t.isWord(i) && CIVIC_COUNCILS.contains(t.lower(i))
                    || t.isApostrophe(i) && t.isWord(i - 1) && t.lower(i - 1).endsWith("s"); // Landowners' Council
        }
        return council && civic;
    }

    private static final Set<String> CIVIC_COUNCILS = WordSets.of("christian", "church", "churches", "catholic",
            "evangelical", "islamic", "muslim", "muslims", "interfaith", "inter-religious", "religious", "clergy",
            "ulema", "elders", "youth", "students", "women", "refugee", "refugees", "traders", "bar", "editors", "media");

    private static final Set<String> POLITICAL_AIMS = WordSets.of("democracy", "democratic", "progress", "development",
            "change", "reform", "reforms", "renewal");

    /** Words of a civic or political front's name: {@code the Popular Front}, {@code the National Democratic Front}. */
    private static final Set<String> CIVIC_WORDS = WordSets.of("popular", "democratic", "socialist", "national",
            "united",
            "party", "civic", "civil", "citizens", "workers", "students", "women", "unity", "progressive", "patriotic",
            "social", "people", "labour", "labor", "green", "youth", "common", "republican", "front", "frente",
            "environmental", "ecological", "climate", "feminist", "farmers", "peasants", "teachers", "rights");

    /**
     * A front named by a person or a war ({@code the Carlos Patiño Front}, {@code the Eastern War Front}) in a report
     * of armed groups, with no word of a civic or party front in its name: a guerrilla's front.
     */
    private boolean guerrillaFront(Tokens t, int a, int b) {
        if (b == a || !(t.isLower(b, "front") || t.isLower(b, "frente")) || !"armed_group".equals(doc.groupType())) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (CIVIC_WORDS.contains(t.lower(i)) || t.isWord(i) && ActorWords.nameWordType(t.lower(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code between X and Y} where the other of the two is a well-known actor too: {@code a dispute between Los Lobos
     * and Los Lagartos} (gangs, though Los Lobos is also a town).
     */
    private static boolean betweenKnownActors(Tokens t, Sentence s, int a, int b) {
        if (t.isLower(a - 1, "between") && t.isLower(b + 1, "and")) {
            return knownActorAt(t, s, b + 2);
        }
        for (int k = a - 2; k >= Math.max(s.first(), a - 6); k--) {
            if (t.isLower(k, "between") && t.isLower(a - 1, "and")) {
                return knownActorAt(t, s, k + 1);
            }
        }
        return false;
    }

    /** Whether the one to four words from {@code from} are a well-known actor's name. */
    private static boolean knownActorAt(Tokens t, Sentence s, int from) {
        for (int end = from; end <= Math.min(s.last(), from + 3) && t.isWord(end); end++) {
            if (KnownActors.type(Names.key(MentionFinder.span(t, from, end))) != null) {
                return true;
            }
        }
        return false;
    }

    /** A faction's mark after its group's name: a code in capitals ({@code CMC}) or a leader's {@code al-} name. */
    private static boolean factionMark(Tokens t, int b) {
        String w = t.lower(b);
        return t.is(b, Tokens.ALL_CAPS) && w.length() >= 2 && !ActorWords.isTitle(w)
                || (w.startsWith("al-") || w.startsWith("el-")) && w.length() > 4;
    }

    /** What a state has: {@code Niger's defence ministry}, {@code Chad's military transition}. */
    private static final Set<String> STATE_THINGS = WordSets.of("army", "military", "government", "president",
            "ministry", "defence", "defense", "foreign", "interior", "security", "armed", "transitional", "junta",
            "police", "authorities", "parliament", "prime", "capital", "border", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "troops", "soldiers", "forces", "national",
            "state",
            "economy", "election", "elections", "leader", "ruling");

    /** Whether the name is a possessive before what a state has, within the next three words: a country's. */
    private static boolean possessiveOfState(Tokens t, Sentence s, int b) {
        if (!t.isApostrophe(b + 1)) {
            return false;
        }
        int from = t.afterPossessive(b + 1);
        for (int i = from; i <= Math.min(s.last(), from + 2); i++) {
            if (t.isWord(i) && STATE_THINGS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of position that open the names of regions: {@code Upper Nile}, {@code North Darfur}, {@code Far North}.
     */
    private static final Set<String> COMPASS_OPENINGS = WordSets.of("north", "south", "east", "west", "upper", "lower",
            "middle", "central", "northern", "southern", "eastern", "western", "far", "north-west", "north-east",
            "south-west", "south-east", "northwest", "northeast", "southwest", "southeast");
    /** Words of position that close the names of a town's parts: {@code Khartoum North}, {@code Beirut South}. */
    private static final Set<String> COMPASS_ENDINGS = WordSets.of("north", "south", "east", "west", "central");

    /**
     * A name of two words opened by a word of position, the second no common word and no people's, and holding no
     * actor's word ({@code Middle Shabelle}, {@code West Kordofan}), or a town's name closed by one ({@code Khartoum
     * North}): a region.
     */
    private boolean compassRegion(Tokens t, int a, int b, String key) {
        if (b - a > 2 || t.is(a, Tokens.ALL_CAPS)) {
            return false;
        }
        for (int i = a; i <= b; i++) {
            if (ActorWords.nameWordType(t.lower(i)) != null || FunctionWords.isFunctionWord(t.lower(i))) {
                return false;
            }
        }
        String second = t.lower(b);
        if (COMPASS_OPENINGS.contains(t.lower(a)) && b == a + 1 && !COMPASS_OPENINGS.contains(second)
                && !doc.isCommonWord(second) && doc.gazetteer().countries().byDemonymKey(Names.key(second)) == null) {
            return true; // not the Southern Operations Room, Central African troops
        }
        return COMPASS_ENDINGS.contains(t.lower(b)) && b == a + 1 && doc.gazetteer().isCity(Names.key(t.lower(a)));
    }

    private static boolean anyWordOfType(Tokens t, int a, int b, String type) {
        for (int i = a; i <= b; i++) {
            if (type.equals(ActorWords.nameWordType(t.lower(i))) || t.isLower(i, "security")
                    || t.isLower(i, "peacekeeping") || t.isLower(i, "stabilization") || t.isLower(i, "stabilisation")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns after a name that make it a company's or a club's ({@code Fiat chairman}, {@code Newcastle striker}). */
    private static final Set<String> ORG_FOLLOWERS = WordSets.of("chairman", "chairwoman", "coach", "striker",
            "midfielder", "defender", "goalkeeper", "winger", "playmaker", "shares", "shareholders", "ceo",
            "subsidiary", "stock", "manager");
    /** Nouns that name a company, a club or a medium in an apposition ({@code carmaker X}, {@code X, the studio}). */
    private static final Set<String> COMPANY_NOUNS = WordSets.of("company", "companies", "firm", "maker", "carmaker",
            "automaker", "producer", "manufacturer", "conglomerate", "giant", "retailer", "airline", "carrier", "insurer",
            "bank", "lender", "broker", "brokerage", "studio", "studios", "newspaper", "daily", "broadcaster", "club",
            "exchange", "operator", "supplier", "distributor", "developer", "publisher", "subsidiary", "miner",
            "refiner", "brewer", "regulator", "monopoly", "consortium", "magazine", "weekly", "tabloid", "chipmaker",
            "drugmaker", "utility");
    private static final Set<String> CAUSES = WordSets.of("rights", "justice", "peace", "democracy", "freedom",
            "truth", "life", "dignity", "equality");
    private static final Set<String> PEOPLE_FOR = WordSets.of("rabbis", "lawyers", "physicians", "doctors", "women",
            "mothers", "citizens", "journalists", "students", "veterans", "priests", "parents", "artists", "scholars");
    /** Whether the name has the words {@code Human Rights}. */
    private static boolean humanRights(Tokens t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.isLower(i, "human") && t.isLower(i + 1, "rights")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RULERS = WordSets.of("rulers", "chiefs", "kings", "monarchs", "emirs", "leaders",
            "elders", "clerics");
    /** Nouns after a name that make it a medium's ({@code the Amaq news agency}). */
    private static final Set<String> MEDIA_AFTER = WordSets.of("news", "agency", "newspaper", "broadcaster", "website",
            "channel", "outlet");
    /** Verbs of a match's result between two sides ({@code Barcelona beat Valencia 3-2}). */
    private static final Set<String> RESULT_VERBS = WordSets.of("beat", "beats", "defeated", "edged", "thrashed",
            "routed", "drew", "lost", "hammered", "crushed", "upset", "overcame", "eliminated", "trounced", "held",
            "downed", "outplayed", "whipped", "blanked", "stunned");

    /** What only a group of people remains: {@code the coalition remained united}. */
    private static final Set<String> UNITED = WordSets.of("united", "intact", "unbroken", "cohesive");

    /** {@code mining giant X}, {@code carmaker X}: a company noun right before the name. */
    private static boolean companyBefore(Tokens t, Sentence s, int a) {
        int p = a - 1;
        return p >= s.first() && t.isWord(p) && !t.isCapitalised(p) && (COMPANY_NOUNS.contains(t.lower(p))
                || t.isLower(p, "group") && t.isWord(p - 1) && INDUSTRIES.contains(t.lower(p - 1)))
                && !t.isLower(p - 1, "the") && !t.isLower(p - 1, "a"); // diamond group De Beers
    }

    /**
     * A company its shares or its results name: {@code shares in Anglo}, {@code a stake in Teva}, {@code Alcatel
     * Alsthom fell 2.1 percent}, {@code Saudi Aramco reported a 15% drop in second-quarter profit}.
     */
    private static boolean traded(Tokens t, Sentence s, int a, int b) {
        if ((t.isLower(a - 1, "in") || t.isLower(a - 1, "of")) && t.isWord(a - 2) && HELD.contains(t.lower(a - 2))) {
            return true;
        }
        if (t.isWord(b + 1) && REPORTED.contains(t.lower(b + 1))) {
            for (int i = b + 2; i <= Math.min(b + 8, s.last()) && !t.isChar(i, '.') && !t.isChar(i, ','); i++) {
                if (t.isWord(i) && RESULTS.contains(t.lower(i))) {
                    return true; // Saudi Aramco reported a 15% drop in second-quarter profit
                }
            }
        }
        return t.isWord(b + 1) && PRICE_MOVES.contains(t.lower(b + 1)) && t.is(b + 2, Tokens.NUMBER)
                && (t.isLower(b + 3, "percent") || t.isLower(b + 3, "pct") || t.isChar(b + 3, '%'));
    }

    private static final Set<String> REPORTED = WordSets.of("reported", "posted", "booked", "forecast",
            "announced");
    private static final Set<String> RESULTS = WordSets.of("profit", "profits", "revenue", "revenues", "earnings",
            "sales", "dividend", "turnover");
    private static final Set<String> HELD = WordSets.of("shares", "share", "stake", "stakes", "stock", "stocks",
            "shareholders", "shareholding");
    private static final Set<String> PRICE_MOVES = WordSets.of("rose", "fell", "gained", "lost", "slipped", "climbed",
            "jumped", "dropped", "eased", "added", "shed", "firmed", "advanced", "declined", "tumbled", "surged",
            "slumped", "soared", "plunged", "rallied", "slid", "dipped", "edged");
    /** Industries a company group is named by: {@code diamond group De Beers}, {@code the media group Prisa}. */
    private static final Set<String> INDUSTRIES = WordSets.of("diamond", "mining", "media", "engineering", "steel",
            "chemicals", "chemical", "insurance", "banking", "financial", "food", "drinks", "tobacco", "oil", "energy",
            "industrial", "retail", "hotel", "travel", "telecoms", "telecommunications", "publishing", "pharmaceutical",
            "pharmaceuticals", "drugs", "construction", "property", "aerospace", "electronics", "textile", "shipping",
            "leisure", "entertainment", "brewing", "cement", "utilities", "technology", "software", "luxury",
            "fashion");

    /**
     * A plural noun alone at the start of a sentence ({@code Witnesses said some of its members carry machetes}):
     * people, whom "its" does not stand for.
     */
    private static boolean pluralOpener(Tokens t, Sentence s, int a, int b) {
        String w = t.lower(a);
        return a == b && a == t.firstWord(s) && !t.is(a, Tokens.ALL_CAPS) && w.length() > 3 && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** {@code X said on Tuesday its net profit rose}: what speaks of "its" results is a company. */
    private static boolean saidIts(Tokens t, Sentence s, int b) {
        if (!t.isWord(b + 1) || !SPEECH_VERBS.contains(t.lower(b + 1))) {
            return false;
        }
        for (int i = b + 2; i <= s.last() && i <= b + 6; i++) {
            if (t.isLower(i, "its")) {
                return true;
            }
            if (t.isLower(i, "he") || t.isLower(i, "she") || t.isLower(i, "his") || t.isLower(i, "her")
                    || t.isLower(i, "they") || t.isLower(i, "their")) {
                return false;
            }
        }
        return false;
    }

    /** {@code X, the world's biggest food company,}: an apposition headed by a company noun. */
    private static boolean companyApposition(Tokens t, Sentence s, int b) {
        int from = t.isLower(b + 2, "the") || t.isLower(b + 2, "a") || t.isLower(b + 2, "an") ? b + 3
                : t.isWord(b + 2) && t.isCapitalised(b + 2) && t.isPossessiveS(b + 4) ? b + 5 : -1;
        if (!t.isChar(b + 1, ',') || from < 0) { // X, the studio; BaFin, Germany's financial regulator,
            return false;
        }
        for (int i = from; i <= s.last() && i <= b + 9 && !t.isPunct(i); i++) {
            if (t.isWord(i) && !t.isCapitalised(i) && COMPANY_NOUNS.contains(t.lower(i))) {
                return !(t.isLower(i + 1, "of") || t.isLower(i + 1, "for")); // not "a group of"
            }
        }
        return false;
    }

    /**
     * A side in a match's result: {@code Arsenal 2 Leicester 0}, {@code Barcelona beat Valencia 3-2}, a table's row
     * ({@code Liverpool 4 3 0 1 8 3 9}).
     */
    private static boolean sportsSide(Tokens t, Sentence s, int a, int b) {
        if (Matches.setsWithin(t, s, b + 1, 8)) {
            return false; // Monica Seles beat Anke Huber 6-2 6-3: players, not teams
        }
        if (t.is(b + 1, Tokens.NUMBER) && (standingsRow(t, b + 1)
                || t.isWord(b + 2) && t.isCapitalised(b + 2) && !t.is(b + 2, Tokens.NUMBER)
                && !isoDateline(t, b + 1) && numberAfterName(t, s, b + 2))) {
            return true; // Arsenal 2 Leicester 0; Liverpool 4 3 0 1 8 3 9 (not JERUSALEM 1996-09-26, then the story)
        }
        if (t.is(a - 1, Tokens.NUMBER) && t.isWord(a - 2) && t.isCapitalised(a - 2) && t.is(b + 1, Tokens.NUMBER)) {
            return true; // Leicester in Arsenal 2 Leicester 0
        }
        if (t.isWord(b + 1) && RESULT_VERBS.contains(t.lower(b + 1))) {
            int c = t.isLower(b + 2, "with") || t.isLower(b + 2, "to") ? b + 3 : b + 2;
            return t.isWord(c) && t.isCapitalised(c) && numberAfterName(t, s, c); // Barcelona beat Valencia 3-2
        }
        int p = t.isLower(a - 1, "with") || t.isLower(a - 1, "to") ? a - 2 : a - 1;
        return p >= s.first() && t.isWord(p) && RESULT_VERBS.contains(t.lower(p)) && numberAfterName(t, s, a)
                || scoredRival(t, s, a, b);
    }

    /**
     * A side a match's score names: {@code a 2-1 win at Chelsea}, {@code a 4-2 win over Hansa Rostock}, {@code drew
     * 1-1 at Deportivo Coruna}, {@code lost 3-1 at Parma}, {@code his first goal for Barcelona}, {@code beaten by
     * Heerenveen last week, won 2-1}, {@code Ajax won 2-1}.
     */
    private static boolean scoredRival(Tokens t, Sentence s, int a, int b) {
        int prep = a - 1;
        if (prep - 1 >= s.first() && t.isWord(prep) && MATCH_PREPOSITIONS.contains(t.lower(prep))) {
            int k = prep - 1;
            if (t.isWord(k) && Matches.NOUNS.contains(t.lower(k))) {
                int n = t.isLower(k - 1, "home") || t.isLower(k - 1, "away") ? k - 2 : k - 1;
                if (n >= s.first() && Matches.score(t, n) || t.isLower(prep, "for") && (t.isLower(k, "goal")
                        || t.isLower(k, "goals"))) {
                    return true; // a 2-1 win at Chelsea; scored his first league goal for Barcelona
                }
            }
            if (Matches.score(t, k) && t.isWord(k - 1) && Matches.VERBS.contains(t.lower(k - 1))) {
                return true; // drew 1-1 at Deportivo Coruna, were held 1-1 by Guinea
            }
            if (t.isLower(prep, "by") && (t.isLower(k, "beaten") || t.isLower(k, "held")) && Matches.scoreIn(t, s)) {
                return true; // Ajax, beaten by Heerenveen last week, won 2-1
            }
        }
        if (t.isWord(a - 1) && Matches.PARTICIPLES.contains(t.lower(a - 1)) && Matches.score(t, b + 1)) {
            return true; // thrashing Inter Milan 5-0 (not beating Norwegian Finn Christian Jagge by 0.38 seconds)
        }
        return t.isWord(b + 1) && Matches.VERBS.contains(t.lower(b + 1)) && Matches.score(t, b + 2); // Ajax won 2-1
    }

    private static final Set<String> MATCH_PREPOSITIONS = WordSets.of("at", "over", "against", "with", "to", "by",
            "for");

    /**
     * A league table's row from {@code i}: at least six small numbers (played, won, drawn, lost, goals, points); a
     * situation report's table of figures by place has fewer columns or larger numbers.
     */
    private static boolean standingsRow(Tokens t, int i) {
        int n = 0;
        while (t.is(i + n, Tokens.NUMBER) && t.end(i + n) - t.start(i + n) <= 3) {
            n++;
        }
        return n >= 6;
    }

    /** Whether a number follows, within a word or two, the capitalised name that starts at {@code c}. */
    private static boolean numberAfterName(Tokens t, Sentence s, int c) {
        int i = c;
        while (i + 1 <= s.last() && t.isWord(i + 1) && t.isCapitalised(i + 1) && !t.is(i + 1, Tokens.NUMBER) && i - c < 4) {
            i++;
        }
        return t.is(i + 1, Tokens.NUMBER) || t.is(i + 2, Tokens.NUMBER) && t.isWord(i + 1) && !t.isCapitalised(i + 1);
    }

    /** Nouns of people that "armed" before them makes a group's fighters ({@code Lou Nuer armed youth}). */
    private static final Set<String> ARMED_ONES = WordSets.of("youth", "youths", "men", "elements", "individuals",
            "civilians", "herders", "villagers");
    /** Creeds written capitalised before the noun they qualify, which name no group alone. */
    private static final Set<String> SECTS = WordSets.of("alawite", "alawites", "sunni", "shia", "shiite", "druze",
            "yazidi", "ismaili", "ahmadi", "coptic", "christian", "muslim", "hindu", "sikh");
    private static final Set<String> SECT_PEOPLE = WordSets.of("men", "women", "boys", "girls", "civilians",
            "villagers", "families", "children", "residents", "worshippers", "pilgrims");
    private static final Set<String> CREEDS = WordSets.of("islamist", "jihadist", "salafist", "salafi", "wahhabi");
    /** Kin and dependants of the people a name qualifies ({@code children of Mbororo herders}). */
    private static final Set<String> KIN = WordSets.of("children", "families", "wives", "relatives", "sons",
            "daughters", "widows", "women");
    /** Notables of a clan or tribe ({@code the Hawiye clan elders}), who do not make it an armed group. */
    private static final Set<String> CLAN_ELDERS = WordSets.of("elders", "elder", "leaders", "leader", "chief", "chiefs",
            "chieftain", "chieftains", "council", "notables", "sultan");
    /** Adjectives between a name and the group noun that makes it a group ({@code Murle ethnic militia}). */
    private static final Set<String> GROUP_ADJECTIVES = WordSets.of("ethnic", "tribal", "communal", "community", "clan",
            "armed", "local", "islamist", "jihadist", "criminal", "rebel", "self-defence", "self-defense", "cult");

    /** Words of a farm estate before its name. */
    private static final Set<String> ESTATES = WordSets.of("hacienda", "finca", "fazenda", "estancia");
    /** Heads of a square's or a street's name before "of" and what it honours. */
    private static final Set<String> SQUARES_OF = WordSets.of("square", "plaza", "bridge", "avenue", "boulevard",
            "street");

    /**
     * A team named by its city and a plural ({@code Dallas Cowboys}, {@code Green Bay Packers}, {@code New York
     * Yankees}); not a man whose first name is a city's, after a noun that says who he is ({@code a farmer, Hassan
     * Chamas}).
     */
    private boolean cityAndPlural(Tokens t, int a, int b) {
        String last = t.lower(b);
        if (b == a || b - a > 3 || last.length() < 4 || !last.endsWith("s") || last.endsWith("ss")
                || PlaceWords.nameWordType(last) != null || ActorWords.nameWordType(last) != null
                || afterRoleOrItsComma(t, a)) {
            return false; // (spokesman Eugene Morris)
        }
        if (GivenNames.isGivenName(t.lower(a)) && !CommonWords.isCommon(last, 35)) {
            return false; // Hassan Abbas, a man (but the Charlotte Hornets)
        }
        return doc.gazetteer().isLargeCity(Names.key(MentionFinder.span(t, a, b - 1)));
    }

    /** Words of the names of insurgents' forces and fronts, never a state's. */
    private static final Set<String> INSURGENT_WORDS = WordSets.of("liberation", "resistance", "revolutionary",
            "independence", "salvation", "mujahideen", "mujahidin", "volunteer", "volunteers", "self-defence",
            "self-defense", "insurgency", "jihad", "rebel", "restoration", "struggle", "liberacion", "revolucionario",
            "revolucionaria", "revolutionnaire", "revolusi", "resistencia", "patriotique", "insurreccion", "revolution",
            "revolucion", "revolucao", "liberacao", "martyrs", "martyr", "dawlah", "daulah",
            "fano");
    /** Words that also name insurgents' forces ({@code Free Syrian Army}), though not a party or a state's. */
    private static final Set<String> INSURGENT_FORCE_WORDS = WordSets.of("free", "alliance", "people", "popular",
            "democratic", "patriotic", "islamic", "freedom", "nationalities", "democracy");

    /**
     * Whether a force's or a front's name is an insurgents' ({@code Kachin Independence Army}, {@code People's
     * Protection Units}): not a party's, nor a republic's ({@code Armed Forces of the Democratic Republic of the Congo}).
     */
    private static boolean insurgentName(Tokens t, int a, int b, String actor) {
        boolean found = false;
        if (t.isLower(b, "police")) {
            return false; // the National Revolutionary Police: a state's police, whatever its name recalls
        }
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            if (w.equals("party") || w.equals("parties") || w.equals("republic")) {
                return false;
            }
            String folded = Names.fold(w);
            found |= INSURGENT_WORDS.contains(folded); // self-defence
            for (String part : folded.indexOf('-') > 0 ? folded.split("-") : new String[] {folded}) { // Tehreek-e-Jihad
                found |= INSURGENT_WORDS.contains(part) || ActorWords.isMovementWord(part)
                        || "security_force".equals(actor) && INSURGENT_FORCE_WORDS.contains(part);
            }
        }
        return found;
    }

    /**
     * Single words that are organisations by themselves ({@code Interpol}; news agencies: {@link
     * ActorWords#isNewsAgency}).
     */
    private static boolean isKnownSingleOrg(String w) {
        return w.equals("interpol") || w.equals("parliament") || w.equals("congress")
                || w.equals("senate") || ActorWords.isMovementWord(w);
    }

    /** Nouns after a name that make it a feast's or a holiday's: {@code the Ganesh Chaturthi procession}. */
    private static final Set<String> FEASTS = WordSets.of("procession", "processions", "festival", "festivities",
            "celebrations", "holiday", "holidays", "feast", "pilgrimage", "eve");

    /**
     * The place type an apposition gives the name ending at {@code b}: {@code X, a neighbourhood of Y}, {@code X, a
     * small village in Y} (an article, at most two lower-case words, a place noun, then {@code of} or {@code in}).
     */
    private static String placeApposition(Tokens t, Sentence s, int b) {
        if (!t.isChar(b + 1, ',') || !(t.isLower(b + 2, "a") || t.isLower(b + 2, "an"))) {
            return null;
        }
        for (int k = b + 3; k <= Math.min(s.last() - 1, b + 5) && t.isWord(k) && !t.isCapitalised(k); k++) {
            String type = PlaceWords.nounAfterType(t.lower(k));
            if (type != null && !"region".equals(type) && (t.isLower(k + 1, "of") || t.isLower(k + 1, "in"))) {
                return type;
            }
        }
        return null;
    }

    private Guess fromContext(Tokens t, Sentence s, String name, String key, int a, int b) {
        int next = b + 1;
        if (t.isLower(a - 1, "to") && t.isLower(a - 2, "coded") && t.isChar(a - 3, '[')) {
            // ACLED's note of where it placed an event: "in Kypseli [coded to Athens-Central Athens]"
            return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT);
        }
        if (agedAfter(t, b) && !t.is(a, Tokens.ALL_CAPS) && !isPlaceName(key)) {
            return Guess.actor("person", name, Strength.ROLE_NOUN); // Duran, 45, takes on; Sani Musa, 34, a trader
        }
        if (!isPlaceName(key) && !t.is(a, Tokens.ALL_CAPS) && (Matches.batsmanOrBowler(t, s, a, b)
                || Matches.scorer(t, s, a, b) || Matches.bowler(t, s, a, b))) {
            return Guess.actor("person", name, Strength.ROLE_NOUN); // R. Dravid c Hudson b Klusener 36; (Larsson 67)
        }
        if (t.isWord(next) && !t.isCapitalised(next) && FEASTS.contains(t.lower(next)) && !isPlaceName(key)
                && !doc.gazetteer().isCity(key)) {
            return Guess.actor("other", name, Strength.ORGANISATION_CUE); // a Ganesh Chaturthi procession: a feast
        }
        int as = t.beforeThe(a);
        if (t.isLower(as, "as") && t.isLower(as - 1, "known") && t.isWord(as - 2)
                && FORCE_RANKS.contains(t.lower(as - 2))) {
            return Guess.actor("security_force", name, Strength.GROUP_NOUN); // special forces troops known as X
        }
        int shared = sharedArmedNoun(t, s, b);
        boolean headOf = armedHeadOf(t, s, a)
                && (b > a || ofBefore(t, a) > 0 && !doc.gazetteer().regions().isRegion(key));
        if ((headOf || shared >= 0 || armedByWording(t, s, a, b)) && !isPlaceName(key)
                && (!doc.gazetteer().isCity(key) || shared >= 0 && ofAPeople(t, shared))) {
            // cadres of the Jharkhand Sangharsh Jan Mukti Morcha, operatives of Ebubeagu (not fighters from Kidal);
            // Leelkase and Majerteen clan militias
            return Guess.actor("armed_group", name, Strength.GROUP_NOUN);
        }
        if (!isPlaceName(key) && (!t.is(a, Tokens.ALL_CAPS) && (next <= s.last() && ORG_FOLLOWERS.contains(t.lower(next))
                && !t.isCapitalised(next) || companyBefore(t, s, a) || saidIts(t, s, b) && !pluralOpener(t, s, a, b)
                || companyApposition(t, s, b) && placeContext(t, s, a) == null || traded(t, s, a, b)
                || a == b && companySaid(t, s) && !t.isCapitalised(a - 1))
                || sportsSide(t, s, a, b) && !shouted(t, s))) { // CLEVELAND 8 Baltimore 3: teams
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // Fiat chairman X, Barcelona beat Valencia 3-2
        }
        boolean theParty = (t.isLower(b + 1, "party") || t.isLower(b + 1, "movement")) && (t.isLower(a - 1, "the")
                || t.isWord(a - 1) && !t.isCapitalised(a - 1) && t.isLower(a - 2, "the")
                || t.isPossessiveS(a - 1) && b > a); // the (opposition) X party; Meloni's Brothers of Italy party
        if (theParty && !isPlaceName(key) && !doc.gazetteer().isCity(key) && (b > a || !isCountryWord(t.lower(a)))) {
            // (the ruling Georgian Dream party, but not the Kenyan party)
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // the Juwa party, the Ordo movement
        }
        if (b > a && !isPlaceName(key) && !doc.gazetteer().isCity(key) && orgNounBefore(t, s, a)) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // the opposition party Vente Venezuela
        }
        if (!isPlaceName(key) && !doc.gazetteer().isCity(key) && t.isLower(a - 1, "rival") && t.isLower(a - 2, "the")) {
            return Guess.actor(doc.groupType(), name, Strength.ORGANISATION_CUE); // and the rival Kera Sakti (his rival X)
        }
        if (!isPlaceName(key) && (t.isLower(next, "remained") || t.isLower(next, "remains")) && t.isWord(next + 1)
                && UNITED.contains(t.lower(next + 1))) {
            return Guess.actor(doc.groupType(), name, Strength.ORGANISATION_CUE); // Fòs Inite remained united
        }
        int noun = afterAcronym(t, b) + 1; // Runda Kumpulan Kecil (RKK) militants
        int civic = noun;
        if (t.isChar(noun, '(')) { // the Svitlo Nadii (Light of Hope) volunteer group: past the gloss
            int close = noun + 1;
            while (close <= Math.min(s.last(), noun + 6) && t.isWord(close)) {
                close++;
            }
            civic = t.isChar(close, ')') ? close + 1 : -1;
        }
        if (civic > 0 && civic + 1 <= s.last() && t.isWord(civic) && CIVIC_GROUP_KINDS.contains(t.lower(civic))
                && t.isWord(civic + 1) && CIVIC_BODIES.contains(t.lower(civic + 1)) && !isPlaceName(key)) {
            return Guess.actor("organization", name, Strength.GROUP_NOUN); // the Svitlo Nadii volunteer group
        }
        if (noun <= s.last() && t.isWord(noun) && !t.isCapitalised(noun)) {
            String n = t.lower(noun);
            String groupType = ActorWords.groupNounType(n);
            if (GROUP_ADJECTIVES.contains(n) && noun + 1 <= s.last() && t.isWord(noun + 1)
                    && (ActorWords.groupNounType(t.lower(noun + 1)) != null || n.equals("armed"))) {
                // the Murle ethnic militia, the Degodia clan militia; but the Degodia clan attacked
                groupType = ActorWords.groupNounType(t.lower(noun + 1));
                if (n.equals("armed") && ARMED_ONES.contains(t.lower(noun + 1))) {
                    groupType = "armed_group"; // Lou Nuer armed youth
                }
            } else if (noun + 1 <= s.last() && CLAN_ELDERS.contains(t.lower(noun + 1))) {
                groupType = null; // the Hawiye clan elders: a people's notables, no armed group
            } else if (t.isLower(a - 1, "of") && t.isWord(a - 2) && KIN.contains(t.lower(a - 2))) {
                groupType = null; // most of them children of Mbororo herders: the victims' people, no armed group
            } else if (groupType == null && oneOfItsFighters(t, a, b, noun, key)) {
                groupType = "armed_group"; // 1 TMF fighter was shot and killed by IS snipers
            }
            if (n.equals("association") && t.isLower(a - 1, "the") && !isPlaceName(key)
                    && !doc.gazetteer().isCity(key)) {
                return Guess.actor("organization", name, Strength.GROUP_NOUN); // hunters of the Benkadi association
            }
            // but "Mombasa gangs", "a Nablus armed group": the city's
            if ("armed_group".equals(groupType) && !isPlaceName(key) && !(doc.gazetteer().isLargeCity(key)
                    && (n.endsWith("s") && b == noun - 1 || t.isLower(a - 1, "a")))) {
                return Guess.actor("armed_group", name, Strength.GROUP_NOUN);
            }
        }
        String apposed = placeApposition(t, s, b);
        if (apposed != null && !doc.gazetteer().isCity(key)) {
            return Guess.place(apposed, name, Strength.PLACE_NOUN); // Bel-Horizon, a neighbourhood of Port-Lazare
        }
        int mission = t.isChar(b + 1, '(') && t.isChar(b + 3, ')') ? b + 4 : b + 1;
        if (t.isLower(mission, "mission") && t.hasWordIn(a, b, MISSION_FORCES)) {
            // the Multinational Security Support (MSS) mission
            return Guess.actor("security_force", name, Strength.GROUP_NOUN);
        }
        if (next <= s.last() && t.isWord(next) && !t.isCapitalised(next)) {
            String n = t.lower(next);
            String groupType = ActorWords.groupNounType(n);
            String placeType = PlaceWords.nounAfterType(n);
            if (n.equals("local") && t.isLower(next + 1, "government") && (t.isLower(next + 2, "area")
                    || t.isLower(next + 2, "areas") || t.isLower(next + 2, "council"))) {
                placeType = "region"; // Tsafe local government area
            }
            if (placeType != null) {
                // Kayseri province where the report's town is Kayseri: the town's name, the province a weaker reading
                return Guess.place(placeType, name, "region".equals(placeType) && doc.gazetteer().isCity(key)
                        ? Strength.GAZETTEER - 1 : Strength.PLACE_NOUN);
            }
            int police = POLICE_SCOPES.contains(n) ? next + 1 : next;
            if (t.isLower(police, "police") && b - a <= 2 && !t.is(a, Tokens.ALL_CAPS) && !doc.isCommonWord(t.lower(a))
                    && !POLICE_KINDS.contains(t.lower(b)) && (!t.opensSentence(s, a) || isPlaceName(key))) {
                return Guess.place(cityType(key, "region"), name, Strength.PLACE_CONTEXT); // the Saxony riot police
            }
            boolean commonWord = a == b && (GenericActors.of(t.lower(a)) != null || doc.isCommonWord(t.lower(a)));
            if ((n.equals("security") || n.equals("special")) && (t.isLower(next + 1, "forces")
                    || t.isLower(next + 1, "force")) && !commonWord
                    && !isPlaceName(key) && !doc.gazetteer().isCity(key) && !t.is(a, Tokens.ALL_CAPS)) {
                return Guess.actor("security_force", name, Strength.GROUP_NOUN); // the Asayish security forces, Danab
                // special forces
            }
            if ("security_force".equals(groupType) && a == b && t.is(a, Tokens.ALL_CAPS) && !isPlaceName(key) && !commonWord) {
                return Guess.actor("security_force", name, Strength.GROUP_NOUN); // FARDC troops, not Liancourt police
            }
            if (HEAD_NOUNS.contains(n) && !t.is(a, Tokens.ALL_CAPS) && !isPlaceName(key) && !commonWord) {
                return Guess.actor(doc.groupType(), name, Strength.ORGANISATION_CUE);
            }
        }
        int head = headNounOf(t, s, a);
        if (head >= 0 && (t.isLower(head, "chief") || t.isLower(head, "chiefs")) && t.isWord(head - 1)
                && LOCAL_CHIEFS.contains(t.lower(head - 1)) && !t.is(a, Tokens.ALL_CAPS)) {
            return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // the canton chief of X
        }
        GenericActors.Generic force = a == b ? GenericActors.of(t.lower(a)) : null;
        if (head >= 0 && force != null && "security_force".equals(force.type())) {
            return Guess.actor("security_force", name, Strength.ORGANISATION_CUE); // members of the Gendarmerie
        }
        if (head >= 0 && !bodyOfThePlace(t, b) && !(a == b && DocContext.isStance(t.lower(a))) // (Pro-Russian rebels)
                && !(doc.gazetteer().isCity(key) && (t.isLower(head, "chief") || t.isLower(head, "chiefs")))
                && !(t.isLower(head, "head") && doc.gazetteer().regions().isRegion(key))) {
            // (the traditional chief of Birao: a town; the head of Ingushetia: a region)
            // activists of X: a party's or a movement's, armed or not
            return Guess.actor(t.isLower(head, "activists") ? "organization" : doc.groupType(), name,
                    Strength.ORGANISATION_CUE);
        }
        boolean place = isPlaceName(key) || doc.gazetteer().isCity(key) && b > a;
        boolean actorWords = false;
        for (int i = a; i <= b && !actorWords; i++) {
            actorWords = ActorWords.nameWordType(t.lower(i)) != null || GenericActors.of(t.lower(i)) != null;
        }
        if (!actorWords && !t.is(a, Tokens.ALL_CAPS) && !(a == b && doc.isCommonWord(t.lower(a)))) {
            int p = t.beforeThe(a);
            if (p >= s.first() && t.isWord(p) && ASSAULT_VERBS.contains(t.lower(p)) && armedSubject(t, s, p)) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // attacked Tessit
            }
            if (t.isLower(p, "from") && p - 1 >= s.first() && FROM_A_PLACE.contains(t.lower(p - 1))) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // rockets from Khan Younis
            }
            if ((t.isLower(p, "call") || t.isLower(p, "calls")) && siteCalled(t, s, p)) {
                return Guess.place("facility", name, Strength.PLACE_CONTEXT); // the camp the Guarani-Kaiowá call X
            }
            if (t.isLower(p, "to") && marchedTo(t, s, p)) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // marched to X
            }
            if (placeListAfter(t, s, b)) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // Nguroje, Sardauna LGA
            }
            if (t.isWord(b + 1) && DWELLERS_AFTER.contains(t.lower(b + 1)) && !placeAdjective(t, a, b)
                    && !SECTS.contains(t.lower(b)) && !PEOPLES.contains(t.lower(b)) && !knownName(key)) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // Kahawa residents
            }
            if ((t.isLower(p, "as") || t.isLower(p, "to")) && t.isLower(p - 1, "coded")) {
                return Guess.place(cityType(key, "populated_place"), name, Strength.PLACE_CONTEXT); // coded as Taveta
            }
            if (t.isDash(a - 1) && t.isWord(a - 2) && doc.gazetteer().isCity(Names.key(t.lower(a - 2)))
                    && (t.isLower(a - 3, "in") || t.isLower(a - 3, "at"))) {
                return Guess.place("neighbourhood", name, Strength.PLACE_CONTEXT); // in Dhaka - Badda: a town's ward
            }
        }
        if (t.isLower(a - 1, "and") && betweenBefore(t, s, a - 2) && !t.is(a, Tokens.ALL_CAPS)) {
            return Guess.place("populated_place", name, Strength.PLACE_CONTEXT); // between Boni and Hombori
        }
        if (next <= s.last() && LEADERS_OF.contains(t.lower(next)) && !isPlaceName(key) && !t.is(a, Tokens.ALL_CAPS)) {
            return Guess.actor("person", name, Strength.ROLE_NOUN); // the Clinton administration
        }
        if (t.isLower(a - 1, "at") && a - 2 >= s.first() && STAFF.contains(t.lower(a - 2)) && !place) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // analysts at Goldman Sachs
        }
        if (b > a && t.isLower(a - 1, "of") && (t.isLower(a - 2, "government") || t.isLower(a - 2, "administration"))
                && !place && PlaceWords.nameWordType(t.lower(a)) == null && PlaceWords.nameWordType(t.lower(b)) == null) {
            return Guess.actor("person", name, Strength.ROLE_NOUN); // the government of Benjamin Netanyahu
        }
        if (a == b && looksLikeSurname(t.lower(a)) && a != t.firstWord(s) && !bigCity(key) && !t.is(a, Tokens.ALL_CAPS)
                && !t.isLower(a - 1, "in") && !t.isLower(a - 1, "near") // (three men in Tangwani accused of)
                && (next <= s.last() && (PERSON_VERBS.contains(t.lower(next))
                || sports && PLAYER_VERBS.contains(t.lower(next)))
                || a - 1 >= s.first() && PERSON_OBJECT_VERBS.contains(t.lower(a - 1))
                || t.isLower(a - 1, "said") && t.isChar(a - 2, '"') && !ActorWords.isNewsAgency(t.lower(a)))) {
            // Fischler proposed; accused Fischler; Joubert kicked, in a sports report; ..., " said Muster
            return Guess.actor("person", name, Strength.SPEECH - 5);
        }
        if (a - 1 >= s.first() && afterRole(t, a) && !t.is(a, Tokens.ALL_CAPS)) {
            return Guess.actor("person", name, Strength.ROLE_NOUN);
        }
        if (isLedBy(t, s, a) && b > a) {
            return Guess.actor("person", name, Strength.ROLE_NOUN);
        }
        if (t.isLower(a - 1, "the") && t.isLower(a - 2, "including") && t.isChar(a - 3, ',') && t.isWord(a - 4)
                && RULERS.contains(t.lower(a - 4))) {
            return Guess.actor("person", name, Strength.ROLE_NOUN); // traditional rulers, including the Ohinoyi of X
        }
        if (!t.is(a, Tokens.ALL_CAPS) || t.lower(a).length() > 6) {
            String placeType = placeContext(t, s, a);
            if (placeType != null && weakPreposition(t, a) && b > a && PlaceWords.nameWordType(t.lower(a)) == null
                    && !doc.gazetteer().isCity(key)) {
                placeType = null; // "goals from Ryan Giggs": a two-word name after from/to is rather a person
            }
            if (placeType != null && t.isWord(next) && MEDIA_AFTER.contains(t.lower(next))
                    && !doc.gazetteer().isCity(key)) {
                placeType = null; // through the Amaq news agency: a medium's name
            }
            if (placeType != null && (!looksLikePerson(t, s, a, b)
                    || t.isLower(a - 1, "in") && (doc.gazetteer().isCity(key)
                    || doc.gazetteer().regions().isRegion(key))
                    || t.isLower(a - 1, "of") && t.isWord(a - 2) && DWELLERS.contains(t.lower(a - 2)))) {
                // (Residents of Nueva Morelia said: where they live)
                // Police in Port Moresby said, Police in Jammu and Kashmir said: where those who speak are
                // (the village of Yandoto, a little more than "in X": no person's surname, its head Sani Yandoto's)
                return Guess.place(cityType(key, placeType), name,
                        settlementNamed(t, a) ? Strength.PLACE_CONTEXT + 1 : Strength.PLACE_CONTEXT);
            }
        }
        if (next <= s.last() && SPEECH_VERBS.contains(t.lower(next)) && b > a && !t.is(a, Tokens.ALL_CAPS)
                && !placeOrAcronymInside(t, a, b)) { // (Power New Zealand said: a firm)
            return Guess.actor("person", name, Strength.SPEECH);
        }
        if (next <= s.last() && SPEECH_VERBS.contains(t.lower(next)) && a == b && looksLikeSurname(t.lower(a))) {
            return Guess.actor("person", name, Strength.SPEECH - 5); // "Clinton said"
        }
        return null;
    }

    /**
     * Whether the name ending at {@code b} is followed by a comma and a place that contains it: an administrative
     * unit ({@code Sardauna LGA}, {@code Beni territory}), a country, or a region or town the gazetteer knows.
     */
    private boolean placeListAfter(Tokens t, Sentence s, int b) {
        int k = b + 2;
        if (!t.isChar(b + 1, ',') || k > s.last() || !t.isWord(k) || !t.isCapitalised(k)) {
            return false;
        }
        int end = k;
        while (end + 1 <= s.last() && t.isWord(end + 1) && t.isCapitalised(end + 1) && end - k < 3) {
            end++;
        }
        for (int i = k; i <= end + 1 && i <= s.last(); i++) {
            if (t.isWord(i) && "region".equals(PlaceWords.nameWordType(t.lower(i)))
                    || t.isWord(i) && !t.isCapitalised(i) && "region".equals(PlaceWords.nounAfterType(t.lower(i)))) {
                return true;
            }
        }
        String key = Names.key(MentionFinder.span(t, k, end));
        return doc.gazetteer().countries().byKey(key) != null && !t.isPossessiveS(end + 2); // (X, Argentina's leader)
    }

    private static final Set<String> FIRMS = WordSets.of("company", "firm", "carmaker", "insurer", "bank", "airline");

    /** Whether the sentence says what a firm said: {@code ... its purchase of Trax Petroleums, the company said}. */
    private static boolean companySaid(Tokens t, Sentence s) {
        for (int i = s.first() + 2; i <= s.last(); i++) {
            if ((t.isLower(i, "said") || t.isLower(i, "says")) && t.isLower(i - 2, "the") && t.isWord(i - 1)
                    && FIRMS.contains(t.lower(i - 1))) {
                return true; // developed by Arch through its purchase of Trax Petroleums Ltd, the company said
            }
        }
        return false;
    }

    /** Whether armed men act in the (up to six) words before {@code verb}: not "Trump attacked Biden". */
    private static boolean armedSubject(Tokens t, Sentence s, int verb) {
        for (int i = verb - 1; i >= Math.max(s.first(), verb - 6); i--) {
            if (t.isWord(i) && (ActorWords.groupNounType(t.lower(i)) != null || GenericActors.of(t.lower(i)) != null
                    && !"civilians".equals(GenericActors.of(t.lower(i)).type()) || t.is(i, Tokens.ALL_CAPS) && t.lower(i).length() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code between} opens the (up to four-token) name that ends at {@code end}. */
    private static boolean betweenBefore(Tokens t, Sentence s, int end) {
        for (int i = end; i >= Math.max(s.first(), end - 4); i--) {
            if (t.isLower(i, "between")) {
                return true;
            }
            if (t.isWord(i) && !t.isCapitalised(i) && !t.is(i, Tokens.NUMBER)) {
                return false;
            }
        }
        return false;
    }

    private String cityType(String key, String contextType) {
        if (doc.gazetteer().countries().byKey(key) != null) {
            return "country";
        }
        if ("populated_place".equals(contextType) && doc.gazetteer().regions().isRegion(key)
                && !doc.gazetteer().isCity(key)) {
            return "region"; // attacked Oromia: a region, whatever the context guessed
        }
        return contextType;
    }

    private boolean isPlaceName(String key) {
        return doc.gazetteer().countries().byKey(key) != null;
    }

    /** A country as a place guess, with its code. */
    static Guess countryGuess(Country c) {
        return Guess.place("country", c.name(), Strength.COUNTRY).withAttributes(Map.of("country", c.code()));
    }

    /** Whether the name ending at token {@code b} is a disease's. */
    static boolean isDisease(Tokens t, int b) {
        return DISEASES.contains(t.lower(b));
    }

    /** Fighters who are named as of a group ({@code FARC dissidents of the Dagoberto Ramos Front}). */
    private static final Set<String> ARMED_HEADS = WordSets.of("dissidents", "fighters", "militants", "rebels",
            "guerrillas", "gunmen", "insurgents", "militiamen", "combatants", "jihadists", "separatists", "cadres",
            "operatives", "tribesmen", "clansmen");

    /** Adjectives before a name that make it an armed group's ({@code the dissident 33rd Front}). */
    private static final Set<String> ARMED_ADJECTIVES = WordSets.of("dissident", "rebel", "jihadist", "insurgent",
            "militant", "separatist", "extremist", "islamist");

    /**
     * {@code Jaime Martinez Front dissidents}, {@code the dissident 33rd Front}: an armed noun right after the name, or
     * an armed adjective right before it.
     */
    private static boolean armedNounAround(Tokens t, Sentence s, int a, int b) {
        int n = afterAcronym(t, b) + 1;
        return n <= s.last() && (isArmedNoun(t, n) || t.isLower(n, "armed") && (isArmedNoun(t, n + 1)
                || t.isLower(n + 1, "youth") || t.isLower(n + 1, "men") || t.isLower(n + 1, "group")))
                || a - 1 >= s.first() && t.isWord(a - 1) && !t.isCapitalised(a - 1) && ARMED_ADJECTIVES.contains(t.lower(a - 1))
                || sharedArmedNoun(t, s, b) >= 0;
    }

    /** A lower-case noun of armed men or groups ({@code fighters}, {@code militias}); not "members" or "group" alone. */
    private static boolean isArmedNoun(Tokens t, int k) {
        if (!t.isWord(k) || t.isCapitalised(k)) {
            return false;
        }
        String w = t.lower(k);
        return ARMED_HEADS.contains(w) || "armed_group".equals(ActorWords.groupNounType(w)) && !w.equals("members")
                && !w.equals("group");
    }

    /**
     * {@code Leelkase and Majerteen clan militias clashed}, {@code Apuk and Aguok militias}: two names joined by "and"
     * share the armed noun after the second; its token, or -1.
     */
    private static int sharedArmedNoun(Tokens t, Sentence s, int b) {
        int k = b + 1;
        if (!t.isLower(k, "and") || !t.isCapitalised(k + 1)) {
            return -1;
        }
        k += 1;
        while (k <= s.last() && k <= b + 6 && t.isCapitalised(k)) {
            k++;
        }
        if (t.isLower(k, "armed") || t.isLower(k, "community") || PEOPLE_ADJECTIVES.contains(t.isWord(k) ? t.lower(k) : "")) {
            k++;
        }
        return isArmedNoun(t, k) ? k : -1;
    }

    /** Adjectives of a people before its armed men's noun ({@code Leelkase and Majerteen clan militias}). */
    private static final Set<String> PEOPLE_ADJECTIVES = WordSets.of("clan", "tribal", "ethnic");
    /** Nouns of a people's armed men ({@code Turi and Bangash tribesmen}). */
    private static final Set<String> PEOPLE_MEN = WordSets.of("tribesmen", "clansmen");

    /**
     * Whether the armed noun at {@code k} is of a people's armed men ({@code Turi and Bangash tribesmen}, {@code
     * Turkana and Pokot clan militias}), so that the first name is a people's even where a town has it too.
     */
    private static boolean ofAPeople(Tokens t, int k) {
        return PEOPLE_MEN.contains(t.lower(k)) || t.isWord(k - 1) && PEOPLE_ADJECTIVES.contains(t.lower(k - 1));
    }

    /** Adjectives of "group" in an apposition that make it an armed one ({@code X, a rebel group}). */
    private static final Set<String> GROUP_KINDS = WordSets.of("armed", "rebel", "jihadist", "insurgent", "militant",
            "criminal", "militia-linked", "murder-for-hire", "paramilitary", "terrorist", "extremist", "separatist",
            "vigilante", "self-defence", "self-defense", "guerrilla", "islamist", "secessionist", "partisan");
    /** Nouns of groups an armed adjective makes armed in an apposition ({@code an alliance of former rebel movements}). */
    private static final Set<String> GROUP_HEADS = WordSets.of("group", "groups", "movement", "movements", "outfit",
            "organisation", "organization");
    /** Heads of an apposition that make a name an armed group's ({@code X, a splinter of the ELN}). */
    private static final Set<String> ARMED_APPOSITIONS = WordSets.of("splinter", "faction", "factions", "offshoot",
            "militia", "wing", "affiliate", "rebels", "insurgents", "jihadists", "militants", "gang", "cartel");

    /**
     * {@code Comuneros del Sur, a splinter of the ELN}; {@code the FPL, a rebel group formed after the coup}; {@code both
     * factions of the SNA}: an apposition headed by a word of armed groups, or by "group" after an armed adjective.
     */
    private static boolean armedApposition(Tokens t, Sentence s, int b) {
        b = afterAcronym(t, b);
        return t.isChar(b + 1, ',') && appositionWord(t, s, b + 2, b + 7, i -> ARMED_APPOSITIONS.contains(t.lower(i))
                || GROUP_HEADS.contains(t.lower(i)) && GROUP_KINDS.contains(t.lower(i - 1)));
    }

    /**
     * Whether one of the lower-case words from {@code from} to {@code to}, before any other token, is one {@code word}
     * accepts: the head of an apposition ({@code X, a rebel group}, {@code X, a civic group}).
     */
    private static boolean appositionWord(Tokens t, Sentence s, int from, int to, IntPredicate word) {
        for (int i = from; i <= s.last() && i <= to && t.isWord(i) && !t.isCapitalised(i); i++) {
            if (word.test(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code the Sabha Youth Gathering, a civic group,}: an apposition of a civic kind of group ({@link
     * #CIVIC_GROUP_KINDS}) or of a body of civilians ({@link #ORG_NOUNS_BEFORE}), right after the name.
     */
    private static boolean civicApposition(Tokens t, Sentence s, int b) {
        b = afterAcronym(t, b);
        return t.isChar(b + 1, ',') && (t.isLower(b + 2, "a") || t.isLower(b + 2, "an") || t.isLower(b + 2, "the"))
                && appositionWord(t, s, b + 3, b + 6, i -> (ORG_NOUNS_BEFORE.contains(t.lower(i))
                || CIVIC_HEADS.contains(t.lower(i)) && CIVIC_GROUP_KINDS.contains(t.lower(i - 1)))
                && !speaksNext(t, i) && !t.isApostrophe(i + 1));
        // not "X, the union said", "X, the rights group Rawadari said", "X, the collective's spokesman"
    }

    /** Whether a speech verb follows the word at {@code i}, past a name: {@code the rights group Rawadari said}. */
    private static boolean speaksNext(Tokens t, int i) {
        int k = i + 1;
        while (k < i + 5 && t.isWord(k) && t.isCapitalised(k)) {
            k++;
        }
        return t.isWord(k) && SPEECH_VERBS.contains(t.lower(k));
    }

    private static final Set<String> CIVIC_HEADS = WordSets.of("group", "network", "coalition");
    /** Heads after a civic word that make the name before them a body of civilians: wider than {@link #CIVIC_HEADS}. */
    private static final Set<String> CIVIC_BODIES = WordSets.of("group", "groups", "network", "organisation",
            "organization", "association", "collective", "initiative", "coalition", "movement", "foundation");

    /**
     * A defence force named without a country ({@code Karenni Nationalities Defence Force}, {@code Ambazonia Defence
     * Forces}; not the Kenya Defence Forces): an insurgents' force.
     */
    private boolean stateless(Tokens t, int a, int b) {
        boolean defence = false;
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            defence |= w.equals("defence") || w.equals("defense");
            if (isCountryWord(w) || isCountryWord(Names.key(w)) || STATE_WORDS.contains(w)
                    || i < b && isPlaceName(Names.key(w + " " + t.lower(i + 1)))) {
                return false; // the Kenya Defence Forces, the South Sudan People's Defence Forces, a National Defence Force
            }
        }
        return defence;
    }

    /**
     * An army named by a people or a land that is no country: the Pa-O National Army, the Baloch Republican Army, the
     * Arakan Rohingya Army, the Shan State Army-North (not the Nigerian Army, the Somali National Army, the Royal
     * Thai Army, nor a National Army alone).
     */
    private boolean armyOfNoState(Tokens t, int a, int b) {
        String last = t.lower(b);
        boolean armedForce = last.equals("force") && t.isLower(b - 1, "armed");
        if (!(last.equals("army") || last.startsWith("army-") || ARMIES.contains(t.lower(a)) || armedForce)) {
            return false; // the Students' Armed Force is one too (a state's are Armed Forces, plural)
        }
        if (armedForce && t.hasWordIn(a, b, NATIONAL)) {
            return false; // the Bolivarian National Armed Force: a state's
        }
        boolean own = false;
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            if (isCountryWord(Names.key(w)) || ARMY_OF_STATE.contains(w)
                    || i < b && isPlaceName(Names.key(w + " " + t.lower(i + 1)))) {
                return false;
            }
            own |= t.isWord(i) && !ARMIES.contains(w) && !w.startsWith("army") && !STATE_WORDS.contains(w)
                    && !FunctionWords.isFunctionWord(w) && !w.equals("armed") && !w.startsWith("force");
        }
        return own;
    }

    private static final Set<String> NATIONAL = WordSets.of("national");

    /**
     * A brigade or a division named with the Arabic article ({@code the Al-Sumud Brigade}, {@code the Al-Nasr Brigade}):
     * a militia's name; the Arab states' armies number their units.
     */
    private static boolean arabicUnit(Tokens t, int a) {
        String w = t.lower(a);
        return w.startsWith("al-") || w.startsWith("el-") || w.startsWith("ahl-") || w.equals("al") && t.isWord(a + 1);
    }

    /**
     * {@code the Donetsk People's Republic}: a people's republic of a land that is no country, proclaimed by those who
     * took up arms for it (the People's Republic of China is a country's name).
     */
    private boolean selfProclaimedRepublic(Tokens t, int a, int b) {
        if (b - a < 3 || !t.isLower(b, "republic") || !t.isLower(b - 1, "s") || !t.isApostrophe(b - 2)
                || !(t.isLower(b - 3, "people") || t.isLower(b - 3, "peoples"))) {
            return false;
        }
        for (int i = a; i < b - 3; i++) {
            if (isCountryWord(Names.key(t.lower(i)))) {
                return false;
            }
        }
        return b - 3 > a;
    }

    /** Heads of a state's units or commands that it numbers: {@code the 5th Fleet}, {@code the 22nd Military Region}. */
    private static final Set<String> NUMBERED_HEADS = WordSets.of("army", "fleet", "wing", "command", "corps",
            "squadron", "regiment", "region", "district", "zone", "sector");

    /**
     * A state's unit or area command that opens with its ordinal: {@code the 2nd Army}, {@code the 5th Fleet}, {@code
     * the 22nd Military Region}, {@code the 3rd Operational Zone} (an area command only after "military" or
     * "operational": the 3rd District is a place).
     */
    static boolean numberedUnit(Tokens t, int a, int b) {
        if (b <= a || !t.isWord(a) || !NameChunker.isOrdinal(t.lower(a)) && !spelledOrdinal(t.lower(a))
                || !NUMBERED_HEADS.contains(t.lower(b))) {
            return false;
        }
        String head = t.lower(b);
        boolean area = head.equals("region") || head.equals("district") || head.equals("zone") || head.equals("sector");
        return !area || t.isLower(b - 1, "military") || t.isLower(b - 1, "operational");
    }

    /** An ordinal in words: {@code Second}, {@code Twenty-Second} (the Twenty-Second Jungle Brigade). */
    private static boolean spelledOrdinal(String w) {
        int dash = w.indexOf('-');
        return dash < 0 ? ORDINAL_WORDS.contains(w)
                : TENS.contains(w.substring(0, dash)) && ORDINAL_WORDS.contains(w.substring(dash + 1));
    }

    private static final Set<String> ORDINAL_WORDS = WordSets.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
            "fiftieth");
    private static final Set<String> TENS = WordSets.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    /** Heads of units that armies number or describe and militias name: {@code the Suleiman Shah Brigade}. */
    private static final Set<String> UNIT_HEADS = WordSets.of("brigade", "battalion", "division", "squad", "legion");
    /** Words of a police squad's task: {@code the Flying Squad}, {@code the Armed Offenders Squad}. */
    private static final Set<String> SQUAD_DESCRIPTORS = WordSets.of("flying", "mobile", "offenders", "armed", "riot",
            "narcotics", "drugs", "drug", "gang", "gangs", "vice", "homicide", "robbery", "crime", "bomb", "traffic");
    /** Words that describe an army's unit (its arm, its role, its rank) rather than name it. */
    private static final Set<String> UNIT_DESCRIPTORS = WordSets.of("infantry", "armoured", "armored", "mechanised",
            "mechanized", "motorised", "motorized", "special", "presidential", "republican", "rapid", "intervention",
            "guard", "guards", "commando", "commandos", "marine", "marines", "airborne", "air", "mountain", "border",
            "reserve", "artillery", "tank", "assault", "operations", "operational", "combat", "support", "response",
            "reaction", "security", "police", "army", "military", "defence", "defense", "force", "forces", "joint",
            "task", "strike", "quick", "elite", "tactical", "territorial", "coastal", "naval", "counter-terrorism",
            "anti-terrorism", "counterterrorism", "engineer", "engineering", "engineers", "logistics", "signal",
            "signals", "parachute", "paratroopers", "ranger", "rangers", "light", "heavy", "first", "second", "third",
            "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "independent", "separate", "mobile",
            "riot", "protection", "presidency", "intelligence", "cavalry", "aviation", "missile", "rocket", "medical",
            "training", "recruit", "foreign", "international", "volunteer", "home", "internal", "frontier", "desert",
            "jungle", "highland", "lowland", "river", "riverine", "amphibious", "anti-riot", "central", "northern",
            "southern", "eastern", "western", "north", "south", "east", "west");

    /**
     * A brigade, battalion, division, squad or legion named by its own words, a person's or a place's ({@code the
     * Suleiman Shah Brigade}, {@code the Sheikh Mansur Battalion}, {@code the Alex Boncayao Brigade}): a militia's;
     * an army numbers its units or names them by their arm and role ({@code the 8th Brigade}, {@code the Presidential
     * Guard Brigade}), and a country or state word makes it a state's.
     */
    private boolean namedUnit(Tokens t, int a, int b) {
        if (!UNIT_HEADS.contains(t.lower(b)) || t.isPossessiveS(a - 1) && forceWord(t, a - 3)) {
            return false; // the National Police's Ayacucho Special Operations Division: the police's
        }
        boolean named = false;
        boolean squad = t.isLower(b, "squad");
        for (int i = a; i < b; i++) {
            String w = t.lower(i);
            if (!t.isWord(i) || t.is(i, Tokens.NUMBER) || NameChunker.isOrdinal(w) || spelledOrdinal(w)
                    || !t.isCapitalised(i)
                    && !FunctionWords.isFunctionWord(w) || isCountryWord(Names.key(w)) || STATE_WORDS.contains(w)
                    || w.equals("police") || w.equals("gendarmerie")) {
                return false; // and the Kisauni Police Division is a police unit
            }
            named |= !UNIT_DESCRIPTORS.contains(w) && !FunctionWords.isFunctionWord(w) && !(squad
                    && (SQUAD_DESCRIPTORS.contains(w) || doc.gazetteer().isCity(Names.key(w))));
        }
        return named; // (the Fateh Squad, a group's; the Bari Flying Squad and the Armed Offenders Squad, police's)
    }

    /**
     * Words of a military council that governs a state ({@code the Transitional Military Council}), besides the
     * {@link #STATE_WORDS}.
     */
    private static final Set<String> RULING_COUNCILS = WordSets.of("transitional", "supreme", "high", "revolutionary",
            "provisional", "interim", "ruling");

    /**
     * {@code the Manbij Military Council}, {@code the Syriac Military Council}: a military council of a town or a
     * people, an armed group's; not one that rules a country ({@code the Transitional Military Council}).
     */
    private boolean localMilitaryCouncil(Tokens t, int a, int b) {
        if (b - a < 2 || !t.isLower(b, "council") || !t.isLower(b - 1, "military")) {
            return false;
        }
        for (int i = a; i < b - 1; i++) {
            String w = t.lower(i);
            if (RULING_COUNCILS.contains(w) || STATE_WORDS.contains(w) || isCountryWord(Names.key(w))) {
                return false;
            }
        }
        return true;
    }

    /** Words for an army in the languages of the reports: a name opened by one is an army's. */
    private static final Set<String> ARMIES = WordSets.of("ejército", "ejercito", "armée", "armee", "exército", "exercito");
    /** Words of state armies' names that no country word need come with. */
    private static final Set<String> ARMY_OF_STATE = WordSets.of("royal", "presidential", "territorial", "regular",
            "red", "imperial", "salvation", "continental", "reserve", "nacional", "nationale", "popular", "popolare");

    /** Words of a force's name that make it a state's. */
    private static final Set<String> STATE_WORDS = WordSets.of("national", "state", "republic", "federal", "royal");

    /** Whether the name at {@code a} opens with a country's name (not its people's: the Syrian Democratic Forces). */
    private boolean countryFirst(Tokens t, int a) {
        return doc.gazetteer().countries().byKey(Names.key(t.lower(a))) != null
                || doc.gazetteer().countries().byKey(Names.key(t.lower(a) + " " + t.lower(a + 1))) != null;
    }

    /**
     * {@code the Lao People's Army}, {@code the Korean People's Army}, {@code the Vietnamese People's Armed Forces}: a
     * country's people's army is its state's (not the New People's Army, nor a people's liberation army).
     */
    private boolean peoplesArmyOfState(Tokens t, int a, int b) {
        if (!t.isWord(a + 1) || !t.lower(a + 1).startsWith("people")) {
            return false;
        }
        int army = a + 2;
        while (army <= b && (!t.isWord(army) || t.isLower(army, "s"))) {
            army++; // past the possessive's apostrophe and s
        }
        boolean armyName = army == b && t.isLower(b, "army") || army + 1 == b && t.isLower(army, "armed")
                && t.isLower(b, "forces");
        return armyName
                && (doc.gazetteer().countries().byDemonymKey(Names.key(t.lower(a))) != null || countryFirst(t, a));
    }

    /** Whether a single word names a country or its people ({@code Kenya}, {@code Kenyan}). */
    private boolean isCountryWord(String w) {
        return doc.gazetteer().countries().byKey(w) != null || doc.gazetteer().countries().byDemonymKey(w) != null;
    }

    /** The last token of a name's acronym in brackets right after it ({@code Runda Kumpulan Kecil (RKK)}), else the name's. */
    private static int afterAcronym(Tokens t, int b) {
        return t.isChar(b + 1, '(') && t.is(b + 2, Tokens.ALL_CAPS) && t.isChar(b + 3, ')') ? b + 3 : b;
    }

    /** {@code fighters of X}, {@code dissidents of the X}: X is an armed group. */
    static boolean armedHeadOf(Tokens t, Sentence s, int a) {
        int q = t.isWord(a - 1) && (STYLED.contains(t.lower(a - 1)) || NameChunker.isOrdinal(t.lower(a - 1))
                || t.is(a - 1, Tokens.NUMBER)) ? a - 2 : a - 1; // of the self-styled X, fighters of the 33rd Front
        int p = t.isLower(q, "the") ? q - 1 : q;
        return p - 1 >= s.first() && (t.isLower(p, "of") || t.isLower(p, "from")) && t.isWord(p - 1)
                && (ARMED_HEADS.contains(t.lower(p - 1)) || t.isLower(p - 1, "elements") && t.isLower(p - 2, "armed"));
    }

    private static final Set<String> COMPASS_SUFFIXES = WordSets.of("sur", "norte", "sul", "este", "oeste", "occidental",
            "oriental", "centro");
    private static final Set<String> ALIGNED = WordSets.of("aligned", "allied", "affiliated", "linked");
    /** Whether the name follows {@code officers of (the)}, {@code riot police of the}: a force's. */
    private static boolean forceMembersOf(Tokens t, int a) {
        int p = ofBefore(t, a);
        return p > 0 && t.isWord(p - 1) && FORCE_RANKS.contains(t.lower(p - 1))
                && !(t.isWord(p - 2) && COMMUNITY.contains(t.lower(p - 2))); // community police of the CRAC-PF: a militia
    }

    /** The {@code of} right before the name at {@code a}, across {@code the}, else -1. */
    private static int ofBefore(Tokens t, int a) {
        int p = t.beforeThe(a);
        return t.isLower(p, "of") ? p : -1;
    }

    /** Lower-case words between a place and {@code police}: {@code the Isère departmental police}. */
    private static final Set<String> POLICE_SCOPES = WordSets.of("riot", "departmental", "provincial", "district",
            "state", "county", "municipal", "city", "local", "regional", "traffic", "border", "metropolitan");

    /** Capitalised words of a kind of police, not a place: {@code Riot police}, {@code the Religious police}. */
    private static final Set<String> POLICE_KINDS = WordSets.of("riot", "traffic", "border", "state", "federal",
            "military", "secret", "religious", "morality", "judicial", "tourist", "transport", "railway", "mounted",
            "armed", "auxiliary", "special", "national", "local", "city", "metropolitan", "municipal", "capitol",
            "park", "port", "transit", "university", "campus", "tribal", "village", "community", "royal");

    private static final Set<String> COMMUNITY = WordSets.of("community", "village", "communal", "tribal", "rebel",
            "militia");

    private static final Set<String> FORCE_RANKS = WordSets.of("officers", "agents", "policemen", "gendarmes",
            "police", "troops", "soldiers", "commandos", "paratroopers", "marines", "riot-police");

    /** Whether the name follows {@code members of (the)}: a group's, whatever its last word says. */
    private static boolean membersOf(Tokens t, int a) {
        int p = ofBefore(t, a);
        return p > 0 && t.isWord(p - 1) && MEMBERS.contains(t.lower(p - 1));
    }

    private static final Set<String> MEMBERS = WordSets.of("members", "member", "supporters", "leader", "leaders",
            "fighters", "militants", "activists", "cadres", "militiamen");

    /**
     * Whether a lower-case noun of an armed group or of its ranks follows the name: {@code the George Street gang},
     * {@code a George Street leader}.
     */
    private static boolean gangAfter(Tokens t, int b) {
        return t.isWord(b + 1) && !t.isCapitalised(b + 1) && GANG_AFTER.contains(t.lower(b + 1));
    }

    private static final Set<String> GANG_AFTER = WordSets.of("gang", "gangs", "crew", "posse", "leader", "leaders",
            "member", "members", "boss", "gunmen");

    /**
     * Whether the word before the name's last ({@code Department}), past a possessive, is a force's ({@code Sheriff's}),
     * a force owns the name ({@code the Civil Police's Homicide and Personal Protection Department}), or it investigates
     * crimes ({@code the Criminal Investigation Department}).
     */
    private static boolean policeDepartment(Tokens t, int a, int b) {
        return forceWord(t, t.isPossessiveS(b - 1) ? b - 3 : b - 1)
                || t.isPossessiveS(a - 1) && forceWord(t, a - 3)
                || criminalInvestigations(t, a, b);
    }

    private static boolean criminalInvestigations(Tokens t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.isLower(i, "criminal") && (t.isLower(i + 1, "investigations") || t.isLower(i + 1, "investigation"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean forceWord(Tokens t, int k) {
        return t.isWord(k) && "security_force".equals(ActorWords.nameWordType(t.lower(k)));
    }

    /**
     * Whether a noun of a party or a civic organisation comes right before the name: {@code the opposition party Vente
     * Venezuela}, {@code the rights group Foro Penal}, {@code the NGO X}.
     */
    private static boolean orgNounBefore(Tokens t, Sentence s, int a) {
        int p = t.isChar(a - 1, ',') ? a - 2 : a - 1; // a local group, Keep Bradford Safe
        if (p <= s.first() || !t.isWord(p) || t.isCapitalised(p)) {
            return false;
        }
        String w = t.lower(p);
        return ORG_NOUNS_BEFORE.contains(w) || (w.equals("group") || w.equals("groups")) && t.isWord(p - 1)
                && CIVIC_GROUP_KINDS.contains(t.lower(p - 1));
    }

    private static final Set<String> ORG_NOUNS_BEFORE = WordSets.of("party", "ngo", "charity", "organisation",
            "organization", "association", "union", "newspaper", "broadcaster", "watchdog", "platform", "company",
            "firm", "corporation", "contractor", "collective", "cooperative", "coalition", "alliance", "bloc");
    /** Words of a mission's name that make it a force: {@code the Multinational Security Support (MSS) mission}. */
    private static final Set<String> MISSION_FORCES = WordSets.of("security", "stabilization", "stabilisation",
            "peacekeeping", "protection");
    private static final Set<String> CIVIC_GROUP_KINDS = WordSets.of("rights", "aid", "advocacy", "humanitarian",
            "monitoring", "civic", "pressure", "lobby", "campaign", "activist", "environmental", "legal", "medical",
            "republican", "loyalist", "nationalist", "unionist", "opposition", "student", "youth", "political",
            "protest", "pro-independence", "indigenous", "far-right", "far-left", "feminist", "community", "action",
            "citizens", "residents", "solidarity", "local", "volunteer", "volunteers", "relief", "charity", "rescue",
            "evacuation", "church", "faith", "watchdog", "press", "media", "women's", "students'", "journalists'",
            "lawyers'", "neo-nazi", "anti-mafia", "anti-racist", "anti-fascist");
    /** Nouns right before a name that make it an armed group's: {@code the militia X}, {@code the cartel X}. */
    private static final Set<String> ARMED_NOUNS_BEFORE = WordSets.of("militia", "gang", "cartel", "faction",
            "outfit", "insurgency", "colectivo");
    private static final Set<String> STYLED = WordSets.of("self-styled", "so-called", "self-proclaimed",
            "self-described", "little-known", "shadowy", "outlawed", "banned", "proscribed");

    /**
     * A name said to be an armed group's around it: {@code a gang known as X}, {@code a group calling itself X},
     * {@code X and a rival armed group}, {@code X and other Druze armed groups}, {@code X claimed responsibility}.
     */
    private boolean armedByWording(Tokens t, Sentence s, int a, int b) {
        int p = a - 1;
        if (p < s.first() || t.newlinesAfter(p) > 0) {
            return armedAfter(t, s, b); // a headline's last word is no part of the next line's wording
        }
        int q = t.isLower(p, "the") ? p - 1 : p;
        if ((t.isLower(q, "with") || t.isLower(q, "to")) && t.isWord(q - 1) && ALIGNED.contains(t.lower(q - 1))
                && isArmedNoun(t, q - 2)) {
            return true; // Dhulbahante clan militias aligned with SSC-Khatumo
        }
        if (t.isLower(q, "of") && (t.isLower(q - 1, "splinter") || t.isLower(q - 1, "offshoot"))) {
            return true; // a splinter of the EPP
        }
        if ((t.isLower(q, "including") || t.isLower(q, "as") && t.isLower(q - 1, "such")) && armedKindBefore(t, s, q)) {
            return true; // a deal with more than 40 rebel groups, including the UFDD; armed groups such as X
        }
        if ((t.isLower(q, "blaming") || t.isLower(q, "blamed") || (t.isLower(q, "to") || t.isLower(q, "on"))
                && (t.isLower(q - 1, "attributed") || t.isLower(q - 1, "blamed")))
                && violent(t, s) && !ofAState(t, a, b)) {
            return true; // a bombing ... blaming the Hasm movement; shelling attributed to the X Brigade
        }
        if (t.isWord(p) && !t.isCapitalised(p) && (ARMED_NOUNS_BEFORE.contains(t.lower(p))
                || GROUP_HEADS.contains(t.lower(p)) && t.isWord(p - 1) && GROUP_KINDS.contains(t.lower(p - 1)))) {
            return true; // the self-defence group El Machete, the militia X, the partisan movement Atesh
        }
        if (t.isLower(q, "as") && t.isLower(q - 1, "known") || t.isLower(q, "itself") && (t.isLower(q - 1, "calling")
                || t.isLower(q - 1, "calls")) || t.isLower(q, "called") || t.isLower(q, "named")) {
            // militiamen known as the Mazombi
            int g = t.isLower(q, "as") || t.isLower(q, "itself") ? q - 2 : q - 1;
            String noun = t.isWord(g) ? t.lower(g) : "";
            if ("armed_group".equals(ActorWords.groupNounType(noun)) && !noun.equals("members")
                    && (!noun.equals("group") || "armed_group".equals(doc.groupType()))) {
                return true;
            }
        }
        return armedAfter(t, s, b);
    }

    /** Last words of a state's forces' names ({@code the Nigerian Army}, {@code the Sudanese Armed Forces}). */
    private static final Set<String> STATE_HEADS = WordSets.of("army", "police", "military", "navy", "forces",
            "gendarmerie", "guard", "guards", "government", "ministry");

    /** Whether a name is a state's or its forces': a country or demonym in it, or a force's last word. */
    private boolean ofAState(Tokens t, int a, int b) {
        if (STATE_HEADS.contains(t.lower(b))) {
            return true;
        }
        for (int i = a; i <= b; i++) {
            if (isCountryWord(Names.key(t.lower(i))) || STATE_WORDS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether armed groups are named as a kind shortly before token {@code q} of the sentence: {@code rebel groups},
     * {@code armed groups}, {@code militias}, {@code gangs} (the kind a list after "including" or "such as" is of).
     */
    private static boolean armedKindBefore(Tokens t, Sentence s, int q) {
        for (int k = q - 1; k >= s.first() && k >= q - 12; k--) {
            if (!t.isWord(k) || t.isCapitalised(k)) {
                continue;
            }
            String w = t.lower(k);
            if ((w.equals("groups") || w.equals("movements")) && t.isWord(k - 1) && GROUP_KINDS.contains(t.lower(k - 1))
                    || w.equals("militias") || w.equals("gangs") || w.equals("cartels") || w.equals("factions")
                    && t.isWord(k - 1) && GROUP_KINDS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words of armed violence that make whoever a sentence blames for it an armed group. */
    private static final Set<String> VIOLENCE = WordSets.of("attack", "attacks", "attacked", "bomb", "bombing",
            "bombings", "blast", "explosion", "explosives", "shelling", "shelled", "ambush", "ambushed", "killed",
            "killing", "killings", "massacre", "abducted", "abduction", "kidnapping", "kidnapped", "rocket", "rockets",
            "grenade", "gunmen", "assassination", "ied");

    private static boolean violent(Tokens t, Sentence s) {
        return t.hasWordIn(s, VIOLENCE);
    }

    /** {@code X and a rival armed group}, {@code X and other armed groups}, {@code X claimed responsibility}. */
    private static boolean armedAfter(Tokens t, Sentence s, int b) {
        int n = afterAcronym(t, b) + 1;
        if (n > s.last() || t.newlinesAfter(n - 1) > 0) {
            return false;
        }
        if (t.isLower(n, "and") && (t.isLower(n + 1, "a") || t.isLower(n + 1, "another") || t.isLower(n + 1, "other"))) {
            for (int k = n + 2; k <= n + 4 && k + 1 <= s.last(); k++) {
                if (t.isLower(k, "armed") && (t.isLower(k + 1, "group") || t.isLower(k + 1, "groups"))
                        || t.isLower(k, "militia") || t.isLower(k, "militias")) {
                    return true; // the Rahbat al-Duruu Brigade and a rival armed group
                }
            }
        }
        return t.isLower(n, "claimed") && (t.isLower(n + 1, "responsibility") || t.isLower(n + 2, "attack")
                || t.isLower(n + 1, "to") && t.isLower(n + 2, "have") // the X Battalion claimed to have fired a rocket
                || t.isLower(n + 2, "bombing") || t.isLower(n + 2, "killing") || t.isLower(n + 2, "killings")
                || t.isLower(n + 2, "ambush") || t.isLower(n + 2, "abduction"));
    }

    /**
     * Whether a lower-case body follows the name, within two words: {@code a member of the Sabha municipal council},
     * whose name is the body's place, not a group's.
     */
    private static boolean bodyOfThePlace(Tokens t, int b) {
        for (int i = b + 1; i <= b + 2 && t.isWord(i) && !t.isCapitalised(i); i++) {
            if (LOCAL_BODIES.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LOCAL_BODIES = WordSets.of("council", "councils", "committee", "assembly",
            "branch", "chapter", "board", "parliament", "municipality", "administration", "legislature", "chamber");

    /** {@code the leader of X}, {@code members of the X}: X is a group or organisation. */
    static boolean isHeadOf(Tokens t, Sentence s, int a) {
        return headNounOf(t, s, a) >= 0;
    }

    /** The noun of {@code members of (the)} before the name at {@code a} or the name it is joined to, or -1. */
    private static int headNounOf(Tokens t, Sentence s, int a) {
        int p = t.beforeThe(a);
        if (t.isLower(p, "and")) { // Activists of Jubo Dal and Islami Chhatra Shibir: the second name too
            int k = p - 1;
            while (k > p - 6 && k > s.first() && t.isWord(k) && t.isCapitalised(k)) {
                k--;
            }
            if (k < p - 1) {
                p = t.isLower(k, "the") ? k - 1 : k;
            }
        }
        return p - 1 >= s.first() && t.isLower(p, "of") && t.isWord(p - 1) && HEAD_NOUNS.contains(t.lower(p - 1))
                ? p - 1 : -1;
    }

    /** A city of 100,000 people or a capital: {@code accused Taipei of} names the city's government, not a person. */
    boolean bigCity(String key) {
        City c = doc.gazetteer().city(key, List.of());
        return c != null && (c.population() >= 100_000 || c.isCapital());
    }

    /** A single capitalised word that can be a surname: not a common noun, a plural or a lexicon word. */
    private boolean looksLikeSurname(String w) {
        return w.length() > 2 && !w.endsWith("s") && !doc.isCommonWord(w) && !isLexiconWord(w)
                && !isCountryWord(w);
    }

    /**
     * Whether the shouted word {@code a} and a shouted word next to it are written in mixed case, next to each other,
     * elsewhere in the text ({@code HANOVER PARK} and, in the body, {@code Hanover Park}).
     */
    private boolean namedElsewhere(Tokens t, Sentence s, int a) {
        if (mixedCasePairs == null) {
            mixedCasePairs = new HashSet<>();
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.isWord(i) && t.isCapitalised(i) && !t.is(i, Tokens.ALL_CAPS) && t.isWord(i + 1)
                        && t.isCapitalised(i + 1) && !t.is(i + 1, Tokens.ALL_CAPS) && t.end(i) + 1 == t.start(i + 1)) {
                    mixedCasePairs.add(t.lower(i) + " " + t.lower(i + 1));
                }
            }
        }
        return a - 1 >= s.first() && t.is(a - 1, Tokens.ALL_CAPS)
                && mixedCasePairs.contains(t.lower(a - 1) + " " + t.lower(a))
                || a + 1 <= s.last() && t.is(a + 1, Tokens.ALL_CAPS)
                && mixedCasePairs.contains(t.lower(a) + " " + t.lower(a + 1));
    }

    /** Pairs of capitalised words written next to each other in mixed case, once a shouted line asks. */
    private Set<String> mixedCasePairs;

    /** A word the lexicons know as something other than a name ({@code Police}, {@code Mission}, {@code Leader}). */
    private static boolean isLexiconWord(String w) {
        return FunctionWords.isFunctionWord(w) || GenericActors.of(w) != null || ActorWords.nameWordType(w) != null
                || ActorWords.groupNounType(w) != null || ActorWords.isRoleNoun(w) || ActorWords.isTitle(w)
                || PlaceWords.nounAfterType(w) != null || PlaceWords.isFacilityNoun(w);
    }

    private static boolean isLedBy(Tokens t, Sentence s, int a) {
        return a - 2 >= s.first() && t.isLower(a - 1, "by") && (t.isLower(a - 2, "led") || t.isLower(a - 2, "headed"));
    }

    private static boolean weakPreposition(Tokens t, int a) {
        int p = t.beforeThe(a);
        return t.isLower(p, "from") || t.isLower(p, "to") || t.isLower(p, "with");
    }

    private static boolean looksLikePerson(Tokens t, Sentence s, int a, int b) {
        int next = b + 1;
        return next <= s.last() && b > a && SPEECH_VERBS.contains(t.lower(next));
    }

    /** The place type the words before token {@code a} give it ({@code in X}, {@code residents of X}), or null. */
    static String placeContext(Tokens t, Sentence s, int a) {
        int p = a - 1;
        if (t.isWord(p) && PLACE_ADJECTIVES.contains(t.lower(p)) && t.isLower(p - 1, "the")) {
            p--; // in the occupied Golan Heights
        }
        if (t.isWord(p) && !t.isCapitalised(p) && (t.isLower(p - 1, "the") || t.isWord(p - 1)
                && PlaceWords.isPreposition(t.lower(p - 1)))) {
            String settlement = SETTLEMENT_BEFORE.get(t.lower(p));
            if (settlement != null) {
                return settlement; // in the colonia Rancho Grande, from the vereda Las Perlas, in the village Kuida
            }
        }
        if (t.isLower(p, "the")) {
            p--;
        }
        if (p < s.first() || !t.isWord(p) || t.isCapitalised(p) && p != s.first()) {
            return null; // a capitalised preposition counts only where the sentence starts ("In X, ...")
        }
        String w = t.lower(p);
        if (w.equals("of")) {
            int q = p - 1;
            if (t.isLower(q, "the")) {
                return null;
            }
            return t.isWord(q) ? PlaceWords.nounOfType(t.lower(q)) : null;
        }
        if ((w.equals("nearby") || w.equals("neighbouring") || w.equals("neighboring")) && t.isWord(p - 1)
                && (PlaceWords.isPreposition(t.lower(p - 1)) || t.isLower(p - 1, "and") && t.isCapitalised(p - 2))) {
            // (also "in Kermanshah and nearby Eslamabad-e Gharb")
            return "populated_place"; // in nearby Burj al-Shamali
        }
        if (COMPASS_ADJECTIVES.contains(w) || LEAVING.contains(w)
                || w.equals("with") && t.isWord(p - 1) && BORDERS.contains(t.lower(p - 1))) {
            return "populated_place"; // in north-eastern Jordan; near the borders with Niger and Burkina Faso
        }
        return PlaceWords.isPreposition(w) ? "populated_place" : null;
    }

    /** Whether the name ending at {@code b} is followed by an age between commas: {@code Duran , 45 ,}. */
    private static boolean agedAfter(Tokens t, int b) {
        if (!t.isChar(b + 1, ',') || !t.is(b + 2, Tokens.NUMBER) || !t.isChar(b + 3, ',')) {
            return false;
        }
        String n = t.lower(b + 2);
        return n.length() <= 2 && n.chars().allMatch(Character::isDigit) && Integer.parseInt(n) >= 12;
    }

    /** Whether a settlement's noun names token {@code a}: {@code the village of X}, {@code the village X}. */
    private static boolean settlementNamed(Tokens t, int a) {
        return t.isLower(a - 1, "of") && t.isWord(a - 2) && SETTLEMENTS_OF.contains(t.lower(a - 2))
                || t.isWord(a - 1) && !t.isCapitalised(a - 1) && SETTLEMENT_BEFORE.containsKey(t.lower(a - 1));
    }

    /** {@code the village of X}: a settlement's noun whose name follows {@code of}. */
    private static final Set<String> SETTLEMENTS_OF = WordSets.of("village", "town", "hamlet", "settlement",
            "city", "commune", "municipality", "locality");
    /** What a town's name can end in when the name is of its body: {@code the town of X Council}. */
    private static final Set<String> BODIES_OF_A_TOWN = WordSets.of("council", "committee", "association", "party",
            "front", "army", "brigade", "police", "movement", "militia", "authority", "municipality", "hall");
    /** Nouns of a settlement or a part of one right before its name, by the type they give it. */
    private static final Map<String, String> SETTLEMENT_BEFORE = Map.ofEntries(Map.entry("village", "populated_place"),
            Map.entry("town", "populated_place"), Map.entry("hamlet", "populated_place"),
            Map.entry("aldea", "populated_place"), Map.entry("vereda", "populated_place"),
            Map.entry("corregimiento", "populated_place"), Map.entry("sitio", "populated_place"),
            Map.entry("colonia", "neighbourhood"), Map.entry("barrio", "neighbourhood"),
            Map.entry("bairro", "neighbourhood"), Map.entry("neighbourhood", "neighbourhood"),
            Map.entry("neighborhood", "neighbourhood"), Map.entry("barangay", "neighbourhood"),
            Map.entry("kebele", "neighbourhood"), Map.entry("mahalla", "neighbourhood"));
    private static final Set<String> COMPASS_ADJECTIVES = WordSets.of("northern", "southern", "eastern", "western",
            "north-eastern", "northeastern", "north-western", "northwestern", "south-eastern", "southeastern",
            "south-western", "southwestern", "central", "far-northern", "far-western", "rural", "urban", "downtown");
    /** Last words of an accord's name ({@code Stockholm Agreement}, {@code Minsk Accords}). */
    private static final Set<String> ACCORD_ENDS = WordSets.of("agreement", "agreements", "accord", "accords",
            "treaty", "memorandum");
    /** Last words of a law's name ({@code Terrorism Act}, {@code Penal Code}). */
    private static final Set<String> LAW_ENDS = WordSets.of("act", "acts", "law", "laws", "decree", "ordinance",
            "regulations", "code");
    /** First words of a named operation's name ({@code Operation Koundjoaré}). */
    private static final Set<String> OPERATIONS = WordSets.of("operation", "opération", "operación", "operação",
            "operasi");
    /**
     * Whether the name is of a unit a force owns, named with its noun after it: {@code the military police's Rondesp
     * Central patrol unit}, {@code the civil police's Draco organised-crime department}.
     */
    private static boolean forceOwnedUnit(Tokens t, int a, int b) {
        int s = t.isPossessiveS(a - 1) ? a - 3 : t.isApostrophe(a - 1) ? a - 2 : -1;
        if (s < 0 || !t.isWord(s) || !OWNING_FORCES.contains(t.lower(s))) {
            return false;
        }
        for (int k = b + 1; k <= b + 3 && t.isWord(k) && !t.isCapitalised(k); k++) {
            if (UNIT_NOUNS.contains(t.lower(k))) {
                return !(t.isWord(k + 1) && PlaceWords.isFacilityNoun(t.lower(k + 1))); // not the army's X command post
            }
        }
        return false;
    }

    /** Words of a force's department: {@code the Special Tasks Department}, {@code the Investigations Department}. */
    private static final Set<String> FORCE_DEPARTMENTS = WordSets.of("tasks", "operations", "investigations",
            "investigation", "intelligence", "counter-terrorism", "counterterrorism", "anti-terrorism", "narcotics",
            "anti-narcotics", "crimes", "organised-crime", "organized-crime", "patrol", "security", "protection");
    private static final Set<String> OWNING_FORCES = WordSets.of("police", "army", "military", "navy", "gendarmerie",
            "guard", "forces");
    private static final Set<String> UNIT_NOUNS = WordSets.of("unit", "units", "department", "squad", "battalion",
            "brigade", "division", "detachment", "team", "task", "command", "regiment", "company", "group");

    /**
     * Whether the name is a body of people named by their possessive and then a capitalised word of its own: {@code the
     * Walikale Women's Synergy}, {@code the Kivu Farmers' Platform}.
     */
    private static boolean peoplesBody(Tokens t, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (t.isApostrophe(k) && t.isWord(k - 1) && t.isCapitalised(k - 1)
                    && NameChunker.PEOPLES.contains(t.lower(k - 1)) && !t.isLower(k - 1, "people")
                    && !t.isLower(k - 1, "peoples")) { // (not the People's Republic, the People's Defence Force)
                int next = t.isLower(k + 1, "s") && t.end(k) == t.start(k + 1) ? k + 2 : k + 1;
                for (int w = next; w <= b; w++) { // not the Students' Armed Force, a group's
                    String type = t.isWord(w) ? ActorWords.nameWordType(t.lower(w)) : null;
                    if ("armed_group".equals(type) || "security_force".equals(type) || t.isLower(w, "armed")) {
                        return false;
                    }
                }
                return next <= b && t.isWord(next) && t.isCapitalised(next);
            }
        }
        return false;
    }

    /**
     * Whether {@code troops of (the X)} ends at token {@code k}, capitalised words and "the" between, the men being one
     * of {@code members}.
     */
    private static boolean membersOfBefore(Tokens t, int k, Set<String> members) {
        while (k > 1 && t.isWord(k) && (t.isCapitalised(k) || t.isLower(k, "the"))) {
            k--;
        }
        return t.isLower(k, "of") && t.isWord(k - 1) && members.contains(t.lower(k - 1));
    }

    /** Members of a force named after them: {@code officers of the X}, {@code gendarmes of the Y}. */
    private static final Set<String> OFFICERS = WordSets.of("officers", "gendarmes", "policemen", "troops", "soldiers",
            "agents");
    /** Words that make a name a force's, when its officers are named: security, police, gendarmerie, guard. */
    private static final Set<String> FORCE_NAME_WORDS = WordSets.of("security", "police", "gendarmerie", "guard",
            "guards", "intervention", "riot");
    /** Who serves in a task force: {@code troops of Operation Safe Haven}. */
    private static final Set<String> FORCE_MEMBERS = WordSets.of("troops", "soldiers", "forces", "personnel", "unit",
            "units", "men", "officers", "operatives", "commander", "commanders", "jets", "aircraft");
    /** Last words of an occasion's name ({@code Independence Day}, {@code Commonwealth Games}). */
    private static final Set<String> OCCASION_ENDS = WordSets.of("day", "games", "olympics", "eve");
    /** Words of an occasion's name anywhere in it ({@code Africa Cup of Nations}). */
    private static final Set<String> OCCASIONS = WordSets.of("cup", "championship", "championships", "tournament",
            "festival", "marathon", "carnival", "expo");
    /** Adjectives of a place between "the" and its name. */
    private static final Set<String> PLACE_ADJECTIVES = WordSets.of("occupied", "disputed", "restive", "besieged",
            "embattled", "rebel-held", "government-held", "annexed");
    /** Verbs of fleeing a place: {@code civilians fleeing El Geneina}. */
    private static final Set<String> LEAVING = WordSets.of("fleeing", "fled");
    private static final Set<String> BORDERS = WordSets.of("border", "borders", "frontier", "frontiers", "boundary");

    /**
     * Whether a word in capitals is two acronyms joined by a hyphen, letters only ({@code ZANU-PF}, {@code SPLM-IO},
     * {@code CNDD-FDD}), neither a country's code nor a common word's.
     */
    private boolean hyphenedAcronym(String lower) {
        int dash = lower.indexOf('-');
        if (dash < 2 || dash != lower.lastIndexOf('-') || lower.length() - dash < 3 || lower.length() > 11) {
            return false;
        }
        for (String part : new String[] {lower.substring(0, dash), lower.substring(dash + 1)}) {
            if (!part.chars().allMatch(Character::isLetter) || doc.isCommonWord(part) || isCountryWord(part)
                    || FunctionWords.isFunctionWord(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the key names a well-known actor, a country, a city, a region or an actor the report's book knows. */
    private boolean knownName(String key) {
        return KnownActors.type(key) != null || isPlaceName(key) || doc.gazetteer().isCity(key)
                || doc.gazetteer().regions().isRegion(key) || doc.book().known(key) != null;
    }

    /** Whether the words {@code a..b}, four at most, are all in capitals: {@code KEY POINTS}, {@code NEXT STEPS}. */
    private static boolean runInLabel(Tokens t, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (!t.isWord(i) || !t.is(i, Tokens.ALL_CAPS) || t.lower(i).length() < 2) {
                return false;
            }
        }
        return b - a <= 3;
    }

    private Guess fromShape(Tokens t, Sentence s, String name, String key, int a, int b) {
        if (b > a && t.is(a, Tokens.ALL_CAPS) && t.is(b, Tokens.ALL_CAPS) && shouted(t, s)) {
            // ABN AMRO NINE-MONTH NET PROFIT RISES: a name the report writes elsewhere, whose type is told there
            return Guess.actor("other", name, Strength.WEAK);
        }
        boolean allCaps = t.is(a, Tokens.ALL_CAPS) && a == b;
        if (allCaps && shouted(t, s)) { // CHINA IN SURPRISE DEFEAT: only the well-known names were kept
            if (doc.isCommonWord(t.lower(a)) || isLexiconWord(t.lower(a)) || namedElsewhere(t, s, a)) {
                // SOUTH AFRICAN POLICE SERVICE - MEDIA STATEMENT (no town Police); MURDERS IN HANOVER PARK, when the
                // report writes Hanover Park: the name is found there, not word by word here
                return null;
            }
            // else a name the report writes elsewhere: what it is there, it is here (SELES: Monica Seles; EU: the EU
            // presidency, not the French town of Eu)
            return bigCity(key) ? Guess.place("populated_place", Names.titleCase(name), Strength.GAZETTEER)
                    : Guess.actor("other", Names.titleCase(name), Strength.WEAK);
        }
        if (allCaps && t.lower(a).chars().anyMatch(Character::isDigit) && t.isWord(a - 1)
                && PlaceWords.isPreposition(t.lower(a - 1))) {
            return Guess.place("neighbourhood", name, Strength.PLACE_CONTEXT); // positions near PK12
        }
        if (allCaps && (t.lower(a).length() <= 6 && !t.lower(a).contains("-")
                || hyphenedAcronym(t.lower(a)) && !isPlaceName(key) && !doc.gazetteer().isCity(key)
                && !datelinePlace(t, s, a)) // EL-ARISH, Egypt: a dateline's town
                && !(datelinePlace(t, s, a)
                && (doc.gazetteer().city(key, List.of()) != null || isoDateline(t, a + 1)))) {
            // LONDON 1996-08-22 is a dateline, not an acronym; so is KIEV 1996-08-24, a town the gazetteer spells Kyiv
            if (doc.isCommonWord(t.lower(a)) || FunctionWords.isFunctionWord(t.lower(a)) || SHOUTED.contains(t.lower(a))) {
                return null;
            }
            return Guess.actor(forceMembersOf(t, a) ? "security_force" : "organization", name, Strength.ACRONYM);
        }
        if (allCaps) {
            return datelinePlace(t, s, a) ? Guess.place("populated_place", Names.titleCase(name), Strength.PLACE_CONTEXT)
                    : null;
        }
        City city = doc.gazetteer().city(key, List.of());
        boolean firstWord = t.opensSentence(s, a);
        if (city != null && a == b && firstWord && CommonWords.isCommon(t.lower(a), 20) && t.isWord(a + 1)
                && !t.isCapitalised(a + 1)) {
            city = null; // Human rights groups said: a word capitalised by its place, not Uman (alias "Human")
        }
        if (city != null && (b > a || !doc.isCommonWord(t.lower(a)) && !isLexiconWord(t.lower(a)))
                && (city.population() >= 15_000 || city.isCapital() || city.isRegionalCapital() && city.population() >= 2_000
                || b > a && city.population() >= 2_000)) {
            return Guess.place("populated_place", name, Strength.GAZETTEER);
        }
        if (city == null && doc.gazetteer().regions().isRegion(key) && (b > a || !doc.isCommonWord(t.lower(a))
                && !isLexiconWord(t.lower(a))) && !t.is(b + 1, Tokens.NUMBER) && !sportsSide(t, s, a, b)) {
            // not a county's side in a sports result: Lancashire 234 v Leicestershire 180-6
            // Oromia, Cabo Delgado: the gazetteer's country, even in a report of a neighbour's (Chiapas in a Guatemalan
            // one); a region the text's words type gets it from EntityTable, only in a report of its own country
            String country = doc.gazetteer().regions().country(key);
            Guess region = Guess.place("region", name, Strength.GAZETTEER);
            return country == null ? region : region.withAttributes(Map.of("country", country));
        }
        if (a == b && isToponymCompound(t.lower(a))) {
            return Guess.place("populated_place", name, Strength.PLACE_SHAPE);
        }
        if (b >= a + 2 && (t.isLower(b - 1, "del") || t.isLower(b - 1, "do") || t.isLower(b - 1, "de"))
                && COMPASS_SUFFIXES.contains(t.lower(b)) && !MentionFinder.isAcronymDefinition(t, s, b)) {
            // (not the Família do Norte (FDN): a gang defines its acronym, a province rarely does)
            return Guess.place("region", name, Strength.PLACE_SHAPE); // Maguindanao del Sur, Rio Grande do Sul
        }
        String placeWord = PlaceWords.nameWordType(t.lower(a));
        if (b > a && ("populated_place".equals(placeWord) || "neighbourhood".equals(placeWord))) {
            return Guess.place(placeWord, name, Strength.PLACE_SHAPE);
        }
        if (b > a && civicApposition(t, s, b)) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // X, a civic group,
        }
        if (b > a && PLURAL_ARTICLES.contains(t.lower(a))) {
            return Guess.actor(doc.groupType(), name, Strength.PERSON_SHAPE); // Los Lobos, Las Chonas: a group
        }
        if (b > a && b - a <= 3 && !hasCommonWord(t, a, b)) {
            if (b == a + 1 && endsInCountry(t, b)) { // (not Greg Norman of Australia)
                return Guess.actor("organization", name, Strength.PERSON_SHAPE); // Vente Venezuela, Somos Venezuela
            }
            if (placeOrAcronymInside(t, a, b)) {
                // Sparta Rotterdam, NAC Breda, HSBC Markets, Power New Zealand: no given name, and a town, a country
                // or an acronym inside; a firm's or a club's name
                return Guess.actor("organization", name, Strength.PERSON_SHAPE);
            }
            if (t.isLower(a - 1, "the")) {
                // the New York Yankees, the Blue Lions; students called by the Pahari Chhatra Parishad: their union
                return Guess.actor(calledOut(t, a) ? "organization" : doc.groupType(), name, Strength.PERSON_SHAPE);
            }
            if (onlyCommonWords(t, a, b)) {
                return Guess.actor("other", name, Strength.WEAK); // Same Period Last Week, Dream Team: no one's name
            }
            return Guess.actor("person", name, Strength.PERSON_SHAPE);
        }
        if (b - a > 3 && t.isLower(a - 1, "the") && !hasCommonWord(t, a, b)) {
            return Guess.actor(doc.groupType(), name, Strength.PERSON_SHAPE); // the Jharkhand Sangharsh Jan Mukti Morcha
        }
        if (firstWord || doc.isCommonWord(t.lower(a)) || b > a || t.lower(a).length() == 1
                || CommonWords.isCommon(t.lower(a), 20) && !GivenNames.isGivenName(t.lower(a))) {
            return null; // (Match abandoned, Group 1, ENGLAND V PAKISTAN: a word, no name)
        }
        if ((GivenNames.isOnlyGivenName(t.lower(a)) || GivenNames.isGivenName(t.lower(a)) && wrappedName(t, a))
                && !isLexiconWord(t.lower(a)) && !isCountryWord(t.lower(a)) && !beforeItsNoun(t, a)) {
            return Guess.actor("person", name, Strength.PERSON_SHAPE); // Ricky; Mark at a line's end, Davis on the next
        }
        return Guess.actor("other", name, Strength.WEAK);
    }

    /**
     * Whether the name {@code a..b} holds no given name and a capitalised word that is a country's name (or opens
     * one of two words), in a sports report a city of 100,000 people or a capital, or an acronym of letters (not a
     * Roman number, Willem II); and opens with no initial, after no role (the village head, Bello Garba).
     */
    private boolean placeOrAcronymInside(Tokens t, int a, int b) {
        if (t.lower(a).length() == 1 || t.lower(a).endsWith(".")
                && doc.gazetteer().countries().byKey(Names.key(t.lower(a))) == null) {
            return false; // G. Hamilton, D.A. Weibring: a man's initials (not U.S. Postal)
        }
        if (afterRoleOrItsComma(t, a)) {
            return false; // the village head, Bello Garba: a man, whose name is also a town's
        }
        boolean inside = false;
        boolean mixed = false; // (not SPLM/A-IO, all acronyms)
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            if (GivenNames.isGivenName(w)) {
                return false;
            }
            mixed |= t.isWord(i) && !t.is(i, Tokens.ALL_CAPS);
            inside |= t.is(i, Tokens.ALL_CAPS) && w.length() >= 2 && LETTERS.matcher(w).matches()
                    && !ROMAN.matcher(w).matches() || t.isCapitalised(i) && (sports && bigCity(Names.key(w))
                    || doc.gazetteer().countries().byKey(Names.key(w)) != null // (not Danie van Schalkwyk's van)
                    || i < b && doc.gazetteer().countries().byKey(Names.key(w + " " + t.lower(i + 1))) != null);
        }
        return inside && mixed;
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern ROMAN = Pattern.compile("[ivx]+");

    /** Whether a lower-case role noun comes right before token {@code a}: {@code striker Les Ferdinand}. */
    private static boolean afterRole(Tokens t, int a) {
        return t.isWord(a - 1) && !t.isCapitalised(a - 1) && ActorWords.isRoleNoun(t.lower(a - 1));
    }

    /**
     * Whether a role noun comes right before token {@code a}, or a role or people's noun and a comma: {@code
     * spokesman Eugene Morris}, {@code the village head, Bello Garba}, {@code farmers, X}.
     */
    private static boolean afterRoleOrItsComma(Tokens t, int a) {
        return afterRole(t, a) || t.isChar(a - 1, ',') && t.isWord(a - 2)
                && (ActorWords.isRoleNoun(t.lower(a - 2)) || GenericActors.of(t.lower(a - 2)) != null);
    }

    /** Whether every word of the name {@code a..b} is a common English word and none a given name. */
    private static boolean onlyCommonWords(Tokens t, int a, int b) {
        for (int i = a; i <= b; i++) {
            String w = t.lower(i);
            if (!CommonWords.isCommon(w, 35) || GivenNames.isGivenName(w)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns a people's or a group's name can qualify: {@code a Kanak man}, {@code Issa elders}, {@code Dane guns}. */
    private static final Set<String> QUALIFIED = WordSets.of("man", "woman", "men", "women", "boy", "girl", "boys",
            "girls", "youth", "youths", "elders", "people", "community", "communities", "family", "families", "clan",
            "clans", "tribe", "herders", "farmers", "gun", "guns", "rifles", "village", "villages");

    /**
     * Whether the word {@code a} qualifies the lower-case noun after it: {@code a Badr official}, {@code Issa elders}
     * (a group's or a people's name, no person's).
     */
    private static boolean beforeItsNoun(Tokens t, int a) {
        return t.isWord(a + 1) && !t.isCapitalised(a + 1) && (QUALIFIED.contains(t.lower(a + 1))
                || isLexiconWord(t.lower(a + 1)) || t.isLower(a - 1, "a") || t.isLower(a - 1, "an"));
    }

    /** Whether word {@code a} ends its line and a capitalised word opens the next: a name wrapped in two. */
    private static boolean wrappedName(Tokens t, int a) {
        return a + 1 < t.size() && t.newlinesAfter(a) == 1 && t.isWord(a + 1) && t.isCapitalised(a + 1)
                && !t.is(a + 1, Tokens.ALL_CAPS);
    }

    /** {@code Fond-Lagrange}, {@code Bord-de-Mer}: a hyphenated name led by a place word or holding a particle. */
    private static boolean isToponymCompound(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        if (PlaceWords.nameWordType(w.substring(0, dash)) != null) {
            return true;
        }
        return w.contains("-de-") || w.contains("-des-") || w.contains("-du-") || w.contains("-la-") || w.contains("-le-")
                || w.contains("-sur-") || w.contains("-en-") || w.contains("-les-");
    }

    /** Words that link the words of an organisation's name, never a person's when capitalised inside it. */
    private static final Set<String> LINKS = WordSets.of("without", "for", "of", "and", "against", "in", "on", "the",
            "with", "across", "beyond", "at", "to", "from");

    private static boolean hasCapitalisedLink(Tokens t, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (t.isCapitalised(i) && LINKS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCommonWord(Tokens t, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (t.isCapitalised(i) && doc.isCommonWord(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Emblems named by a name before them: {@code the Morning Star flag}. */
    private static final Set<String> EMBLEMS = WordSets.of("flag", "flags", "banner", "banners", "emblem");

    /** Whether token {@code k} counts people: {@code three}, {@code 12}. */
    private static boolean counted(Tokens t, int k) {
        return t.is(k, Tokens.NUMBER) || t.isWord(k) && MentionFinder.COUNT_OPENERS.contains(t.lower(k));
    }

    /** Countries that are also surnames: {@code Michael Jordan} is a man. */
    private static final Set<String> SURNAME_COUNTRIES = WordSets.of("jordan", "israel", "georgia", "chad");

    /** Whether the name's last word is a country's name ({@code Vente Venezuela}): a movement's, not a person's. */
    private boolean endsInCountry(Tokens t, int b) {
        return !SURNAME_COUNTRIES.contains(t.lower(b)) && doc.gazetteer().countries().byKey(Names.key(t.lower(b))) != null;
    }

    /** {@code PORT-LAZARE, 14 January 2023 —}, {@code LONDON 1996-08-22}, {@code GOMA —}: a dateline's place. */
    private static boolean datelinePlace(Tokens t, Sentence s, int a) {
        return datelinePlace(t, s, a, a);
    }

    /** Whether token {@code d} is a date written {@code 1996-08-24} that ends its line: a wire dateline's. */
    private static boolean isoDateline(Tokens t, int d) {
        String w = t.lower(d);
        return t.is(d, Tokens.NUMBER) && w.length() == 10 && w.charAt(4) == '-' && w.charAt(7) == '-'
                && (d == t.size() - 1 || t.newlinesAfter(d) > 0);
    }

    /**
     * {@code , Iraq -} after a dateline's place: {@code DUHOK, Iraq - Warplanes of the Turkish Armed Forces}; or a
     * country or region, then the date: {@code STONE TOWN, Zanzibar, Oct. 28, 2020 (Mwananchi) -}.
     */
    private boolean countryThenDash(Tokens t, int comma) {
        if (!t.isChar(comma, ',')) {
            return false;
        }
        int k = comma + 1;
        StringBuilder name = new StringBuilder();
        while (t.isWord(k) && t.isCapitalised(k) && k <= comma + 3) {
            name.append(name.length() == 0 ? "" : " ").append(t.lower(k));
            k++;
        }
        if (name.length() == 0) {
            return false;
        }
        String key = Names.key(name.toString());
        boolean country = doc.gazetteer().countries().byKey(key) != null;
        boolean place = country || doc.gazetteer().regions().isRegion(key) || doc.gazetteer().isCity(key);
        return country && t.isDash(k) || place && t.isChar(k, ',')
                && (t.is(k + 1, Tokens.NUMBER) || t.isWord(k + 1) && Calendar.month(t.lower(k + 1)) > 0);
    }

    /** The same for a name of several words: {@code ISABELA CITY -}. */
    private static boolean datelinePlace(Tokens t, Sentence s, int a, int b) {
        if (a != t.firstWord(s)) {
            return false;
        }
        int k = b + 1;
        if (t.isChar(k, '(')) { // JIRIBAM (Manipur), Nov 12 -; GUSAU (Daily Trust) -: a region or a paper in brackets
            int close = k + 1;
            while (close <= Math.min(s.last(), k + 4) && t.isWord(close)) {
                close++;
            }
            if (close == k + 1 || !t.isChar(close, ')') || t.is(k + 1, Tokens.ALL_CAPS) && close == k + 2
                    && !ActorWords.isNewsAgency(t.lower(k + 1))) { // but PARIS (AP) —
                return false;
            }
            k = close + 1;
            return t.isChar(k, ',') || t.isDash(k);
        }
        return t.isChar(k, ',') || t.is(k, Tokens.NUMBER) || t.isChar(k, '\u2014') || t.isChar(k, '\u2013')
                || t.isChar(k, '-') && t.isWord(k + 1) && (!t.isCapitalised(k + 1)
                || t.end(k - 1) < t.start(k) && t.end(k) < t.start(k + 1) && !t.is(k + 1, Tokens.ALL_CAPS));
                // KABUL - Fighters of the NRF; not BASKETBALL - NBA RESULTS
    }
}
