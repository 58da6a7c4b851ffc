package org.kgi.indexer.extract.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * Unnamed actors that conflict reporting keeps referring to ({@code gunmen}, {@code police},
 * {@code residents}): the lower-case noun maps to one generic actor per kind, so that events still get
 * their participants when nobody is named.
 */
public final class GenericActors {
    /** A generic actor: canonical name and type. */
    public record Generic(String name, String type, String key) {
        Generic(String name, String type) {
            this(name, type, name.replace(" ", ""));
        }
    }

    private static final Generic GANG = new Generic("gang", "armed_group");
    private static final Generic GUNMEN = new Generic("unidentified gunmen", "armed_group");
    private static final Generic POLICE = new Generic("police", "security_force");
    private static final Generic MILITARY = new Generic("military", "security_force");
    private static final Generic SECURITY_FORCES = new Generic("security forces", "security_force");
    private static final Generic CIVILIANS = new Generic("civilians", "civilians");
    private static final Generic PROTESTERS = new Generic("protesters", "civilians");
    private static final Generic MOB = new Generic("mob", "civilians");
    private static final Generic VIGILANTES = new Generic("vigilantes", "armed_group");
    /** Settlers who raid a village: an armed side of their own (ACLED's settler militias), never a named group's men. */
    public static final Generic SETTLERS = new Generic("settlers", "armed_group");
    private static final Map<String, Generic> NOUNS = new HashMap<>();

    static {
        WordSets.putAll(NOUNS, GANG, "gang", "gangs", "gangsters", "bandits", "rustlers");
        WordSets.putAll(NOUNS, GUNMEN, "gunmen", "gunman", "assailants", "attackers", "kidnappers", "militants", "fighters",
                "insurgents", "rebels", "jihadists", "militiamen", "raiders", "warriors", "terrorists", "extremists",
                "guerrillas", "separatists", "militia", "militias");
        WordSets.putAll(NOUNS, POLICE, "police", "policemen", "policeman", "policewoman", "officers", "gendarmes", "gendarmerie");
        WordSets.putAll(NOUNS, MILITARY, "soldiers", "soldier", "troops", "army", "military", "junta");
        WordSets.putAll(NOUNS, CIVILIANS, "civilians", "residents", "villagers", "passengers", "farmers", "fishermen", "children",
                "women", "students", "teachers", "worshippers", "traders", "vendors", "families", "people",
                "journalists", "patients", "inhabitants", "commuters", "motorists", "pupils", "nurses", "doctors",
                "civilian", "migrants", "refugees", "hostages", "workers", "merchants", "schoolchildren", "priest",
                "priests", "pastor", "pastors", "imam", "imams", "cleric", "clerics", "nun", "nuns", "farmer", "trader",
                "teacher", "journalist", "woman", "girl", "girls", "boy", "boys", "child", "student", "villager",
                "resident", "herder", "herders", "miners", "fisherman", "motorcyclists",
                "drivers", "worshipper", "shopkeeper", "shopkeepers", "pupil", "motorcyclist", "driver", "passenger",
                "vendor", "nurse", "doctor", "worker", "victims", "victim", "pedestrian", "pedestrians", "suspects",
                "suspect", "detainees", "detainee", "prisoners", "inmates", "man", "idps", "idp", "travellers",
                "travelers", "mourners", "churchgoers", "parishioners", "pilgrims", "tourists", "labourers", "laborers",
                "elders", "teenagers", "teenager", "owner", "owners", "businessman", "businessmen", "businesswoman",
                "shopowner", "landowner", "landowners");
        WordSets.putAll(NOUNS, PROTESTERS, "protesters", "protestors", "demonstrators", "marchers", "strikers",
                "blockaders");
        WordSets.putAll(NOUNS, MOB, "mob", "rioters", "crowd", "looters");
        WordSets.putAll(NOUNS, VIGILANTES, "vigilantes", "vigilante");
        WordSets.putAll(NOUNS, SETTLERS, "settlers", "settler");
    }

    private GenericActors() {
    }

    /**
     * Whether the lower-case word names people of the civilians' type: {@code residents}, {@code protesters}, a mob.
     */
    public static boolean isCivilians(String lower) {
        Generic g = NOUNS.get(lower);
        return g != null && CIVILIANS.type().equals(g.type());
    }

    /** Whether a generic actor's key is a crowd that acts (a mob loots, protesters march), unlike other civilians. */
    public static boolean isCrowd(String key) {
        return MOB.key().equals(key) || PROTESTERS.key().equals(key);
    }

    /** The state's forces unnamed ({@code security forces}, {@code government forces}). */
    public static Generic securityForces() {
        return SECURITY_FORCES;
    }

    /** The generic actor a lower-case noun stands for, or null. */
    public static Generic of(String lower) {
        return NOUNS.get(lower);
    }
}
