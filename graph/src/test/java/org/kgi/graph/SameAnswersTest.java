package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.kgi.graph.clustering.Communities;
import org.kgi.graph.io.ExportFormat;
import org.kgi.graph.io.GraphExport;
import org.kgi.graph.scoring.Measure;
import org.kgi.graph.scoring.Rankings;
import org.kgi.graph.shortestpath.PathQuery;
import org.kgi.graph.shortestpath.ShortestPaths;
import org.kgi.graph.timeline.Timeline;
import org.kgi.graph.traverse.Neighbourhood;
import org.kgi.graph.traverse.NeighbourhoodQuery;

/**
 * The answers of every query and export on a seeded random graph (actors, places, events; edges with up to 60
 * evidence items, some undated, some with text; time slices) are exactly those recorded in
 * {@code same-answers.txt}, which was written by the graph as it was before its storage became compact (object per
 * edge and per evidence item, hash maps of ids). Re-recorded once since, when the path search began to stop at its
 * first meeting and grow low-degree nodes first, and unfiltered shortest paths between actors and places began to go
 * over {@code EntityHops} (whose steps are in neighbour order): 36 answers of paths then chose other paths among equally
 * short ones (the same lengths, checked line by line against the first recording). Re-recorded again when the k
 * shortest paths began from the path {@code shortest} gives: 2 answers of k paths chose another path of the same
 * length. Re-recorded when evidence began to say its date's precision: every line as before but for
 * {@code , precision=0} in each evidence item. Set {@code -Dkgi.writeAnswers=FILE} to write the answers instead.
 */
