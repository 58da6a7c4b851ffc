package org.kgi.indexer.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kgi.graph.DateWindow;
import org.kgi.graph.IntList;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.LongIntTable;
import org.kgi.graph.Node;
import org.kgi.graph.Relation;
import org.kgi.indexer.index.NumberedRecords;
import org.kgi.indexer.search.DateBound;

/**
 * Turns the graph records of the reports, decoded as {@link NumberedRecords}, into a {@link KnowledgeGraph}: actors
 * and places (named and typed as the {@link EntityCatalog} settled them), one event per event (kept as columns by
 * the graph), and an edge per relation with its evidence span (the sentence text is left empty here and read from
 * the report when an answer shows it). What it derives from a string (a vertex, a relation, a day, the graph's
 * number of a shared value) it keeps in arrays indexed by the string's number: each is worked out once.
 */
final class GraphAssembler {
    private static final int UNKNOWN = Integer.MIN_VALUE + 1;
    private static final int NO_DAY = Integer.MAX_VALUE;
    private static final Relation[] RELATIONS = Relation.values();

    private final KnowledgeGraph.Builder graph;
    private final EntityCatalog catalog; // the entities, and which are taken for which across reports
    private String[] strings = new String[0]; // the records' strings, by number (the latest view)
    private int[] vertex = new int[0]; // by string number: the builder's vertex of that id, or UNKNOWN
    private int[] shared = new int[0]; // the builder's number of that value (-1 when blank), or UNKNOWN
    private int[] participant = new int[0]; // the builder's number of the id a participant's id stands for, or UNKNOWN
    private int[] relation = new int[0]; // the relation's ordinal (-1 when the label is not one), or UNKNOWN
    private int[] day = new int[0]; // the first day of that date value (NO_DAY when it is not one), or UNKNOWN
    private final LongIntTable names = new LongIntTable(1024); // (what, date) -> the builder's number of the name
    // the events of the record being added: vertex of the first one numbered n (stamped with the record)
    private int[] eventVertex = new int[64];
    private int[] eventStamp = new int[64];
    private int stamp;
    private static final int MAX_EVENT_SLOT = 1 << 16;
    private final IntList bigNumbers = new IntList(); // (n, vertex) of the record's events numbered from MAX_EVENT_SLOT
    private final IntList parts = new IntList();

    GraphAssembler(int expectedDocs, EntityCatalog catalog) {
        this.catalog = catalog;
        // ids: actors and places only (events are columns), a table that stays in the caches; a generated report
        // has about 46 links
        this.graph = KnowledgeGraph.builder(Math.max(16, expectedDocs), Math.max(16, expectedDocs * 48));
    }

    /** Names the string numbers of the records given next ({@code strings} must cover them all). */
    void strings(String[] strings) {
        this.strings = strings;
        if (vertex.length < strings.length) {
            int from = vertex.length;
            vertex = grown(vertex, strings.length, from);
            shared = grown(shared, strings.length, from);
            participant = grown(participant, strings.length, from);
            relation = grown(relation, strings.length, from);
            day = grown(day, strings.length, from);
        }
    }

    private static int[] grown(int[] a, int length, int from) {
        int[] b = Arrays.copyOf(a, length);
        Arrays.fill(b, from, length, UNKNOWN);
        return b;
    }

    /** Skips the entities of the record at {@code data[pos..]} (their day first); returns the position after them. */
    static int skipEntities(int[] data, int pos) {
        pos++;
        for (int i = 0, n = data[pos++]; i < n; i++) {
            pos += 4;
            pos += data[pos] + 1;
            pos += 2 * data[pos] + 1;
        }
        return pos;
    }

    /**
     * Adds the events and relations of report {@code reportId}, whose day is {@code reportDay} and whose events start
     * at {@code data[pos]}; returns the position after the record.
     */
    int add(String reportId, int reportDay, int[] data, int pos) {
        int doc = -1;
        stamp++;
        bigNumbers.size = 0;
        int events = data[pos++];
        for (int i = 0; i < events; i++) {
            int id = data[pos++];
            int type = data[pos++];
            int subType = data[pos++];
            int date = data[pos++];
            pos += 2; // the date's precision (its length says it), the place (the happened_at link says it)
            int participants = data[pos++];
            int partsAt = pos;
            pos += 2 * participants;
            int start = data[pos++];
            int end = data[pos++];
            int modality = data[pos++];
            int t = shared(type);
            int sub = subType == NumberedRecords.NONE ? -1 : shared(subType);
            int d = date == NumberedRecords.NONE ? -1 : shared(date);
            int m = "asserted".equals(strings[modality]) ? -1 : shared(modality);
            int name = name(sub >= 0 ? sub : t, d);
            parts.size = 0;
            for (int j = partsAt; j < partsAt + 2 * participants; j += 2) {
                parts.add(participant(data[j]));
                parts.add(sharedAny(data[j + 1]));
            }
            if (doc < 0) {
                doc = graph.documentNumber(reportId);
            }
            int v;
            if (NumberedRecords.isEvent(id)) { // kept as columns by the graph, not as a node: millions of them
                int n = NumberedRecords.eventNumber(id);
                v = graph.addEvent(doc, n, t, name, sub, m, d, parts.items, 0, parts.size, start, end);
                if (n < MAX_EVENT_SLOT) {
                    if (n >= eventStamp.length) {
                        eventStamp = Arrays.copyOf(eventStamp, Math.max(n + 1, eventStamp.length * 2));
                        eventVertex = Arrays.copyOf(eventVertex, eventStamp.length);
                    }
                    if (eventStamp[n] != stamp) { // a relation naming n means the first
                        eventStamp[n] = stamp;
                        eventVertex[n] = v;
                    }
                } else if (ownVertex(n) < 0) { // numbered beyond what an array should hold: listed
                    bigNumbers.add(n);
                    bigNumbers.add(v);
                }
            } else { // an id not written as the report's own: a node
                v = graph.add(graph.eventNode(strings[id], t, name, sub, m, d, parts.items, 0, parts.size, start, end));
                vertex[id] = v;
            }
        }
        int relations = data[pos++];
        for (int k = 0; k < relations; k++) {
            int source = data[pos++];
            int target = data[pos++];
            int type = data[pos++];
            int date = data[pos++];
            int start = data[pos++];
            int end = data[pos++];
            int r = relation(type);
            if (r < 0) { // not a relation the graph knows: left out
                continue;
            }
            int first = date == NumberedRecords.NONE ? NO_DAY : day(date);
            int from = end(source, reportId);
            int to = end(target, reportId);
            if (from == to && source != target) { // two entities of the report that other reports show are one
                continue;
            }
            if (doc < 0) {
                doc = graph.documentNumber(reportId);
            }
            graph.addLink(from, to, RELATIONS[r], doc, start, end, first == NO_DAY ? reportDay : first,
                    first == NO_DAY ? DateWindow.DAY : DateWindow.precisionOf(strings[date]));
        }
        return pos;
    }

