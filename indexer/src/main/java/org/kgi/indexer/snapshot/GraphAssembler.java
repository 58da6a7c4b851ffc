package org.kgi.indexer.snapshot;

import java.util.HashMap;
import java.util.Map;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.index.GraphRecord;
import org.kgi.indexer.search.DateBound;

/**
 * Turns the graph records of the reports into a {@link KnowledgeGraph}: actors and places (named and typed as
 * the {@link EntityCatalog} settled them), one node per event, and an edge per relation with its evidence
 * span (the sentence text is left empty here and read from the report when an answer shows it).
 */
final class GraphAssembler {
    private final KnowledgeGraph.Builder graph;
    private long badRelations;
    private final Map<String, String> strings = new HashMap<>();
    // parsed once per distinct value: a million reports repeat a few thousand dates and eight relation labels
    private final Map<String, Integer> days = new HashMap<>();
    private final Map<String, Relation> relations = new HashMap<>();
    private static final int NO_DAY = Integer.MAX_VALUE;

    GraphAssembler(int expectedDocs) {
        this.graph = KnowledgeGraph.builder(Math.max(16, expectedDocs * 4), Math.max(16, expectedDocs * 12));
    }

    void add(GraphRecord record) {
        for (Event ev : record.events()) {
            // only what cannot be derived: the report is in the id, the place is the happened_at edge, the
            // date's precision is its length; repeated values are shared
            Map<String, String> attrs = new HashMap<>(8);
            put(attrs, "subType", ev.subType());
            if (!"asserted".equals(ev.modality())) {
                put(attrs, "modality", ev.modality());
            }
            if (ev.date() != null) {
                attrs.put("date", shared(ev.date().value()));
            }
            if (!ev.participants().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (org.kgi.indexer.extract.Participant p : ev.participants()) {
                    sb.append(sb.length() == 0 ? "" : ";").append(p.id()).append('=').append(p.role());
                }
                attrs.put("participants", sb.toString());
            }
            attrs.put("span", ev.evidence().start() + "-" + ev.evidence().end());
            String name = (ev.subType() == null ? ev.type() : ev.subType()) + (ev.date() == null ? "" : " (" + ev.date().value() + ")");
            graph.addNode(new Node(ev.id(), Kind.EVENT, shared(ev.type()), shared(name), java.util.List.of(), attrs));
        }
        int reportDay = record.reportDate() == null ? KnowledgeGraph.Builder.UNDATED
                : Math.toIntExact(record.reportDate().toEpochDay());
        for (org.kgi.indexer.extract.Relation r : record.relations()) {
            Relation relation = relations.computeIfAbsent(r.type(), GraphAssembler::relation);
            if (relation == null) {
                badRelations++;
                continue;
            }
            int day = r.date() == null || r.date().isBlank() ? reportDay
                    : days.computeIfAbsent(r.date(), GraphAssembler::firstDay);
            graph.addLink(r.source(), r.target(), relation, record.reportId(), r.evidence().start(), r.evidence().end(),
                    day == NO_DAY ? reportDay : day);
        }
    }

    KnowledgeGraph build(EntityCatalog catalog) {
        for (EntityInfo e : catalog.all()) {
            String type = (e.kind() == Kind.ACTOR ? Node.ACTOR_TYPES : Node.PLACE_TYPES).contains(e.type()) ? e.type() : "other";
            graph.addNode(new Node(e.id(), e.kind(), type, e.name(), e.aliases(), e.attributes()));
        }
        return graph.build();
    }

    long badRelations() {
        return badRelations;
    }

    /** The relation of a type label, or null when it is not one. */
    private static Relation relation(String type) {
        try {
            return Relation.parse(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The epoch day of the first day a date value covers, or {@link #NO_DAY} when it is not a date. */
    private static int firstDay(String value) {
        try {
            return Math.toIntExact(DateBound.first(value).toEpochDay());
        } catch (IllegalArgumentException e) {
            return NO_DAY;
        }
    }

    private void put(Map<String, String> attrs, String key, String value) {
        if (value != null && !value.isBlank()) {
            attrs.put(key, shared(value));
        }
    }

    /** One instance per distinct value (event types, sub-types, dates, names repeat across millions of events). */
    private String shared(String value) {
        String s = strings.putIfAbsent(value, value);
        return s == null ? value : s;
    }
}
