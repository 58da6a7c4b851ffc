package org.kgi.indexer.extract.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.CommonWords;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.KnownActors;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Finds capitalised name sequences in a sentence. A name may hold lower-case particles between
 * capitalised words ({@code of}, {@code of the}, {@code de}, {@code des}...), {@code and} when it is already an
 * organisation's name ({@code Ministry of Justice and Public Security}), a quoted nickname between a
 * first and last name, and a number after a road word ({@code National Road 4}). Function words,
 * months and weekdays never start a name.
 */
public final class NameChunker {
    private static final Set<String> PARTICLES = WordSets.of(
            "of", "de", "du", "des", "la", "le", "les", "del", "della", "da", "do", "dos", "das", "di", "van",
            "von", "der", "den", "al", "el", "es", "bin", "ibn", "y", "for", "on", "d'", "l'", "ul", "ud", "pour", "para", "por",
            "ya", "à", "aux", "au", "un", "une", "fi", "wal", "los", "las", "na", "ng",
            "ag", "ould", "ben", "bint"); // son or daughter of: Rhissa ag Mohamed, Mohamed ould Abdel Aziz
    private static final int MAX_NAME_TOKENS = 12;
    /** Arabic articles written before a hyphen inside a name: {@code Deir ez-Zor}, {@code Ras al-Ain}. */
    private static final Set<String> ARABIC_ARTICLES = WordSets.of("al", "el", "ez", "ad", "ar", "as", "ash", "at",
            "an",
            "az", "ed", "er", "es", "et", "en", "ul", "ud", "ur", "us");
    /** Words of a unit that ends a name before {@code of the} and a group's acronym: {@code X Front of the EMC}. */
    private static final Set<String> UNIT_ENDS = WordSets.of("front", "brigade", "battalion", "faction", "wing", "bloc",
            "block", "column", "company", "cell");
    /** Heads of a unit's name of two words or more that ends before {@code of the} and its force's name. */
    private static final Set<String> NAMED_UNITS = WordSets.of("brigade", "battalion", "regiment", "division",
            "squadron", "detachment", "command");

    /** Whether the word is the head of a unit's name ({@code Brigade}, {@code Front}, {@code Command}). */
    static boolean isUnitHead(String lower) {
        return UNIT_ENDS.contains(lower) || NAMED_UNITS.contains(lower);
    }

    /** Whether a word's name key is a country's ({@code Sudan's Rapid Support Forces}: two names). */
    private final Predicate<String> isCountry;
    /** Whether a word's name key is a known place: a country, a region or a town. */
    private final Predicate<String> isPlace;
    /** Whether the report is about sport ({@link Teams}): its players are named with their country. */
    private boolean sports;

    /**
     * @param isCountry whether a name key is a country's: a possessive after it ends the country's name
     * @param isPlace   whether a name key is a known place: in brackets after a name, no faction's ({@code JIRIBAM
     *                  (Manipur)})
     */
    public NameChunker(Predicate<String> isCountry, Predicate<String> isPlace) {
        this.isCountry = isCountry;
        this.isPlace = isPlace;
    }

    /** Says whether the report being chunked is about sport. */
    void sportsReport(boolean sports) {
        this.sports = sports;
    }

    /** Words that, capitalised before "of the", open a phrase about a group's people, not a name. */
    private static final Set<String> PEOPLE_OF_THE = WordSets.of("men", "women", "youths", "young", "people",
            "villagers", "elders", "chiefs");
    /** Nouns of a body right before its name, which may open with a collective: {@code the association Families of X}. */
    private static final Set<String> NAMED_BODIES = WordSets.of("association", "group", "organisation", "organization",
            "ngo", "movement", "collective", "network", "committee", "campaign", "initiative");
    /** Words that, capitalised before "of" (often at a sentence's start), open a phrase about a group, not a name. */
    private static final Set<String> COLLECTIVES = WordSets.of(
            "members", "member", "supporters", "residents", "leaders", "leader", "fighters", "gunmen", "officers",
            "soldiers", "elements", "remnants", "relatives", "families", "dozens", "hundreds", "thousands", "some",
            "most", "many", "several", "none", "all", "part", "units", "agents", "troops", "representatives",
            "separatists", "insurgents", "militants", "rebels", "cadres", "combatants", "militiamen", "dissidents",
            "guerrillas", "partisans", "jihadists", "bandits", "pirates", "vigilantes", "commandos", "recruits",
            "snipers", "followers", "loyalists", "gangsters", "remnant", "splinter", "faction", "factions", "wing",
            "warplanes", "jets", "drones", "aircraft", "helicopters", "forces", "peacekeepers", "personnel",
            "commanders", "battalions", "brigades", "contingents", "detachments", "patrols", "gunboats", "artillery",
            "police", "activists", "warriors", "youths", "protesters", "demonstrators", "sympathisers", "sympathizers",
            "affiliates", "operatives", "thugs", "students", "workers", "deputies", "marines", "gendarmes",
            "paratroopers", "rangers", "guards", "policemen", "investigators", "inspectors", "maoists", "naxalites",
            "naxals", "islamists", "volunteers", "staff", "employees", "rescuers", "paramedics", "medics", "hunters",
            "herders", "herdsmen", "farmers", "fishermen", "miners", "traders", "vendors", "drivers", "specialists",
            "experts", "technicians", "engineers", "sappers");

    /** Adjectives of armed men that open a sentence before them: {@code Separatist fighters}, {@code Separatist groups}. */
    static final Set<String> ARMED_KINDS = WordSets.of("separatist", "jihadist", "islamist", "rebel", "insurgent");
    /** Adjectives opening a sentence before an unnamed actor: {@code Unknown assailants}, {@code Armed members of}. */
    static final Set<String> OPENING_ADJECTIVES = WordSets.copyOf(Stream.concat(Stream.of("unknown",
            "unidentified", "suspected", "armed", "masked", "hooded", "alleged", "heavily", "several", "some", "local",
            "angry", "rival"), ARMED_KINDS.stream()).toList());
    /**
     * Of those, the ones that never open a name even before a capitalised word: {@code Suspected Islamic State
     * militants}.
     */
    private static final Set<String> NEVER_NAME_OPENERS = WordSets.of("unknown", "unidentified", "suspected", "alleged",
            "several", "rival");
    /**
     * A common word opening a sentence or a headline before a lower-case "group": {@code Rights group condemns
     * killing}, {@code Militant group claims attack}: a kind of group, not the group's name (the Wagner group).
     */
    private static boolean commonWordBeforeGroup(Tokens t, int i) {
        return t.isWord(i + 1) && (t.isLower(i + 1, "group") || t.isLower(i + 1, "groups")) && !t.isCapitalised(i + 1)
                && !t.is(i + 1, Tokens.ALL_CAPS) && !t.is(i, Tokens.ALL_CAPS) && CommonWords.isCommon(t.lower(i), 35);
    }

    /**
     * Whether the capitalised words from {@code k} are followed by a lower-case noun of armed people: {@code Armed
     * Bakonzo youths}, {@code Masked Fulani gunmen} (the adjective opens no name), not {@code Armed Forces of X}.
     */
    private static boolean beforePeople(Tokens t, Sentence s, int k) {
        int j = k;
        while (j <= s.last() && j < k + 3 && t.isWord(j) && t.isCapitalised(j)) {
            j++;
        }
        return j > k && j <= s.last() && t.isWord(j) && !t.isCapitalised(j) && ARMED_PEOPLE.contains(t.lower(j));
    }

    private static final Set<String> ARMED_PEOPLE = WordSets.of("youths", "men", "gunmen", "fighters", "militiamen",
            "militants", "herders", "herdsmen", "tribesmen", "clansmen", "warriors", "members", "bandits",
            "vigilantes");

