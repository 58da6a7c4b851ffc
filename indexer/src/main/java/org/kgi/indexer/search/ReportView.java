package org.kgi.indexer.search;

import java.util.List;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;

/** A whole report as the document endpoint shows it: text, entities with their mentions, events. */
public record ReportView(String id, String title, String date, String source, String path, String format, String text,
                         List<Entity> entities, List<Event> events) {
    public ReportView {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
