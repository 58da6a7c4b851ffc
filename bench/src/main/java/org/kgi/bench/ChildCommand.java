package org.kgi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kgi.bench.run.IndexTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench child index}: one indexing run alone in this JVM, for clean time and memory figures;
 * {@code bench run} starts it and reads the one JSON line it prints. Not meant to be called by hand.
 */
@Command(name = "child", hidden = true, mixinStandardHelpOptions = true,
        description = "Internal: one indexing run of 'bench run', alone in a JVM; prints one JSON line.")
final class ChildCommand implements Callable<Integer> {
    /** Which indexer. */
    enum Mode { KGI, LUCENE }

    @Option(names = "--mode", required = true, description = "KGI or LUCENE.")
    Mode mode;
    @Option(names = "--corpus", required = true)
    Path corpus;
    @Option(names = "--index", required = true)
    Path index;
    @Option(names = "--incremental", description = "kgi only: synchronise incrementally instead of in full.")
    boolean incremental;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IndexTask.Result r = mode == Mode.KGI ? IndexTask.kgi(corpus, index, !incremental) : IndexTask.lucene(corpus, index);
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(r));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
