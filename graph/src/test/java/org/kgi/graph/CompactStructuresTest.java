package org.kgi.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The primitive structures behind the compact graph agree with the plain collections they replace. */
class CompactStructuresTest {
    @Test
    void idTableNumbersStringsInOrderAndFindsThem() {
        IdTable t = new IdTable(2);
        Map<String, Integer> reference = new HashMap<>();
        Random r = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            String s = "id" + r.nextInt(8_000);
            int expected = reference.computeIfAbsent(s, k -> reference.size());
            assertEquals(expected, t.add(new String(s)));
        }
        assertEquals(reference.size(), t.size());
        reference.forEach((s, i) -> {
            assertEquals(i, t.get(s));
            assertEquals(s, t.key(i));
        });
        assertEquals(-1, t.get("absent"));
        assertEquals(-1, t.get(42));
        assertThrows(IllegalArgumentException.class, () -> IdTable.of(new String[] {"a", "a"}, 2));
    }

    @Test
    void intIndexAndLongTableAgreeWithHashMaps() {
        IntIndex index = new IntIndex(1);
        LongIntTable table = new LongIntTable(1);
        Map<Integer, Integer> ints = new HashMap<>();
        Map<Long, Integer> longs = new HashMap<>();
        Random r = new Random(2);
        for (int i = 0; i < 50_000; i++) {
            int k = r.nextInt(20_000);
            if (index.indexOf(k) < 0) {
                assertEquals(ints.size(), index.add(k));
                ints.put(k, ints.size());
            }
            assertEquals(ints.get(k), index.indexOf(k));
            long key = ((long) r.nextInt(1 << 28) << 32 | r.nextInt(1 << 10)) << 4 | r.nextInt(8);
            key = i % 3 == 0 ? key : (long) r.nextInt(500);
            Integer known = longs.putIfAbsent(key, i);
            assertEquals(known == null ? -1 : known, table.putIfAbsent(key, i));
        }
        for (Map.Entry<Integer, Integer> e : ints.entrySet()) {
            assertEquals(e.getKey(), index.key(e.getValue()));
        }
        assertFalse(index.contains(-5));
    }

    @Test
    void topKKeepsTheBestInOrder() {
        Random r = new Random(3);
        int[] values = new int[5_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextInt(1_000);
        }
        TopK.IntComparator order = (a, b) -> values[a] != values[b] ? Integer.compare(values[a], values[b])
                : Integer.compare(a, b);
        for (int k : new int[] {0, 1, 7, 499, 5_000, 6_000}) {
            TopK top = new TopK(k, order);
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                top.offer(i);
                all.add(i);
            }
            all.sort(order::compare);
            int[] expected = all.subList(0, Math.min(k, all.size())).stream().mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, top.sorted());
            assertArrayEquals(expected, top.sorted(), "sorted() leaves the heap as it was");
        }
    }

    @Test
    void attributesAreASortedUnmodifiableMapEqualToATreeMap() {
        Map<String, String> given = Map.of("subType", "Armed clash", "date", "2024-01-02", "span", "3-9");
        Node a = new Node("event:r-1", Kind.EVENT, "Battles", "x", List.of(), given);
        Node b = new Node("event:r-2", Kind.EVENT, "Battles", "x", List.of(), new HashMap<>(given));
        TreeMap<String, String> reference = new TreeMap<>(given);
        assertEquals(reference, a.attributes());
        assertEquals(a.attributes(), reference);
        assertEquals(reference.hashCode(), a.attributes().hashCode());
        assertEquals(reference.toString(), a.attributes().toString());
        assertEquals(List.copyOf(reference.keySet()), List.copyOf(a.attributes().keySet()));
        assertEquals("3-9", a.attributes().get("span"));
        assertNull(a.attributes().get("nope"));
        assertNull(a.attributes().get(null));
        assertTrue(a.attributes().containsKey("date"));
        assertEquals(a.attributes(), b.attributes());
        assertThrows(UnsupportedOperationException.class, () -> a.attributes().put("k", "v"));
        assertThrows(UnsupportedOperationException.class, () -> a.attributes().entrySet().iterator().next().setValue("v"));
        assertEquals(Map.of(), Node.of("actor:x", Kind.ACTOR, "other", "X").attributes());
    }

    @Test
    void anEdgeWithManyEvidenceItemsKeepsTheEarliestAndCountsAll() {
        Random r = new Random(4);
        KnowledgeGraph.Builder b = KnowledgeGraph.builder(2, 1).addNode(Fixtures.actor("a")).addNode(Fixtures.actor("b"));
        List<Evidence> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocalDate date = r.nextInt(6) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(60));
            Evidence e = new Evidence("doc" + r.nextInt(9), r.nextInt(5), 5 + r.nextInt(5), r.nextBoolean() ? "" : "t" + i, date);
            all.add(e);
            if (i % 2 == 0) {
                b.addLink("actor:a", "actor:b", Relation.OPPOSED, e);
            } else {
                b.addLink("actor:b", "actor:a", Relation.OPPOSED, e); // symmetric: the same edge
            }
        }
        b.addLink("actor:a", "actor:b", Relation.LEADS, Fixtures.ev("other", "2020-01-05"));
        KnowledgeGraph g = b.build();
        assertEquals(2, g.edgeCount());
        Edge e = g.edges().iterator().next();
        assertEquals(Relation.OPPOSED, e.relation());
        assertEquals(300, e.weight());
        List<Evidence> sorted = new ArrayList<>(all);
        sorted.sort(Evidence.ORDER);
        assertEquals(sorted.subList(0, Edge.MAX_EVIDENCE), e.evidence());
        List<LocalDate> dates = all.stream().map(Evidence::date).filter(d -> d != null).sorted().toList();
        assertEquals(Optional.of(dates.get(0)), e.firstDate());
        assertEquals(Optional.of(dates.get(dates.size() - 1)), e.lastDate());
        for (int from = 0; from < 62; from += 7) {
            for (int len = 0; len < 30; len += 4) {
                DateWindow w = DateWindow.of(LocalDate.of(2020, 1, 1).plusDays(from), LocalDate.of(2020, 1, 1).plusDays(from + len));
                List<Evidence> inside = all.stream().filter(x -> w.contains(x.date())).sorted(Evidence.ORDER).toList();
                assertEquals(inside.size(), e.weightWithin(w));
                Optional<Edge> restricted = e.restrictTo(w);
                assertEquals(inside.isEmpty(), restricted.isEmpty());
                if (!inside.isEmpty()) {
                    Edge x = restricted.get();
                    assertEquals(inside.size(), x.weight());
                    assertEquals(Optional.of(inside.get(0).date()), x.firstDate());
                    assertEquals(Optional.of(inside.get(inside.size() - 1).date()), x.lastDate());
                    // the kept evidence inside the window: the earliest of all that are inside and were kept
                    assertEquals(sorted.subList(0, Edge.MAX_EVIDENCE).stream().filter(v -> w.contains(v.date())).toList(),
                            x.evidence());
                    KnowledgeGraph slice = g.window(w);
                    Edge sliced = slice.edges().stream().filter(s -> s.relation() == Relation.OPPOSED).findFirst().orElseThrow();
                    assertEquals(x.weight(), sliced.weight());
                    assertEquals(x.evidence(), sliced.evidence());
                    assertEquals(x.firstDate(), sliced.firstDate());
                    assertFalse(g.graph().containsEdge(sliced));
                    assertTrue(slice.graph().containsEdge(sliced));
                }
            }
        }
        assertEquals(e, g.edgesOf("actor:a").iterator().next());
        assertEquals(e.hashCode(), g.edgesOf("actor:b").iterator().next().hashCode());
    }
}
