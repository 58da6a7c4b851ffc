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

    /**
     * A Barabási–Albert graph of actors {@code actor:n0..}: each new node links (opposed, one undated evidence) to
     * {@code m} earlier nodes picked proportionally to their degree, so {@code actor:n0}.. are hubs. Seeded.
     */
    public static KnowledgeGraph preferentialAttachment(int nodes, int m, long seed) {
        java.util.Random random = new java.util.Random(seed);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder(nodes, nodes * m);
        String[] ids = new String[nodes];
        int[] ends = new int[2 * nodes * m + 2];
        int size = 0;
        Evidence evidence = new Evidence("gen", 0, 1, "generated", null);
        for (int i = 0; i < nodes; i++) {
            ids[i] = "actor:n" + i;
            b.addNode(Node.of(ids[i], Kind.ACTOR, "armed_group", "N" + i));
            if (i == 0) {
                continue;
            }
            for (int k = 0; k < Math.min(m, i); k++) {
                int j = size == 0 ? 0 : ends[random.nextInt(size)];
                b.addLink(ids[i], ids[j], Relation.OPPOSED, evidence);
                ends[size++] = i;
                ends[size++] = j;
            }
        }
        return b.build();
    }
}
