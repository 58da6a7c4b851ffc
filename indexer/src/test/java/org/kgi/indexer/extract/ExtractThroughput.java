package org.kgi.indexer.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReader;

/**
 * Extraction throughput on the corpus, one thread (not a test): reads the corpus once, then extracts its
 * reports over and over for about ten seconds after an eight-second warm-up and prints MB/s of report text (UTF-16
 * chars counted as bytes of mostly-ASCII text), per wall second and per CPU second of the extracting thread (the
 * fair figure on a shared machine). Run from the repository root:
 * {@code java -cp <indexer test classpath> ExtractThroughput [corpus-dir] [seconds]}.
 */
public final class ExtractThroughput {
    private static final double WARM_UP_SECONDS = 8;
    private ExtractThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.sorted().toList()) {
                CorpusFile f = new CorpusFile(p, p.getFileName().toString(), Files.size(p), 0);
                if (ReportReader.supports(f) && !p.getFileName().toString().equals("README.md")) {
                    reports.addAll(new ReportReader().read(f).reports());
                }
            }
        }
        RuleExtractor x = new RuleExtractor();
        long warm = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        while (System.nanoTime() < warm) {
            run(x, reports, 1); // let the JIT finish compiling: the figure is the steady state
        }
        long chars = 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long alloc0 = allocated(mx);
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        int rounds = 0;
        while (System.nanoTime() < deadline) {
            chars += run(x, reports, 1);
            rounds++;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double allocPerChar = (allocated(mx) - alloc0) / (double) chars;
        System.out.printf(Locale.ROOT, "%d reports x %d rounds, %.1f MB in %.1f s wall, %.1f s CPU: %.2f MB/s wall, "
                + "%.2f MB per CPU-second (one core); %.0f bytes allocated per character%n", reports.size(), rounds,
                chars / 1e6, elapsed, cpu, chars / 1e6 / elapsed, chars / 1e6 / cpu, allocPerChar);
    }

    private static long allocated(ThreadMXBean mx) {
        return mx instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long run(RuleExtractor x, List<Report> reports, int times) {
        long chars = 0;
        int sink = 0;
        for (int i = 0; i < times; i++) {
            for (Report r : reports) {
                sink += x.extract(r).entities().size();
                chars += r.text().length();
            }
        }
        if (sink == -1) {
            System.out.println();
        }
        return chars;
    }
}
