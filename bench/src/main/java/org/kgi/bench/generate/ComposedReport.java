package org.kgi.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one generated report; its text is in the composing thread's buffer.
 *
 * @param title  headline
 * @param date   publication date (the dateline's)
 * @param source publisher
 * @param events the events its text states, lead event first
 * @param words  words in its text
 */
record ComposedReport(String title, LocalDate date, String source, List<EventFact> events, int words) {
    ComposedReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        events = List.copyOf(events);
    }
}
