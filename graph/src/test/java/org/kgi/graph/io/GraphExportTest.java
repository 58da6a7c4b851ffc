package org.kgi.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgi.graph.Fixtures.ev;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;

/** Every format is written, read back with a real reader, and compared with the graph. */
class GraphExportTest {
    static final KnowledgeGraph G = KnowledgeGraph.builder()
            .addNode(new Node("actor:g9", Kind.ACTOR, "armed_group", "G9 \"an fanmi\" <&> é, ok",
                    List.of("G9; family", "Fanmi"), Map.of("country", "HT")))
            .addNode(Node.of("actor:mss", Kind.ACTOR, "security_force", "MSS"))
            .addNode(new Node("place:pont-sonde", Kind.PLACE, "populated_place", "Pont-Sondé", List.of(),
                    Map.of("lat", "19.15", "lon", "-72.62", "note", "line\nbreak\ttab")))
            .addNode(new Node("event:e1", Kind.EVENT, "Battles", "Clash", List.of(), Map.of("date", "2024-10-03")))
            .addLink("actor:g9", "actor:mss", Relation.OPPOSED, ev("r1", "2024-10-03"))
            .addLink("actor:mss", "actor:g9", Relation.OPPOSED, ev("r2", "2024-11-01"))
            .addLink("actor:g9", "event:e1", Relation.TOOK_PART_IN, ev("r1", "2024-10-03"))
            .addLink("event:e1", "place:pont-sonde", Relation.HAPPENED_AT, ev("r1", null))
            .build();

    /** id -> name|kind|type for every node of the graph. */
    static Map<String, String> expectedNodes(KnowledgeGraph g) {
        Map<String, String> m = new TreeMap<>();
        g.nodes().forEach(n -> m.put(n.id(), n.name() + "|" + n.kind().label() + "|" + n.type()));
        return m;
    }

    /** source|target|relation|weight for every edge. */
    static Set<String> expectedEdges(KnowledgeGraph g) {
        Set<String> s = new TreeSet<>();
        g.edges().forEach(e -> s.add(e.source() + "|" + e.target() + "|" + e.relation().label() + "|" + e.weight()));
        return s;
    }

    private static String export(KnowledgeGraph g, ExportFormat f) throws IOException {
        StringWriter w = new StringWriter();
        new GraphExport(g).write(f, w);
        return w.toString();
    }

    /** Imports XML with a jgrapht-io importer and returns (nodes, edges) in the expected shapes. */
    private static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>> void
            assertXmlRoundTrip(I importer, String xml, String nameKey, KnowledgeGraph g) {
        DirectedPseudograph<String, DefaultEdge> read = new DirectedPseudograph<>(null,
                SupplierUtil.createDefaultEdgeSupplier(), false);
        Map<String, Map<String, String>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new LinkedHashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.importGraph(read, new StringReader(xml));
        Map<String, String> nodes = new TreeMap<>();
        for (String v : read.vertexSet()) {
            Map<String, String> a = nodeAttrs.get(v);
            nodes.put(v, a.get(nameKey) + "|" + a.get("kind") + "|" + a.get("type"));
        }
        Set<String> edges = new TreeSet<>();
        for (DefaultEdge e : read.edgeSet()) {
            Map<String, String> a = edgeAttrs.get(e);
            edges.add(read.getEdgeSource(e) + "|" + read.getEdgeTarget(e) + "|" + a.get("relation") + "|"
                    + (long) Double.parseDouble(a.get("weight")));
        }
        assertEquals(expectedNodes(g), nodes);
        assertEquals(expectedEdges(g), edges);
        assertEquals("G9; family|Fanmi", nodeAttrs.get("actor:g9").get("aliases"));
        assertEquals("line\nbreak\ttab", nodeAttrs.get("place:pont-sonde").get("note"));
        assertEquals("19.15", nodeAttrs.get("place:pont-sonde").get("lat"));
    }

