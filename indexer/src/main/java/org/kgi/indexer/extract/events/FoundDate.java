package org.kgi.indexer.extract.events;

import java.util.Objects;
import org.kgi.indexer.extract.EventDate;

/** A date found in a sentence, and whether the text gave it outright (not relative to the report date). */
public record FoundDate(EventDate date, boolean absolute) {
    public FoundDate {
        Objects.requireNonNull(date, "date");
    }
}
