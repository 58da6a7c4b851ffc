package org.kgi.bench.run;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.indexer.index.Schema;

/**
 * Time from launching {@code java -jar kgi.jar serve --no-index} as a child process to its first answered
 * {@code /api/search} (polled every {@value #POLL_MILLIS} ms), against opening the same index with bare
 * Lucene and running one search in process. Median of {@value #RUNS} runs each; the time of a bare
 * {@code java -version} is given as the JVM's own floor.
 */
final class StartupBenchmark implements Benchmark {
    static final int RUNS = 3;
    static final int POLL_MILLIS = 10;
    static final double MAX_SECONDS = 5;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        Path jar = c.options().kgiJar();
        if (!Files.isRegularFile(jar)) {
            return List.of(new Row(name(), "launch to first answered search, s", "—", null, null, null, null,
                    "not measured: no kgi jar at " + jar + " (build it with ./mvnw -pl server -am package)"));
        }
        Indexes.ensureKgiIndex(c);
        List<Double> kgi = new ArrayList<>();
        List<Double> lucene = new ArrayList<>();
        List<Double> jvm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Progress.say("startup: run %d of %d", i + 1, RUNS);
            kgi.add(serveToFirstSearch(jar, c));
            lucene.add(openAndSearch(c.kgiIndex()));
            jvm.add(javaVersion());
        }
        double k = median(kgi);
        double l = median(lucene);
        return List.of(new Row(name(), "launch to first answered search, s", Row.num(k), Row.num(l), Row.ratio(k, l),
                String.format("< %.0f s", MAX_SECONDS), Verdict.of(k < MAX_SECONDS),
                String.format("kgi: child JVM `serve --no-index` until HTTP 200; Lucene: DirectoryReader.open + one "
                        + "TermQuery in process; a bare `java -version` takes %.2f s; median of %d", median(jvm), RUNS)));
    }

    private static double serveToFirstSearch(Path jar, Context c) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=police&limit=10"))
                .timeout(Duration.ofSeconds(30)).build();
        Path log = c.options().work().resolve("serve.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ChildJvm.java().toString(), "-jar", jar.toString(), "serve", "--no-index",
                "--index", c.kgiIndex().toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            while (true) {
                if (!p.isAlive()) {
                    throw new IOException("kgi serve exited with code " + p.exitValue() + "; see " + log);
                }
                if ((System.nanoTime() - t0) / 1e9 > 120) {
                    throw new IOException("kgi serve did not answer within 120 s; see " + log);
                }
                try {
                    if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                } catch (ConnectException notYet) {
                    // not listening yet
                } catch (IOException notYet) {
                    // connection reset while starting
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static double openAndSearch(Path index) throws IOException {
        long t0 = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            new IndexSearcher(reader).search(new TermQuery(new Term(Schema.BODY, "polic")), 10);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double javaVersion() throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ChildJvm.java().toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
