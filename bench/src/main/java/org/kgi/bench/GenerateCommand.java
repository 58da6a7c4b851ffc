package org.kgi.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kgi.bench.generate.CorpusGenerator;
import org.kgi.bench.generate.FormatMix;
import org.kgi.bench.generate.GeneratorConfig;
import org.kgi.bench.generate.GeneratorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench generate}: writes a deterministic synthetic corpus with its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic corpus and its ground truth.",
                "The reports go to OUT/corpus, the ground truth to OUT/manifest.jsonl.gz, the world to",
                "OUT/world.jsonl and the predicted counts to OUT/predicted.json. The same seed and size",
                "give byte-identical files, whatever the number of threads."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--reports", required = true, paramLabel = "N", description = "Number of reports.")
    long reports;
    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (its corpus/ must not exist).")
    Path out;
    @Option(names = "--formats", defaultValue = "txt:40,md:25,json:20,jsonl:15", paramLabel = "MIX",
            description = "Formats and their weights (default: ${DEFAULT-VALUE}); 'txt,md' weighs them equally.")
    String formats;
    @Option(names = "--per-dir", defaultValue = "1000", paramLabel = "K",
            description = "Reports per sub-directory; a directory's JSON-lines reports share one file (default: ${DEFAULT-VALUE}).")
    int perDirectory;
    @Option(names = "--threads", paramLabel = "T", description = "Generating threads (default: the number of cores).")
    Integer threads;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorConfig config = new GeneratorConfig(reports, seed, out, FormatMix.parse(formats), perDirectory,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        GeneratorSummary s = generate(config, err);
        spec.commandLine().getOut().printf("%d reports in %d files, %.1f MB, %.1f s (%.0f reports/s); %s%n",
                s.reports(), s.files(), s.bytes() / 1e6, s.seconds(), s.reports() / s.seconds(), s.predicted());
        spec.commandLine().getOut().flush();
        return 0;
    }

    static GeneratorSummary generate(GeneratorConfig config, PrintWriter err) throws java.io.IOException {
        long[] last = {System.nanoTime()};
        return new CorpusGenerator(config).generate(done -> {
            if (System.nanoTime() - last[0] > 5_000_000_000L || done == config.reports()) {
                last[0] = System.nanoTime();
                err.printf("generate: %,d / %,d reports%n", done, config.reports());
                err.flush();
            }
        });
    }
}
