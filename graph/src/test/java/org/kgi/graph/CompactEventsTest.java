package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kgi.graph.io.ExportFormat;
import org.kgi.graph.io.GraphExport;

/**
 * Events added as columns ({@link KnowledgeGraph.Builder#addEvent}) make the same graph as the same events added as
 * {@link Node}s: the same nodes in the same order, ids found the same way, the same edges with their evidence, the
 * same time slices and the same exports.
 */
class CompactEventsTest {
    private record Ev(String report, int n, String type, String name, String subType, String modality, String date,
                      String participants, int start, int end) {
        String id() {
            return "event:" + report + "-" + n;
        }

        Node node() {
            Map<String, String> attrs = new LinkedHashMap<>();
            put(attrs, "subType", subType);
            put(attrs, "modality", modality);
            put(attrs, "date", date);
            put(attrs, "participants", participants);
            if (start >= 0) {
                attrs.put("span", start + "-" + end);
            }
            return new Node(id(), Kind.EVENT, type, name, List.of(), attrs);
        }

        private static void put(Map<String, String> m, String k, String v) {
            if (v != null) {
                m.put(k, v);
            }
        }
    }

    /** Both graphs from the same random reports; {@code compact} chooses how events are added. */
    private static KnowledgeGraph graph(long seed, boolean compact) {
        Random r = new Random(seed);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        for (int i = 0; i < 8; i++) {
            b.addNode(new Node("actor:a" + i, Kind.ACTOR, "armed_group", "Actor " + i, List.of("A" + i), Map.of()));
        }
        for (int i = 0; i < 4; i++) {
            b.addNode(new Node("place:p" + i, Kind.PLACE, "populated_place", "Place " + i, List.of(), Map.of("lat", "1" + i)));
        }
        String[] types = {"Battles", "Protests", "Riots"};
        for (int d = 0; d < 30; d++) {
            String report = d % 5 == 0 ? "r-" + d + "-x" : "r" + d; // report ids with dashes too
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
            List<Ev> evs = new ArrayList<>();
            for (int n = 1; n <= 1 + r.nextInt(4); n++) {
                String date = r.nextInt(5) == 0 ? null : day.toString();
                evs.add(new Ev(report, n * 3 - r.nextInt(2), types[r.nextInt(3)], types[r.nextInt(3)] + " here",
                        r.nextBoolean() ? "Armed clash" : null, r.nextInt(6) == 0 ? "threatened" : null, date,
                        r.nextBoolean() ? "actor:a" + r.nextInt(8) + "=actor" : null,
                        r.nextInt(7) == 0 ? -1 : 10 * n, 10 * n + 5));
            }
            int doc = b.documentNumber(report);
            List<Integer> vertices = new ArrayList<>();
            for (Ev e : evs) {
                vertices.add(compact ? b.addEvent(doc, e.n(), e.type(), e.name(), e.subType(), e.modality(), e.date(),
                        e.participants(), e.start(), e.end()) : b.add(e.node()));
            }
            int epochDay = (int) day.toEpochDay();
            for (int k = 0; k < evs.size(); k++) {
                int a = b.vertexNumber("actor:a" + r.nextInt(8));
                b.addLink(a, vertices.get(k), Relation.TOOK_PART_IN, doc, k, k + 3, epochDay);
                if (r.nextBoolean()) {
                    b.addLink(vertices.get(k), b.vertexNumber("place:p" + r.nextInt(4)), Relation.HAPPENED_AT, doc, k, k + 4,
                            r.nextInt(4) == 0 ? KnowledgeGraph.Builder.UNDATED : epochDay);
                }
            }
            // a link naming an event by its id string, and links between actors
            b.addLink("actor:a" + r.nextInt(8), evs.get(0).id(), Relation.MENTIONED_TOGETHER, report, 1, 2, epochDay);
            b.addLink("actor:a" + r.nextInt(8), "actor:a" + r.nextInt(8), Relation.OPPOSED, report, 0, 9, epochDay);
        }
        return b.build();
    }

    private static List<String> edges(KnowledgeGraph g) {
        List<String> out = new ArrayList<>();
        for (Edge e : g.edges()) {
            out.add(e.source() + " " + e.relation() + " " + e.target() + " " + e.weight() + " " + e.firstDate() + " "
                    + e.lastDate() + " " + e.evidence());
        }
        return out;
    }

