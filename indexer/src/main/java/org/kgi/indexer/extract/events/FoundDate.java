package org.kgi.indexer.extract.events;

import java.util.Objects;
import org.kgi.indexer.extract.EventDate;

/**
 * A date found in a sentence; whether the text gave it outright (not relative to the report date); whether it only
 * names the event's noun ({@code the June 2014 attacks}), a date later sentences do not inherit; and whether it is only
 * when something was said ({@code officials said on Thursday}), the sentence naming no other.
 */
public record FoundDate(EventDate date, boolean absolute, boolean namesTheEvent, boolean whenSaid) {
    public FoundDate {
        Objects.requireNonNull(date, "date");
    }

    public FoundDate(EventDate date, boolean absolute) {
        this(date, absolute, false, false);
    }

    FoundDate namingTheEvent() {
        return new FoundDate(date, absolute, true, whenSaid);
    }

    FoundDate asSaid() {
        return new FoundDate(date, absolute, namesTheEvent, true);
    }
}
