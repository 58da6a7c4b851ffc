package org.kgi.indexer.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A date given as {@code 2024}, {@code 2024-06} or {@code 2024-06-14}: the first or last day it covers. */
public final class DateBound {
    private DateBound() {
    }

    public static LocalDate first(String s) {
        return parse(s, true);
    }

    public static LocalDate last(String s) {
        return parse(s, false);
    }

    private static LocalDate parse(String s, boolean first) {
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return first ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            if (t.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                throw new IllegalArgumentException("date '" + s + "' has the form YYYY-MM(-DD) but is no date of the "
                        + "calendar (no such month or day)");
            }
            throw new IllegalArgumentException("date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
