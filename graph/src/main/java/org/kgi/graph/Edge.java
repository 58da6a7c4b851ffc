package org.kgi.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One typed edge of the graph: the merged evidence for one (source, target, relation). A light view of one row of
 * the graph's edge columns (the graph keeps no object per edge; these are made as they are asked for), immutable.
 * Two {@code Edge}s are equal when they are the same row of the same graph, so the JGraphT graph can use them as
 * edge objects directly.
 *
 * <p>The {@link #weight()} counts all supporting evidence items, but only the {@link #MAX_EVIDENCE}
 * earliest-dated ones (in {@link Evidence#ORDER}) are kept as {@link #evidence()}. The dates of all of them are
 * kept (as a sorted array of epoch days), so that a time window can recount the weight exactly.
 */
public final class Edge {
    /** At most this many evidence items are kept per edge (the earliest-dated ones). */
    public static final int MAX_EVIDENCE = 20;

    private final EdgeData data;
    private final int index;

    Edge(EdgeData data, int index) {
        this.data = data;
        this.index = index;
    }

    EdgeData data() {
        return data;
    }

    int index() {
        return index;
    }

    public String source() {
        return data.ids.id(data.src[index]);
    }

    public String target() {
        return data.ids.id(data.dst[index]);
    }

    public Relation relation() {
        return data.relation(index);
    }

    /** The number of supporting evidence items (all of them, not only the kept ones). */
    public long weight() {
        return data.weight(index);
    }

    /** The kept evidence, at most {@link #MAX_EVIDENCE}, earliest-dated first. */
    public List<Evidence> evidence() {
        int from = data.evStart[index];
        int to = data.evStart[index + 1];
        List<Evidence> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(data.evidence(k));
        }
        return List.copyOf(out);
    }

    /** The earliest evidence date, if any evidence is dated. */
    public Optional<LocalDate> firstDate() {
        int from = data.dayStart[index];
        return from == data.dayStart[index + 1] ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(EdgeData.day(data.days[from])));
    }

    /** The latest evidence date, if any evidence is dated. */
    public Optional<LocalDate> lastDate() {
        int to = data.dayStart[index + 1];
        return data.dayStart[index] == to ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(EdgeData.day(data.days[to - 1])));
    }

    /** The other end of this edge from {@code id} (which must be one of its ends). */
    public String opposite(String id) {
        String source = source();
        String target = target();
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
        return data.weightWithin(index, window);
    }

    /**
     * This edge as seen in a window: weight, dates and kept evidence restricted to the evidence dated inside it;
     * empty when none is. Returns this edge itself for the unbounded window.
     */
    public Optional<Edge> restrictTo(DateWindow window) {
        if (window.isUnbounded()) {
            return Optional.of(this);
        }
        long inside = data.weightWithin(index, window);
        if (inside == 0) {
            return Optional.empty();
        }
        if (inside == data.dayStart[index + 1] - data.dayStart[index] && data.undated(index) == 0) {
            return Optional.of(this);
        }
        EdgeData.Writer w = new EdgeData.Writer(data.ids, data.docs, 1);
        data.writeRestricted(index, window, w, data.src[index], data.dst[index]);
        return Optional.of(new Edge(w.finish(), 0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Edge e && e.data == data && e.index == index;
    }

    @Override
    public int hashCode() {
        return IdTable.mix(index) ^ System.identityHashCode(data);
    }

    /** {@code source -relation-> target}. */
    @Override
    public String toString() {
        return source() + " -" + relation().label() + "-> " + target() + " (" + weight() + ")";
    }
}
