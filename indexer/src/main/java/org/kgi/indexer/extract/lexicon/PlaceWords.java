package org.kgi.indexer.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Cues for places: lower-case nouns after a name ({@code X junction}, {@code X police station},
 * {@code the X neighbourhood}), words before a name ({@code in X}, {@code residents of X}) and words
 * inside a name that make it a place ({@code Rue}, {@code Highway}, {@code Saint}).
 */
public final class PlaceWords {
    /** Nouns after a name, by the place type of the name-plus-noun or of the name alone. */
    private static final Map<String, String> NOUN_AFTER = new HashMap<>();
    /** Nouns after a name that make a facility or road of "name + noun" (the name itself being a place). */
    private static final Set<String> FACILITY_NOUNS = WordSets.of(
            "station", "market", "hospital", "clinic", "prison", "jail", "penitentiary", "school", "church",
            "mosque", "cathedral", "temple", "airport", "airstrip", "port", "harbour", "harbor", "wharf", "stadium",
            "bridge", "junction", "crossroads", "roundabout", "intersection", "checkpoint", "camp", "base",
            "barracks", "building", "compound", "headquarters", "palace", "hotel", "cemetery", "square", "plaza",
            "terminal", "depot", "warehouse", "factory", "mine", "refinery", "plant", "court", "courthouse",
            "office", "offices", "university", "campus", "college", "academy", "road", "street", "highway",
            "avenue", "boulevard", "route", "bypass", "motorway", "expressway", "stations", "markets", "hospitals",
            "schools", "churches", "camps", "bases", "roads", "prisons", "checkpoints", "offices", "buildings",
            "house", "hall", "post", "gate", "pier", "dam", "tower", "garage", "houses", "posts", "shrine", "chapel",
            "basilica", "synagogue", "monastery", "centre", "center");
    private static final Set<String> ROAD_NOUNS = WordSets.of(
            "junction", "crossroads", "roundabout", "intersection", "road", "street", "highway", "avenue",
            "boulevard", "route", "bypass", "motorway", "expressway", "bridge");
    /** Words before a name that say it is a place. */
    private static final Set<String> PREPOSITIONS = WordSets.of(
            "in", "near", "at", "from", "to", "towards", "toward", "outside", "around", "across", "into",
            "through", "via", "inside", "between", "throughout", "beyond", "along", "entered", "reached", "off",
            "left", "visited", "above", "below");
    /** Nouns before {@code of} that say what follows is a place ({@code residents of X}). */
    private static final Map<String, String> NOUN_OF = new HashMap<>();
    /** Capitalised words inside a name that make it a place, by type. */
    private static final Map<String, String> NAME_WORDS = new HashMap<>();

