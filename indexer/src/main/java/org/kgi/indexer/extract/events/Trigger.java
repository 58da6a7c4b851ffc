package org.kgi.indexer.extract.events;

import java.util.Objects;

/** What a trigger word says happened: ACLED type and sub-type, and its priority when a sentence has several. */
public record Trigger(String type, String subType, int priority) {
    public Trigger {
        Objects.requireNonNull(type, "type");
    }
}
