package org.kgi.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.kgi.bench.run.Row.Verdict;
import org.kgi.indexer.index.Schema;

/**
 * Time from launching {@code java -jar kgi.jar serve --no-index} as a child process ({@link ServeChild}) to its first
 * answered {@code /api/search} (polled every {@value ServeChild#POLL_MILLIS} ms), against opening the same index with
 * bare Lucene and running one search in process. Median of {@value #RUNS} runs each; the time of a bare
 * {@code java -version} is given as the JVM's own floor.
 */
final class StartupBenchmark implements Benchmark {
    static final int RUNS = 3;
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
        try (ServeChild serve = ServeChild.start(jar, c.kgiIndex(), c.options().work().resolve("serve.log"))) {
            return serve.startSeconds();
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
