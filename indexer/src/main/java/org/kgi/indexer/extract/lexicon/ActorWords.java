package org.kgi.indexer.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Cues for actors: titles that come before a person's name, words that make a name an organisation of
 * some type ({@code Police}, {@code Ministry}, {@code Brigade}...), nouns after a name that make it a
 * group ({@code gang}, {@code militia}), role nouns, and the generic actors of conflict reporting.
 */
public final class ActorWords {
    /** Titles before a person's name; multi-word titles end with one of these. */
    private static final Set<String> TITLES = WordSets.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general", "col", "colonel", "lt",
            "lieutenant", "capt", "captain", "maj", "major", "sgt", "sergeant", "cpl", "corporal", "adm", "admiral",
            "brig", "brigadier", "marshal", "commander", "cmdr", "commissioner", "inspector", "insp", "superintendent",
            "supt", "chief", "director", "president", "vice-president", "minister", "premier", "senator", "sen",
            "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
            "prosecutor", "attorney", "ambassador", "envoy", "secretary", "secretary-general", "chairman",
            "chairwoman", "chairperson", "spokesperson", "spokesman", "spokeswoman", "pastor", "father", "rev",
            "reverend", "bishop", "archbishop", "cardinal", "imam", "sheikh", "king", "queen", "prince",
            "princess", "pope", "sir", "dame", "lord", "lady", "deputy", "officer", "constable", "agent",
            "senior", "leader", "boss", "warlord", "kingpin", "coordinator", "chief-of-staff", "councillor",
            "councilor", "magistrate", "dean", "rector", "emir", "sultan", "sheikha", "ayatollah", "mullah",
            "gang-leader", "head", "mp", "pm", "ceo", "coach", "activist", "journalist", "lawyer", "analyst",
            "researcher", "official", "commandant", "ombudsman", "ombudswoman", "prime", "vice", "acting", "interim",
            "former", "divisional", "departmental", "assistant", "principal", "mgr", "monsignor", "imam", "haji",
            "deputy-director", "director-general", "inspector-general",
            "havildar", "naik", "subedar", "sepoy", "rifleman", // South Asian armies' ranks
            "private", "pvt", "pte", "trooper", "lance", "warrant", "specialist", "spc", "gunner", "airman",
            "seaman", "petty", "cadet", "ensign"); // other ranks: Private Nurbek Tashiev, Lance Corporal X

    /** Lower-case role nouns right before a name that make it a person ({@code gang leader X}). */
    private static final Set<String> ROLE_NOUNS = WordSets.of(
            "leader", "boss", "spokesperson", "spokesman", "spokeswoman", "commander", "chief", "director",
            "president", "minister", "official", "journalist", "reporter", "activist", "lawyer", "analyst",
            "researcher", "coordinator", "head", "warlord", "kingpin", "founder", "colleague", "brother", "sister",
            "son", "daughter", "wife", "husband", "mother", "father", "nurse", "doctor", "surgeon", "teacher",
            "driver", "pastor", "priest", "mayor", "governor", "senator", "judge", "prosecutor", "ambassador",
            "envoy", "deputy", "secretary", "manager", "chairman", "ringleader", "lieutenant", "member",
            "victim", "resident", "witness", "businessman", "businesswoman", "politician", "candidate",
            "singer", "artist", "player", "star", "suspect", "inspector", "commissioner", "general", "colonel",
            "captain", "sergeant", "officer", "prime",
            // sport: England striker Les Ferdinand, Olympic champion Agassi, top seed Thomas Muster
            "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler", "paceman", "spinner",
            "skipper", "flanker", "hooker", "full-back", "fullback", "scrum-half", "fly-half", "all-rounder",
            "champion", "seed", "nominee", "challenger", "compatriot", "team-mate", "teammate", "runner-up");

    /**
     * Words of jihadist and other armed movements' names ({@code Al Shabaab}, {@code Boko Haram}, {@code Jabhat
     * al-Nusra}): name words of armed groups, and armed groups by themselves ({@code Hamas}, {@code Houthis}).
     */
    private static final Set<String> MOVEMENT_WORDS = WordSets.of("taliban", "shabaab", "qaeda", "haram", "jamaat",
            "ansar", "ansaru", "daesh", "nusra", "jabhat", "hezbollah", "hamas", "houthi", "houthis",
            "ansarallah", "mujahidin", "shabab", "fatemiyoun", "zainabiyoun", "mai-mai", "mayi-mayi");
    /**
     * Words that open or join armed movements' names ({@code Kataib Hezbollah}, {@code Jaish-e-Muhammad}, {@code Liwa
     * Fatemiyoun}, {@code Guerreros Unidos}) but, alone, may be a place or a common word (Liwa, Sipah, Wilayat): name
     * words of armed groups within a longer name or a hyphened one, never a group by themselves.
     */
    private static final Set<String> MOVEMENT_HEADS = WordSets.of("kataib", "kata'ib", "katibat", "katiba", "jaish",
            "jaysh", "asaib", "asa'ib", "faylaq", "ahrar", "liwa", "saraya", "harakat", "wilayat", "rijal", "jund",
            "junud", "lashkar", "sipah", "tanzim", "guerreros", "unidos", "isis", "isil", "dawlah", "daulah");

    /** Name words that type the name they are in, by the actor type they give. */
    private static final Map<String, String> NAME_WORDS = new HashMap<>();
    /** Lower-case nouns right after a name that make the name a group of that type. */
    private static final Map<String, String> GROUP_NOUNS = new HashMap<>();

    static {
        WordSets.putAll(NAME_WORDS, "security_force", "police", "army", "forces", "force", "guard", "guards", "gendarmerie",
                "brigade", "unit", "units", "battalion", "regiment", "corps", "navy", "military", "marines", "apparatus",
                "squad", "squadron", "division", "command", "constabulary", "troops", "swat", "inspectorate",
                "intelligence", "coastguard", "carabinieri", "garrison", "contingent", "polis", "policia", "policía", "legion",
                "fuerzas", "forças", "forcas", "ejército", "ejercito", "armée", "armee", "exército", "exercito",
                "patrol", "sheriff", "sheriffs", "troopers", "rangers", "yonif", "rifles");
        WordSets.putAll(NAME_WORDS, "armed_group", "gang", "gangs", "militia", "militias", "rebels", "insurgents",
                "cartel", "brotherhood", "brigades", "mafia", "jihad", "mujahideen", "syndicate",
                "coalition", "alliance", "liberation", "resistance", "revolutionary", "insurgency", "guerrillas",
                "guerrilla", "separatists", "vigilantes", "faction", "warriors", "posse", "autodéfense", "auto-défense",
                "autodefensa", "autodefensas", "killers", "salvatrucha", "tigers", "frentes", "bloques", "firqat",
                "firqa");
        MOVEMENT_WORDS.forEach(w -> NAME_WORDS.put(w, "armed_group"));
        MOVEMENT_HEADS.forEach(w -> NAME_WORDS.put(w, "armed_group"));
        WordSets.putAll(NAME_WORDS, "government", "ministry", "government", "cabinet", "parliament", "senate", "presidency",
                "municipality", "prefecture", "assembly", "congress", "administration", "department", "embassy",
                "consulate", "court", "tribunal", "judiciary", "state-owned", "secretariat", "mairie",
                "governorate", "directorate", "council", "bureau");
        WordSets.putAll(NAME_WORDS, "organization", "organization", "organisation", "association", "committee", "federation",
                "union", "network", "foundation", "institute", "institution", "center", "centre", "bank", "company",
                "corporation", "corp", "inc", "ltd", "llc", "group", "party", "nations", "fund", "programme",
                "program", "university", "college", "school", "academy", "church", "diocese", "archdiocese", "agency",
                "commission",
                "office", "society", "league", "movement", "front", "trust", "cooperative", "watch", "international",
                "internationale", "crescent", "cross", "relief", "aid", "mission", "observatory", "monitor",
                "news", "radio", "television", "times", "post", "press", "tribune", "herald", "gazette", "journal",
                "reuters", "service", "services", "authority", "board", "chamber", "club", "consortium", "partners",
                "industries", "airlines", "airways", "media", "hospital", "collective", "ombudsman", "observatory",
                "telecom", "telecoms", "telecommunications", "motors", "holdings", "petroleum", "pharmaceuticals",
                "laboratories", "petroleums", "resources", "refineries", "shipyards", "mills", "newsroom", "newsdesk",
                "confederation",
                "airline", "bancorp", "plc", "gmbh", "technologies", "communications", "securities", "insurance",
                "investments", "brewery", "breweries", "mining", "steel", "exchange", "electronics", "pictures", "studios",
                "plastics", "chemicals", "foods", "workers", "motor", "enterprises", "systems", "semiconductor", "software",
                "energy", "oil", "gas", "airport", "mouvement", "rassemblement", "coordination", "coordinadora",
                "movimiento", "movimento", "alianza", "conseil", "comité", "comite", "parti", "partido", "groupe", "grupo",
                "collectif", "convention", "congrès", "révolution", "revolución", "revolução", "forum", "platform",
                "caucus", "syndicate", "guild");
        NAME_WORDS.put("frente", "armed_group"); // Frente 33, Frente Carolina Ramírez: a guerrilla front
        NAME_WORDS.put("bloque", "armed_group"); // Bloque Occidental Jacobo Arenas: a bloc of guerrilla fronts
        NAME_WORDS.put("columna", "armed_group"); // Columna Móvil Miller Perdomo: a guerrilla's mobile column
        NAME_WORDS.put("colectivo", "armed_group"); // Colectivo Fuerza Catia: Venezuela's armed pro-government groups
        NAME_WORDS.put("cártel", "armed_group"); // Cártel Jalisco Nueva Generación
        NAME_WORDS.put("comandos", "armed_group"); // Comandos de la Frontera
        NAME_WORDS.put("vigilante", "armed_group"); // the Vigilante Group of Nigeria
        NAME_WORDS.put("vigilantes", "armed_group");
        WordSets.putAll(GROUP_NOUNS, "armed_group", "gang", "gangs", "militia", "militias", "coalition", "cartel", "faction",
                "group", "groups", "rebels", "insurgents", "brotherhood", "alliance", "clan", "mafia", "network",
                "gunmen", "fighters", "militants", "vigilantes", "members", "crew", "posse", "organisation",
                "guerrillas", "guerrilla", "jihadists", "extremists", "separatists", "bandits", "terrorists",
                "paramilitaries", "combatants", "herders", "herdsmen", "militiamen", "mercenaries", "dissidents",
                "youths", "hunters", "cultists", "cult", "confraternity", "confraternities", "pirates", "vigilante",
                "clans", "sub-clan", "sub-clans", "subclan", "subclans", "combo", "combos", "factions", "outfit", "outfits",
                "tribesmen", "clansmen", "colectivo", "colectivos", "tribe", "tribes", "raiders", "rustlers");
        WordSets.putAll(GROUP_NOUNS, "security_force", "police", "unit", "forces", "troops", "soldiers", "army", "brigade",
                "battalion", "officers", "contingent", "personnel", "policemen", "team");
    }

    private ActorWords() {
    }

    /** News agencies, named in brackets in datelines: {@code MOGADISHU (Reuters) -}. */
    private static final Set<String> NEWS_AGENCIES = WordSets.of("reuters", "afp", "ap", "xinhua", "ani", "ians", "pti",
            "upi", "dpa", "efe", "ansa", "bernama", "anadolu", "aa", "apa", "tass", "interfax", "kyodo", "yonhap",
            "sana",
            "irna", "wafa", "pana", "mena");

    /** Nouns of a medium before its one-word name: {@code the state broadcaster RTN}, {@code the daily X}. */
    private static final Set<String> MEDIA_NOUNS = WordSets.of("broadcaster", "newspaper", "daily", "weekly",
            "channel", "outlet", "website", "station", "tabloid", "magazine");

    /** Whether a lower-case word names a medium before its name ({@code broadcaster}, {@code newspaper}). */
    public static boolean isMediaNoun(String lower) {
        return MEDIA_NOUNS.contains(lower);
    }

    /** Whether a lower-case word is a news agency's name ({@code reuters}, {@code afp}). */
    public static boolean isNewsAgency(String lower) {
        return NEWS_AGENCIES.contains(lower);
    }

    /** Whether a word is an armed movement's name or part of one (see {@link #MOVEMENT_WORDS}). */
    public static boolean isMovementWord(String lower) {
        return MOVEMENT_WORDS.contains(lower) || hyphenedMovement(lower);
    }

    /**
     * Nouns of one of a force's or a group's people, as an apposition names him: {@code a soldier of the X, Y}, {@code
     * a Rosgvardia officer, Y}.
     */
    public static boolean isMemberNoun(String lower) {
        return MEMBER_NOUNS.contains(lower);
    }

    private static final Set<String> MEMBER_NOUNS = WordSets.of("soldier", "officer", "policeman", "policewoman",
            "member", "fighter", "militant", "constable", "trooper", "militiaman", "gendarme", "guard", "agent",
            "commander", "commando", "volunteer", "employee", "ranger", "serviceman", "sergeant", "corporal",
            "private", "lieutenant", "captain");

    public static boolean isTitle(String lower) {
        if (TITLES.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-'); // Sub-Inspector Gul Nawaz, Vice-Admiral X
        return dash > 0 && TITLE_PREFIXES.contains(lower.substring(0, dash))
                && TITLES.contains(lower.substring(dash + 1));
    }

    private static final Set<String> TITLE_PREFIXES = WordSets.of("sub", "vice", "deputy", "assistant", "acting",
            "under");

    public static boolean isRoleNoun(String lower) {
        return ROLE_NOUNS.contains(lower);
    }

    /** Titles of an office over a place, before {@code of} and the place: {@code the Mayor of Saint-Ophir}. */
    private static final Set<String> PLACE_OFFICES = WordSets.of("mayor", "governor", "prefect", "deputy-mayor",
            "sub-prefect", "lieutenant-governor", "premier", "administrator", "burgomaster");
    /** Titles of a portfolio, before {@code of} and its words: {@code the Minister of Justice and Public Security}. */
    private static final Set<String> PORTFOLIO_TITLES = WordSets.of("minister", "secretary", "commissioner",
            "ministers", "secretaries", "undersecretary", "under-secretary");

    /** Words of ministers' portfolios: {@code Minister of Justice and Public Security}, {@code of Trade and Industry}. */
    private static final Set<String> PORTFOLIO_WORDS = WordSets.of("justice", "public", "security", "interior",
            "home", "affairs", "foreign", "defence", "defense", "trade", "industry", "commerce", "health", "finance",
            "finances", "economy", "economic", "planning", "education", "higher", "agriculture", "rural",
            "development", "energy", "mines", "mining", "oil", "petroleum", "transport", "transports", "works",
            "infrastructure", "communication", "communications", "information", "culture", "tourism", "labour",
            "labor", "employment", "social", "welfare", "women", "gender", "family", "youth", "sports", "sport",
            "environment", "water", "land", "lands", "housing", "state", "national", "internal", "external",
            "cooperation", "human", "rights", "territorial", "administration", "local", "government",
            "decentralisation", "decentralization", "budget", "treasury", "fisheries", "livestock", "forestry",
            "religious", "worship", "peace", "reconciliation", "humanitarian", "solidarity", "war", "veterans",
            "police", "immigration", "citizenship", "technology", "science", "research", "telecommunications",
            "digital", "post", "posts", "relations", "integration", "regional", "european", "african", "minister",
            "prosecutions", "investigations", "criminal", "intelligence", "military", "operations", "prisons",
            "corrections", "customs", "revenue",
            "and", "of", "the", "for", "&");

    /** Whether a word belongs to a minister's portfolio ({@code justice}, {@code public}, {@code security}). */
    public static boolean isPortfolioWord(String lower) {
        return PORTFOLIO_WORDS.contains(lower);
    }

    /** Whether a word is the title of an office over a place ({@code mayor}, {@code governor}). */
    public static boolean isPlaceOffice(String lower) {
        return PLACE_OFFICES.contains(lower);
    }

    /** Whether a word is the title of a portfolio ({@code minister}, {@code secretary}). */
    public static boolean isPortfolioTitle(String lower) {
        return PORTFOLIO_TITLES.contains(lower);
    }

    /** Endings of companies' names, only at a name's end ({@code Siemens AG}, {@code Boeing Co}; not Yan Sa Kai). */
    private static final Set<String> COMPANY_ENDINGS = WordSets.of("ag", "sa", "nv", "spa", "co", "bv", "asa", "oyj",
            "pty", "bhd", "tbk", "srl", "sarl", "ab", "kk", "plc", "inc", "ltd", "llc", "corp", "gmbh", "lp");

    /** Whether a word ends companies' names. */
    public static boolean isCompanyEnding(String lower) {
        return COMPANY_ENDINGS.contains(lower);
    }

    /** The actor type a word gives the name it is part of, or null. */
    public static String nameWordType(String lower) {
        String type = NAME_WORDS.get(lower);
        return type == null && hyphenedMovement(lower) ? "armed_group" : type;
    }

    /** {@code Jaish-e-Muhammad}, {@code Lashkar-e-Taiba}, {@code Ittehad-ul-Mujahideen}: one word of an armed movement's. */
    private static boolean hyphenedMovement(String lower) {
        if (lower.indexOf('-') <= 0) {
            return false;
        }
        for (int from = 0; from < lower.length(); ) {
            int dash = lower.indexOf('-', from);
            int to = dash < 0 ? lower.length() : dash;
            if (to > from && "armed_group".equals(NAME_WORDS.get(lower.substring(from, to)))) {
                return true; // the movement words and heads among them
            }
            from = to + 1;
        }
        return false;
    }

    /** The actor type a lower-case noun after a name gives it ({@code X gang}), or null. */
    public static String groupNounType(String lower) {
        return GROUP_NOUNS.get(lower);
    }
}
