package org.kgi.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One typed edge of the graph: the merged evidence for one (source, target, relation). Immutable; equality is
 * identity (each edge exists once in a graph), so the JGraphT graph can use it as an edge object directly.
 *
 * <p>The {@link #weight()} counts all supporting evidence items, but only the {@link #MAX_EVIDENCE}
 * earliest-dated ones (in {@link Evidence#ORDER}) are kept as {@link #evidence()}. The dates of all of them are
 * kept (as a sorted array of epoch days), so that a time window can recount the weight exactly.
 */
public final class Edge {
    /** At most this many evidence items are kept per edge (the earliest-dated ones). */
    public static final int MAX_EVIDENCE = 20;

    private final String source;
    private final String target;
    private final Relation relation;
    private final int[] days;
    private final int undated;
    private final List<Evidence> evidence;

    Edge(String source, String target, Relation relation, int[] sortedDays, int undated, List<Evidence> evidence) {
        this.source = source;
        this.target = target;
        this.relation = relation;
        this.days = sortedDays;
        this.undated = undated;
        this.evidence = evidence;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public Relation relation() {
        return relation;
    }

    /** The number of supporting evidence items (all of them, not only the kept ones). */
    public long weight() {
        return (long) days.length + undated;
    }

    /** The kept evidence, at most {@link #MAX_EVIDENCE}, earliest-dated first. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The earliest evidence date, if any evidence is dated. */
    public Optional<LocalDate> firstDate() {
        return days.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(days[0]));
    }

    /** The latest evidence date, if any evidence is dated. */
    public Optional<LocalDate> lastDate() {
        return days.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(days[days.length - 1]));
    }

    /** The other end of this edge from {@code id} (which must be one of its ends). */
    public String opposite(String id) {
        if (id.equals(source)) {
            return target;
        }
        if (id.equals(target)) {
            return source;
        }
        throw new IllegalArgumentException(id + " is not an end of " + this);
    }

    /** The number of evidence items dated within the window (all of them for {@link DateWindow#ALL}). */
    public long weightWithin(DateWindow window) {
        if (window.isUnbounded()) {
            return weight();
        }
        return upperBound(window.toDay()) - lowerBound(window.fromDay());
    }

    /**
     * This edge as seen in a window: weight, dates and kept evidence restricted to the evidence dated inside it;
     * empty when none is. Returns this edge itself for the unbounded window.
     */
    public Optional<Edge> restrictTo(DateWindow window) {
        if (window.isUnbounded()) {
            return Optional.of(this);
        }
        int lo = lowerBound(window.fromDay());
        int hi = upperBound(window.toDay());
        if (hi <= lo) {
            return Optional.empty();
        }
        if (lo == 0 && hi == days.length && undated == 0) {
            return Optional.of(this);
        }
        List<Evidence> kept = new ArrayList<>(Math.min(evidence.size(), hi - lo));
        for (Evidence e : evidence) {
            if (window.contains(e.date())) {
                kept.add(e);
            }
        }
        return Optional.of(new Edge(source, target, relation, Arrays.copyOfRange(days, lo, hi), 0, List.copyOf(kept)));
    }

    /** {@code source -relation-> target}. */
    @Override
    public String toString() {
        return source + " -" + relation.label() + "-> " + target + " (" + weight() + ")";
    }

    private int lowerBound(int day) { // first index with days[i] >= day
        int lo = 0;
        int hi = days.length;
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

    private int upperBound(int day) { // first index with days[i] > day
        int lo = 0;
        int hi = days.length;
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
}
