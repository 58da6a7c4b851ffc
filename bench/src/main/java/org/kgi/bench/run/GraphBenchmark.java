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
import org.kgi.graph.GraphStore;
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
    /** Above this many reports the rebuild is timed without a warm-up build first (it takes minutes and warms up itself). */
    static final int WARM_UP_MAX_REPORTS = 200_000;
    /**
     * Above this many vertices plain JGraphT's Yen is not run: at 100,000 reports (1.5 million vertices) it took 39 s a
     * query, and at 1,000,000 (15 million) a single query did not finish in 20 minutes of a 17 GB heap full of its
     * Dijkstra maps. kgi's three paths are then timed alone, on the first {@link #K_QUERIES} pairs.
     */
    static final int MAX_YEN_VERTICES = 3_000_000;

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Indexes.ensureKgiIndex(c);
        List<Row> rows = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(c.kgiIndex()))) {
            if (reader.numDocs() <= WARM_UP_MAX_REPORTS) {
                SnapshotBuilder.build(reader); // warm-up: class loading, JIT (a big build warms up on its own)
            }
            // kgi's graph is built, measured and let go before plain JGraphT's is built from its edge list, so that
            // the two never share the heap (at 1,000,000 reports each takes gigabytes); it is built again for its queries.
            Built kgi = buildKgi(reader);
            Plain plain = plainJGraphT(kgi);
            int edges = kgi.sources.length;
            rows.add(new Row(name(), "rebuild from the index, s", Row.num(kgi.seconds), Row.num(plain.seconds),
                    Row.ratio(kgi.seconds, plain.seconds), "< 60 s", Verdict.of(kgi.seconds < 60), kgi.size
                    + "; kgi decodes every report's graph record from doc values, builds the entity catalog and the graph; "
                    + "baseline: adding the same edge list to a DirectedPseudograph"));
            rows.add(new Row(name(), "heap per edge, bytes", Row.num((double) kgi.held / Math.max(1, edges)),
                    Row.num((double) plain.held / Math.max(1, edges)), Row.ratio(kgi.held, plain.held), null, null,
                    "kgi: catalog + graph with evidence spans and dates; baseline: bare edges; heap in use after GC, before vs after"));
            List<String> anchors = kgi.anchors;
            List<String[]> pairs = kgi.pairs;
            kgi = null; // its edge list: the ids alone take a gigabyte at 1,000,000 reports

            Progress.say("graph: kgi's graph again, for its queries");
            KnowledgeGraph g = SnapshotBuilder.build(reader).graph();
            SnapshotBuilder.prepare(g); // as the server does after swapping it in (timed in the first build's note)
            ShortestPaths paths = new ShortestPaths(g);
            Neighbourhood hood = new Neighbourhood(g);
            rows.addAll(compare("neighbours, depth 1, top 50", QUERIES, "< 10 ms", plain.hood,
                    i -> hood.around(anchors.get(i % anchors.size()), NeighbourhoodQuery.depth(1).limit(50))));
            rows.addAll(compare("shortest path, up to 6 edges", QUERIES, "< 10 ms", plain.path,
                    i -> paths.shortest(pairs.get(i)[0], pairs.get(i)[1], PathQuery.maxLength(6))));
            rows.addAll(compare("3 shortest simple paths, up to 6 edges", K_QUERIES, null, plain.paths,
                    i -> paths.kShortest(pairs.get(i)[0], pairs.get(i)[1], 3, PathQuery.maxLength(6))));
        }
        return rows;
    }

    /** kgi's first build: its time, the heap it holds, the queries' endpoints and the edge list for the baseline. */
    private record Built(double seconds, long held, String size, List<String> anchors, List<String[]> pairs, String[] ids,
                         int[] sources, int[] targets) {
    }

    private static Built buildKgi(DirectoryReader reader) throws java.io.IOException {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        KnowledgeGraph g = SnapshotBuilder.build(reader).graph();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        SnapshotBuilder.prepare(g);
        double prepared = (System.nanoTime() - t1) / 1e9;
        long held = usedAfterGc() - before;
        String size = String.format("%,d reports, %,d nodes, %,d edges; then prepared for hub and path queries in "
                + "%.1f s more, in the background in the server (the graph answers meanwhile)", reader.numDocs(),
                g.nodeCount(), g.edgeCount(), prepared);
        List<String> anchors = anchors(g, new Random(42));
        Random r = new Random(7);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            pairs.add(new String[] {anchors.get(r.nextInt(anchors.size())), anchors.get(r.nextInt(anchors.size()))});
        }
        GraphStore store = g.store();
        String[] ids = new String[store.vertexCount()];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = store.id(v);
        }
        int[] sources = new int[store.edgeCount()];
        int[] targets = new int[store.edgeCount()];
        for (int e = 0; e < sources.length; e++) {
            sources[e] = store.source(e);
            targets[e] = store.target(e);
        }
        return new Built(seconds, held, size, anchors, pairs, ids, sources, targets);
    }

    /** Plain JGraphT: its build time and heap, and its latencies on each set of queries (within its budget). */
    private record Plain(double seconds, long held, Latencies hood, Latencies path, Latencies paths) {
    }

    private static Plain plainJGraphT(Built kgi) {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        Graph<String, DefaultEdge> plain = new DirectedPseudograph<>(DefaultEdge.class);
        for (String id : kgi.ids) {
            plain.addVertex(id);
        }
        for (int e = 0; e < kgi.sources.length; e++) {
            plain.addEdge(kgi.ids[kgi.sources[e]], kgi.ids[kgi.targets[e]]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long held = usedAfterGc() - before;
        Graph<String, DefaultEdge> undirected = new AsUndirectedGraph<>(plain);
        long budget = BASELINE_SECONDS * 1_000_000_000L;
        Progress.say("graph: plain JGraphT's queries (at most %d s a set)", BASELINE_SECONDS);
        List<String> anchors = kgi.anchors;
        List<String[]> pairs = kgi.pairs;
        Latencies hood = time(QUERIES, i -> Graphs.neighborSetOf(undirected, anchors.get(i % anchors.size())), budget);
        BFSShortestPath<String, DefaultEdge> bfs = new BFSShortestPath<>(undirected);
        Latencies path = time(QUERIES, i -> bfs.getPath(pairs.get(i)[0], pairs.get(i)[1]), budget);
        Latencies paths;
        if (kgi.ids.length <= MAX_YEN_VERTICES) {
            YenKShortestPath<String, DefaultEdge> yen = new YenKShortestPath<>(undirected);
            paths = time(K_QUERIES, i -> yen.getPaths(pairs.get(i)[0], pairs.get(i)[1], 3), budget);
        } else {
            paths = null; // one query would take longer than the budget, and its Dijkstra maps more heap than there is
        }
        return new Plain(seconds, held, hood, path, paths);
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

    /**
     * kgi timed on all {@code n} queries (its figures and verdict); when plain JGraphT answered only the first few
     * within its budget ({@code j}), the ratio compares kgi on those same queries, timed again apart; when it did not
     * run ({@code j} null: Yen above {@link #MAX_YEN_VERTICES}), kgi's figures stand alone.
     */
    private List<Row> compare(String what, int n, String bar, Latencies j, Consumer<Integer> kgi) {
        Latencies k = time(n, kgi, Long.MAX_VALUE);
        double p50 = k.millis(0.5);
        double p99 = k.millis(0.99);
        String bounds = k.errors > 0 ? "; " + k.errors + " stopped by kgi's bounds (counted at the time they took)" : "";
        if (j == null) {
            String note = n + " queries, kgi alone: plain JGraphT's Yen is not run above "
                    + String.format("%,d", MAX_YEN_VERTICES) + " vertices (one query takes longer than its budget)" + bounds;
            return List.of(new Row(name(), what + ": p50, ms", Row.num(p50), "—", null, null, null, note),
                    new Row(name(), what + ": p99, ms", Row.num(p99), "—", null, null, null, null));
        }
        int done = j.size();
        Latencies same = done < n ? time(done, kgi, Long.MAX_VALUE) : k;
        String note = n + " queries" + (done < n ? "; plain JGraphT answered " + done + " within its " + BASELINE_SECONDS
                + " s budget: the ratio compares kgi on those " + done + String.format(" (p50 %.2f, p99 %.2f ms)",
                same.millis(0.5), same.millis(0.99)) : "")
                + bounds + (j.errors > 0 ? "; " + j.errors + " JGraphT failures" : "");
        return List.of(
                new Row(name(), what + ": p50, ms", Row.num(p50), Row.num(j.millis(0.5)),
                        Row.ratio(same.millis(0.5), j.millis(0.5)), bar, bar == null ? null : Verdict.of(p50 < 10), note),
                new Row(name(), what + ": p99, ms", Row.num(p99), Row.num(j.millis(0.99)),
                        Row.ratio(same.millis(0.99), j.millis(0.99)), bar, bar == null ? null : Verdict.of(p99 < 10), null));
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
