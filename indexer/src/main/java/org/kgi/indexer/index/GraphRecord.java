package org.kgi.indexer.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Relation;

/**
 * One report's contribution to the knowledge graph, as stored in {@link Schema#GRAPH}: its entities (without
 * mentions), events and relations. Evidence spans are kept; their sentence text is not (it is read from the
 * report's stored body when shown), so every {@code evidence().text()} here is {@code ""}.
 */
public record GraphRecord(String reportId, LocalDate reportDate, List<Entity> entities, List<Event> events,
                          List<Relation> relations) {
    public GraphRecord {
        Objects.requireNonNull(reportId, "reportId");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }
}
