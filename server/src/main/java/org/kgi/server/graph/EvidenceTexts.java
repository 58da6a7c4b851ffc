package org.kgi.server.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Edge;
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
                e.writtenDate(), e.date() == null ? null : GraphAnswers.precisionName(e.precision()));
    }

    /**
     * Up to {@code limit} sentences of edge {@code shown} (an edge as seen in {@code window}), earliest first. The
     * graph keeps the earliest {@link Edge#MAX_EVIDENCE} of an edge's evidence, so that in a later window a busy edge
     * could keep none at all while its weight counted dozens: those are read from the index, where all of it is.
     */
    List<Views.EvidenceView> of(Edge shown, DateWindow window, int limit) {
        List<Evidence> kept = shown.evidence();
        if (window.isUnbounded() || kept.size() >= Math.min(limit, shown.weight())) {
            return kept.stream().limit(limit).map(this::view).toList();
        }
        try {
            return store.relationEvidence(shown.source(), shown.target(), shown.relation(), window.from(), window.to(),
                    limit).stream().map(r -> new Views.EvidenceView(r.document(), r.start(), r.end(),
                    text(r.document(), r.start(), r.end()), DateWindow.written(r.date(), r.precision()),
                    GraphAnswers.precisionName(r.precision()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