    /**
     * The last word of a known place whose name has an "and" in it ({@code Jammu and Kashmir}, {@code Andaman and
     * Nicobar Islands}), when the name's first word (or first two) ends at {@code j} and its "and" is {@code and}; else
     * -1: {@code the Jammu and Kashmir Police} is one name, not a town and a police.
     */
    private int placeWithAnd(Tokens t, Sentence s, int i, int j, int and) {
        for (int p = j; p >= Math.max(i, j - 1) && t.isCapitalised(p); p--) {
            for (int m = Math.min(s.last(), and + 3); m > and; m--) {
                boolean capitalised = true;
                for (int w = and + 1; w <= m && capitalised; w++) {
                    capitalised = t.isWord(w) && t.isCapitalised(w) && t.newlinesAfter(w - 1) == 0;
                }
                if (capitalised && isPlace.test(Names.key(t.text().substring(t.start(p), t.end(m))))) {
                    return m;
                }
            }
        }
        return -1;
    }

    /**
     * The last word of the capitalised words after the "and" at {@code and} when it is an organisation's or a group's
     * head noun with an acronym in brackets right after it ({@code and Democracy Party (DEM Party)}); else -1.
     */
    private static int headBeforeAcronym(Tokens t, Sentence s, int and) {
        int m = and + 1;
        while (m <= s.last() && m <= and + 4 && isNameWord(t, m)) {
            m++;
        }
        String type = m - 1 > and ? ActorWords.nameWordType(t.lower(m - 1)) : null;
        return ("organization".equals(type) || "armed_group".equals(type)) && t.isChar(m, '(') ? m - 1 : -1;
    }

    /**
     * The head of the capitalised words after the "and" at {@code and} when it names forces ({@code and Clans
     * Forces}), no head of their own before it; else -1.
     */
    private static int forcesAfterAnd(Tokens t, Sentence s, int and) {
        int m = and + 1;
        while (m <= s.last() && m <= and + 3 && isNameWord(t, m)) {
            m++;
        }
        return m - 1 > and + 1 && t.isWord(m - 1) && FORCES_HEADS.contains(t.lower(m - 1))
                && ActorWords.nameWordType(t.lower(and + 1)) == null ? m - 1 : -1;
    }

    private static final Set<String> FORCES_HEADS = WordSets.of("forces", "brigades", "units", "militias");

    /** French heads of a party's or union's name, whose adjective after them is written in lower case. */
    private static final Set<String> FRENCH_HEADS = WordSets.of("confédération", "confederation", "parti",
            "rassemblement", "mouvement", "fédération", "federation", "syndicat", "union", "front", "alliance",
            "coordination", "gauche");
    /** English words of those endings that follow such heads: the African Union official, the Front's regional office. */
    private static final Set<String> ENGLISH_AFTER_HEADS = WordSets.of("official", "officials", "general", "regional",
            "local", "central", "rival", "rivals", "terminal", "capital", "personal", "critical", "political",
            "electoral", "tribal", "federal", "total", "final", "legal", "technical", "typical", "single", "male",
            "female", "sale", "scale", "dossier");
    /** The endings of such adjectives: paysanne, socialiste, national, populaire, ouvrière, républicaine. */
    private static final Pattern FRENCH_ADJECTIVE = Pattern.compile("\\p{L}{2,}(?:annes?|istes?|ales?|al|aux|aises?"
            + "|elle|iennes?|ières?|iques?|aires?|aines?)");

    /** Abbreviated words that open or sit inside a place's name: St. Louis, Ste. Genevieve, Mt. Elgon, Ft. Portal. */
    private static final Set<String> SAINT_MOUNT = WordSets.of("st", "ste", "mt", "ft");

