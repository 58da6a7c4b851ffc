package org.kgi.indexer.snapshot;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kgi.graph.Evidence;
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
        for (org.kgi.indexer.extract.Relation r : record.relations()) {
            Relation relation;
            try {
                relation = Relation.parse(r.type());
            } catch (IllegalArgumentException e) {
                badRelations++;
                continue;
            }
            LocalDate date = date(r.date(), record.reportDate());
            graph.addLink(r.source(), r.target(), relation,
                    new Evidence(record.reportId(), r.evidence().start(), r.evidence().end(), "", date));
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

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return DateBound.first(value);
        } catch (IllegalArgumentException e) {
            return fallback;
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
