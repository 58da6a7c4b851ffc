package org.kgi.graph;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One sentence of one report that supports an edge.
 *
 * @param document the report id
 * @param start first char of the span in the report text (inclusive)
 * @param end end of the span (exclusive), {@code >= start}
 * @param text the sentence as it appears in the report
 * @param date the event's or report's date (the first day of a month or a year it is known to no closer), or null
 *     when unknown
 * @param precision whether {@code date} is a day, a month or a year ({@link DateWindow#DAY}, {@code MONTH},
 *     {@code YEAR})
 */
public record Evidence(String document, int start, int end, String text, LocalDate date, int precision) {
    /** Earliest-dated first, undated last; then by document and span, so that capping is deterministic. */
    public static final Comparator<Evidence> ORDER = Comparator
            .comparing(Evidence::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Evidence::document)
            .thenComparingInt(Evidence::start)
            .thenComparingInt(Evidence::end)
            .thenComparing(Evidence::text);

    public Evidence {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("evidence needs a document id");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
        if (text == null) {
            throw new IllegalArgumentException("evidence text must not be null (use \"\")");
        }
        if (precision < DateWindow.DAY || precision > DateWindow.YEAR) {
            throw new IllegalArgumentException("evidence date precision must be a day, a month or a year");
        }
    }

    /** Evidence dated to a day (or undated). */
    public Evidence(String document, int start, int end, String text, LocalDate date) {
        this(document, start, end, text, date, DateWindow.DAY);
    }

    /** The date written as what it tells ({@code 2024}, {@code 2024-02}, {@code 2024-02-06}), or null. */
    public String writtenDate() {
        return date == null ? null : DateWindow.written(date, precision);
    }

    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }
}