    public List<Chunk> chunks(Tokens t, Sentence s) {
        List<Chunk> out = new ArrayList<>();
        int i = s.first();
        int first = t.firstWord(s);
        while (i <= s.last()) {
            if (t.isWord(i) && t.isCapitalised(i) && isCompoundAdjective(t.lower(i))) {
                out.add(new Chunk(i, i, -1)); // JNIM-affiliated: a chunk alone, whose head may name a group
                i++;
                continue;
            }
            if (t.isWord(i) && t.isChar(i - 1, '(') && t.isChar(i + 1, ')')
                    && Calendar.weekday(t.lower(i), true) != null
                    && (t.is(i - 2, Tokens.NUMBER) || t.isWord(i - 2) && Calendar.month(t.lower(i - 2)) > 0)) {
                i++; // 28 Oct (Mon): the weekday of a log's entry, no name
                continue;
            }
            if (!startsName(t, i) || (i == first || afterDateline(t, s, i)) && (OPENING_ADJECTIVES.contains(t.lower(i))
                    && t.isWord(i + 1)
                    && (!t.isCapitalised(i + 1) || NEVER_NAME_OPENERS.contains(t.lower(i))
                    || beforePeople(t, s, i + 1)) || commonWordBeforeGroup(t, i))) {
                i++;
                continue;
            }
            int j = i;
            int nickname = -1;
            while (j - i < MAX_NAME_TOKENS) {
                int k = j + 1;
                if (k > s.last()) {
                    break;
                }
                int listEnd = t.isChar(k, ',') ? listBeforeAcronym(t, s, i, k) : -1;
                int andHead = t.isLower(k, "and") && ActorWords.nameWordType(t.lower(j)) == null
                        ? headBeforeAcronym(t, s, k) : -1;
                if (andHead < 0 && t.isLower(k, "and") && ActorWords.nameWordType(t.lower(j)) == null
                        && t.isLower(i - 1, "the") && t.isCapitalised(j)) {
                    andHead = forcesAfterAnd(t, s, k); // the Arab Tribes and Clans Forces: one force's name
                }
                int andPlace = t.isLower(k, "and") ? placeWithAnd(t, s, i, j, k) : -1;
                if (isNameWord(t, k) && t.newlinesAfter(j) == 0) {
                    j = k;
                } else if (andPlace > 0) {
                    j = andPlace; // the Jammu and Kashmir Police, Newfoundland and Labrador: a place's "and"
                } else if (t.isLower(k, "in") && spelledWithIn(t, s, i, k) > 0) {
                    j = spelledWithIn(t, s, i, k); // the United Nations Interim Force in Lebanon (UNIFIL)
                } else if (titledPersonOf(t, i, j, k)) {
                    break; // ward councillor Sibusiso Mkhize of the Inkatha Freedom Party: the man, then his party
                } else if (t.isLower(k, "of") && ofAnOwner(t, s, j, k)) {
                    break; // soldiers of the 52nd Division of Syria's new army; Carabinieri of the Naples command
                } else if (t.isLower(k, "of") && someoneOfACountry(t, s, i, j, k)) {
                    break; // Peter Nicol of Scotland, Benetton of Italy: a man or a club, then the country
                } else if (isParticle(t, k, i, j) && isNameWord(t, k + 1) && k + 1 <= s.last()) {
                    j = k + 1;
                } else if (isParticle(t, k, i, j) && isParticle(t, k + 1, i, j) && isNameWord(t, k + 2) && k + 2 <= s.last()) {
                    j = k + 2;
                } else if ((t.isLower(k, "of") || t.isLower(k, "for")) && t.isLower(k + 1, "the") && isNameWord(t, k + 2)
                        && k + 2 <= s.last() && !(UNIT_ENDS.contains(t.lower(j)) && (t.is(k + 2, Tokens.ALL_CAPS)
                        || j == i + 1 && (t.is(i, Tokens.NUMBER) || isOrdinal(t.lower(i))))
                        || NAMED_UNITS.contains(t.lower(j)) && j > i && t.isCapitalised(k + 3))) {
                    // (the 40th Front of the Estado Mayor Central, the X Front of the EMC, the 118th Base Command of
                    // the Moro Islamic Liberation Front, the Samaria Regional Brigade of the Israel Defense Forces: a
                    // unit, then its force)
                    j = k + 2;
                } else if (t.isLower(k, "to") && k + 2 <= s.last() && t.isWord(k + 1) && t.isCapitalised(k + 1)
                        && NAMED_AIMS.contains(t.lower(k + 1)) && isNameWord(t, k + 2)
                        && AIMING_BODIES.contains(t.lower(j))) {
                    j = k + 1; // the Committee to Protect Journalists, the Special Force to Fight Crime (FELCC)
                } else if (listEnd > 0) {
                    j = listEnd; // the Bureau of Alcohol, Tobacco, Firearms and Explosives
                } else if (t.isChar(k, '.') && t.adjacent(j) && t.surface(j).length() == 1
                        && Character.isUpperCase(t.surface(j).charAt(0)) && k + 1 <= s.last() && isNameWord(t, k + 1)
                        && (j > i || k + 2 <= s.last() && t.newlinesAfter(k + 1) == 0 && !t.isChar(k + 2, ':')
                        && !t.is(k + 1, Tokens.ALL_CAPS) && listedPlayer(t, s, i))) {
                    // the Black P. Stones, John F. Kennedy: an initial inside a name; R. Dravid c Hudson b Klusener,
                    // (N. Hussain 128, R. Irani 77): opening a player's name in a list or a scorecard (not a
                    // heading's "A. Background", not "on X. The group")
                    j = k + 1;
                } else if (andHead > 0) {
                    j = andHead; // the Peoples' Equality and Democracy Party (DEM Party)
                } else if (FRENCH_HEADS.contains(t.lower(j)) && t.isWord(k) && !t.isCapitalised(k)
                        && FRENCH_ADJECTIVE.matcher(t.lower(k)).matches() && !ENGLISH_AFTER_HEADS.contains(t.lower(k))) {
                    j = k; // the Confédération paysanne, the Parti socialiste, the Rassemblement national
                } else if (t.isChar(k, '.') && t.adjacent(j) && SAINT_MOUNT.contains(t.lower(j)) && k + 1 <= s.last()
                        && isNameWord(t, k + 1)) {
                    j = k + 1; // the St. Louis Metropolitan Police Department, Mt. Elgon: an abbreviation inside a name
                } else if (armySlash(t, k) && k + 1 <= s.last() && !t.isChar(i - 1, '(')) {
                    j = k + 1; // the SPLM/A-IO: the movement and its army, one name
                } else {
                    int possessive = possessiveOrgEnd(t, s, k);
                    int quoted = possessive > 0 || nickname >= 0 ? -1 : nicknameEnd(t, s, k);
                    if (possessive > 0) {
                        j = possessive;
                    } else if (quoted > 0) {
                        nickname = k + 1;
                        j = quoted;
                    } else if (t.is(k, Tokens.NUMBER) && PlaceWords.isRoadNoun(t.lower(j)) && t.end(k) - t.start(k) <= 4) {
                        j = k;
                    } else {
                        break;
                    }
                }
            }
            if (nickname < 0 && j + 1 <= s.last() && t.is(j + 1, Tokens.NUMBER) && t.end(j + 1) - t.start(j + 1) <= 3
                    && (NUMBERED_UNITS.contains(t.lower(j)) || t.isLower(j, "force") && j > i && t.isLower(j - 1, "task"))
                    && !t.isChar(j + 2, ':')) { // (Task Force 43 too)
                j++; // Frente 36, Bloque 40, Barrio 18: a front or a gang named by its number
                int m = j;
                while (m + 1 <= s.last() && m - j < 2 && isNameWord(t, m + 1)) {
                    m++;
                }
                if (m > j && t.isWord(m + 1) && (GANG_NOUNS.contains(t.lower(m + 1)) || t.isLower(m + 1, "members"))) {
                    j = m; // the Barrio 18 Revolucionarios gang: its faction's name too
                }
                if (armySlash(t, j + 1) && j + 2 <= s.last()) {
                    j += 2; // Infantry Battalion 715/Motuliato, Infantry Battalion 753/Arga Vira Tama
                    while (j + 1 <= s.last() && j - i < MAX_NAME_TOKENS && isNameWord(t, j + 1)) {
                        j++;
                    }
                }
            }
            if (nickname < 0 && j + 2 <= s.last() && t.is(j + 1, Tokens.NUMBER) && t.end(j + 1) - t.start(j + 1) <= 3
                    && t.isWord(j + 2) && GANG_NOUNS.contains(t.lower(j + 2))) {
                j++; // the rival Block 8 gang: a gang named by its block and number
            }
            if (nickname < 0 && j > i && t.isLower(j, "no")
                    && (NUMBERED_UNITS.contains(t.lower(j - 1)) || t.isLower(j - 1, "force"))
                    && t.isChar(j + 1, '.') && t.is(j + 2, Tokens.NUMBER) && t.end(j + 2) - t.start(j + 2) <= 3) {
                j += 2; // Jungle Infantry Battalion No. 19, the Rapid Deployment Force No. 3
            }
            if (nickname < 0) {
                j = spelledByAcronym(t, s, i, j); // the Unité pour la paix en Centrafrique (UPC)
            }
            if (nickname < 0 && faction(t, s, i, j)) {
                j += 3; // the CPI (Maoist), the SLM (Minnawi): a faction named by its leader or line, one name
            }
            out.add(new Chunk(i, j, nickname));
            i = j + 1;
        }
        return out;
    }

    /**
     * The words the report writes alone in brackets ({@code (2IB)}), read once, when first asked: acronyms it spelled
     * out.
     */
    private Set<String> bracketed;

    private boolean spelledOut(Tokens t, int i) {
        if (bracketed == null) {
            bracketed = new HashSet<>();
            for (int k = 1; k + 1 < t.size(); k++) {
                if (t.isChar(k - 1, '(') && t.isChar(k + 1, ')') && t.end(k - 1) == t.start(k)
                        && t.end(k) == t.start(k + 1)) {
                    bracketed.add(t.surface(k));
                }
            }
        }
        return bracketed.contains(t.surface(i));
    }

