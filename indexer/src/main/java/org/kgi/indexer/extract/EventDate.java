package org.kgi.indexer.extract;

import java.util.Objects;

/**
 * When an event happened, as precisely as the text says: {@code 2024-06-14} (day), {@code 2024-06}
 * (month) or {@code 2024} (year).
 */
public record EventDate(String value, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        String pattern = switch (precision) {
            case DAY -> "\\d{4}-\\d{2}-\\d{2}";
            case MONTH -> "\\d{4}-\\d{2}";
            case YEAR -> "\\d{4}";
        };
        if (!value.matches(pattern)) {
            throw new IllegalArgumentException("date '" + value + "' does not have " + precision + " precision");
        }
    }
}
