package org.kgi.indexer.extract.lexicon;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** Month and weekday names (English, with common abbreviations), which are never entity names. */
public final class Calendar {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] months = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
            {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] days = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
            {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
    }

    private Calendar() {
    }

    /** The month number 1-12 of a month name, or 0. */
    public static int month(String lower) {
        Integer m = MONTHS.get(lower);
        return m == null ? 0 : m;
    }

    /** The weekday of a full weekday name (abbreviations only when {@code abbreviated}), or null. */
    public static DayOfWeek weekday(String lower, boolean abbreviated) {
        if (!abbreviated && lower.length() < 6) {
            return null;
        }
        return WEEKDAYS.get(lower);
    }

    /** Whether a capitalised word is a month or a full weekday name. */
    public static boolean isCalendarWord(String lower) {
        return lower.length() > 3 && MONTHS.containsKey(lower) || lower.length() >= 6 && WEEKDAYS.containsKey(lower);
    }
}
