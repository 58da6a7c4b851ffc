package org.kgi.graph;

import java.util.Locale;

/**
 * The type of an edge. Symmetric relations ({@link #ACTED_TOGETHER}, {@link #OPPOSED},
 * {@link #MENTIONED_TOGETHER}) are stored once per unordered pair, with the lexicographically smaller id as
 * source; the others point from the subject to the object (actor {@code took_part_in} event, event
 * {@code happened_at} place, place {@code located_in} place, actor {@code part_of} actor (a unit of a force, a
 * gang of a coalition, a person of an organisation), person {@code leads} actor (or a place's government: a mayor),
 * actor {@code based_in} place, country {@code contributes_to} a multinational force it sends troops or police to,
 * actor {@code suspected_in} an event that someone suspects, blames or believes it did).
 */
public enum Relation {
    ACTED_TOGETHER(true), OPPOSED(true), TOOK_PART_IN(false), HAPPENED_AT(false), LOCATED_IN(false),
    PART_OF(false), LEADS(false), MENTIONED_TOGETHER(true), BASED_IN(false), CONTRIBUTES_TO(false),
    SUSPECTED_IN(false);

    private final boolean symmetric;

    Relation(boolean symmetric) {
        this.symmetric = symmetric;
    }

    /** Whether A–B and B–A are the same fact (and so the same edge). */
    public boolean isSymmetric() {
        return symmetric;
    }

    /** The lower snake case name used in JSON and query parameters, e.g. {@code acted_together}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code acted_together} (any case; {@code -} accepted for {@code _}). */
    public static Relation parse(String label) {
        if (label != null) {
            String key = label.strip().replace('-', '_');
            for (Relation r : values()) {
                if (r.name().equalsIgnoreCase(key)) {
                    return r;
                }
            }
        }
        StringBuilder expected = new StringBuilder();
        for (Relation r : values()) {
            expected.append(expected.isEmpty() ? "" : ", ").append(r.label());
        }
        throw new IllegalArgumentException("unknown relation '" + label + "' (expected one of " + expected + ")");
    }
}