    private static String export(KnowledgeGraph g, ExportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExport(g).write(f, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void compactEventsMakeTheSameGraph() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            KnowledgeGraph objects = graph(seed, false);
            KnowledgeGraph compact = graph(seed, true);
            assertEquals(List.copyOf(objects.nodes()), List.copyOf(compact.nodes()));
            for (Node n : objects.nodes()) {
                assertEquals(objects.store().ordinal(n.id()), compact.store().ordinal(n.id()), n.id());
                assertEquals(objects.node(n.id()), compact.node(n.id()));
                assertEquals(objects.degree(n.id()), compact.degree(n.id()));
                assertEquals(n.kind(), compact.store().kind(compact.store().ordinal(n.id())));
                assertTrue(compact.graph().containsVertex(n.id()));
            }
            assertEquals(edges(objects), edges(compact));
            assertEquals(objects.droppedLinks(), compact.droppedLinks());
            DateWindow spring = DateWindow.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));
            assertEquals(List.copyOf(objects.window(spring).nodes()), List.copyOf(compact.window(spring).nodes()));
            assertEquals(edges(objects.window(spring)), edges(compact.window(spring)));
            for (ExportFormat f : ExportFormat.values()) {
                if (f.name().startsWith("NEO4J")) {
                    continue;
                }
                assertEquals(export(objects, f), export(compact, f), f.name());
            }
        }
    }

    @Test
    void idsCompareAsTheirStringsDo() {
        GraphStore g = graph(3, true).store();
        for (int a = 0; a < g.vertexCount(); a++) {
            for (int b = 0; b < g.vertexCount(); b++) {
                assertEquals(Integer.signum(g.id(a).compareTo(g.id(b))), Integer.signum(g.compareIds(a, b)),
                        g.id(a) + " vs " + g.id(b));
            }
        }
    }

    @Test
    void idsNotWrittenAsTheGraphWritesThemAreNotFound() {
        KnowledgeGraph g = graph(1, true);
        assertTrue(g.contains("event:r1-" + g.nodes().stream().filter(n -> n.id().startsWith("event:r1-")).findFirst()
                .orElseThrow().id().substring("event:r1-".length())));
        for (String id : List.of("event:r1-01", "event:r1-", "event:-1", "event:r1-1x", "event:r1--1", "event:nope-1",
                "event:r1-99999999999", "event:", "actor:r1-1")) {
            assertFalse(g.contains(id), id);
            assertFalse(g.graph().containsVertex(id), id);
        }
    }

    @Test
    void aLinkToAnEventOfAnEarlierReportJoinsItsEdge() {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        int r1 = b.documentNumber("r1");
        int r2 = b.documentNumber("r2");
        int a = b.add(Node.of("actor:a", Kind.ACTOR, "armed_group", "A"));
        int e1 = b.addEvent(r1, 1, "Battles", "One", null, null, null, null, -1, -1);
        b.addLink(a, e1, Relation.TOOK_PART_IN, r1, 0, 1, KnowledgeGraph.Builder.UNDATED);
        b.addLink(a, e1, Relation.TOOK_PART_IN, r1, 2, 3, KnowledgeGraph.Builder.UNDATED);
        int e2 = b.addEvent(r2, 1, "Battles", "Two", null, null, null, null, -1, -1);
        b.addLink(a, e2, Relation.TOOK_PART_IN, r2, 0, 1, KnowledgeGraph.Builder.UNDATED);
        b.addLink(a, e1, Relation.TOOK_PART_IN, r2, 5, 6, KnowledgeGraph.Builder.UNDATED); // r1's event, later
        b.addLink("actor:a", "event:r1-1", Relation.TOOK_PART_IN, "r2", 7, 8, KnowledgeGraph.Builder.UNDATED);
        KnowledgeGraph g = b.build();
        assertEquals(2, g.edgeCount());
        assertEquals(4, g.edgesOf("event:r1-1").iterator().next().weight());
        assertEquals(1, g.edgesOf("event:r2-1").iterator().next().weight());
    }

    @Test
    void anEventAddedTwiceIsKeptAsFirstAdded() {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        int doc = b.documentNumber("r1");
        b.addNode(Node.of("actor:a", Kind.ACTOR, "armed_group", "A"));
        int first = b.addEvent(doc, 1, "Battles", "First", null, null, null, null, -1, -1);
        b.addEvent(doc, 1, "Riots", "Second", null, null, null, null, -1, -1);
        b.addEvent(doc, 2, "Riots", "Compact", null, null, null, null, -1, -1);
        b.addNode(Node.of("event:r1-2", Kind.EVENT, "Protests", "As a node"));
        b.addLink(b.vertexNumber("actor:a"), first, Relation.TOOK_PART_IN, doc, 0, 1, KnowledgeGraph.Builder.UNDATED);
        // named by a link before it is added: it becomes a node, which the link reaches
        b.addLink("actor:a", "event:r1-3", Relation.TOOK_PART_IN, "r1", 0, 1, KnowledgeGraph.Builder.UNDATED);
        b.addEvent(doc, 3, "Riots", "Late", null, null, "2024-01-02", null, 4, 9);
        b.addNode(Node.of("event:r1-4", Kind.EVENT, "Protests", "Node first"));
        b.addEvent(doc, 4, "Riots", "Compact later", null, null, null, null, -1, -1);
        KnowledgeGraph g = b.build();
        assertEquals("Late", g.requireNode("event:r1-3").name());
        assertEquals("2024-01-02", g.requireNode("event:r1-3").attributes().get("date"));
        assertEquals("4-9", g.requireNode("event:r1-3").attributes().get("span"));
        assertEquals(1, g.degree("event:r1-3"));
        assertEquals("Node first", g.requireNode("event:r1-4").name());
        assertEquals(5, g.nodeCount());
        assertEquals("First", g.requireNode("event:r1-1").name());
        assertEquals("Compact", g.requireNode("event:r1-2").name());
        assertEquals(1, g.degree("event:r1-1"));
    }
}
