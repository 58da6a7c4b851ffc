package org.kgi.graph.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kgi.graph.DateWindow;
import org.kgi.graph.Edge;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;

/**
 * The timeline of an actor (events it {@code took_part_in}) or a place (events that {@code happened_at} it): event
 * nodes sorted by their {@code date} attribute (ISO {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; undated
 * events last), ties by id. A bounded window keeps only events dated inside it, all of their date ({@link #within}).
 * Stateless and thread-safe.
 */
public final class Timeline {
    /** The event attribute holding its date. */
    public static final String DATE_ATTRIBUTE = "date";
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(t -> t.event().id());

    private final KnowledgeGraph graph;

    public Timeline(KnowledgeGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("Timeline needs a graph");
        }
        this.graph = graph;
    }

    /**
     * The first {@code limit} (1 to {@link GraphLimits#MAX_LIMIT}) events of an actor or place within the window.
     *
     * @throws IllegalArgumentException if the node is an event
     * @throws org.kgi.graph.UnknownNodeException if there is no such node
     */
    public List<TimelineEntry> of(String id, DateWindow window, int limit) {
        GraphLimits.checkLimit(limit);
        List<TimelineEntry> entries = all(id, window);
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }

    /**
     * All the events of an actor or place within the window, in timeline order (as many as the graph holds: a
     * caller that answers a request pages through them).
     *
     * @throws IllegalArgumentException if the node is an event
     * @throws org.kgi.graph.UnknownNodeException if there is no such node
     */
    public List<TimelineEntry> all(String id, DateWindow window) {
        Node node = graph.requireNode(id);
        Relation relation = switch (node.kind()) {
            case ACTOR -> Relation.TOOK_PART_IN;
            case PLACE -> Relation.HAPPENED_AT;
            case EVENT -> throw new IllegalArgumentException("timelines are for actors and places, " + id + " is an event");
        };
        List<TimelineEntry> entries = new ArrayList<>();
        for (Edge e : graph.edgesOf(id)) {
            if (e.relation() != relation && e.relation() != Relation.SUSPECTED_IN) {
                continue; // an actor's events: those it took part in, and those it is suspected in
            }
            Node event = graph.requireNode(e.opposite(id));
            if (event.kind() != Kind.EVENT) {
                continue;
            }
            if (within(event, window)) {
                entries.add(new TimelineEntry(event, dateOf(event).orElse(null), e));
            }
        }
        entries.sort(ORDER);
        return entries;
    }

    /**
     * Whether an event is dated within the window: all of its date, so that an event of 2024 known to no closer date is
     * in 2024 but not in January 2024, nor on 1 January 2024 (the day that stands for it in {@link #dateOf}). Every
     * event is within the unbounded window, an undated one within no other.
     */
    public static boolean within(Node event, DateWindow window) {
        if (window.isUnbounded()) {
            return true;
        }
        Optional<LocalDate> first = dateOf(event);
        if (first.isEmpty()) {
            return false;
        }
        return window.holds(first.get(), DateWindow.precisionOf(event.attributes().get(DATE_ATTRIBUTE)));
    }

    /** An event's date from its {@code date} attribute; a month or a year stands for its first day. */
    public static Optional<LocalDate> dateOf(Node event) {
        String value = event.attributes().get(DATE_ATTRIBUTE);
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
