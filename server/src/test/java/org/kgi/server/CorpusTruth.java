package org.kgi.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReader;

/** The reports of a corpus read straight from the files, to check search answers against by brute force. */
final class CorpusTruth {
    private CorpusTruth() {
    }

    static List<Report> reports(Path corpus) throws IOException {
        return new ReportReader().readAll(corpus);
    }
}
