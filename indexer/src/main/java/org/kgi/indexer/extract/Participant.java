package org.kgi.indexer.extract;

import java.util.Objects;

/**
 * An actor taking part in an event, by entity id, with its role: {@code actor} (did it),
 * {@code target} (against whom, or the victims), {@code ally} (alongside whom).
 */
public record Participant(String id, String role) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
