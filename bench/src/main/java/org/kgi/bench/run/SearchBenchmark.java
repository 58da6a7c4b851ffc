package org.kgi.bench.run;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.search.SearchRequest;
import org.kgi.indexer.search.SearchResult;
import org.kgi.server.Services;

/**
 * The real server ({@code java -jar kgi.jar serve --no-index} in a child process started as {@code ./kgi serve}
 * starts it, {@link ServeChild}; measured once it has built its knowledge graph and answered every query twice)
 * under a closed-loop load of {@code GET /api/search?q=...&limit=10} from
 * {@link KeepAliveClient}s in this JVM (each a keep-alive connection, as light as wrk), against a bare Lucene
 * {@link TermQuery} top-10 on the same index in this process, with the same clients and time. kgi is measured
 * twice: first with {@code cache=false}, so that every request runs the whole search (the figures that
 * count), then with the server's cache of recent results, which after the warm-up answers the benchmark's
 * repeated queries from memory (labelled as such). Each side is first warmed up until its rate stops rising
 * ({@link LoadLoop#warmUp}). Clients and server share
 * the machine's cores.
 */
final class SearchBenchmark implements Benchmark {
    /** Issue 5's bars. */
    static final double MAX_P99_MILLIS = 20;
    static final double MIN_PER_SECOND = 2_000;
    /** Where {@link ServeChild} binds the server. */
    private static final String HOST = "127.0.0.1";