class SameAnswersTest {
    static KnowledgeGraph graph() {
        Random r = new Random(11);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        List<String> actors = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "actor:a" + i;
            actors.add(id);
            b.addNode(new Node(id, Kind.ACTOR, i % 3 == 0 ? "armed_group" : "government", "Actor " + i,
                    List.of("A" + i), i % 4 == 0 ? Map.of("country", "HT", "zeta", "z" + i) : Map.of()));
        }
        for (int i = 0; i < 15; i++) {
            String id = "place:p" + i;
            places.add(id);
            b.addNode(new Node(id, Kind.PLACE, "populated_place", "Place " + i, List.of(),
                    Map.of("lat", "1" + i, "lon", "-7" + i)));
        }
        Relation[] symmetric = {Relation.OPPOSED, Relation.ACTED_TOGETHER, Relation.MENTIONED_TOGETHER};
        for (int i = 0; i < 200; i++) {
            String ev = "event:r" + (i % 50) + "-" + i;
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
            String doc = "r" + (i % 50);
            b.addNode(new Node(ev, Kind.EVENT, i % 2 == 0 ? "Battles" : "Riots", "Event " + i, List.of(),
                    Map.of("date", date.toString(), "span", i + "-" + (i + 20), "subType", "Armed clash")));
            String place = places.get(r.nextInt(places.size()));
            b.addLink(ev, place, Relation.HAPPENED_AT, new Evidence(doc, i, i + 20, "", date));
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                b.addLink(actors.get(r.nextInt(actors.size())), ev, Relation.TOOK_PART_IN,
                        new Evidence(doc, i, i + 20, "", r.nextInt(10) == 0 ? null : date));
            }
        }
        for (int i = 0; i < 1500; i++) {
            String a = actors.get((int) Math.abs(r.nextGaussian() * 8) % actors.size());
            String c = actors.get(r.nextInt(actors.size()));
            LocalDate date = r.nextInt(7) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
            String text = r.nextInt(5) == 0 ? "sentence " + i : "";
            b.addLink(a, c, symmetric[r.nextInt(3)], new Evidence("r" + r.nextInt(60), r.nextInt(500), 500 + r.nextInt(50),
                    text, date));
        }
        for (int i = 0; i < 30; i++) {
            b.addLink(places.get(r.nextInt(places.size())), places.get(r.nextInt(places.size())), Relation.LOCATED_IN,
                    new Evidence("geo", 0, 0, "", null));
            b.addLink(actors.get(r.nextInt(actors.size())), "actor:missing" + i, Relation.PART_OF,
                    new Evidence("r1", 0, 1, "", null));
        }
        b.addNode(new Node("actor:a1", Kind.ACTOR, "government", "Other name", List.of("A1b"), Map.of("extra", "x")));
        return b.build();
    }

    static String answers(KnowledgeGraph g) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("nodes ").append(g.nodeCount()).append(" edges ").append(g.edgeCount()).append(" dropped ")
                .append(g.droppedLinks()).append('\n');
        g.nodes().forEach(n -> out.append(n).append(" degree ").append(g.degree(n.id())).append(' ')
                .append(g.weightedDegree(n.id())).append('\n'));
        edges(out, g);
        DateWindow[] windows = {DateWindow.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)),
            DateWindow.of(null, LocalDate.of(2024, 2, 1)), DateWindow.of(LocalDate.of(2024, 12, 1), null)};
        for (DateWindow w : windows) {
            KnowledgeGraph slice = g.window(w);
            out.append("window ").append(w).append(": ").append(slice.nodeCount()).append(' ').append(slice.edgeCount())
                    .append(' ').append(slice.window()).append('\n');
            slice.nodes().forEach(n -> out.append(n.id()).append(' '));
            out.append('\n');
            edges(out, slice);
            out.append("nested ").append(slice.window(windows[0]).edgeCount()).append('\n');
            export(out, slice);
        }
        export(out, g);
        Neighbourhood hood = new Neighbourhood(g);
        for (String id : List.of("actor:a0", "actor:a1", "actor:a7", "place:p3", "event:r3-3")) {
            for (int depth = 1; depth <= 3; depth++) {
                out.append("hood ").append(id).append(' ').append(depth).append(' ')
                        .append(hood.around(id, NeighbourhoodQuery.depth(depth).limit(12))).append('\n');
                out.append(hood.around(id, NeighbourhoodQuery.depth(depth).kinds(Kind.ACTOR, Kind.EVENT)
                        .relations(Relation.OPPOSED, Relation.TOOK_PART_IN).window(windows[0]).limit(30))).append('\n');
                out.append(hood.around(id, NeighbourhoodQuery.depth(depth).types("armed_group", "Battles"))).append('\n');
            }
        }
        ShortestPaths paths = new ShortestPaths(g);
        Random r = new Random(5);
        List<Node> all = new ArrayList<>(g.nodes());
        for (int i = 0; i < 60; i++) {
            String a = all.get(r.nextInt(all.size())).id();
            String c = all.get(r.nextInt(all.size())).id();
            out.append("path ").append(a).append(' ').append(c).append(' ')
                    .append(paths.shortest(a, c, PathQuery.maxLength(6))).append('\n');
            out.append(paths.kShortest(a, c, 3, PathQuery.maxLength(5))).append('\n');
            out.append(paths.kShortest(a, c, 2, PathQuery.maxLength(6).through(Kind.ACTOR, Kind.EVENT)
                    .relations(Relation.TOOK_PART_IN, Relation.OPPOSED, Relation.ACTED_TOGETHER).window(windows[0])))
                    .append('\n');
        }
        Rankings rankings = new Rankings(g);
        for (Measure m : Measure.values()) {
            out.append(m).append(' ').append(rankings.top(m, NodeFilter.ALL, 20)).append('\n');
        }
        out.append(new Communities(g, Set.of(Kind.ACTOR, Kind.PLACE), 2, 42L).communities()).append('\n');
        Timeline timeline = new Timeline(g);
        out.append(timeline.of("actor:a2", DateWindow.ALL, 50)).append('\n');
        out.append(timeline.of("place:p1", windows[0], 50)).append('\n');
        return out.toString();
    }

    private static void edges(StringBuilder out, KnowledgeGraph g) {
        for (Edge e : g.edges()) {
            out.append(e).append(' ').append(e.firstDate()).append(' ').append(e.lastDate()).append(' ')
                    .append(e.evidence()).append('\n');
        }
    }

    private static void export(StringBuilder out, KnowledgeGraph g) throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new GraphExport(g).write(f, bytes);
            out.append("export ").append(f).append('\n');
            if (f == ExportFormat.NEO4J_CSV) { // a zip: its entries (its bytes carry the time)
                Map<String, String> entries = new TreeMap<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    for (ZipEntry z; (z = zip.getNextEntry()) != null; ) {
                        entries.put(z.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                out.append(entries).append('\n');
            } else {
                out.append(bytes.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
    }

    @Test
    void everyAnswerIsAsRecorded() throws IOException {
        String now = answers(graph());
        String file = System.getProperty("kgi.writeAnswers");
        if (file != null) {
            Files.writeString(Path.of(file), now);
            return;
        }
        try (InputStream in = SameAnswersTest.class.getResourceAsStream("same-answers.txt")) {
            assertNotNull(in, "same-answers.txt");
            String recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] a = recorded.split("\n", -1);
            String[] b = now.split("\n", -1);
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                assertEquals(a[i], b[i], "line " + (i + 1));
            }
            assertEquals(a.length, b.length, "lines");
        }
    }
}
