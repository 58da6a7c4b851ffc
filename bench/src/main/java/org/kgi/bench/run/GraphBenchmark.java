package org.kgi.bench.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.graph.Edge;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.QueryTooLargeException;
import org.kgi.graph.shortestpath.PathQuery;
import org.kgi.graph.shortestpath.ShortestPaths;
import org.kgi.graph.traverse.Neighbourhood;
import org.kgi.graph.traverse.NeighbourhoodQuery;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotBuilder;

/**
 * The knowledge graph of the kgi index: rebuilding it from the index (what a server does after every change),
 * its heap per edge, and neighbours, shortest path and 3 shortest paths, each against plain JGraphT on the same
 * edges in the same run: a {@link DirectedPseudograph} built from the edge list, {@link Graphs#neighborSetOf},
 * {@link BFSShortestPath} and {@link YenKShortestPath} over its undirected view.
 */
final class GraphBenchmark implements Benchmark {
    static final int QUERIES = 400;
    /**
     * The 3-shortest-paths queries: 60, or {@code -Dkgi.bench.kQueries=N} (plain JGraphT's Yen takes seconds a query
     * at 20,000 reports and more beyond, so that big runs may ask fewer; both sides run the same queries).
     */
    static final int K_QUERIES = Integer.getInteger("kgi.bench.kQueries", 60);
    /**
     * Seconds plain JGraphT may spend on each set of queries ({@code -Dkgi.bench.baselineSeconds=N}, default 60): on
     * big graphs its BFS and Yen take seconds to minutes a query, so it answers the first queries of the set within
     * the budget and kgi is then timed on those same queries.
     */
    static final long BASELINE_SECONDS = Long.getLong("kgi.bench.baselineSeconds", 60);

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Indexes.ensureKgiIndex(c);
        List<Row> rows = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(c.kgiIndex()))) {
            SnapshotBuilder.build(reader); // warm-up: class loading, JIT
            long before = usedAfterGc();
            long t0 = System.nanoTime();
            IndexSnapshot snap = SnapshotBuilder.build(reader);
            double rebuild = (System.nanoTime() - t0) / 1e9;
            long held = usedAfterGc() - before;
            KnowledgeGraph g = snap.graph();

            long plainBefore = usedAfterGc();
            long t1 = System.nanoTime();
            Graph<String, DefaultEdge> plain = new DirectedPseudograph<>(DefaultEdge.class);
            g.nodes().forEach(n -> plain.addVertex(n.id()));
            for (Edge e : g.edges()) {
                plain.addEdge(e.source(), e.target());
            }
            double plainBuild = (System.nanoTime() - t1) / 1e9;
            long plainHeld = usedAfterGc() - plainBefore;
            Graph<String, DefaultEdge> undirected = new AsUndirectedGraph<>(plain);
            String size = String.format("%,d reports, %,d nodes, %,d edges", reader.numDocs(), g.nodeCount(), g.edgeCount());
            rows.add(new Row(name(), "rebuild from the index, s", Row.num(rebuild), Row.num(plainBuild), Row.ratio(rebuild, plainBuild),
                    "< 60 s", Verdict.of(rebuild < 60), size + "; kgi decodes every report's graph record from doc values, "
                    + "builds the entity catalog and the graph; baseline: adding the same edge list to a DirectedPseudograph"));
            rows.add(new Row(name(), "heap per edge, bytes", Row.num((double) held / Math.max(1, g.edgeCount())),
                    Row.num((double) plainHeld / Math.max(1, g.edgeCount())), Row.ratio(held, plainHeld), null, null,
                    "kgi: catalog + graph with evidence spans and dates; baseline: bare edges; heap in use after GC, before vs after"));

            List<String> anchors = anchors(g, new Random(42));
            Random r = new Random(7);
            ShortestPaths paths = new ShortestPaths(g);
            Neighbourhood hood = new Neighbourhood(g);
            rows.addAll(compare("neighbours, depth 1, top 50", QUERIES, "< 10 ms",
                    i -> hood.around(anchors.get(i % anchors.size()), NeighbourhoodQuery.depth(1).limit(50)),
                    i -> Graphs.neighborSetOf(undirected, anchors.get(i % anchors.size()))));
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) {
                pairs.add(new String[] {anchors.get(r.nextInt(anchors.size())), anchors.get(r.nextInt(anchors.size()))});
            }
            BFSShortestPath<String, DefaultEdge> bfs = new BFSShortestPath<>(undirected);
            rows.addAll(compare("shortest path, up to 6 edges", QUERIES, "< 10 ms",
                    i -> paths.shortest(pairs.get(i)[0], pairs.get(i)[1], PathQuery.maxLength(6)),
                    i -> bfs.getPath(pairs.get(i)[0], pairs.get(i)[1])));
            YenKShortestPath<String, DefaultEdge> yen = new YenKShortestPath<>(undirected);
            rows.addAll(compare("3 shortest simple paths, up to 6 edges", K_QUERIES, null,
                    i -> paths.kShortest(pairs.get(i)[0], pairs.get(i)[1], 3, PathQuery.maxLength(6)),
                    i -> yen.getPaths(pairs.get(i)[0], pairs.get(i)[1], 3)));
        }
        return rows;
    }

    /** Actors and places with at least one edge, the well connected more often (as analysts' queries are). */
    private static List<String> anchors(KnowledgeGraph g, Random r) {
        List<String> all = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (n.kind() != Kind.EVENT && g.degree(n.id()) > 0) {
                all.add(n.id());
            }
        }
        all.sort((a, b) -> Integer.compare(g.degree(b), g.degree(a)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 200 && !all.isEmpty(); i++) {
            double u = r.nextDouble();
            out.add(all.get((int) (u * u * all.size())));
        }
        return out;
    }

    private List<Row> compare(String what, int n, String bar, Consumer<Integer> kgi, Consumer<Integer> jgrapht) {
        Latencies j = time(n, jgrapht, BASELINE_SECONDS * 1_000_000_000L);
        int done = j.size();
        Latencies k = time(done, kgi, Long.MAX_VALUE);
        double p50 = k.millis(0.5);
        double p99 = k.millis(0.99);
        String note = done + (done == 1 ? " query" : " queries") + (done < n ? " of " + n + " (plain JGraphT's " + BASELINE_SECONDS
                + " s budget reached; kgi timed on the same " + done + ")" : "")
                + (k.errors > 0 ? "; " + k.errors + " stopped by kgi's bounds (counted at the time they took)" : "")
                + (j.errors > 0 ? "; " + j.errors + " JGraphT failures" : "");
        return List.of(
                new Row(name(), what + ": p50, ms", Row.num(p50), Row.num(j.millis(0.5)), Row.ratio(p50, j.millis(0.5)), bar,
                        bar == null ? null : Verdict.of(p50 < 10), note),
                new Row(name(), what + ": p99, ms", Row.num(p99), Row.num(j.millis(0.99)), Row.ratio(p99, j.millis(0.99)), bar,
                        bar == null ? null : Verdict.of(p99 < 10), null));
    }

    /** Times queries 0 to n - 1, one after the other, until {@code budgetNanos} have been spent (at least one). */
    private static Latencies time(int n, Consumer<Integer> query, long budgetNanos) {
        long start = System.nanoTime();
        for (int i = 0; i < Math.min(n, 50) && System.nanoTime() - start < budgetNanos / 10; i++) {
            run(query, i); // warm-up, a tenth of the budget at most
        }
        Latencies l = new Latencies();
        start = System.nanoTime();
        for (int i = 0; i < n && (i == 0 || System.nanoTime() - start < budgetNanos); i++) {
            long t = System.nanoTime();
            if (!run(query, i)) {
                l.errors++;
            }
            l.add(System.nanoTime() - t);
        }
        return Latencies.merge(List.of(l));
    }

    private static boolean run(Consumer<Integer> query, int i) {
        try {
            query.accept(i);
            return true;
        } catch (QueryTooLargeException | IllegalArgumentException e) {
            return false;
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
