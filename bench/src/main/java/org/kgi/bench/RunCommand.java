package org.kgi.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kgi.bench.generate.FormatMix;
import org.kgi.bench.generate.GeneratorConfig;
import org.kgi.bench.generate.Predicted;
import org.kgi.bench.run.BenchmarkRun;
import org.kgi.bench.run.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench run}: generates the corpus (or reuses the one of an earlier run with the same size, seed and
 * formats), runs every benchmark, prints the table and writes it to {@code --out}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Measure kgi against bare Lucene on a generated corpus of N reports.",
                "Indexing, incremental re-indexing, extraction, start-up and search, each next to its baseline",
                "measured in the same run. Prints one Markdown table and writes it to --out."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--reports", required = true, paramLabel = "N", description = "Corpus size in reports.")
    long reports;
    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--formats", defaultValue = "txt:40,md:25,json:20,jsonl:15", paramLabel = "MIX",
            description = "Corpus format mix (default: ${DEFAULT-VALUE}).")
    String formats;
    @Option(names = "--work", paramLabel = "DIR", description = "Corpus and indexes (default: bench-out/work-N).")
    Path work;
    @Option(names = "--out", paramLabel = "FILE", description = "The results table (default: bench-out/results-N.md).")
    Path out;
    @Option(names = "--clients", defaultValue = "4", description = "Concurrent search clients (default: ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--search-seconds", defaultValue = "20", description = "Measured search load per side, s (default: ${DEFAULT-VALUE}).")
    int searchSeconds;
    @Option(names = "--warmup-seconds", defaultValue = "5",
            description = "Least search warm-up per side, s (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;
    @Option(names = "--warmup-max-seconds", defaultValue = "120",
            description = "Most search warm-up per side, s: it goes on in 5 s windows until the rate stops rising"
                    + " (default: ${DEFAULT-VALUE}).")
    int warmupMaxSeconds;
    @Option(names = "--child-heap", defaultValue = "2g", description = "-Xmx of the indexing child JVMs (default: ${DEFAULT-VALUE}).")
    String childHeap;
    @Option(names = "--kgi-jar", paramLabel = "JAR",
            description = "kgi server jar the start-up and search benchmarks launch (default: server/target/kgi.jar).")
    Path kgiJar;
    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these benchmarks: indexing, extraction, startup, search (default: all).")
    Set<String> only = Set.of();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getProperty("kgi.root", "."));
        Path workDir = work != null ? work : root.resolve("bench-out/work-" + reports);
        RunOptions options = new RunOptions(reports, seed, FormatMix.parse(formats), workDir,
                out != null ? out : root.resolve("bench-out/results-" + reports + ".md"), clients, searchSeconds,
                warmupSeconds, warmupMaxSeconds, childHeap,
                kgiJar != null ? kgiJar : root.resolve("server/target/kgi.jar"), only);
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(workDir);
        Path gen = workDir.resolve("gen");
        Path stamp = gen.resolve("generated-with.txt");
        String wanted = "reports=" + reports + " seed=" + seed + " formats=" + options.formats();
        List<String> lines = new ArrayList<>();
        Predicted predicted;
        if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(wanted)) {
            predicted = Predicted.read(gen.resolve("predicted.json"));
            lines.add("corpus reused from " + gen + " (" + wanted + ")");
        } else {
            if (Files.exists(gen)) {
                err.println("bench: " + gen + " holds another or an unfinished corpus; delete it or choose another --work");
                return 2;
            }
            var summary = GenerateCommand.generate(new GeneratorConfig(reports, seed, gen, options.formats(),
                    GeneratorConfig.DEFAULT_PER_DIRECTORY, Runtime.getRuntime().availableProcessors()), err);
            Files.writeString(stamp, wanted + "\n", StandardCharsets.UTF_8);
            predicted = summary.predicted();
            lines.add(String.format("corpus generated in this run: %.1f s, %,.0f reports/s, %.1f MB/s (%d threads)",
                    summary.seconds(), summary.reports() / summary.seconds(), summary.bytes() / 1e6 / summary.seconds(),
                    Runtime.getRuntime().availableProcessors()));
        }
        lines.add(0, String.format("corpus: %,d reports in %,d files, %.1f MB, %,d words; seed %d, formats %s; "
                        + "%,d distinct actors and %,d places named; reports per entity p50 %d, p90 %d, max %d",
                predicted.reports(), predicted.files(), predicted.bytes() / 1e6, predicted.words(), seed, options.formats(),
                predicted.distinctActors(), predicted.distinctPlaces(), predicted.degree().p50(), predicted.degree().p90(),
                predicted.degree().max()));
        String table = new BenchmarkRun(options, gen, predicted).run(lines);
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), table, StandardCharsets.UTF_8);
        err.println("bench: table written to " + options.out());
        return 0;
    }
}
