package org.kgi.bench.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event a report states, as the manifest records it.
 *
 * @param type    ACLED event type ({@code Battles}, {@code Protests}...)
 * @param subType ACLED sub-event type
 * @param date    the day it happened
 * @param place   entity index of where it happened
 */
public record EventFact(String type, String subType, LocalDate date, int place) {
    public EventFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subType, "subType");
        Objects.requireNonNull(date, "date");
        if (place < 0) {
            throw new IllegalArgumentException("place index must be >= 0");
        }
    }
}
