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
    private static final Generic CIVILIANS = new Generic("civilians", "civilians");
    private static final Generic PROTESTERS = new Generic("protesters", "civilians");
    private static final Generic MOB = new Generic("mob", "civilians");
    private static final Map<String, Generic> NOUNS = new HashMap<>();

    static {
        put(GANG, "gang", "gangs", "gangsters", "bandits");
        put(GUNMEN, "gunmen", "gunman", "assailants", "attackers", "kidnappers", "militants", "fighters",
                "insurgents", "rebels", "jihadists", "militiamen", "raiders");
        put(POLICE, "police", "policemen", "policeman", "policewoman", "officers", "gendarmes", "gendarmerie");
        put(MILITARY, "soldiers", "troops", "army", "military");
        put(CIVILIANS, "civilians", "residents", "villagers", "passengers", "farmers", "fishermen", "children",
                "women", "students", "teachers", "worshippers", "traders", "vendors", "families", "people",
                "journalists", "patients", "inhabitants", "commuters", "motorists", "pupils", "nurses", "doctors",
                "civilian", "migrants", "refugees", "hostages", "workers", "merchants", "schoolchildren");
        put(PROTESTERS, "protesters", "protestors", "demonstrators", "marchers", "strikers");
        put(MOB, "mob", "rioters", "crowd", "looters");
    }

    private static void put(Generic g, String... nouns) {
        for (String n : nouns) {
            NOUNS.put(n, g);
        }
    }

    private GenericActors() {
    }

    /** The generic actor a lower-case noun stands for, or null. */
    public static Generic of(String lower) {
        return NOUNS.get(lower);
    }
}
