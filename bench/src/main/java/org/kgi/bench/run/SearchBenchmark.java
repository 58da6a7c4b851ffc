package org.kgi.bench.run;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.indexer.index.Schema;
import org.kgi.server.Services;
import org.kgi.server.http.KgiApp;

/**
 * The real app ({@code KgiApp} over {@code Services}, on a loopback port) under a closed-loop load of
 * {@code GET /api/search?q=...&limit=10} from in-JVM {@link HttpClient} clients, against a bare Lucene
 * {@link TermQuery} top-10 on the same index in process, with the same clients and time. Each side is
 * warmed up first. Clients and server share the machine's cores.
 */
final class SearchBenchmark implements Benchmark {
    static final double MAX_P50_MILLIS = 50;
    static final double MAX_P99_MILLIS = 200;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Indexes.ensureKgiIndex(c);
        RunOptions o = c.options();
        LoadLoop.Outcome kgi;
        LoadLoop.Outcome lucene;
        QuerySet queries;
        try (Analyzer analyzer = Schema.analyzer(); Services services = Services.open(c.kgiIndex())) {
            queries = QuerySet.build(c.world(), c.predicted(), o.seed(), analyzer);
            Javalin app = KgiApp.create(services).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + app.port() + "/api/search?limit=10&q=";
                List<HttpRequest> requests = queries.queries.stream().map(q -> HttpRequest.newBuilder(
                        URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
                        .GET().build()).toList();
                LoadLoop.Request send = (client, n) -> {
                    HttpResponse<Void> r = http.send(requests.get((int) ((n * 7 + client * 31) % requests.size())),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode());
                    }
                };
                Progress.say("search: kgi over HTTP, %d queries, %d clients, %d s warm-up + %d s",
                        requests.size(), o.clients(), o.warmupSeconds(), o.searchSeconds());
                LoadLoop.run(o.clients(), o.warmupSeconds(), send);
                kgi = LoadLoop.run(o.clients(), o.searchSeconds(), send);
            } finally {
                app.stop();
            }
            try (FSDirectory dir = FSDirectory.open(c.kgiIndex()); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<TermQuery> terms = queries.terms.stream().map(t -> new TermQuery(new Term(Schema.BODY, t))).toList();
                LoadLoop.Request search = (client, n) ->
                        searcher.search(terms.get((int) ((n * 7 + client * 31) % terms.size())), 10);
                Progress.say("search: bare Lucene TermQuery, same clients and time");
                LoadLoop.run(o.clients(), o.warmupSeconds(), search);
                lucene = LoadLoop.run(o.clients(), o.searchSeconds(), search);
            }
        }
        Latencies k = kgi.latencies();
        Latencies l = lucene.latencies();
        String note = "kgi: " + queries.queries.size() + " queries (terms, names, phrases, AND, title:) over HTTP, "
                + "parse + top-10 + exact total + 3 highlighted snippets + JSON; Lucene: TermQuery top-10 on body; "
                + o.clients() + " closed-loop clients sharing the cores with the server"
                + (k.errors > 0 ? "; kgi errors: " + k.errors : "");
        double p50 = k.millis(0.5);
        double p99 = k.millis(0.99);
        return List.of(
                new Row(name(), "p50 latency, ms", Row.num(p50), Row.num(l.millis(0.5)), Row.ratio(p50, l.millis(0.5)),
                        String.format("≤ %.0f ms", MAX_P50_MILLIS), Verdict.of(p50 <= MAX_P50_MILLIS && k.errors == 0), note),
                new Row(name(), "p99 latency, ms", Row.num(p99), Row.num(l.millis(0.99)), Row.ratio(p99, l.millis(0.99)),
                        String.format("≤ %.0f ms", MAX_P99_MILLIS), Verdict.of(p99 <= MAX_P99_MILLIS && k.errors == 0), ""),
                new Row(name(), "throughput, requests/s", Row.num(kgi.perSecond()), Row.num(lucene.perSecond()),
                        Row.ratio(kgi.perSecond(), lucene.perSecond()), null, null,
                        String.format("%,d kgi requests, %,d Lucene searches", k.size(), l.size())));
    }
}