    private boolean startsName(Tokens t, int i) {
        if (isCode(t, i) && (t.isWord(i + 1) && "armed_group".equals(ActorWords.groupNounType(t.lower(i + 1)))
                || t.isLower(i + 1, "armed") && t.isLower(i + 2, "group") || KnownActors.type(t.lower(i)) != null
                || !t.isChar(i - 1, '(') && spelledOut(t, i))) {
            // (or "the 2IB" after "the 2nd Infantry Battalion (2IB)": an acronym the report spelled out)
            return true; // "3R rebels", "the 3R armed group", "(3R)": a group named by a code that opens with a digit
        }
        if ((t.is(i, Tokens.NUMBER) && t.end(i) - t.start(i) <= 4 || t.isWord(i) && isOrdinal(t.lower(i)))
                && isNameWord(t, i + 1) && !t.isChar(i - 1, ',') && !counts(t, i)) {
            return true; // "the 400 Mawozo gang", "the 103rd Brigade": kept for a group or unit (MentionFinder)
        }
        if (t.isWord(i) && !t.isCapitalised(i) && (t.isLower(i, "al") || t.isLower(i, "el"))
                && !(t.isWord(i - 1) && t.isCapitalised(i - 1) && !t.isLower(i - 1, "the")) && isNameWord(t, i + 1)
                && !t.adjacent(i)) {
            return true; // fighters of al Qaeda, its al Shabaab wing: the article written apart opens the name
        }
        if (!isNameWord(t, i)) {
            return false;
        }
        String w = t.lower(i);
        if (NUMBER_WORDS.contains(w) && t.isLower(i - 1, "the") && isNameWord(t, i + 1)
                && !FunctionWords.isFunctionWord(t.lower(i + 1))) {
            return true; // "the Three Brotherhood Alliance": a number word inside a name
        }
        if (w.equals("all") && t.isCapitalised(i) && t.isWord(i - 1) && !t.isCapitalised(i - 1) && isNameWord(t, i + 1)
                && !FunctionWords.isFunctionWord(t.lower(i + 1))) {
            return true; // the opposition All People's Congress, the All Progressives Congress: a name's first word
        }
        if (COLLECTIVES.contains(w) && t.isLower(i + 1, "of")
                && !(t.isWord(i - 1) && NAMED_BODIES.contains(t.lower(i - 1))) // the association Families of X
                && !(w.equals("police") && t.isLower(i - 1, "the")) // the Police of the Republic of Mozambique
                || PEOPLE_OF_THE.contains(w) && t.isLower(i + 1, "of") && t.isLower(i + 2, "the")) {
            // "Members of the Red Scorpions gang": the name is Red Scorpions; "Men of the Kusiai clan" (but "Men of
            // Dignity" is a name)
            return false;
        }
        int dash = w.lastIndexOf('-');
        if (dash > 0 && LEANINGS.contains(w.substring(dash + 1)) && isNameWord(t, i + 1)) {
            return false; // "the Russia-friendly Șor Party": the party's name starts after its leaning
        }
        if ((NUMBER_WORDS.contains(w) || MORE_NUMBER_WORDS.contains(w) || compoundNumber(w)) && t.isWord(i + 1)
                && (!t.isCapitalised(i + 1) || t.isWord(i + 2) && !t.isCapitalised(i + 2)
                && GenericActors.of(t.lower(i + 2)) != null && !t.isLower(i - 1, "the"))) {
            // "Eleven houses were burned", "Twenty-nine guerrillas died": a count opening the sentence; "Eleven
            // Nigerien soldiers were killed": a count of a people's soldiers
            return false;
        }
        if ((w.equals("first") || w.equals("second") || w.equals("third")) && isNameWord(t, i + 1)
                && !ActorWords.isTitle(t.lower(i + 1))
                && (t.isLower(i - 1, "the") || t.isPossessiveS(i - 1)
                || t.isCapitalised(i) && t.isWord(i - 1) && !t.isCapitalised(i - 1))) {
            // the army's Second Brigade, the Third Division, alongside Second Field Army units: a unit's ordinal
            return true;
        }
        return !FunctionWords.isFunctionWord(w) || t.is(i, Tokens.ALL_CAPS) && w.length() > 1 && !w.equals("i")
                || innerCapital(t, i); // LeT militants: Lashkar-e-Taiba's acronym, though "let" is a function word
    }

    /** Whether word {@code i} has a capital past its first letter ({@code LeT}, {@code JeM}): no plain word. */
    private static boolean innerCapital(Tokens t, int i) {
        for (int p = t.start(i) + 1; p < t.end(i); p++) {
            if (Character.isUpperCase(t.text().charAt(p))) {
                return true;
            }
        }
        return false;
    }

    /** {@code twenty-nine}, {@code forty-two}: a tens' number word and a unit's, hyphened. */
    private static boolean compoundNumber(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && MORE_NUMBER_WORDS.contains(w.substring(0, dash))
                && (NUMBER_WORDS.contains(w.substring(dash + 1)) || w.endsWith("-one"));
    }

