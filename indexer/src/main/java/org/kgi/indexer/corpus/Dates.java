package org.kgi.indexer.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Every date written in words ({@code 14 March 2023}, {@code March 14, 2023}) or ISO form in {@code text}. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            of(dmy.group(3), monthNumber(dmy.group(2)), dmy.group(1)).ifPresent(d -> out.add(new Found(d, dmy.start())));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            of(mdy.group(3), monthNumber(mdy.group(1)), mdy.group(2)).ifPresent(d -> out.add(new Found(d, mdy.start())));
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            of(iso.group(1), iso.group(2), iso.group(3)).ifPresent(d -> out.add(new Found(d, iso.start())));
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
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
