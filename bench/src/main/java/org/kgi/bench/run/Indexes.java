package org.kgi.bench.run;

import java.nio.file.Files;

/** Builds the kgi index of a context when a benchmark needs it and {@link IndexingBenchmark} has not run. */
final class Indexes {
    private Indexes() {
    }

    static void ensureKgiIndex(Context c) throws Exception {
        if (Files.isDirectory(c.kgiIndex())) {
            return;
        }
        Progress.say("building the kgi index first (the indexing benchmark did not run)");
        ChildJvm.index(c.options().childHeap(), c.options().work().resolve("child.log"),
                ChildJvm.kgiOptions(ChildJvm.KgiRun.FULL), "--mode", "KGI", "--corpus", c.corpus().toString(),
                "--index", c.kgiIndex().toString());
    }
}
