package org.kgi.indexer.snapshot;

import java.util.HashMap;
import java.util.List;
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

    private final Map<String, Map<String, String>> names = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> entityVertices = new HashMap<>(); // actors and places: a few thousand ids

    GraphAssembler(int expectedDocs) {
        // ids: actors and places only (events are columns, see addEvent), a table that stays in the caches; a
        // generated report has about 34 links
        this.graph = KnowledgeGraph.builder(Math.max(16, expectedDocs), Math.max(16, expectedDocs * 36));
    }

    /**
     * A report's graph record with its events ready to add, and for each relation's source and target
     * ({@code ends[2i]}, {@code ends[2i + 1]}) the number of the event it names among {@code events}, or -1.
     */
    record Prepared(GraphRecord record, PreparedEvent[] events, int[] ends) {
    }

    /**
     * One event as the graph keeps it: only what cannot be derived (the report is in the id, the place is the
     * happened_at edge, the date's precision is its length), repeated values shared. {@code n} is its number in
     * the report's id ({@code event:<report>-<n>}), or -1 when its id is not written so (then it is added as a node).
     */
    record PreparedEvent(String id, int n, String type, String name, String subType, String modality, String date,
                         String participants, int start, int end) {
        Node node() {
            return Node.event(id, type, name, subType, modality, date, participants, start, end);
        }
    }

    /**
     * Prepares the record's events. Called on one thread (the decoding one) while {@link #add} runs on another:
     * the two share nothing but the records.
     */
    Prepared prepare(GraphRecord record) {
        PreparedEvent[] events = new PreparedEvent[record.events().size()];
        int k = 0;
        for (Event ev : record.events()) {
            String subType = shared(ev.subType());
            String date = ev.date() == null ? null : shared(ev.date().value());
            String participants = null;
            if (!ev.participants().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (org.kgi.indexer.extract.Participant p : ev.participants()) {
                    sb.append(sb.length() == 0 ? "" : ";").append(p.id()).append('=').append(p.role());
                }
                participants = sb.toString();
            }
            String type = shared(ev.type());
            events[k++] = new PreparedEvent(ev.id(), KnowledgeGraph.Builder.eventNumber(ev.id(), record.reportId()), type,
                    name(subType != null ? subType : type, date), subType,
                    "asserted".equals(ev.modality()) ? null : shared(ev.modality()), date, participants,
                    ev.evidence().start(), ev.evidence().end());
        }
        // resolved here, on the thread whose caches hold the record: the other thread then reads two ints per relation
        List<org.kgi.indexer.extract.Relation> relations = record.relations();
        int[] ends = new int[2 * relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            ends[2 * i] = local(events, relations.get(i).source());
            ends[2 * i + 1] = local(events, relations.get(i).target());
        }
        return new Prepared(record, events, ends);
    }

    /** The number of the record's event named {@code id}, or -1 (the id's hash is computed here meanwhile). */
    private static int local(PreparedEvent[] events, String id) {
        // a decoded record shares one String per distinct value: its relations name its events by the same instance
        for (int i = 0; i < events.length; i++) {
            if (events[i].id() == id) {
                return i;
            }
        }
        if (id.startsWith("event:")) {
            for (int i = 0; i < events.length; i++) {
                if (events[i].id().equals(id)) {
                    return i;
                }
            }
        }
        id.hashCode(); // cached in the string, for the entity lookup on the other thread
        return -1;
    }

    void add(GraphRecord record) {
        add(prepare(record));
    }

    void add(Prepared prepared) {
        GraphRecord record = prepared.record();
        PreparedEvent[] events = prepared.events();
        int[] eventVertices = new int[events.length];
        int doc = -1;
        for (int i = 0; i < events.length; i++) {
            PreparedEvent e = events[i];
            if (e.n() >= 0) { // kept as columns by the graph, not as a node: millions of them
                if (doc < 0) {
                    doc = graph.documentNumber(record.reportId());
                }
                eventVertices[i] = graph.addEvent(doc, e.n(), e.type(), e.name(), e.subType(), e.modality(), e.date(),
                        e.participants(), e.start(), e.end());
            } else {
                eventVertices[i] = graph.add(e.node());
            }
        }
        int reportDay = record.reportDate() == null ? KnowledgeGraph.Builder.UNDATED
                : Math.toIntExact(record.reportDate().toEpochDay());
        int[] ends = prepared.ends();
        List<org.kgi.indexer.extract.Relation> links = record.relations();
        for (int k = 0; k < links.size(); k++) {
            org.kgi.indexer.extract.Relation r = links.get(k);
            Relation relation = relations.computeIfAbsent(r.type(), GraphAssembler::relation);
            if (relation == null) {
                badRelations++;
                continue;
            }
            int day = r.date() == null || r.date().isBlank() ? reportDay
                    : days.computeIfAbsent(r.date(), GraphAssembler::firstDay);
            if (doc < 0) {
                doc = graph.documentNumber(record.reportId());
            }
            int source = ends[2 * k] >= 0 ? eventVertices[ends[2 * k]] : entity(r.source());
            int target = ends[2 * k + 1] >= 0 ? eventVertices[ends[2 * k + 1]] : entity(r.target());
            graph.addLink(source, target, relation, doc, r.evidence().start(), r.evidence().end(),
                    day == NO_DAY ? reportDay : day);
        }
    }

    /** The builder's number of an actor's or place's id. */
    private int entity(String id) {
        Integer v = entityVertices.get(id);
        if (v == null) {
            v = graph.vertexNumber(id);
            entityVertices.put(id, v);
        }
        return v;
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

    /** An event's display name, "sub-type (date)", made once per distinct pair (both shared values). */
    private String name(String what, String date) {
        if (date == null) {
            return what;
        }
        return names.computeIfAbsent(what, k -> new java.util.IdentityHashMap<>())
                .computeIfAbsent(date, d -> shared(what + " (" + d + ")"));
    }

    /** One instance per distinct value (event types, sub-types, dates, names repeat across millions of events). */
    private String shared(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = strings.putIfAbsent(value, value);
        return s == null ? value : s;
    }
}
