package org.kgi.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kgi.indexer.index.SyncSummary;

/** The human-readable end-of-run summary of an indexing run. */
final class SummaryText {
    private SummaryText() {
    }

    static void print(SyncSummary s, Path corpus, Path index, PrintWriter out) {
        if (!s.changedAnything() && s.failed().isEmpty()) {
            out.printf("kgi: index %s is up to date with %s (%d file%s unchanged)%n", index, corpus, s.unchanged(),
                    s.unchanged() == 1 ? "" : "s");
        } else {
            out.printf("kgi: indexed %s into %s: %d added, %d updated, %d unchanged, %d deleted, %d failed"
                            + " (%d report%s written%s)%n", corpus, index, s.added(), s.updated(), s.unchanged(),
                    s.deleted(), s.failed().size(), s.reports(), s.reports() == 1 ? "" : "s",
                    s.removed() > 0 ? ", " + s.removed() + " removed" : "");
        }
        if (s.note() != null) {
            out.println("kgi: " + s.note());
        }
        s.failed().forEach(f -> out.printf("  failed   %s: %s%n", f.file(), f.reason()));
        s.skipped().forEach(f -> out.printf("  skipped  %s: %s%n", f.file(), f.reason()));
        s.warnings().forEach(f -> out.printf("  warning  %s: %s%n", f.file(), f.reason()));
        out.flush();
    }
}
