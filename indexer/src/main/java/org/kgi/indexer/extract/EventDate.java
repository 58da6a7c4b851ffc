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
        String shape = switch (precision) { // checked by hand: millions of dates are read back from the index
            case DAY -> "dddd-dd-dd";
            case MONTH -> "dddd-dd";
            case YEAR -> "dddd";
        };
        if (!hasShape(value, shape)) {
            throw new IllegalArgumentException("date '" + value + "' does not have " + precision + " precision");
        }
    }

    /** Whether {@code value} is {@code shape} with each 'd' an ASCII digit. */
    private static boolean hasShape(String value, String shape) {
        if (value.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = value.charAt(i);
            if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
