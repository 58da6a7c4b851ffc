package org.kgi.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small helpers for hand-built test graphs. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Node actor(String slug) {
        return Node.of("actor:" + slug, Kind.ACTOR, "armed_group", slug.toUpperCase(java.util.Locale.ROOT));
    }

    public static Node place(String slug) {
        return Node.of("place:" + slug, Kind.PLACE, "populated_place", slug);
    }

    public static Node event(String slug, String date) {
        return new Node("event:" + slug, Kind.EVENT, "Battles", "Battle " + slug, List.of(), Map.of("date", date));
    }

    /** Evidence from document {@code doc} dated {@code date} (ISO, or null). */
    public static Evidence ev(String doc, String date) {
        return new Evidence(doc, 0, 10, "sentence in " + doc, date == null ? null : LocalDate.parse(date));
    }

    /** An undirected "path" of actors a0 - a1 - ... linked by opposed, one undated evidence each. */
    public static KnowledgeGraph.Builder actors(KnowledgeGraph.Builder b, String... slugs) {
        for (String s : slugs) {
            b.addNode(actor(s));
        }
        return b;
    }

    public static void link(KnowledgeGraph.Builder b, String s, String t) {
        b.addLink("actor:" + s, "actor:" + t, Relation.OPPOSED, ev("d-" + s + t, null));
    }
}
