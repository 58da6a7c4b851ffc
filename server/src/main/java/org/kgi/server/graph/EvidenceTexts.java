package org.kgi.server.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kgi.graph.Evidence;
import org.kgi.indexer.search.ReportStore;

/**
 * Fills in the sentence of each piece of evidence from its report's stored text (the graph keeps only spans).
 * One per answer: each report is read at most once.
 */
final class EvidenceTexts {
    private final ReportStore store;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    EvidenceTexts(ReportStore store) {
        this.store = store;
    }

    Views.EvidenceView view(Evidence e) {
        return new Views.EvidenceView(e.document(), e.start(), e.end(), text(e.document(), e.start(), e.end()),
                e.date() == null ? null : e.date().toString());
    }

    String text(String document, int start, int end) {
        Optional<String> body = texts.computeIfAbsent(document, id -> {
            try {
                return store.get(id).map(r -> r.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return body.filter(t -> end <= t.length()).map(t -> t.substring(start, end).strip()).orElse("");
    }
}