    static {
        WordSets.putAll(NOUN_AFTER, "neighbourhood", "neighbourhood", "neighborhood", "district", "quarter", "suburb",
                "slum", "area", "zone", "estate", "township", "ward", "section", "locality");
        WordSets.putAll(NOUN_AFTER, "populated_place", "commune", "municipality", "town", "village", "city", "hamlet",
                "settlement", "locality", "capital", "outskirts");
        WordSets.putAll(NOUN_AFTER, "region", "regency", "regencies");
        WordSets.putAll(NOUN_AFTER, "neighbourhood", "barangay");
        WordSets.putAll(NOUN_AFTER, "region", "department", "province", "region", "state", "county", "governorate",
                "prefecture", "oblast", "territory", "valley", "plain", "plateau", "peninsula", "island", "islands",
                "coast", "border", "cercle", "woreda", "raion", "rayon", "upazila", "tehsil", "sub-prefecture",
                "subprefecture", "arrondissement", "chiefdom", "lga", "sub-county", "subcounty", "parish", "canton",
                "circle", "emirate", "groupement", "chefferie", "wilaya", "muhafaza", "kebele", "states", "provinces",
                "regions", "governorates", "river", "lake", "mountains", "hills", "sea", "gulf", "bay", "desert",
                "forest", "delta", "basin", "sector", "division", "subdivision", "sub-division", "frontline",
                "frontlines"); // the Qaniyah frontline (but not "front": the Dagoberto Ramos Front is a group)
        WordSets.putAll(NOUN_OF, "populated_place", "residents", "resident", "town", "village", "city", "people",
                "inhabitants", "outskirts", "suburbs", "mayor", "centre", "center", "streets", "capital",
                "commune", "municipality", "edge", "north", "south", "east", "west", "northeast", "northwest",
                "southeast", "southwest", "parts", "heart", "villages", "towns", "cities", "market", "hamlet", "hamlets",
                "locality", "localities", "port", "settlement", "settlements", "kibbutz", "community", "governor", "prefect",
                "diocese", "bishop", "archbishop", "sub-prefect", "hinterland", "hinterlands", "foothills", "hills",
                "forests", "forest", "jungles", "mountains", "slopes", "countryside", "plains", "island", "islands",
                "islet", "islets", "isle");
        WordSets.putAll(NOUN_OF, "populated_place", "neighbourhood", "neighborhood", "district", "quarter", "slum", "area",
                "neighbourhoods", "districts", "suburb", "suburbs", "suco", "aldeia", "barangay", "mahalla",
                "kebele", "colonia", "barrio", "bairro", "favela", "comuna");
        WordSets.putAll(NOUN_OF, "populated_place", "vereda", "veredas", "corregimiento", "aldea", "aldeas", "caserio",
                "caserío", "ejido", "fokontany", "sitio", "purok", "communes");
        WordSets.putAll(NOUN_OF, "populated_place", "hall", "entrance", "square"); // the town hall of Canala
        WordSets.putAll(NOUN_OF, "region", "department", "province", "region", "state", "county", "governorate",
                "prefecture", "sub-prefecture", "subprefecture", "territory", "sector", "division", "woreda", "cercle",
                "oblast", "raion", "lga", "chiefdom", "constituency", "constituencies", "sub-county", "sub-counties",
                "counties");
        WordSets.putAll(NAME_WORDS, "road", "rue", "avenue", "boulevard", "highway", "road", "route", "street", "autoroute",
                "rua", "travessa", "estrada", "rodovia", "carretera", "camino",
                "carrefour", "bridge", "pont", "place", "plaza", "calle", "avenida", "via", "lane", "row", "drive", "crescent",
                "expressway", "square", "chowk");
        WordSets.putAll(NAME_WORDS, "neighbourhood", "quartier", "barrio", "colonia", "bairro", "favela", "township", "cité", "cite");
        WordSets.putAll(NAME_WORDS, "facility", "airport", "hospital", "prison", "penitentiary", "stadium", "market",
                "palace", "cathedral", "mosque", "barracks", "camp", "base", "harbour", "port", "station", "hotel");
        WordSets.putAll(NAME_WORDS, "region", "valley", "province", "department", "governorate", "region", "coast",
                "plateau", "island", "islands", "peninsula", "county", "oblast", "mountains", "hills", "delta", "lga",
                "cercle", "woreda", "raion", "rayon", "upazila", "tehsil", "prefecture", "subprefecture", "sub-prefecture",
                "arrondissement", "chiefdom", "wilaya", "state", "sea", "ocean", "gulf", "strait", "straits", "channel",
                "river", "desert", "forest", "basin", "park", "sanctuary", "district");
        WordSets.putAll(NAME_WORDS, "populated_place", "city", "ville", "saint", "sainte", "san", "santa",
                "santo", "são", "sao", "fort", "morne", "mont", "mount", "anse", "fond", "bois", "lac", "lake",
                "cap", "cape", "pointe", "point", "petit", "petite", "grand", "grande", "haut", "haute", "bas",
                "basse", "plaine", "village", "bay", "beach", "heights", "springs", "town", "puerto", "porto",
                "rio", "río", "ciudad", "nueva", "nuevo", "villa", "kafr", "beit", "tel", "ain", "wadi", "jebel",
                "jabal", "djebel", "jbel");
    }

    private PlaceWords() {
    }

    /** The place type of a name followed by this lower-case noun ({@code neighbourhood}), or null. */
    public static String nounAfterType(String lower) {
        return NOUN_AFTER.get(lower);
    }

    public static boolean isFacilityNoun(String lower) {
        return FACILITY_NOUNS.contains(lower);
    }

    /** What a military or police force holds or moves in: a camp, a post, a checkpoint, a convoy, a patrol. */
    private static final Set<String> FORCE_SITES = WordSets.of("camp", "camps", "base", "bases", "post", "posts",
            "position", "positions", "outpost", "outposts", "barracks", "checkpoint", "checkpoints", "convoy", "convoys",
            "patrol", "patrols");

    /** Whether a noun is a force's site ({@code attacked an army camp}, {@code ambushed a police patrol}). */
    public static boolean isForceSite(String lower) {
        return FORCE_SITES.contains(lower);
    }

    public static boolean isRoadNoun(String lower) {
        return ROAD_NOUNS.contains(lower);
    }

    public static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    /** The place type of {@code X} in {@code <noun> of X}, or null. */
    public static String nounOfType(String lower) {
        return NOUN_OF.get(lower);
    }

    /** The place type a word inside a name gives it, or null. */
    public static String nameWordType(String lower) {
        return NAME_WORDS.get(lower);
    }
}
