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

    GraphAssembler(int expectedDocs) {
        this.graph = KnowledgeGraph.builder(Math.max(16, expectedDocs * 4), Math.max(16, expectedDocs * 12));
    }

    void add(GraphRecord record) {
        for (Event ev : record.events()) {
            Map<String, String> attrs = new HashMap<>();
            put(attrs, "subType", ev.subType());
            put(attrs, "document", record.reportId());
            put(attrs, "modality", ev.modality());
            put(attrs, "place", ev.place());
            if (ev.date() != null) {
                attrs.put("date", ev.date().value());
                attrs.put("datePrecision", ev.date().precision().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (!ev.participants().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (org.kgi.indexer.extract.Participant p : ev.participants()) {
                    sb.append(sb.length() == 0 ? "" : ";").append(p.id()).append('=').append(p.role());
                }
                attrs.put("participants", sb.toString());
            }
            attrs.put("start", Integer.toString(ev.evidence().start()));
            attrs.put("end", Integer.toString(ev.evidence().end()));
            String name = (ev.subType() == null ? ev.type() : ev.subType()) + (ev.date() == null ? "" : " (" + ev.date().value() + ")");
            graph.addNode(new Node(ev.id(), Kind.EVENT, ev.type(), name, java.util.List.of(), attrs));
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

    private static void put(Map<String, String> attrs, String key, String value) {
        if (value != null && !value.isBlank()) {
            attrs.put(key, value);
        }
    }
}
