package org.kgi.indexer.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When an event happened, as precisely as the text says: {@code 2024-06-14} (day), {@code 2024-06}
 * (month) or {@code 2024} (year).
 */
public record EventDate(String value, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    /** The value shapes, compiled once (dates are made for every dated sentence). */
    private static final class Patterns {
        static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
        static final Pattern YEAR = Pattern.compile("\\d{4}");
    }

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Pattern pattern = switch (precision) {
            case DAY -> Patterns.DAY;
            case MONTH -> Patterns.MONTH;
            case YEAR -> Patterns.YEAR;
        };
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("date '" + value + "' does not have " + precision + " precision");
        }
    }
}
