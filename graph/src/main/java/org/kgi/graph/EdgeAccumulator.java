package org.kgi.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evidence gathered for one edge while building: all dates, the undated count, the capped evidence. */
final class EdgeAccumulator {
    private int[] days = new int[2];
    private int dated;
    private int undated;
    private final List<Evidence> kept = new ArrayList<>(2);

    void add(Evidence evidence) {
        LocalDate date = evidence.date();
        if (date == null) {
            undated++;
        } else {
            if (dated == days.length) {
                days = Arrays.copyOf(days, days.length * 2);
            }
            days[dated++] = Math.toIntExact(date.toEpochDay());
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
        int[] sorted = Arrays.copyOf(days, dated);
        Arrays.sort(sorted);
        List<Evidence> evidence = new ArrayList<>(kept);
        evidence.sort(Evidence.ORDER);
        return new Edge(source, target, relation, sorted, undated, List.copyOf(evidence));
    }
}
