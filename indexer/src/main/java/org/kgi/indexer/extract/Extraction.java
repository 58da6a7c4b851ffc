package org.kgi.indexer.extract;

import java.util.List;

/** Everything extracted from one report. */
public record Extraction(List<Entity> entities, List<Event> events, List<Relation> relations) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
