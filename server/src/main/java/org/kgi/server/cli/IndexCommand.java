package org.kgi.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kgi.indexer.index.CorpusIndexer;
import org.kgi.indexer.index.IndexBusyException;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.indexer.json.Json;
import org.kgi.server.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kgi index}: brings the index in line with the corpus directory. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index a corpus directory. Incremental by default: new and changed files are (re)indexed,",
                "deleted files removed, unchanged ones skipped. Exit 0 when every file was indexed, 1 if any failed."})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    CorpusDirOption corpus;
    @Mixin
    IndexDirOption index;
    @Mixin
    ThreadsOption threads;
    @Option(names = "--full", description = "Re-read every file, as if the index were empty.")
    boolean full;
    @Option(names = "--json", description = "Print the summary as one JSON object on stdout.")
    boolean json;
    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + CorpusIndexer.COMMIT_EVERY_FILES,
            description = "Commit after every N changed files (and every 30 s): what a crash can lose (default: ${DEFAULT-VALUE}).")
    int commitEvery;
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The corpus directory, as --corpus gives it.")
    Path corpusDir;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int workers;
        try {
            if (corpusDir != null) { // kgi index /data/reports
                if (spec.commandLine().getParseResult().hasMatchedOption("--corpus")
                        && !corpusDir.equals(corpus.corpus)) {
                    throw new IllegalArgumentException("give the corpus once: " + corpusDir + " or --corpus "
                            + corpus.corpus);
                }
                corpus.corpus = corpusDir;
            }
            workers = threads.value();
            if (commitEvery < 1) {
                throw new IllegalArgumentException("--commit-every must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(corpus.corpus)) { // before the index is opened: nothing is made
            return refused("corpus directory " + corpus.corpus.toAbsolutePath().normalize()
                    + " does not exist or is not a directory");
        }
        SyncSummary summary;
        try (Services services = Services.open(index.index, corpus.extractor()); Progress progress = Progress.forRun(err)) {
            // stopped (Ctrl-C, kill): what is indexed so far is committed, each file whole, and the next run goes on
            Thread onStop = new Thread(() -> {
                int done = services.commitRunningSync();
                if (done >= 0) {
                    err.println("kgi: stopped; the index keeps the " + done + " files changed so far (run again to go"
                            + " on)");
                    err.flush();
                }
            }, "kgi-stopped");
            Runtime.getRuntime().addShutdownHook(onStop);
            try {
                summary = services.sync(corpus.corpus, full, progress, workers, commitEvery);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onStop);
                } catch (IllegalStateException stopping) {
                    // the process is stopping: the hook runs
                }
            }
        } catch (IndexBusyException e) {
            return refused(e.getMessage() + ServerFile.reindexCommand(index.index, full)
                    .map(command -> "; re-index through it instead: " + command).orElse(""));
        } catch (Exception e) { // the corpus found empty, an index that cannot be opened...
            if (Boolean.getBoolean("kgi.debug")) {
                e.printStackTrace(err);
            }
            return refused(KgiCommand.describe(e));
        }
        if (json) {
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(summary));
            spec.commandLine().getOut().flush();
        } else {
            SummaryText.print(summary, corpus.corpus, index.index, err);
        }
        return summary.failed().isEmpty() ? 0 : 1;
    }

    /**
     * A run that could not be made: its reason in one line on stderr, and with {@code --json} as {@code {"error":
     * reason}} on stdout, so that a script reading one JSON object gets one; exit code 1.
     */
    private int refused(String reason) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        err.println("kgi: " + reason);
        err.flush();
        if (json) {
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(Map.of("error", reason)));
            spec.commandLine().getOut().flush();
        }
        return 1;
    }
}