    /** The builder's vertex of a relation's end: the record's own event, or an actor's, place's or other id. */
    private int end(int ref, String reportId) {
        if (NumberedRecords.isEvent(ref)) {
            int n = NumberedRecords.eventNumber(ref);
            int v = ownVertex(n);
            return v >= 0 ? v : graph.vertexNumber(NumberedRecords.eventId(reportId, n)); // one the record does not hold
        }
        int v = vertex[ref];
        if (v == UNKNOWN) {
            v = graph.vertexNumber(catalog.canonical(strings[ref]));
            vertex[ref] = v;
        }
        return v;
    }

    /** The vertex of the record's first event numbered {@code n}, or -1. */
    private int ownVertex(int n) {
        if (n < MAX_EVENT_SLOT) {
            return n < eventStamp.length && eventStamp[n] == stamp ? eventVertex[n] : -1;
        }
        for (int i = 0; i < bigNumbers.size; i += 2) {
            if (bigNumbers.items[i] == n) {
                return bigNumbers.items[i + 1];
            }
        }
        return -1;
    }

    /** The builder's number of a value events share, -1 when blank. */
    private int shared(int number) {
        int s = shared[number];
        if (s == UNKNOWN) {
            String value = strings[number];
            s = value.isBlank() ? -1 : graph.string(value);
            shared[number] = s;
        }
        return s;
    }

    /** The builder's number of the id a participant's id stands for ({@link EntityCatalog#canonical}). */
    private int participant(int number) {
        int p = participant[number];
        if (p == UNKNOWN) {
            String id = strings[number];
            String canonical = catalog.canonical(id);
            p = canonical.equals(id) ? sharedAny(number) : graph.string(canonical);
            participant[number] = p;
        }
        return p;
    }

    /** The builder's number of a participant's id or role, blank or not. */
    private int sharedAny(int number) {
        int s = shared(number);
        return s >= 0 ? s : graph.string(strings[number]);
    }

    private int relation(int number) {
        int r = relation[number];
        if (r == UNKNOWN) {
            try {
                r = Relation.parse(strings[number]).ordinal();
            } catch (IllegalArgumentException e) {
                r = -1;
            }
            relation[number] = r;
        }
        return r;
    }

    private int day(int number) {
        int d = day[number];
        if (d == UNKNOWN) {
            d = firstDay(strings[number]);
            day[number] = d;
        }
        return d;
    }

    /** An event's display name, "sub-type (date)", the builder's number of it made once per distinct pair. */
    private int name(int what, int date) {
        if (date < 0) {
            return what;
        }
        long key = (long) what << 32 | date;
        int n = names.get(key);
        if (n < 0) {
            n = graph.string(graph.stringAt(what) + " (" + graph.stringAt(date) + ")");
            names.put(key, n);
        }
        return n;
    }

    /** The graph, with a node for each entity of the catalog (those taken for another are that other's). */
    KnowledgeGraph build() {
        for (EntityInfo e : catalog.all()) {
            if (e.sameAs() != null) {
                continue;
            }
            String type = (e.kind() == Kind.ACTOR ? Node.ACTOR_TYPES : Node.PLACE_TYPES).contains(e.type()) ? e.type() : "other";
            List<String> aliases = e.aliases();
            for (String m : catalog.merged(e.id())) { // its other names in the reports of those taken for it
                String name = catalog.get(m).orElseThrow().name();
                if (!name.equals(e.name()) && !aliases.contains(name)) {
                    aliases = new ArrayList<>(aliases);
                    aliases.add(name);
                }
            }
            graph.addNode(new Node(e.id(), e.kind(), type, e.name(), aliases, e.attributes()));
        }
        return graph.build();
    }

    /** The epoch day of the first day a date value covers, or {@link #NO_DAY} when it is not a date. */
    private static int firstDay(String value) {
        if (value.isBlank()) {
            return NO_DAY;
        }
        try {
            return Math.toIntExact(DateBound.first(value).toEpochDay());
        } catch (IllegalArgumentException e) {
            return NO_DAY;
        }
    }
}
