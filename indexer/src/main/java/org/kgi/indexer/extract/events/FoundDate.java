package org.kgi.indexer.extract.events;

import java.util.Objects;
import org.kgi.indexer.extract.EventDate;

/**
 * A date found in a sentence; whether the text gave it outright (not relative to the report date); and whether it only
 * names the event's noun ({@code the June 2014 attacks}), a date later sentences do not inherit.
 */
public record FoundDate(EventDate date, boolean absolute, boolean namesTheEvent) {
    public FoundDate {
        Objects.requireNonNull(date, "date");
    }

    public FoundDate(EventDate date, boolean absolute) {
        this(date, absolute, false);
    }

    FoundDate namingTheEvent() {
        return new FoundDate(date, absolute, true);
    }
}