    /** How long each side's warm-up took, for the notes. */
    private final List<String> warmups = new ArrayList<>();

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        warmups.clear();
        Indexes.ensureKgiIndex(c);
        RunOptions o = c.options();
        LoadLoop.Outcome uncached;
        LoadLoop.Outcome cached;
        LoadLoop.Outcome lucene;
        LoadLoop.Outcome luceneSame;
        QuerySet queries;
        List<Query> searched = new ArrayList<>();
        List<Long> matches = new ArrayList<>();
        int sampled = 0;
        int estimated = 0;
        try (Analyzer analyzer = Schema.analyzer(); Services services = Services.open(c.kgiIndex())) {
            queries = QuerySet.build(c.world(), c.predicted(), o.seed(), analyzer);
            for (String q : queries.queries) {
                SearchResult r = services.searcher().search(SearchRequest.of(q, 10), false);
                sampled += r.facetsApproximate() ? 1 : 0;
                estimated += r.totalApproximate() ? 1 : 0;
                matches.add(services.searcher().search(SearchRequest.of(q, 1).withExactTotal(), false).total());
                searched.add(services.searcher().searchedQuery(q));
            }
        }
        // the real server, started as ./kgi serve starts it, once its graph is built (in the background of a server
        // that already answers, as after any restart); the in-process services above are closed first
        Path jar = o.kgiJar();
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no kgi jar at " + jar + " (build it with ./mvnw -pl server -am package)");
        }
        try (ServeChild serve = ServeChild.start(jar, c.kgiIndex(), o.work().resolve("serve.log"))) {
            Progress.say("search: waiting for the server's knowledge graph");
            serve.awaitGraph();
            String path = "/api/search?limit=10";
            // every query twice, one at a time, as the in-process searches above ran them: the server's JIT
            // compiles what the timed warm-up then refines
            try (KeepAliveClient first = new KeepAliveClient(HOST, serve.port())) {
                for (int round = 0; round < 2; round++) {
                    for (byte[] r : requests(serve.port(), path + "&cache=false&q=", queries)) {
                        first.send(r);
                    }
                }
            }
            uncached = load(serve.port(), path + "&cache=false&q=", queries, o, "kgi over HTTP, cache off");
            cached = load(serve.port(), path + "&q=", queries, o, "kgi over HTTP, cache on");
        }
        try (FSDirectory dir = FSDirectory.open(c.kgiIndex()); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<TermQuery> terms = queries.terms.stream().map(t -> new TermQuery(new Term(Schema.BODY, t))).toList();
            LoadLoop.Request search = (client, n) ->
                    searcher.search(terms.get((int) ((n * 7 + client * 31) % terms.size())), 10);
            Progress.say("search: bare Lucene TermQuery, same clients and time");
            warmUp(o, search, "bare Lucene TermQuery");
            lucene = LoadLoop.run(o.clients(), o.searchSeconds(), search);
            LoadLoop.Request same = (client, n) ->
                    searcher.search(searched.get((int) ((n * 7 + client * 31) % searched.size())), 10);
            Progress.say("search: bare Lucene top 10 of the queries kgi searches, same clients and time");
            warmUp(o, same, "bare Lucene, the same queries");
            luceneSame = LoadLoop.run(o.clients(), o.searchSeconds(), same);
        }
        Latencies k = uncached.latencies();
        Latencies kc = cached.latencies();
        String note = "kgi: " + queries.queries.size() + " queries (terms, names, phrases, AND, title:) over HTTP, "
                + "parse + top-10 + total and four facets (exact up to " + SearchRequest.DEFAULT_FACET_SAMPLE
                + " matches, estimated beyond from the matches in a sample of the index holding half to all that many;"
                + " the total stays exact where Lucene counts it for free)"
                + " + 3 highlighted snippets + JSON; Lucene: TermQuery top-10 on body; matches per query p50 "
                + percentile(matches, 0.5) + ", max " + percentile(matches, 1) + " (counted exactly)"
                + "; facets estimated from a sample for " + sampled + " and the total for " + estimated + " of the "
                + queries.queries.size() + " queries; the server in a child JVM started as ./kgi serve starts it"
                + " (no JVM options: the JVM's default collector and heap); " + o.clients()
                + " closed-loop clients (keep-alive sockets, about 40 µs of CPU a request) sharing the cores with the"
                + " server; each side warmed up until its rate stopped rising (" + String.join(", ", warmups) + ")"
                + (k.errors + kc.errors > 0 ? "; kgi errors: " + (k.errors + kc.errors) : "");
        String cacheNote = "the same load with the server's result cache on: after the warm-up every one of the "
                + queries.queries.size() + " queries is answered from memory, so this measures HTTP + JSON, not search";
        List<Row> rows = new ArrayList<>(rows("", uncached, lucene, note));
        rows.addAll(rows(", cache on", cached, lucene, cacheNote));
        Latencies ls = luceneSame.latencies();
        String sameNote = "baseline: bare Lucene IndexSearcher.search(query, 10) on the very queries kgi searches (the "
                + "body field, which holds the headline too, stemmed; exact phrases in its word pairs; entity fields),"
                + " in this process, same clients and time: the top 10 alone, no total beyond 1,000, no facets, no"
                + " snippets, no HTTP; what no implementation of kgi's answer can beat on this machine";
        rows.add(new Row(name(), "p99 latency, ms, vs Lucene top 10 of the same queries", Row.num(k.millis(0.99)),
                Row.num(ls.millis(0.99)), Row.ratio(k.millis(0.99), ls.millis(0.99)), null, null, sameNote));
        rows.add(new Row(name(), "throughput, requests/s, vs Lucene top 10 of the same queries",
                Row.num(uncached.perSecond()),
                Row.num(luceneSame.perSecond()), Row.ratio(uncached.perSecond(), luceneSame.perSecond()), null, null,
                String.format("%,d Lucene searches", ls.size())));
        return rows;
    }

    /** A GET of {@code prefix} and each query, URL-encoded, as bytes for a {@link KeepAliveClient}. */
    private static List<byte[]> requests(int port, String prefix, QuerySet queries) {
        return queries.queries.stream().map(q -> KeepAliveClient.get(HOST, port,
                prefix + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
    }

    private LoadLoop.Outcome load(int port, String prefix, QuerySet queries, RunOptions o, String what)
            throws InterruptedException {
        List<byte[]> requests = requests(port, prefix, queries);
        KeepAliveClient[] clients = new KeepAliveClient[o.clients()];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = new KeepAliveClient(HOST, port);
        }
        LoadLoop.Request send = (client, n) -> {
            int status = clients[client].send(requests.get((int) ((n * 7 + client * 31) % requests.size())));
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status);
            }
        };
        Progress.say("search: %s, %d queries, %d clients, %d to %d s warm-up + %d s",
                what, requests.size(), o.clients(), o.warmupSeconds(), o.warmupMaxSeconds(), o.searchSeconds());
        try {
            warmUp(o, send, what);
            return LoadLoop.run(o.clients(), o.searchSeconds(), send);
        } finally {
            for (KeepAliveClient c : clients) {
                c.close();
            }
        }
    }

    /** Warms a side up until its rate stops rising ({@link LoadLoop#warmUp}); notes how long that took. */
    private void warmUp(RunOptions o, LoadLoop.Request request, String what) throws InterruptedException {
        double seconds = LoadLoop.warmUp(o.clients(), o.warmupSeconds(), o.warmupMaxSeconds(),
                LoadLoop.WARMUP_WINDOW_SECONDS, request);
        warmups.add(String.format("%s %.0f s", what, seconds));
        Progress.say("search: %s warmed up in %.0f s", what, seconds);
    }

    private static String percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? "—" : String.format("%,d", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))));
    }

    /** The p50, p99 and throughput rows of one kgi load against Lucene's. */
    private List<Row> rows(String label, LoadLoop.Outcome kgi, LoadLoop.Outcome lucene, String note) {
        Latencies k = kgi.latencies();
        Latencies l = lucene.latencies();
        double p50 = k.millis(0.5);
        double p99 = k.millis(0.99);
        return List.of(
                new Row(name(), "p50 latency, ms" + label, Row.num(p50), Row.num(l.millis(0.5)), Row.ratio(p50, l.millis(0.5)),
                        null, null, note),
                new Row(name(), "p99 latency, ms" + label, Row.num(p99), Row.num(l.millis(0.99)), Row.ratio(p99, l.millis(0.99)),
                        String.format("< %.0f ms", MAX_P99_MILLIS), Verdict.of(p99 < MAX_P99_MILLIS && k.errors == 0), ""),
                new Row(name(), "throughput, requests/s" + label, Row.num(kgi.perSecond()), Row.num(lucene.perSecond()),
                        Row.ratio(kgi.perSecond(), lucene.perSecond()), String.format("≥ %,.0f", MIN_PER_SECOND),
                        Verdict.of(kgi.perSecond() >= MIN_PER_SECOND && k.errors == 0),
                        String.format("%,d kgi requests, %,d Lucene searches", k.size(), l.size())));
    }
}