    /** Last parts of a hyphened adjective that says whom a name leans to: {@code Russia-friendly}, {@code West-leaning}. */
    private static final Set<String> LEANINGS = WordSets.of("friendly", "leaning", "oriented", "aligned");
    private static final Set<String> NUMBER_WORDS = NumberWords.twoToTenAnd();
    private static final Set<String> MORE_NUMBER_WORDS = WordSets.of("eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "hundred", "hundreds", "dozen", "dozens", "thousands");

    /**
     * Whether one capitalised word in brackets after the name {@code i..j} names a faction of it: the name is an
     * acronym or has a party's, movement's, front's or army's word ({@code Communist Party of Nepal (Biplav)}), and
     * the word is no acronym (that defines one) and no compass point (a place's area: {@code (Ouest)}).
     */
    private boolean faction(Tokens t, Sentence s, int i, int j) {
        // SULAIMANI (Rudaw) -: a dateline and its paper
        boolean datelinePaper = i == t.firstWord(s) && (t.isDash(j + 4) || t.isChar(j + 4, ','));
        if (j + 3 > s.last() || !t.isChar(j + 1, '(') || !t.isChar(j + 3, ')') || !isNameWord(t, j + 2)
                || t.is(j + 2, Tokens.ALL_CAPS) || MentionFinder.isAcronymShape(t.surface(j + 2)) // (PkMAP)
                || t.end(j + 1) != t.start(j + 2) || AREAS.contains(t.lower(j + 2))
                || ActorWords.isNewsAgency(t.lower(j + 2)) // MOGADISHU (Reuters) -: a dateline, no faction
                || isPlace.test(Names.key(t.lower(j + 2))) // JIRIBAM (Manipur) -: a town and its region
                || datelinePaper) {
            return false;
        }
        if (i == j && t.is(i, Tokens.ALL_CAPS) && t.end(i) - t.start(i) >= 2) {
            return true;
        }
        for (int k = i; k <= j; k++) {
            if (FACTION_HEADS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} opens its line or a list's item: after a bracket, a comma, or a scorecard's c or b. */
    private static boolean listedPlayer(Tokens t, Sentence s, int i) {
        return i == s.first() || t.newlinesAfter(i - 1) > 0 || t.isChar(i - 1, '(') || t.isChar(i - 1, ',')
                || t.isChar(i - 1, ';') || t.isChar(i - 1, ':') || Matches.scorecardMark(t, i - 1);
    }

    /** Words the initials of an acronym skip: particles and function words of the reports' languages. */
    private static final Set<String> UNSPELLED = WordSets.of("of", "the", "for", "and", "in", "on", "to", "de", "du",
            "des", "la", "le", "les", "l'", "d'", "pour", "en", "et", "à", "au", "aux", "del", "y", "los", "las", "el",
            "para", "por", "do", "da", "dos", "das", "e", "di");
    /** The particles between a name's words and its acronym taken from another language. */
    private static final Set<String> TRANSLATED_PARTICLES = WordSets.of("for", "a", "to", "and");
    /** At most this many words between a name's capitalised words and the acronym in brackets that spells them all. */
    private static final int MAX_SPELLED_WORDS = 10;

    /**
     * The end of a name written in sentence case and defined by the acronym in brackets after it: its capitalised
     * words {@code i..j}, then words of which at least one is in lower case, then {@code (ACRONYM)} whose letters are
     * the initials of all the words but the particles ({@code Unité pour la paix en Centrafrique (UPC)}, {@code Groupe
     * de soutien à l'islam et aux musulmans (GSIM)}); the token before the bracket, else {@code j}. The particles are
     * those acronyms skip, not {@link #PARTICLES}: "the", "and", "in" are left out of an acronym but end a name.
     */
    private static int spelledByAcronym(Tokens t, Sentence s, int i, int j) {
        int k = j + 1;
        while (k <= s.last() && k <= j + MAX_SPELLED_WORDS && t.isWord(k) && !t.is(k, Tokens.NUMBER)) {
            k++;
        }
        if (k == j + 1 || !t.isChar(k, '(') || k + 2 > s.last() || !t.is(k + 1, Tokens.ALL_CAPS)
                || !t.isChar(k + 2, ')')) {
            return j;
        }
        String acronym = t.lower(k + 1).replace("-", "");
        boolean sentenceCase = false; // a lower-case word of the name's own (not the Amhara Fano in Gojjam (AFG))
        for (int w = j + 1; w < k; w++) {
            sentenceCase |= !UNSPELLED.contains(t.lower(w)) && !t.isCapitalised(w);
        }
        if (sentenceCase && acronym.length() >= 3 && initials(t, i, k).equals(acronym)) {
            return k - 1;
        }
        return translated(t, i, j, k, acronym) ? k - 1 : j;
    }

    /**
     * Whether a name's capitalised words and particles up to its acronym in brackets are one name, its acronym taken
     * from the name in another language: all but one of the acronym's letters are initials of the name's words, in
     * any order ({@code the Alliance of Patriots for a Free and Sovereign Congo (APCLS)}, {@code the Congolese
     * Association for Access to Justice (ACAJ)}).
     */
    private static boolean translated(Tokens t, int i, int j, int k, String acronym) {
        if (acronym.length() < 4 || !t.isCapitalised(k - 1)) {
            return false;
        }
        boolean and = false;
        for (int w = j + 1; w < k; w++) {
            if (!t.isCapitalised(w) && !TRANSLATED_PARTICLES.contains(t.lower(w))) {
                return false; // (not "the 92nd Brigade of the Bolivarian National Armed Force (FANB)": two names)
            }
            and |= t.isLower(w, "and");
        }
        if (and && t.lower(i).charAt(0) != acronym.charAt(0)) {
            return false; // the Nigerian Army and Civilian Joint Task Force (CJTF): two names
        }
        StringBuilder initials = new StringBuilder();
        for (int w = i; w < k; w++) {
            if (t.isCapitalised(w)) {
                initials.append(t.lower(w).charAt(0));
            }
        }
        int found = 0;
        for (int c = 0; c < acronym.length(); c++) {
            int at = initials.indexOf(String.valueOf(acronym.charAt(c)));
            if (at >= 0) {
                initials.setCharAt(at, ' ');
                found++;
            }
        }
        return found >= acronym.length() - 1;
    }

    /**
     * The initials of the tokens {@code from} to before {@code to} that an acronym spells: not the particles
     * ({@link #UNSPELLED}), and {@code l'islam} by its {@code i}.
     */
    private static String initials(Tokens t, int from, int to) {
        StringBuilder initials = new StringBuilder();
        for (int w = from; w < to; w++) {
            String word = t.lower(w);
            if (UNSPELLED.contains(word)) {
                continue;
            }
            if ((word.startsWith("l'") || word.startsWith("d'")) && word.length() > 2) {
                word = word.substring(2); // l'islam
            }
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }

    /**
     * Whether {@code , a} or {@code , an} before token {@code a} follows a name, opening an apposition that says what
     * it is ({@code the Arambai Tenggol, a Meitei armed group}); not after a day or a word of time ({@code On Monday, a
     * Jiido clan militia}).
     */
    public static boolean appositionAfterName(Tokens t, int a) {
        return (t.isLower(a - 1, "a") || t.isLower(a - 1, "an")) && t.isChar(a - 2, ',')
                && (t.isWord(a - 3) && t.isCapitalised(a - 3) && !Calendar.isCalendarWord(t.lower(a - 3))
                && !TIME_WORDS.contains(t.lower(a - 3)) || t.isChar(a - 3, ')'));
    }

    /**
     * Whether the person whose name opens at {@code person} is named right after the group {@code first..last} as one
     * of its people ({@code a soldier of the 19 Rashtriya Rifles, Havildar X}, {@code a member of the Civilian Joint
     * Task Force (CJTF), Y}): the group's acronym in brackets may follow it, then a comma, at most a capitalised rank,
     * the name. With {@code described}, words may describe him before the noun ({@code a former soldier of}, {@code
     * one local commander of}); without, it is {@code a soldier of}, {@code an officer of}.
     */
    public static boolean oneOfGroupBefore(Tokens t, int first, int last, int person, boolean described) {
        int k = t.isChar(last + 1, '(') && t.isChar(last + 3, ')') ? last + 4 : last + 1;
        int rank = person - k - 1;
        if (!t.isChar(k, ',') || rank > 1 || rank == 1 && !(t.isWord(k + 1) && t.isCapitalised(k + 1))) {
            return false;
        }
        int of = t.beforeThe(first);
        if (!t.isLower(of, "of") && !t.isLower(of, "from") || !t.isWord(of - 1)
                || !ActorWords.isMemberNoun(t.lower(of - 1))) {
            return false;
        }
        int article = of - 2;
        while (described && t.isWord(article) && MEMBER_DESCRIPTIONS.contains(t.lower(article))) {
            article--;
        }
        return t.isLower(article, "a") || t.isLower(article, "an") || described && t.isLower(article, "one");
    }

    /** Words before such a noun: {@code a former soldier}, {@code an off-duty officer}. */
    private static final Set<String> MEMBER_DESCRIPTIONS = WordSets.of("former", "local", "senior", "junior",
            "off-duty", "young", "serving", "retired", "mid-level", "field", "police", "army", "security");

    /** Words that open a sentence before its subject: {@code Yesterday, a Jiido clan militia attacked}. */
    private static final Set<String> TIME_WORDS = WordSets.of("yesterday", "today", "tonight", "meanwhile", "later",
            "earlier", "overnight", "separately", "elsewhere");

    /** Whether a word is a unit's or a gang's that a number names: {@code Frente 36}, {@code Yonif 715}. */
    static boolean isNumberedUnit(String lower) {
        return NUMBERED_UNITS.contains(lower);
    }

    /** Heads of a body's name that goes on with what it is for: {@code Committee to Protect Journalists}. */
    private static final Set<String> AIMING_BODIES = WordSets.of("committee", "force", "agency", "commission",
            "movement", "alliance", "coalition", "campaign", "council", "centre", "center", "office", "unit", "fund",
            "initiative", "network", "front", "foundation", "society", "association", "league", "union", "group",
            "mission", "programme", "program", "project", "brigade", "squad", "partnership", "collective");
    /** The verbs that say, capitalised after "to", what such a body is for. */
    private static final Set<String> NAMED_AIMS = WordSets.of("protect", "fight", "combat", "end", "stop", "save",
            "defend", "prevent", "promote", "support", "restore", "free", "ban", "abolish", "eradicate", "eliminate",
            "counter", "reform", "rebuild", "monitor", "investigate", "liberate", "unite", "oppose", "resist", "halt",
            "curb", "ensure", "safeguard", "preserve", "help", "assist", "aid", "feed", "return", "make", "reduce",
            "advance", "protest", "suppress", "tackle", "track", "find", "release", "recover");
    private static final Set<String> GANG_NOUNS = WordSets.of("gang", "gangs", "crew", "clique", "posse");

    /** Last words of names that a number completes. */
    private static final Set<String> NUMBERED_UNITS = WordSets.of("frente", "front", "bloque", "bloc", "columna",
            "barrio", "calle", "mafia", "brigade", "battalion", "regiment", "division", "comando", "brigada", "batallon",
            "batallón", "squad", "company", "platoon", "detachment", "yonif", "batalyon");
    /** Adjectives that open a pair joined by "and" in an organisation's name, and never end a name. */
    private static final Set<String> OPEN_ADJECTIVES = WordSets.of("social", "cultural", "economic", "political",
            "civic", "religious", "scientific", "technical", "educational", "industrial", "commercial", "agricultural",
            "medical", "legal", "environmental", "financial", "historical", "artistic", "ethnic");
    private static final Set<String> FACTION_HEADS = WordSets.of("party", "movement", "front", "army", "council");
    private static final Set<String> AREAS = WordSets.of("north", "south", "east", "west", "centre", "center", "ouest",
            "nord", "sud", "est", "central", "northern", "southern", "eastern", "western");

    /** {@code IDPs}: internally displaced persons, civilians, though written in capitals. */
    static boolean isDisplaced(Tokens t, int i) {
        return t.isWord(i) && (t.isLower(i, "idps") || t.isLower(i, "idp"));
    }

    /** People counted by a number before their group's name: {@code killing 4 CJTF members}, {@code 20 FARDC soldiers}. */
    private static final Set<String> COUNTED = WordSets.of("members", "soldiers", "fighters", "militants", "officers",
            "troops", "policemen", "rebels", "combatants", "elements", "militiamen", "personnel", "agents", "recruits",
            "supporters", "activists", "gunmen", "insurgents", "mercenaries", "guards", "operatives", "commanders",
            "volunteers", "jihadists", "civilians", "workers", "staff", "gendarmes", "herders", "herdsmen", "farmers",
            "villagers", "traders", "fishermen", "miners", "pastoralists", "students", "youths");

    /** Whether a number before names counts the people that follow the names (not part of a group's name). */
    private static boolean counts(Tokens t, int i) {
        if (!t.is(i, Tokens.NUMBER)) {
            return false;
        }
        int j = i + 1;
        while (j <= i + 4 && isNameWord(t, j)) {
            j++;
        }
        return t.isWord(j) && !t.isCapitalised(j) && COUNTED.contains(t.lower(j));
    }

    /** {@code 3R}, {@code 4G}: a short code of a digit then capitals (a name, though not capitalised). */
    static boolean isCode(Tokens t, int i) {
        if (!t.isWord(i) || t.is(i, Tokens.NUMBER) || t.end(i) - t.start(i) > 5
                || !Character.isDigit(t.text().charAt(t.start(i)))) {
            return false;
        }
        String raw = t.text().substring(t.start(i), t.end(i));
        return raw.chars().anyMatch(Character::isUpperCase)
                && raw.chars().noneMatch(Character::isLowerCase);
    }

    /** {@code 3rd}, {@code 103rd}, {@code 21st}: a number that ranks, as units are named. */
    static boolean isOrdinal(String w) {
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        String rest = w.substring(digits);
        return digits > 0 && digits <= 4
                && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
    }

    /**
     * Whether the "of" at {@code k}, after a name ending at {@code j}, opens an owner's name and not more of the name:
     * a unit's country with its possessive ({@code the 52nd Division of Syria's new army}: the unit, then whose army it
     * is), or a place before a body's lower-case part ({@code Carabinieri of the Naples provincial command}: the name,
     * then a command it has no name for).
     */
    private static boolean ofAnOwner(Tokens t, Sentence s, int j, int k) {
        if (NAMED_UNITS.contains(t.lower(j)) && t.isPossessiveS(nameRunEnd(t, s, k + 1) + 2)) {
            return true;
        }
        int after = t.isLower(k + 1, "the") ? nameRunEnd(t, s, k + 2) + 1 : -1;
        return after > 0 && t.isWord(after) && OWNED_NOUNS.contains(t.lower(after));
    }

    /**
     * Whether the "of" at {@code k}, in a sports report or a sentence about sport (a score, a sport's word), ends a
     * player's or a club's name of one or two plain words and opens a country's that ends the run ({@code Peter Nicol
     * of Scotland 15-10}, {@code Olympiakos of Greece beat ...}), not a body's own name ({@code Bank of England},
     * {@code Republic of Chad}).
     */
    private boolean someoneOfACountry(Tokens t, Sentence s, int i, int j, int k) {
        int c = t.isLower(k + 1, "the") ? k + 2 : k + 1; // David Rikl of the Czech Republic
        if (j - i > 1 || !isNameWord(t, c) || !sports && !Matches.scoreIn(t, s) && !Matches.sportWordIn(t, s)) {
            return false; // (not Brothers of Italy, a party: only players and clubs are named so)
        }
        for (int m = i; m <= j; m++) {
            if (!t.isWord(m) || t.is(m, Tokens.ALL_CAPS) || ActorWords.nameWordType(t.lower(m)) != null
                    || ActorWords.isTitle(t.lower(m)) || OF_A_COUNTRY_HEADS.contains(t.lower(m))) {
                return false;
            }
        }
        int end = nameRunEnd(t, s, c);
        return end - c <= 2 && isCountry.test(Names.key(t.text().substring(t.start(c), t.end(end))));
    }

    /**
     * Heads of names that a country completes ({@code Republic of Chad}, {@code Kingdom of Morocco}), besides titles
     * and the words that type a name ({@code Bank}, {@code Ministry}, {@code President}), which are checked apart.
     */
    private static final Set<String> OF_A_COUNTRY_HEADS = WordSets.of("republic", "kingdom", "state", "states",
            "emirate", "islamic", "people", "central", "federal", "commonwealth", "duke", "patriarch", "grand",
            "united", "democratic", "national", "royal");

    /** The last token of the run of name words that starts at {@code i} (one itself), at most to the sentence's end. */
    private static int nameRunEnd(Tokens t, Sentence s, int i) {
        int m = i;
        while (m + 1 <= s.last() && isNameWord(t, m + 1)) {
            m++;
        }
        return m;
    }

    /** Lower-case nouns of a body's part that a place's name qualifies: {@code the Naples provincial command}. */
    private static final Set<String> OWNED_NOUNS = WordSets.of("provincial", "regional", "district", "municipal",
            "command", "headquarters", "branch", "office", "station", "unit", "province", "garrison", "divisional");

    /** A capitalised word that can be part of a name (not a month or weekday, not a number). */
    static boolean isNameWord(Tokens t, int i) {
        if (!t.isWord(i) || t.is(i, Tokens.NUMBER) || isDisplaced(t, i)) {
            return false;
        }
        String w = t.lower(i);
        if (!t.isCapitalised(i)) {
            int dash = w.indexOf('-');
            return (w.startsWith("l'") || w.startsWith("d'")) && w.length() > 2
                    && Character.isUpperCase(t.text().charAt(t.start(i) + 2))
                    || dash >= 1 && dash <= 3 && ARABIC_ARTICLES.contains(w.substring(0, dash))
                    && i > 0 && isNameWordBefore(t, i)
                    && dash + 1 < w.length() && Character.isUpperCase(t.text().charAt(t.start(i) + dash + 1));
        }
        if (Calendar.isCalendarWord(w) || isCompoundAdjective(w) || GARMENTS.contains(w)) {
            return false; // (an Invincible Forces T-shirt: the group's, worn)
        }
        if (Calendar.month(w) > 0 && (t.is(i + 1, Tokens.NUMBER) || t.is(i - 1, Tokens.NUMBER) || t.isChar(i + 1, '.')
                && t.is(i + 2, Tokens.NUMBER) || dayWithSuffix(t, i + 1))) {
            return false; // NIAMEY, Nov 27, 2021; 12 Aug 2024; On Aug 15th: a month written short
        }
        if (w.equals("may")) {
            return !t.is(i + 1, Tokens.NUMBER) && !t.is(i - 1, Tokens.NUMBER);
        }
        return true;
    }

    /** {@code 15th}, {@code 1st}: a day of the month written with its ordinal suffix. */
    private static boolean dayWithSuffix(Tokens t, int i) {
        return t.isWord(i) && DAY_WITH_SUFFIX.matcher(t.lower(i)).matches();
    }

    private static final Pattern DAY_WITH_SUFFIX = Pattern.compile("[0-3]?\\d(st|nd|rd|th)");

    /**
     * Whether the token before {@code i} is a capitalised word: {@code ez-Zor} continues {@code Deir}, opens nothing.
     */
    private static final Set<String> GARMENTS = WordSets.of("t-shirt", "t-shirts", "tee-shirt", "tee-shirts");

    private static boolean isNameWordBefore(Tokens t, int i) {
        return t.isWord(i - 1) && t.isCapitalised(i - 1) && t.end(i - 1) < t.start(i);
    }

    /** {@code EU-wide}, {@code UN-backed}, {@code Kenya-led}: an adjective made from a name, not a name. */
    static boolean isCompoundAdjective(String w) {
        int dash = w.lastIndexOf('-');
        return dash > 0 && COMPOUND_SUFFIXES.contains(w.substring(dash + 1));
    }

    private static final Set<String> COMPOUND_SUFFIXES = WordSets.of("wide", "based", "led", "backed", "style", "born",
            "owned", "funded", "sponsored", "allied", "aligned", "controlled", "held", "run", "made", "bound", "related",
            "linked", "affiliated", "brokered", "mediated");

    /**
     * The last word of a name that goes on past the {@code in} at {@code k}, as the acronym in brackets after it spells
     * ({@code the United Nations Interim Force in Lebanon (UNIFIL)}, {@code the United Nations Mission in South Sudan
     * (UNMISS)}, {@code the Islamic State in Iraq and the Levant (ISIL)}); else -1.
     */
    private static int spelledWithIn(Tokens t, Sentence s, int i, int k) {
        int m = k + 1;
        while (m <= Math.min(s.last(), k + 6) && (isNameWord(t, m) || t.isLower(m, "and") || t.isLower(m, "the"))) {
            m++;
        }
        int last = m - 1;
        if (last == k || !isNameWord(t, last) || !t.isChar(m, '(') || !t.is(m + 1, Tokens.ALL_CAPS)
                || !t.isChar(m + 2, ')')) {
            return -1;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder named = new StringBuilder();
        for (int w = i; w <= last; w++) {
            if (!t.isWord(w)) {
                return -1;
            }
            if (t.isCapitalised(w) || t.isLower(w, "in")) {
                all.append(t.lower(w).charAt(0));
            }
            if (t.isCapitalised(w)) {
                named.append(t.lower(w).charAt(0));
            }
        }
        String acronym = t.lower(m + 1);
        return acronym.length() >= 4 && (acronym.contentEquals(all) || acronym.contentEquals(named)) ? last : -1;
    }

    /**
     * Whether the two or three name words {@code i..j}, after a title, are a person's name and the {@code of} at
     * {@code k} opens what he belongs to: {@code councillor Sibusiso Mkhize of the IFP}, {@code President Emmanuel
     * Macron of France}.
     */
    private static boolean titledPersonOf(Tokens t, int i, int j, int k) {
        if (!t.isLower(k, "of") || j == i || j - i > 2 || !t.isWord(i - 1) || !ActorWords.isTitle(t.lower(i - 1))) {
            return false;
        }
        for (int p = i; p <= j; p++) {
            if (!t.isCapitalised(p) || t.is(p, Tokens.ALL_CAPS) || ActorWords.nameWordType(t.lower(p)) != null
                    || ActorWords.isTitle(t.lower(p)) || PlaceWords.nameWordType(t.lower(p)) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticle(Tokens t, int k, int first, int last) {
        if (!t.isWord(k) || t.isCapitalised(k)) {
            return false;
        }
        String w = t.lower(k);
        if (PARTICLES.contains(w)) {
            return true;
        }
        if (w.equals("against") && t.isLower(k - 1, "coalition") && isNameWord(t, k + 1)) {
            return true; // the Global Coalition against Daesh
        }
        if (w.equals("and") || w.equals("et")) {
            if (first == last && !t.is(first, Tokens.ALL_CAPS) && headWordEnds(t, k + 1)
                    || spelledAcrossFrom(t, first, k)) {
                return true; // the Justice and Equality Movement, the Peace and Development Council
            }
            if (last > first && OPEN_ADJECTIVES.contains(t.lower(last)) && headWordEnds(t, k + 1)) {
                return true; // the Mbororo Social and Cultural Development Association: no name ends in "Social"
            }
            // the Ministry of Justice and Peace; the Minister of Justice and Public Security (a title, one chunk)
            boolean headWord = ActorWords.nameWordType(t.lower(first)) != null || ActorWords.isPortfolioTitle(t.lower(first));
            if (headWord && w.equals("et") && last > first) {
                return true; // the Force Patriotique et Intégrationniste du Congo
            }
            for (int p = first + 1; p <= last; p++) {
                if ((t.isLower(p, "of") || t.isLower(p, "for"))
                        && (headWord || ActorWords.nameWordType(t.lower(p - 1)) != null)) {
                    // the Ministry of Justice and Peace, the Union for Peace and Development, the Tunisian Forum for
                    // Economic and Social Rights
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the acronym after the name words around the {@code and} at {@code k} spells them from one of the words
     * before it ({@code the Ansar Allah Security and Intelligence Service (SIS)}: from Security; {@code Immigration
     * and Customs Enforcement (ICE)}).
     */
    private static boolean spelledAcrossFrom(Tokens t, int first, int k) {
        for (int p = first; p < k; p++) {
            if (spelledAcross(t, p, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name words before the {@code and} at {@code k} and the one to four after it are one name, as the
     * acronym in brackets right after them says: its letters are the initials of all of them, in any order (a name
     * translated from French or Spanish: {@code the Mobile Intervention and Security Company (CMIS)}).
     */
    private static boolean spelledAcross(Tokens t, int first, int k) {
        int j = k + 1;
        while (j <= k + 4 && isNameWord(t, j)) {
            j++;
        }
        if (j == k + 1 || !t.isChar(j, '(') || !t.is(j + 1, Tokens.ALL_CAPS) || !t.isChar(j + 2, ')')) {
            return false;
        }
        char[] acronym = t.lower(j + 1).replace("-", "").toCharArray();
        char[] spelled = initials(t, first, j).toCharArray();
        Arrays.sort(acronym);
        Arrays.sort(spelled);
        return acronym.length >= 3 && Arrays.equals(acronym, spelled);
    }

    /** Whether the name words from {@code k} (one to three) end with an organisation's or a group's word. */
    private static boolean headWordEnds(Tokens t, int k) {
        int j = k;
        while (j < k + 3 && isNameWord(t, j)) {
            j++;
        }
        if (j == k) {
            return false;
        }
        String type = ActorWords.nameWordType(t.lower(j - 1));
        return !isNameWord(t, j) && ("organization".equals(type) || "armed_group".equals(type));
    }

    /**
     * When token {@code k} is the apostrophe of a possessive inside an organisation's name
     * ({@code Traders' Association}, {@code Women's Solidarity Network}), the last token of that name; else -1.
     */
    private int possessiveOrgEnd(Tokens t, Sentence s, int k) {
        if (!t.isApostrophe(k) || k == 0 || t.end(k - 1) != t.start(k)) {
            return -1;
        }
        if (t.is(k - 1, Tokens.ALL_CAPS) && t.end(k - 1) - t.start(k - 1) > 1
                || KnownActors.type(t.lower(k - 1)) != null
                || isCountry.test(Names.key(t.lower(k - 1))) || knownOwner(t, s, k)
                || t.isWord(k - 1) && OWNER_HEADS.contains(t.lower(k - 1))) {
            // the ELN's Western War Front, Sudan's Rapid Support Forces, the Colombian Navy's Pacific Naval Force: a
            // unit of the group, country or force before
            return -1;
        }
        int n = t.isLower(k + 1, "s") && t.end(k) == t.start(k + 1) ? k + 2 : k + 1;
        if (t.isChar(k - 2, '.') && t.isWord(k - 3) && SAINT_MOUNT.contains(t.lower(k - 3)) && isNameWord(t, n)
                && PlaceWords.isFacilityNoun(t.lower(n))) {
            return n; // St. Anthony's Shrine, St. Sebastian's Church: a saint's building
        }
        int end = -1;
        boolean people = t.isWord(k - 1) && t.isCapitalised(k - 1) && PEOPLES.contains(t.lower(k - 1));
        for (int i = n; i <= s.last() && i < n + 4 && isNameWord(t, i); i++) {
            if (people || ActorWords.nameWordType(t.lower(i)) != null) { // the Donetsk People's Republic
                end = i;
            }
        }
        return end;
    }

    /** Heads of a force's or ministry's name whose possessive opens one of its units: {@code the National Police's}. */
    private static final Set<String> OWNER_HEADS = WordSets.of("police", "army", "navy", "military", "forces",
            "carabinieri", "gendarmerie", "guard", "ministry", "corps", "marines", "command", "constabulary", "force",
            "service", "agency", "department", "directorate", "division", "brigade", "authority", "government",
            "administration");

    /** Plural nouns of people whose possessive opens the rest of a name: {@code All-Poland Women's Strike}. */
    static final Set<String> PEOPLES = WordSets.of("people", "peoples", "women", "workers", "farmers",
            "mothers", "students", "teachers", "citizens", "revolutionaries", "veterans", "traders", "miners",
            "drivers", "lawyers", "journalists", "doctors", "youths", "families", "victims");

    /** Whether the two or three words before the apostrophe at {@code k} are a known group: {@code Saraya al-Quds'}. */
    private static boolean knownOwner(Tokens t, Sentence s, int k) {
        for (int from = k - 2; from >= Math.max(s.first(), k - 3); from--) {
            if (t.isWord(from)
                    && KnownActors.type(Names.key(t.text().substring(t.start(from), t.end(k - 1)))) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} opens the story after a dateline's dash: {@code LOMÉ, 16 May 2023 (Reuters) - Suspected
     * jihadists}, {@code KIDAL, Mali -- Unidentified gunmen}.
     */
    static boolean afterDateline(Tokens t, Sentence s, int i) {
        return i != t.firstWord(s) && t.opensSentence(s, i);
    }

    /**
     * Whether the name at {@code a..b} is in brackets after a dateline's town, then a dash: who reports ({@code
     * SULAIMANI (Rudaw) -}, {@code RUSIZI, Rwanda (The New Times) -}, {@code STONE TOWN, Zanzibar, Oct. 28, 2020
     * (Mwananchi) -}).
     */
    public static boolean datelineSource(Tokens t, Sentence s, int a, int b) {
        int open = t.beforeThe(a);
        if (!t.isChar(open, '(') && t.isChar(open - 1, '(') && t.isWord(open) && t.isCapitalised(open)) {
            open--; // (Thai PBS) -: a people's adjective before the name
        }
        int close = b + 1;
        if (t.isChar(close, '.') && t.isWord(close + 1) && !t.isCapitalised(close + 1) && t.adjacent(b)
                && t.adjacent(close)) {
            close += 2; // (Criterio.hn): a website's name
        }
        return t.isChar(open, '(') && t.isChar(close, ')') && open - 1 >= s.first() && open - 1 <= s.first() + 13
                && t.is(s.first(), Tokens.ALL_CAPS) && t.isDash(close + 1);
    }

    /**
     * The last word of a list of single capitalised words that an office's name ends with, an acronym in brackets
     * right after it ({@code the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)}: {@code Explosives}), when
     * the name so far ({@code i} to the comma at {@code comma}) has its "of"; else -1.
     */
    private static int listBeforeAcronym(Tokens t, Sentence s, int i, int comma) {
        boolean of = t.hasWordIn(i, comma - 1, OF);
        int k = comma;
        while (t.isChar(k, ',') && isNameWord(t, k + 1) && !isNameWord(t, k + 2) && k + 1 <= s.last()) {
            k += 2;
        }
        if (t.isChar(k, ',') && t.isLower(k + 1, "and")) {
            k++; // Firearms, and Explosives
        }
        if (!t.isLower(k, "and") || !isNameWord(t, k + 1) || isNameWord(t, k + 2) || !t.isChar(k + 2, '(')
                || k + 4 > s.last() || !t.isChar(k + 4, ')')) {
            return -1;
        }
        return of && t.is(k + 3, Tokens.ALL_CAPS) || listSpells(t, i, k + 1, t.surface(k + 3)) ? k + 1 : -1;
    }

    /**
     * Whether the acronym spells the words of a list from {@code from} to {@code last}: {@code Return, Reclamation and
     * Rehabilitation (3R)}, a digit standing for its letter repeated.
     */
    private static boolean listSpells(Tokens t, int from, int last, String acronym) {
        StringBuilder spelled = new StringBuilder();
        for (int w = from; w <= last; w++) {
            if (t.isWord(w) && !UNSPELLED.contains(t.lower(w))) {
                spelled.append(t.lower(w).charAt(0));
            }
        }
        String a = acronym.toLowerCase(java.util.Locale.ROOT);
        if (a.length() == 2 && Character.isDigit(a.charAt(0)) && Character.isLetter(a.charAt(1))) {
            a = String.valueOf(a.charAt(1)).repeat(a.charAt(0) - '0');
        }
        return a.length() >= 3 && a.contentEquals(spelled);
    }

    private static final Set<String> OF = WordSets.of("of");

    /**
     * Whether token {@code k} is a slash glued between a name and a single capital letter, maybe hyphened on:
     * {@code SPLM/A}, {@code SPLM/A-IO} (the movement and its army); not {@code MSS/HNP}, two actors (nor in brackets,
     * where an acronym defined as {@code (SSPM/A)} is read as before).
     */
    private static boolean armySlash(Tokens t, int k) {
        if (!t.isChar(k, '/') || k == 0 || !t.isWord(k + 1) || t.end(k - 1) != t.start(k)
                || t.end(k) != t.start(k + 1)) {
            return false;
        }
        String next = t.surface(k + 1);
        return Character.isUpperCase(next.charAt(0)) && (next.length() == 1 || next.charAt(1) == '-'
                || t.is(k - 1, Tokens.NUMBER)); // Infantry Battalion 715/Motuliato: a unit's number and its name
    }

    /**
     * When token {@code k} opens a quoted nickname of one to three words followed by a name word
     * ({@code 'Barbecue' Cherizier}, {@code "Ti Bato" Valcin}), the token of that last-name word; else -1.
     */
    private static int nicknameEnd(Tokens t, Sentence s, int k) {
        if (!isQuote(t, k)) {
            return -1;
        }
        int i = k + 1;
        while (i <= s.last() && i <= k + 3 && isNameWord(t, i)) {
            i++;
        }
        return i > k + 1 && isQuote(t, i) && i + 1 <= s.last() && isNameWord(t, i + 1) ? i + 1 : -1;
    }

    private static boolean isQuote(Tokens t, int i) {
        if (!t.isPunct(i)) {
            return false;
        }
        char c = t.text().charAt(t.start(i));
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }
}
