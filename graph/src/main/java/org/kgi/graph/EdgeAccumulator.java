package org.kgi.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The evidence gathered for one edge while building: all dates, the undated count, and the capped evidence. Most
 * edges have one piece of evidence, so that case allocates nothing beyond this object and a one-slot array.
 */
final class EdgeAccumulator {
    private static final int[] NO_DAYS = new int[0];

    private int[] days = NO_DAYS;
    private int dated;
    private int undated;
    private Evidence first;
    private List<Evidence> kept; // null while there is at most one piece of evidence

    void add(Evidence evidence) {
        LocalDate date = evidence.date();
        if (date == null) {
            undated++;
        } else {
            if (dated == days.length) {
                days = Arrays.copyOf(days, Math.max(1, days.length * 2));
            }
            days[dated++] = Math.toIntExact(date.toEpochDay());
        }
        if (first == null) {
            first = evidence;
            return;
        }
        if (kept == null) {
            kept = new ArrayList<>(4);
            kept.add(first);
        }
        if (kept.size() < Edge.MAX_EVIDENCE) {
            kept.add(evidence);
            return;
        }
        int last = 0; // the latest kept item, which the new one replaces if it comes earlier
        for (int i = 1; i < kept.size(); i++) {
            if (Evidence.ORDER.compare(kept.get(i), kept.get(last)) > 0) {
                last = i;
            }
        }
        if (Evidence.ORDER.compare(evidence, kept.get(last)) < 0) {
            kept.set(last, evidence);
        }
    }

    long count() {
        return (long) dated + undated;
    }

    Edge toEdge(String source, String target, Relation relation) {
        int[] sorted = dated == days.length ? days : Arrays.copyOf(days, dated);
        Arrays.sort(sorted);
        List<Evidence> evidence;
        if (kept == null) {
            evidence = List.of(first);
        } else {
            kept.sort(Evidence.ORDER);
            evidence = List.copyOf(kept);
        }
        return new Edge(source, target, relation, sorted, undated, evidence);
    }
}
