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
    /** What a date tells: a day ({@code 2024-02-06}), a month ({@code 2024-02}) or a year ({@code 2024}). */
    public static final int DAY = 0;
    public static final int MONTH = 1;
    public static final int YEAR = 2;

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

    /** Whether a written date ({@code 2024}, {@code 2024-02}, {@code 2024-02-06}) is a year, a month or a day. */
    public static int precisionOf(String date) {
        String v = date.strip();
        return v.length() == 4 ? YEAR : v.length() == 7 ? MONTH : DAY;
    }

    /** A date that starts on {@code first} written as what it tells: {@code 2024}, {@code 2024-02} or a day. */
    public static String written(LocalDate first, int precision) {
        String day = first.toString();
        return precision == YEAR ? day.substring(0, day.length() - 6)
                : precision == MONTH ? day.substring(0, day.length() - 3) : day;
    }

    /** The last day of a date that starts on {@code first}: that day, or the last of its month or year. */
    public static LocalDate lastDay(LocalDate first, int precision) {
        return precision == YEAR ? first.withDayOfYear(first.lengthOfYear())
                : precision == MONTH ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    }

    /**
     * Whether all of a date that starts on {@code first} lies in the window: a month or a year known to no closer
     * date is in a window that holds all of it, not in the window of its first day alone.
     */
    public boolean holds(LocalDate first, int precision) {
        return contains(first) && contains(lastDay(first, precision));
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
