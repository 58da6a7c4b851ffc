package org.kgi.graph;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The edges of one graph as columns of primitive arrays: ends (vertex ordinals), relation, the sorted epoch days of
 * all dated evidence, the undated count, and the kept evidence (report ordinal, span, day). {@link Edge} objects are
 * views of one row. Immutable once written.
 */
final class EdgeData {
    /** The day of undated evidence. */
    static final int UNDATED = Integer.MIN_VALUE;
    private static final Relation[] RELATIONS = Relation.values();
    private static final int[] NONE = new int[0];

    final EventColumns ids; // the ids of the vertices
    final String[] docs;
    final int count;
    final int[] src;
    final int[] dst;
    final byte[] rel;
    final int[] dayStart;
    final int[] days;
    final int[] undated; // null when no edge has undated evidence
    final int[] evStart;
    final EvidenceColumns ev; // the kept evidence of edge e is ev[evStart[e]..evStart[e + 1])

    private EdgeData(Writer w) {
        ids = w.ids;
        docs = w.docs;
        count = w.count;
        src = trimmed(w.src, count);
        dst = trimmed(w.dst, count);
        rel = w.rel.length == count ? w.rel : Arrays.copyOf(w.rel, count);
        dayStart = trimmed(w.dayStart, count + 1);
        days = trimmed(w.days, w.dayCount);
        undated = w.anyUndated ? trimmed(w.undated, count) : null;
        evStart = trimmed(w.evStart, count + 1);
        ev = w.ev.trimmed();
    }

