package org.kgi.indexer.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of the report dates found in metadata and datelines. */
public final class Dates {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{1,2}),? (\\d{4})\\b");

    private Dates() {
    }

    /** A date written as ISO ({@code 2024-06-01}, with or without a time), or in words. */
    public static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.lookingAt()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        return find(t);
    }

    /** The first date written in words or ISO form anywhere in {@code text}. */
    public static Optional<LocalDate> find(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            return of(dmy.group(3), monthNumber(dmy.group(2)), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) {
            return of(mdy.group(3), monthNumber(mdy.group(1)), mdy.group(2));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    /** A date found in a text, and where its words start. */
    public record Found(LocalDate date, int start) {
    }

    /** A day and month written before a year, up to the year: {@code 14 March }, {@code March 14, }. */
    private static final Pattern BEFORE_YEAR = Pattern.compile("(?:\\b(\\d{1,2}) " + MONTHS + ",? |\\b" + MONTHS
            + " (\\d{1,2}),? )$");
    /** Characters before a year that a day and a month take at most ({@code 30 September. }). */
    private static final int BEFORE_YEAR_CHARS = 16;

    /**
     * Every date written in words ({@code 14 March 2023}, {@code March 14, 2023}) or ISO form in {@code text}, in
     * the order of the text: found from its years (four digits from 1900), each read with what comes before or after
     * it, so that a long text is scanned once for digits rather than three times by patterns (a full scan of each
     * report's text cost bare Lucene's indexing of the benchmark corpus a third more time).
     */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = text.charAt(i);
            if (c != '1' && c != '2' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    || !isDigits(text, i, 4) || i + 4 < n && Character.isLetterOrDigit(text.charAt(i + 4))
                    && text.charAt(i + 4) != '-') {
                continue;
            }
            int year = Integer.parseInt(text, i, i + 4, 10);
            if (year < 1900 || year > 2099) {
                continue;
            }
            if (i + 10 <= n && text.charAt(i + 4) == '-' && isDigits(text, i + 5, 2) && text.charAt(i + 7) == '-'
                    && isDigits(text, i + 8, 2)) {
                int at = i;
                of(text.substring(i, i + 4), text.substring(i + 5, i + 7), text.substring(i + 8, i + 10))
                        .ifPresent(d -> out.add(new Found(d, at)));
            } else if (i + 4 == n || text.charAt(i + 4) != '-') {
                int from = Math.max(0, i - BEFORE_YEAR_CHARS - 8);
                Matcher m = BEFORE_YEAR.matcher(text).region(from, i).useTransparentBounds(true);
                if (m.find()) {
                    String day = m.group(1) != null ? m.group(1) : m.group(4);
                    String month = m.group(2) != null ? m.group(2) : m.group(3);
                    int at = m.start();
                    of(String.valueOf(year), monthNumber(month), day).ifPresent(d -> out.add(new Found(d, at)));
                }
            }
            i += 3;
        }
        return out;
    }

    private static boolean isDigits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number of a month written in full or by its first three or four letters ({@code Aug}, {@code Sept}). */
    private static String monthNumber(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return String.valueOf(m.getValue());
            }
        }
        throw new IllegalArgumentException("no month " + name);
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
