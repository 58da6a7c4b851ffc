package org.kgi.graph.timeline;

import java.time.LocalDate;
import java.util.Optional;

import org.kgi.graph.Edge;
import org.kgi.graph.Node;

/**
 * One event on a timeline.
 *
 * @param event the event node
 * @param date its date (from its {@code date} attribute; a month or year means its first day), or null if unknown
 * @param edge the edge linking it to the actor or place
 */
public record TimelineEntry(Node event, LocalDate date, Edge edge) {
    public TimelineEntry {
        if (event == null || edge == null) {
            throw new IllegalArgumentException("a timeline entry needs an event and an edge");
        }
    }

    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }
}
