package org.kgi.graph.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kgi.graph.Fixtures.actor;
import static org.kgi.graph.Fixtures.ev;
import static org.kgi.graph.Fixtures.event;
import static org.kgi.graph.Fixtures.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;

class TimelineTest {
    static final KnowledgeGraph G = KnowledgeGraph.builder()
            .addNode(actor("a")).addNode(actor("b")).addNode(place("p"))
            .addNode(event("e1", "2024-03-05")).addNode(event("e2", "2024-01-10")).addNode(event("e4", "2024-02"))
            .addNode(new Node("event:e3", Kind.EVENT, "Riots", "undated riot", List.of(), Map.of()))
            .addNode(event("e5", "2024-02-31")) // not a real day: undated
            .addLink("actor:a", "event:e1", Relation.TOOK_PART_IN, ev("r1", null))
            .addLink("actor:a", "event:e2", Relation.TOOK_PART_IN, ev("r2", null))
            .addLink("actor:a", "event:e3", Relation.TOOK_PART_IN, ev("r3", null))
            .addLink("actor:a", "event:e4", Relation.TOOK_PART_IN, ev("r4", null))
            .addLink("actor:a", "event:e5", Relation.TOOK_PART_IN, ev("r5", null))
            .addLink("actor:a", "actor:b", Relation.OPPOSED, ev("r1", null))
            .addLink("event:e1", "place:p", Relation.HAPPENED_AT, ev("r1", null))
            .addLink("event:e2", "place:p", Relation.HAPPENED_AT, ev("r2", null))
            .build();

    private static List<String> ids(List<TimelineEntry> entries) {
        return entries.stream().map(t -> t.event().id()).toList();
    }

    @Test
    void actorTimelineInDateOrderUndatedLast() {
        List<TimelineEntry> t = new Timeline(G).of("actor:a", DateWindow.ALL, 10);
        assertEquals(List.of("event:e2", "event:e4", "event:e1", "event:e3", "event:e5"), ids(t));
        assertEquals(LocalDate.parse("2024-02-01"), t.get(1).date(), "a month stands for its first day");
        assertEquals(List.of("event:e2", "event:e4"), ids(new Timeline(G).of("actor:a", DateWindow.ALL, 2)));
    }

    @Test
    void windowAndPlaces() {
        Timeline timeline = new Timeline(G);
        assertEquals(List.of("event:e4", "event:e1"),
                ids(timeline.of("actor:a", new DateWindow(LocalDate.parse("2024-02-01"), null), 10)));
        assertEquals(List.of("event:e2", "event:e1"), ids(timeline.of("place:p", DateWindow.ALL, 10)));
        assertEquals(List.of(), ids(timeline.of("actor:b", DateWindow.ALL, 10)));
        assertThrows(IllegalArgumentException.class, () -> timeline.of("event:e1", DateWindow.ALL, 10));
        assertThrows(IllegalArgumentException.class, () -> timeline.of("actor:a", DateWindow.ALL, 0));
    }
}
