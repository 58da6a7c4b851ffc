package org.kgi.indexer.extract.resolve;

import java.util.List;

/** How strong each kind of cue is, and which type wins a tie, in one place so the order is visible. */
public final class Strength {
    public static final int ALIAS_BOOK = 100;
    /** A well-known armed group or state force ({@code KnownActors}). */
    public static final int KNOWN_ACTOR = 90;
    public static final int COUNTRY = 85;
    /** A town's or county's club in a sports report (above a name's own place words, below a country). */
    public static final int TEAM = 82;
    public static final int NAME_WORD = 80;
    public static final int TITLE = 80;
    public static final int GROUP_NOUN = 78;
    public static final int PLACE_NOUN = 75;
    public static final int FACILITY = 74;
    public static final int ROLE_NOUN = 72;
    public static final int ORGANISATION_CUE = 70;
    public static final int PLACE_OF_FACILITY = 65;
    public static final int REGION_AFTER_PLACE = 62;
    public static final int PLACE_CONTEXT = 60;
    public static final int SPEECH = 55;
    public static final int GAZETTEER = 50;
    public static final int ACRONYM = 40;
    public static final int PLACE_SHAPE = 35;
    public static final int PERSON_SHAPE = 30;
    public static final int GENERIC = 20;
    public static final int WEAK = 10;

    /** Types in the order that wins ties, last wins. */
    private static final List<String> TYPE_ORDER = List.of("other", "civilians", "person", "populated_place",
            "neighbourhood", "road", "facility", "region", "organization", "government", "armed_group",
            "security_force", "country");

    private Strength() {
    }

    static int typePriority(String type) {
        return TYPE_ORDER.indexOf(type);
    }
}