    /** The first {@code n} of {@code a}: {@code a} itself when that is all of it (no copy of a big column). */
    static int[] trimmed(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    Relation relation(int e) {
        return RELATIONS[rel[e]];
    }

    int undated(int e) {
        return undated == null ? 0 : undated[e];
    }

    long weight(int e) {
        return (long) dayStart[e + 1] - dayStart[e] + undated(e);
    }

    /** The number of evidence items of edge {@code e} dated within [fromDay, toDay]. */
    long weightWithin(int e, DateWindow window) {
        if (window.isUnbounded()) {
            return weight(e);
        }
        return weightWithin(e, window.fromDay(), window.toDay());
    }

    /** The number of evidence items of edge {@code e} dated within [fromDay, toDay]. */
    long weightWithin(int e, int fromDay, int toDay) {
        int lo = lowerBound(e, fromDay);
        int hi = upperBound(e, toDay);
        return hi <= lo ? 0 : hi - lo - endingAfter(lo, hi, toDay);
    }

    /**
     * Evidence days are kept as {@code day * 4 + precision} ({@link #stored}): the day an evidence's date starts on,
     * and whether that date is a day (0), a month (1) or a year (2). A window holds an evidence whose whole date lies
     * inside it ("February 2024" is in {@code 2024-02}, not in {@code 2024-02-01}), as the events list does.
     */
    static int stored(int epochDay, int precision) {
        return epochDay == UNDATED ? UNDATED : epochDay * 4 + precision;
    }

    /** The first day of a stored evidence day ({@link #stored}). */
    static int day(int stored) {
        return stored >> 2;
    }

    /** The last day of a stored evidence day: its day, or the last of its month or year. */
    static int lastDay(int stored) {
        int precision = stored & 3;
        return precision == DateWindow.DAY ? day(stored)
                : Math.toIntExact(DateWindow.lastDay(LocalDate.ofEpochDay(day(stored)), precision).toEpochDay());
    }

    /**
     * Of the days at indexes {@code lo} to {@code hi - 1} (those starting in the window), how many are of a month or
     * a year that ends after {@code toDay}: only days up to a year before it can, so few are looked at.
     */
    private int endingAfter(int lo, int hi, int toDay) {
        if (toDay == Integer.MAX_VALUE) {
            return 0;
        }
        int n = 0;
        for (int i = hi - 1; i >= lo && day(days[i]) > toDay - 366; i--) {
            if (lastDay(days[i]) > toDay) {
                n++;
            }
        }
        return n;
    }

    /** Whether stored evidence day {@code stored} lies wholly in [fromDay, toDay]. */
    static boolean within(int stored, int fromDay, int toDay) {
        return stored != UNDATED && day(stored) >= fromDay && (toDay == Integer.MAX_VALUE || lastDay(stored) <= toDay);
    }

    /** The weight of edge {@code e} under a filter: 0 when excluded. */
    long weight(int e, EdgeFilter filter) {
        if (!filter.relations().isEmpty() && !filter.relations().contains(relation(e))) {
            return 0;
        }
        return weightWithin(e, filter.window());
    }

    Evidence evidence(int k) {
        int day = ev.day[k]; // its low bits are the precision, a day's (0) when undated too
        return new Evidence(docs[ev.doc[k]], ev.from[k], ev.to[k], ev.text(k),
                day == UNDATED ? null : LocalDate.ofEpochDay(day(day)), day & 3);
    }

    int lowerBound(int e, int fromDay) { // first index with a day >= fromDay
        int day = fromDay == Integer.MIN_VALUE ? Integer.MIN_VALUE : fromDay * 4;
        int lo = dayStart[e];
        int hi = dayStart[e + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int upperBound(int e, int toDay) { // first index with a day > toDay
        int day = toDay == Integer.MAX_VALUE ? Integer.MAX_VALUE : toDay * 4 + 3;
        int lo = dayStart[e];
        int hi = dayStart[e + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Edge {@code e} of this data restricted to the evidence within the window, written to {@code w} with new ends;
     * false (nothing written) when no evidence is inside. The window must be bounded.
     */
    boolean writeRestricted(int e, DateWindow window, Writer w, int newSrc, int newDst) {
        int lo = lowerBound(e, window.fromDay());
        int hi = upperBound(e, window.toDay());
        if (hi <= lo) {
            return false;
        }
        int from = window.fromDay();
        int to = window.toDay();
        int written = 0;
        for (int i = lo; i < hi; i++) {
            if (within(days[i], from, to)) {
                w.day(days[i]);
                written++;
            }
        }
        if (written == 0) {
            return false;
        }
        for (int k = evStart[e]; k < evStart[e + 1]; k++) {
            if (within(ev.day[k], from, to)) {
                ev.copyTo(k, w.ev);
            }
        }
        w.edge(newSrc, newDst, rel[e], 0);
        return true;
    }

    /**
     * Appends edges row by row: for each edge its days (sorted) with {@link #day}, its kept evidence with
     * {@link #evidence}, then {@link #edge} closes the row.
     */
    static final class Writer {
        private final EventColumns ids;
        private final String[] docs;
        private int count;
        private int[] src;
        private int[] dst;
        private byte[] rel;
        private int[] dayStart;
        private int[] days = NONE;
        private int dayCount;
        private int[] undated;
        private boolean anyUndated;
        private int[] evStart;
        private final EvidenceColumns ev;

        Writer(EventColumns ids, String[] docs, int expectedEdges) {
            this(ids, docs, expectedEdges, expectedEdges, 16);
        }

        /** A writer sized for these counts (exact counts spare {@link #finish} a copy of each column). */
        Writer(EventColumns ids, String[] docs, int expectedEdges, int expectedEvidence, int expectedDays) {
            this.ids = ids;
            this.docs = docs;
            days = new int[Math.max(16, expectedDays)];
            int n = Math.max(4, expectedEdges);
            src = new int[n];
            dst = new int[n];
            rel = new byte[n];
            undated = new int[n];
            dayStart = new int[n + 1];
            evStart = new int[n + 1];
            ev = new EvidenceColumns(Math.max(4, expectedEvidence));
        }

        void day(int day) {
            if (dayCount == days.length) {
                days = Arrays.copyOf(days, grow(days.length));
            }
            days[dayCount++] = day;
        }

        /** Appends one piece of kept evidence to the edge being written. */
        EvidenceColumns evidence() {
            return ev;
        }

        /** Closes the row of one edge; returns its ordinal. */
        int edge(int source, int target, byte relation, int undatedCount) {
            if (count == src.length) {
                int n = grow(src.length);
                src = Arrays.copyOf(src, n);
                dst = Arrays.copyOf(dst, n);
                rel = Arrays.copyOf(rel, n);
                undated = Arrays.copyOf(undated, n);
                dayStart = Arrays.copyOf(dayStart, n + 1);
                evStart = Arrays.copyOf(evStart, n + 1);
            }
            src[count] = source;
            dst[count] = target;
            rel[count] = relation;
            undated[count] = undatedCount;
            anyUndated |= undatedCount != 0;
            count++;
            dayStart[count] = dayCount;
            evStart[count] = ev.size;
            return count - 1;
        }

        EdgeData finish() {
            return new EdgeData(this);
        }

        private static int grow(int n) {
            return Math.max(16, n + (n >> 1));
        }
    }
}
