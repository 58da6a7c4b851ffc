package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Evidence dated only to a month or a year ("in February", "this year") is in a time window that holds all of that
 * month or year, and in no window that holds only part of it: not in the window of its first day, which is the day it
 * is kept by. Its edge's dates are still that first day.
 */
class PartialDatesTest {
    private static int day(String date) {
        return Math.toIntExact(LocalDate.parse(date).toEpochDay());
    }

    private static DateWindow window(String from, String to) {
        return DateWindow.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMonthOrAYearIsInAWindowThatHoldsAllOfIt() {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        int a = b.add(Node.of("actor:a", Kind.ACTOR, "armed_group", "A"));
        int c = b.add(Node.of("actor:c", Kind.ACTOR, "security_force", "C"));
        int report = b.documentNumber("r1");
        // "In February 2024 ...", "on 6 February 2024 ...", "this year (2024) ...", "on 1 February 2024 ..."
        b.addLink(a, c, Relation.OPPOSED, report, 0, 10, day("2024-02-01"), DateWindow.MONTH);
        b.addLink(a, c, Relation.OPPOSED, report, 20, 30, day("2024-02-06"));
        b.addLink(a, c, Relation.OPPOSED, report, 40, 50, day("2024-01-01"), DateWindow.YEAR);
        b.addLink(a, c, Relation.LEADS, report, 60, 70, day("2024-02-01"), DateWindow.MONTH);
        KnowledgeGraph g = b.build();
        Edge opposed = g.edgesOf("actor:a").stream().filter(e -> e.relation() == Relation.OPPOSED).findFirst()
                .orElseThrow();
        assertEquals(3, opposed.weight());
        assertEquals(Optional.of(LocalDate.parse("2024-01-01")), opposed.firstDate());
        assertEquals(Optional.of(LocalDate.parse("2024-02-06")), opposed.lastDate());

        assertEquals(0, opposed.weightWithin(window("2024-02-01", "2024-02-01")), "part of February only");
        assertEquals(1, opposed.weightWithin(window("2024-02-01", "2024-02-10")), "the 6th, not February");
        assertEquals(2, opposed.weightWithin(window("2024-02-01", "2024-02-29")), "February and the 6th");
        assertEquals(2, opposed.weightWithin(window("2024-01-15", "2024-03-31")));
        assertEquals(3, opposed.weightWithin(window("2024-01-01", "2024-12-31")), "and the year");
        assertEquals(3, opposed.weightWithin(DateWindow.of(LocalDate.parse("2023-06-01"), null)), "open end");
        assertEquals(0, opposed.weightWithin(window("2024-01-01", "2024-01-31")), "the year starts in it, no more");

        Edge inFebruary = opposed.restrictTo(window("2024-02-01", "2024-02-29")).orElseThrow();
        assertEquals(2, inFebruary.weight());
        assertEquals(2, inFebruary.evidence().size());
        assertEquals(1, opposed.restrictTo(window("2024-02-01", "2024-02-10")).orElseThrow().evidence().size());
        assertTrue(opposed.restrictTo(window("2024-02-01", "2024-02-01")).isEmpty());

        // the graph of a window keeps an edge only for what lies wholly in it
        KnowledgeGraph firstOfFebruary = g.window(window("2024-02-01", "2024-02-01"));
        assertEquals(0, firstOfFebruary.edgeCount());
        KnowledgeGraph february = g.window(window("2024-02-01", "2024-02-29"));
        assertEquals(2, february.edgeCount(), "opposed and leads");
        assertFalse(g.window(window("2024-02-02", "2024-02-29")).edgesOf("actor:a").stream()
                .anyMatch(e -> e.relation() == Relation.LEADS), "February does not lie inside from the 2nd on");
    }
}