    @Test
    void graphMlReadsBackWithJGraphTsImporter() throws IOException {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        assertXmlRoundTrip(importer, export(G, ExportFormat.GRAPHML), "name", G);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedNotAStopHalfWay() throws IOException {
        String name = "Jean \u0007Bellechasse \uD83D\uDE00 \uD800x";
        KnowledgeGraph g = KnowledgeGraph.builder()
                .addNode(new Node("actor:jean", Kind.ACTOR, "person", name, List.of("J\u0001B"),
                        Map.of("note", "a\u001Fb")))
                .addNode(Node.of("actor:mss", Kind.ACTOR, "security_force", "MSS"))
                .addLink("actor:jean", "actor:mss", Relation.OPPOSED, ev("r1", "2024-10-03"))
                .build();
        for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
            Map<String, Map<String, String>> attrs = new HashMap<>();
            DirectedPseudograph<String, DefaultEdge> read = new DirectedPseudograph<>(null,
                    SupplierUtil.createDefaultEdgeSupplier(), false);
            BaseEventDrivenImporter<String, DefaultEdge> importer;
            if (f == ExportFormat.GRAPHML) {
                GraphMLImporter<String, DefaultEdge> graphMl = new GraphMLImporter<>();
                graphMl.setVertexFactory(id -> id);
                importer = graphMl;
            } else {
                SimpleGEXFImporter<String, DefaultEdge> gexf = new SimpleGEXFImporter<>();
                gexf.setVertexFactory(id -> id);
                importer = gexf;
            }
            importer.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                    .put(p.getSecond(), a.getValue()));
            ((GraphImporter<String, DefaultEdge>) importer).importGraph(read, new StringReader(export(g, f)));
            assertEquals(1, read.edgeSet().size(), f.toString());
            Map<String, String> jean = attrs.get("actor:jean");
            assertEquals("Jean \uFFFDBellechasse \uD83D\uDE00 \uFFFDx",
                    jean.get(f == ExportFormat.GRAPHML ? "name" : "label"));
            assertEquals("J\uFFFDB", jean.get("aliases"));
            assertEquals("a\uFFFDb", jean.get("note"));
        }
    }

    @Test
    void gexfReadsBackWithJGraphTsImporter() throws IOException {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        assertXmlRoundTrip(importer, export(G, ExportFormat.GEXF), "label", G);
    }

    @Test
    @SuppressWarnings("unchecked")
    void cytoscapeJsonParsesBack() throws IOException {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(export(G, ExportFormat.CYTOSCAPE));
        Map<String, Object> elements = (Map<String, Object>) root.get("elements");
        Map<String, String> nodes = new TreeMap<>();
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Object o : (List<Object>) elements.get("nodes")) {
            Map<String, Object> d = (Map<String, Object>) ((Map<String, Object>) o).get("data");
            nodes.put((String) d.get("id"), d.get("label") + "|" + d.get("kind") + "|" + d.get("type"));
            byId.put((String) d.get("id"), d);
        }
        Set<String> edges = new TreeSet<>();
        Map<String, Object> opposed = null;
        for (Object o : (List<Object>) elements.get("edges")) {
            Map<String, Object> d = (Map<String, Object>) ((Map<String, Object>) o).get("data");
            edges.add(d.get("source") + "|" + d.get("target") + "|" + d.get("relation") + "|" + d.get("weight"));
            if ("opposed".equals(d.get("relation"))) {
                opposed = d;
            }
        }
        assertEquals(expectedNodes(G), nodes);
        assertEquals(expectedEdges(G), edges);
        assertEquals(List.of("G9; family", "Fanmi"), byId.get("actor:g9").get("aliases"));
        assertEquals("line\nbreak\ttab", byId.get("place:pont-sonde").get("note"));
        assertEquals("2024-10-03", opposed.get("firstDate"));
        assertEquals("2024-11-01", opposed.get("lastDate"));
    }

    @Test
    void neo4jCsvParsesBack() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new GraphExport(G).write(ExportFormat.NEO4J_CSV, zip);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<List<String>> nodeRows = MiniCsv.parse(files.get("nodes.csv"));
        assertEquals(List.of("id:ID", "name", "kind", "type", "aliases:string[]", "country", "date", "lat", "lon",
                "note", ":LABEL"), nodeRows.get(0));
        Map<String, String> nodes = new TreeMap<>();
        Map<String, List<String>> rowOf = new HashMap<>();
        for (List<String> r : nodeRows.subList(1, nodeRows.size())) {
            nodes.put(r.get(0), r.get(1) + "|" + r.get(2) + "|" + r.get(3));
            rowOf.put(r.get(0), r);
        }
        assertEquals(expectedNodes(G), nodes);
        assertEquals("G9, family;Fanmi", rowOf.get("actor:g9").get(4), "array items split on ';'");
        assertEquals("Actor", rowOf.get("actor:g9").get(10));
        assertEquals("line break\ttab", rowOf.get("place:pont-sonde").get(9), "no multi-line fields");

        List<List<String>> relRows = MiniCsv.parse(files.get("relationships.csv"));
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE", "weight:long", "firstDate:date", "lastDate:date",
                "documents:string[]"), relRows.get(0));
        Set<String> edges = new TreeSet<>();
        for (List<String> r : relRows.subList(1, relRows.size())) {
            assertEquals(7, r.size());
            edges.add(r.get(0) + "|" + r.get(1) + "|" + Relation.valueOf(r.get(2)).label() + "|" + r.get(3));
            if (r.get(2).equals("OPPOSED")) {
                assertEquals(List.of("2024-10-03", "2024-11-01", "r1;r2"), r.subList(4, 7));
            }
        }
        assertEquals(expectedEdges(G), edges);

        StringWriter n = new StringWriter();
        StringWriter rel = new StringWriter();
        new GraphExport(G).writeNeo4j(n, rel);
        assertEquals(files.get("nodes.csv"), n.toString());
        assertEquals(files.get("relationships.csv"), rel.toString());
    }

    @Test
    void aTimeSliceExportsOnlyItsEdgesWithWindowWeights() throws IOException {
        KnowledgeGraph october = G.window(LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-31"));
        String json = export(october, ExportFormat.CYTOSCAPE);
        assertEquals(Set.of("actor:g9|actor:mss|opposed|1", "actor:g9|event:e1|took_part_in|1"), expectedEdges(october));
        assertEquals(3, october.nodeCount());
        assertTrue(json.contains("\"weight\":1") && !json.contains("\"weight\":2"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("dot"));
        assertEquals(ExportFormat.NEO4J_CSV, ExportFormat.parse("Neo4j-CSV"));
        assertThrows(IllegalArgumentException.class, () -> export(G, ExportFormat.NEO4J_CSV));
    }
}
