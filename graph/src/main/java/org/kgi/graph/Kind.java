package org.kgi.graph;

import java.util.Locale;

/** What an entity is: the three kinds of vertex in the knowledge graph. */
public enum Kind {
    ACTOR, PLACE, EVENT;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in ids ({@code actor:mss}) and in JSON. */
    public String label() {
        return label;
    }

    /** Parses {@code actor}, {@code place} or {@code event}, in any case. */
    public static Kind parse(String label) {
        for (Kind k : values()) {
            if (k.label().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "' (expected actor, place or event)");
    }
}
