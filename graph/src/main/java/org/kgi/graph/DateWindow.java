package org.kgi.graph;

import java.time.LocalDate;

/**
 * A closed interval of days {@code [from, to]}; either bound may be null (open). With at least one bound, an
 * undated item is outside the window; the unbounded window {@link #ALL} contains everything, undated included.
 *
 * @param from first day included, or null
 * @param to last day included, or null
 */
public record DateWindow(LocalDate from, LocalDate to) {
    /** No bounds: every item, dated or not. */
    public static final DateWindow ALL = new DateWindow(null, null);

    public DateWindow {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date window 'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    /** The window, or {@link #ALL} when both bounds are null. */
    public static DateWindow of(LocalDate from, LocalDate to) {
        return from == null && to == null ? ALL : new DateWindow(from, to);
    }

    /** True when neither bound is set. */
    public boolean isUnbounded() {
        return from == null && to == null;
    }

    /** Whether a date (null = undated) lies in the window. */
    public boolean contains(LocalDate date) {
        if (isUnbounded()) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The first epoch day inside the window ({@link Integer#MIN_VALUE} when open). */
    int fromDay() {
        return from == null ? Integer.MIN_VALUE : Math.toIntExact(from.toEpochDay());
    }

    /** The last epoch day inside the window ({@link Integer#MAX_VALUE} when open). */
    int toDay() {
        return to == null ? Integer.MAX_VALUE : Math.toIntExact(to.toEpochDay());
    }
}
