package org.kgi.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kgi.indexer.corpus.CorpusWalker;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;

/** The reports of a corpus read straight from the files, to check search answers against by brute force. */
final class CorpusTruth {
    private CorpusTruth() {
    }

    static List<Report> reports(Path corpus) throws IOException {
        List<Report> reports = new ArrayList<>();
        ReportReader reader = new ReportReader();
        new CorpusWalker(corpus).walk(f -> {
            if (ReportReader.supports(f)) {
                try {
                    reports.addAll(reader.read(f).reports());
                } catch (ReportReadException e) {
                    throw new IllegalStateException(f.relativePath() + ": " + e.getMessage(), e);
                }
            }
        });
        return reports;
    }
}
