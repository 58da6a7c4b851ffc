package org.kgi.graph;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;

/**
 * An immutable snapshot of the knowledge graph: nodes (by id) and typed, evidence-carrying edges, held in a JGraphT
 * directed multigraph whose vertices are the node ids. Safe to share between threads; every query in this module
 * takes one. Built with {@link #builder()}; {@link #window} cuts a time slice that is itself a
 * {@code KnowledgeGraph}.
 */
public final class KnowledgeGraph {
    private final GraphStore store;
    private final List<Node> nodes;
    private final Graph<String, Edge> directed;
    private final Graph<String, Edge> undirected;
    private final DateWindow window;
    private final long droppedLinks;

    KnowledgeGraph(GraphStore store, DateWindow window, long droppedLinks) {
        this.store = store;
        this.nodes = new java.util.AbstractList<>() { // compact events are made as they are read
            @Override
            public Node get(int index) {
                java.util.Objects.checkIndex(index, store.vertexCount());
                return store.node(index);
            }

            @Override
            public int size() {
                return store.vertexCount();
            }
        };
        CompactGraph graph = new CompactGraph(store);
        this.directed = graph;
        this.undirected = new AsUndirectedGraph<>(graph);
        this.window = window;
        this.droppedLinks = droppedLinks;
    }

    /** A builder for a graph of unknown size. */
    public static Builder builder() {
        return new Builder(1 << 10, 1 << 12);
    }

    /** A builder whose maps are sized for about this many nodes and edges (saves rehashing on big builds). */
    public static Builder builder(int expectedNodes, int expectedEdges) {
        return new Builder(expectedNodes, expectedEdges);
    }

    /** The node with this id, if present. */
    public Optional<Node> node(String id) {
        int v = store.ordinal(id);
        return v < 0 ? Optional.empty() : Optional.of(store.node(v));
    }

    /** The node with this id, or {@link UnknownNodeException}. */
    public Node requireNode(String id) {
        int v = store.ordinal(id);
        if (v < 0) {
            throw new UnknownNodeException(id);
        }
        return store.node(v);
    }

    public boolean contains(String id) {
        return store.ordinal(id) >= 0;
    }

    /** All nodes, in insertion order. */
    public Collection<Node> nodes() {
        return nodes;
    }

    /** All edges, in insertion order. */
    public Set<Edge> edges() {
        return directed.edgeSet();
    }

    public int nodeCount() {
        return store.vertexCount();
    }

    public int edgeCount() {
        return store.edgeCount();
    }

    /** The int-level view of this graph (vertex and edge ordinals), for searches that must not allocate per edge. */
    public GraphStore store() {
        return store;
    }

    /** The edges touching a node, in either direction. */
    public Set<Edge> edgesOf(String id) {
        requireNode(id);
        return undirected.edgesOf(id);
    }

    /** The number of edges touching a node, in either direction (one per relation and neighbour). */
    public int degree(String id) {
        int v = store.ordinal(id);
        if (v < 0) {
            throw new UnknownNodeException(id);
        }
        return store.degree(v);
    }

    /** The sum of the weights of the edges touching a node. */
    public long weightedDegree(String id) {
        int v = store.ordinal(id);
        if (v < 0) {
            throw new UnknownNodeException(id);
        }
        long sum = 0;
        for (int k = 0; k < store.degree(v); k++) {
            sum += store.weight(store.edgeOf(v, k));
        }
        return sum;
    }

    /**
     * The directed multigraph (unmodifiable; compact adjacency arrays, see {@code CompactGraph}): vertices are node
     * ids, edges point from source to target. Any JGraphT algorithm can run on it.
     */
    public Graph<String, Edge> graph() {
        return directed;
    }

    /** The same graph seen as undirected (unmodifiable), for connectivity, paths and centralities. */
    public Graph<String, Edge> undirectedGraph() {
        return undirected;
    }

    /** The window this snapshot was cut to ({@link DateWindow#ALL} for the whole graph). */
    public DateWindow window() {
        return window;
    }

    /** Links given to the builder that were dropped: an unknown end, or a node linked to itself. */
    public long droppedLinks() {
        return droppedLinks;
    }

    /** Same as {@link #window(DateWindow)}; either bound may be null. */
    public KnowledgeGraph window(LocalDate from, LocalDate to) {
        return window(DateWindow.of(from, to));
    }

    /**
     * The time slice: the edges with at least one evidence item dated within the window, each with its weight,
     * dates and evidence restricted to that window ({@link Edge#restrictTo}), and only the nodes those edges
     * touch. Costs one pass over the edges (O(E)); queries with a window parameter filter on the fly instead.
     * Returns this graph for {@link DateWindow#ALL}.
     */
    public KnowledgeGraph window(DateWindow slice) {
        if (slice.isUnbounded()) {
            return this;
        }
        DateWindow effective = intersect(window, slice);
        EdgeData edges = store.edges();
        int n = store.vertexCount();
        int[] remap = new int[n];
        int kept = 0;
        if (effective != null) {
            boolean[] touched = new boolean[n];
            int fromDay = effective.fromDay();
            int toDay = effective.toDay();
            for (int e = 0; e < edges.count; e++) {
                if (edges.weightWithin(e, fromDay, toDay) > 0) {
                    touched[edges.src[e]] = true;
                    touched[edges.dst[e]] = true;
                }
            }
            for (int v = 0; v < n; v++) {
                remap[v] = touched[v] ? kept++ : -1;
            }
        }
        String[] keptIds = new String[kept];
        Node[] keptNodes = new Node[kept];
        for (int v = 0; v < n && kept > 0; v++) {
            if (remap[v] >= 0) {
                keptIds[remap[v]] = store.id(v);
                keptNodes[remap[v]] = store.node(v);
            }
        }
        EdgeData.Writer w = new EdgeData.Writer(new EventColumns(keptIds), edges.docs, 16);
        for (int e = 0; effective != null && e < edges.count; e++) {
            edges.writeRestricted(e, effective, w, remap[edges.src[e]] , remap[edges.dst[e]]);
        }
        return new KnowledgeGraph(new GraphStore(IdTable.of(keptIds, kept), keptNodes, w.finish()),
                effective == null ? slice : effective, 0);
    }

    /** The intersection of two windows, or null when it is empty. */
    private static DateWindow intersect(DateWindow a, DateWindow b) {
        LocalDate from = a.from() == null ? b.from() : b.from() == null ? a.from()
                : a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalDate to = a.to() == null ? b.to() : b.to() == null ? a.to() : a.to().isBefore(b.to()) ? a.to() : b.to();
        return from != null && to != null && from.isAfter(to) ? null : DateWindow.of(from, to);
    }

    /**
     * Collects nodes and links, then {@link #build()}s the immutable graph. Not thread-safe; use once.
     *
     * <p>Nodes: a later {@link #addNode} for a known id is merged into the first ({@link Node#mergedWith}).
     * Links: one edge per (source, target, relation), symmetric relations with source &lt; target, each link adding
     * its evidence. Links may be added before their nodes; at {@link #build()} links whose source or target never
     * became a node, and links from a node to itself, are dropped and counted in
     * {@link KnowledgeGraph#droppedLinks()} (extraction noise should not fail a whole index run).
     */
    public static final class Builder {
        /** The day of an undated piece of evidence in {@link #addLink(String, String, Relation, String, int, int, int)}. */
        public static final int UNDATED = EdgeData.UNDATED;
        private static final int MAX_VERTICES = 1 << 27;

        private final IdTable ids; // every id seen, as a node or a link end, numbered in order of first sight
        private Node[] nodes = new Node[16]; // by that number; null until added as a node
        private int[] nodeOrder; // those numbers in order of addNode
        private int nodeCount;
        private final IdTable docs;
        private final LongIntTable keys; // (source, target, relation) -> link number, in order of first sight
        private int[] linkSrc;
        private int[] linkDst;
        private byte[] linkRel;
        private int links;
        private int[] evLink; // the link of each piece of evidence
        private final EvidenceColumns ev;
        private long selfLinks;
        private boolean built;
        // compact events (addEvent), by number k; the builder's vertex number of event k is EVENT_BASE + k
        private static final int EVENT_BASE = 1 << 27;
        private int events;
        private int[] eDoc = new int[0];
        private int[] eN = new int[0];
        private int[] eType = new int[0];
        private int[] eName = new int[0];
        private int[] eSubType = new int[0];
        private int[] eModality = new int[0];
        private int[] eDate = new int[0];
        private int[] eStart = new int[0];
        private int[] eEnd = new int[0];
        private int[] ePart = new int[1]; // event k's participants are parts[ePart[k]..ePart[k + 1]) (EventColumns)
        private int[] parts = new int[16];
        private int partCount;
        // links touching an event of the current batch (the events of one report, added one after the other)
        // are told apart in a small table: no other link can have their key. Once the batch is over they are put
        // in the big table only if a later link touches that event (eLocal), which the indexer never does.
        private boolean[] eLocal = new boolean[0];
        private int batchDoc = -1;
        private int batchStart;
        private LongIntTable batchKeys = new LongIntTable(64);
        private int eventIdsInTable; // ids written like a compact event's in the id table (none in the indexer)
        private LongIntTable compactIndex; // (report, n) -> first compact event; made when an id must be resolved

        private final IdTable strings = new IdTable(256); // their types, names and attribute values, each once

        private Builder(int expectedNodes, int expectedEdges) {
            if (expectedNodes < 0 || expectedEdges < 0) {
                throw new IllegalArgumentException("expected sizes must be >= 0");
            }
            ids = new IdTable(expectedNodes);
            nodes = new Node[Math.max(16, expectedNodes)];
            nodeOrder = new int[Math.max(16, expectedNodes)];
            docs = new IdTable(Math.max(16, expectedNodes));
            // links between events and others mostly go to a report's small table (addEvent): the big one holds the
            // rest, a fraction, and grows if it must (a table sized for every link would be gigabytes of misses)
            keys = new LongIntTable(expectedEdges / 8);
            int m = Math.max(16, expectedEdges);
            linkSrc = new int[m];
            linkDst = new int[m];
            linkRel = new byte[m];
            evLink = new int[m];
            ev = new EvidenceColumns(m);
        }

        /** Adds a node, or merges it into the node already added with the same id. */
        public Builder addNode(Node node) {
            add(node);
            return this;
        }

        /**
         * {@link #addNode}, returning the builder's number of the node's id (as {@link #vertex(String)} does), so
         * that links to it can be added by number, without looking its id up again.
         */
        public int add(Node node) {
            checkOpen();
            int v = vertex(node.id());
            if (v >= EVENT_BASE) {
                return v; // added before as columns: the first added is kept
            }
            Node known = nodes[v];
            if (known == null) {
                nodes[v] = node;
                if (nodeCount == nodeOrder.length) {
                    nodeOrder = Arrays.copyOf(nodeOrder, grow(nodeOrder.length));
                }
                nodeOrder[nodeCount++] = v;
            } else {
                nodes[v] = known.mergedWith(node);
            }
            return v;
        }

        /** The builder's number of an id (numbered at first sight), for {@link #addLink(int, int, Relation, int, int, int, int)}. */
        public int vertexNumber(String id) {
            checkOpen();
            if (id == null) {
                throw new IllegalArgumentException("null id");
            }
            return vertex(id);
        }

        /**
         * Adds the event {@code event:<report>-<n>} of the report numbered {@code document} ({@link #documentNumber})
         * as columns instead of a {@link Node}: its id and node are made when asked for (the same node as
         * {@link #addNode} would keep for {@code new Node(id, EVENT, type, name, [], attributes)} with the attributes
         * {@code subType, modality, date, participants} and {@code span} = "start-end", those given). For indexes of
         * millions of events. An event added twice (the same report and number, or the same id by {@link #addNode}) is
         * kept once, as first added (a second compact one loses its links). Returns the builder's number of the event.
         *
         * @param spanStart the evidence span's start, or -1 for no span
         */
        public int addEvent(int document, int n, String type, String name, String subType, String modality, String date,
                String participants, int spanStart, int spanEnd) {
            checkOpen();
            if (document < 0 || document >= docs.size() || n < 0) {
                throw new IllegalArgumentException("addEvent needs a numbered report and an event number >= 0");
            }
            if (type == null || type.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("event " + n + " of " + docs.key(document) + " needs a type and a name");
            }
            int[] given = participants == null ? NO_PARTS : new int[] {strings.add(participants)};
            return addEvent(document, n, strings.add(type), strings.add(name), number(subType), number(modality),
                    number(date), given, 0, given.length, spanStart, spanEnd);
        }

        private static final int[] NO_PARTS = new int[0];

        private int number(String value) {
            return value == null ? -1 : strings.add(value);
        }

        /**
         * The builder's number of a string that events share (a type, a name, a date, a participant's id or role),
         * for {@link #addEvent(int, int, int, int, int, int, int, int[], int, int, int, int)}.
         */
        public int string(String value) {
            checkOpen();
            if (value == null) {
                throw new IllegalArgumentException("null string");
            }
            return strings.add(value);
        }

        /** The string numbered {@code number} by {@link #string}. */
        public String stringAt(int number) {
            if (!isString(number)) {
                throw new IllegalArgumentException("no string numbered " + number);
            }
            return strings.key(number);
        }

        /**
         * {@link #addEvent(int, int, String, String, String, String, String, String, int, int)} with its strings
         * given by their numbers ({@link #string}; -1 for none) and its participants as pairs of numbers (an actor's
         * id, its role) in {@code participants[from..to)}: the event's node says them {@code id=role;id=role}.
         */
        public int addEvent(int document, int n, int type, int name, int subType, int modality, int date,
                int[] participants, int from, int to, int spanStart, int spanEnd) {
            checkOpen();
            if (document < 0 || document >= docs.size() || n < 0) {
                throw new IllegalArgumentException("addEvent needs a numbered report and an event number >= 0");
            }
            if (!isString(type) || !isString(name) || !isString(subType, -1) || !isString(modality, -1)
                    || !isString(date, -1)) {
                throw new IllegalArgumentException("event " + n + " of " + docs.key(document) + " needs a type and a name"
                        + " given as numbers of strings");
            }
            if (from < 0 || to < from || to > participants.length || (to - from != 1 && (to - from) % 2 != 0)) {
                throw new IllegalArgumentException("participants must be pairs of numbers of strings");
            }
            for (int i = from; i < to; i++) {
                if (!isString(participants[i])) {
                    throw new IllegalArgumentException("participants must be pairs of numbers of strings");
                }
            }
            if (spanStart >= 0 && spanEnd < spanStart) {
                throw new IllegalArgumentException("event span must satisfy 0 <= start <= end, was [" + spanStart + ", " + spanEnd + ")");
            }
            if (events == EVENT_BASE) {
                throw new IllegalStateException("more than " + EVENT_BASE + " events");
            }
            if (eventIdsInTable > 0) { // its id may have been used before: then it is that node (or becomes one)
                String id = EventColumns.PREFIX + docs.key(document) + '-' + n;
                if (ids.get(id) >= 0 || compactEvent(id) >= 0) {
                    return add(eventNode(id, type, name, subType, modality, date, participants, from, to, spanStart,
                            spanEnd));
                }
            }
            int k = events++;
            if (k == eDoc.length) {
                int m = grow(k);
                eDoc = Arrays.copyOf(eDoc, m);
                eN = Arrays.copyOf(eN, m);
                eType = Arrays.copyOf(eType, m);
                eName = Arrays.copyOf(eName, m);
                eSubType = Arrays.copyOf(eSubType, m);
                eModality = Arrays.copyOf(eModality, m);
                eDate = Arrays.copyOf(eDate, m);
                eStart = Arrays.copyOf(eStart, m);
                eEnd = Arrays.copyOf(eEnd, m);
                ePart = Arrays.copyOf(ePart, m + 1);
                eLocal = Arrays.copyOf(eLocal, m);
            }
            if (document != batchDoc) {
                batchDoc = document;
                batchStart = k;
                batchKeys.clear();
            }
            eDoc[k] = document;
            eN[k] = n;
            eType[k] = type;
            eName[k] = name;
            eSubType[k] = subType;
            eModality[k] = modality;
            eDate[k] = date;
            eStart[k] = spanStart < 0 ? -1 : spanStart;
            eEnd[k] = spanStart < 0 ? -1 : spanEnd;
            if (partCount + (to - from) > parts.length) {
                parts = Arrays.copyOf(parts, Math.max(grow(parts.length), partCount + (to - from)));
            }
            System.arraycopy(participants, from, parts, partCount, to - from);
            partCount += to - from;
            ePart[k + 1] = partCount;
            if (compactIndex != null) {
                compactIndex.putIfAbsent((long) document << 32 | n, k);
            }
            if (nodeCount == nodeOrder.length) {
                nodeOrder = Arrays.copyOf(nodeOrder, grow(nodeOrder.length));
            }
            nodeOrder[nodeCount++] = EVENT_BASE + k;
            return EVENT_BASE + k;
        }

        /**
         * The node {@link #addEvent(int, int, int, int, int, int, int, int[], int, int, int, int)} keeps for these
         * numbers, made now under {@code id}: for an event whose id is not written as a report's own
         * ({@code event:<report>-<n>}), added with {@link #add(Node)}.
         */
        public Node eventNode(String id, int type, int name, int subType, int modality, int date, int[] participants,
                int from, int to, int spanStart, int spanEnd) {
            String[] s = strings.keys();
            return Node.event(id, stringAt(type), stringAt(name), value(subType), value(modality), value(date),
                    EventColumns.participants(s, participants, from, to), spanStart, spanEnd);
        }

        private boolean isString(int number) {
            return number >= 0 && number < strings.size();
        }

        private boolean isString(int number, int none) {
            return number == none || isString(number);
        }

        private String value(int number) {
            return number < 0 ? null : strings.key(number);
        }

        /** The first compact event with this id, or -1. */
        private int compactEvent(String id) {
            long parsed = EventColumns.parse(id, docs);
            if (parsed < 0) {
                return -1;
            }
            if (compactIndex == null) {
                compactIndex = new LongIntTable(events);
                for (int k = 0; k < events; k++) {
                    compactIndex.putIfAbsent((long) eDoc[k] << 32 | eN[k], k);
                }
            }
            return compactIndex.get(parsed);
        }

        /** The id of a builder's vertex number. */
        private String idOf(int v) {
            if (v < EVENT_BASE) {
                return ids.key(v);
            }
            int k = v - EVENT_BASE;
            return EventColumns.PREFIX + docs.key(eDoc[k]) + '-' + eN[k];
        }

        /** The builder's number of a report id, for {@link #addLink(int, int, Relation, int, int, int, int)}. */
        public int documentNumber(String document) {
            checkOpen();
            if (document == null || document.isBlank()) {
                throw new IllegalArgumentException("evidence needs a document id");
            }
            return docs.add(document);
        }

        /**
         * Adds one piece of evidence for the edge (source, target, relation), by the builder's numbers of the ends
         * ({@link #add(Node)}, {@link #vertexNumber}) and of the report ({@link #documentNumber}): for a builder fed
         * millions of links, each id is looked up once.
         */
        public Builder addLink(int source, int target, Relation relation, int document, int start, int end, int epochDay) {
            return addLink(source, target, relation, document, start, end, epochDay, DateWindow.DAY);
        }

        /**
         * As {@link #addLink(int, int, Relation, int, int, int, int)}, for evidence whose date is a month
         * ({@link DateWindow#MONTH}: {@code epochDay} is its first day) or a year ({@link DateWindow#YEAR}): a time
         * window holds it when it holds all of that month or year.
         */
        public Builder addLink(int source, int target, Relation relation, int document, int start, int end,
                               int epochDay, int precision) {
            checkOpen();
            if (precision < DateWindow.DAY || precision > DateWindow.YEAR) {
                throw new IllegalArgumentException("precision must be DAY, MONTH or YEAR, not " + precision);
            }
            if (relation == null || !numbered(source) || !numbered(target) || document < 0 || document >= docs.size()) {
                throw new IllegalArgumentException("addLink needs numbered ends, a relation and a numbered document");
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("evidence span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
            }
            if (source == target) {
                selfLinks++;
                return this;
            }
            if (relation.isSymmetric() && idOf(source).compareTo(idOf(target)) > 0) {
                int swap = source;
                source = target;
                target = swap;
            }
            link(source, target, relation, document, start, end, EdgeData.stored(epochDay, precision), "");
            return this;
        }

        /** Adds one piece of evidence for the edge (source, target, relation), creating the edge if needed. */
        public Builder addLink(String source, String target, Relation relation, Evidence evidence) {
            if (evidence == null) {
                throw new IllegalArgumentException("addLink needs a source, target, relation and evidence");
            }
            return addLink(source, target, relation, evidence.document(), evidence.start(), evidence.end(),
                    evidence.date() == null ? UNDATED : Math.toIntExact(evidence.date().toEpochDay()),
                    evidence.precision(), evidence.text());
        }

        /**
         * Adds one piece of evidence, given by its parts (no {@link Evidence} object; the sentence text is ""):
         * the report id, the span and the epoch day of its date, or {@link #UNDATED}.
         */
        public Builder addLink(String source, String target, Relation relation, String document, int start, int end,
                int epochDay) {
            return addLink(source, target, relation, document, start, end, epochDay, DateWindow.DAY, "");
        }

        private Builder addLink(String source, String target, Relation relation, String document, int start, int end,
                int epochDay, int precision, String text) {
            checkOpen();
            if (source == null || target == null || relation == null) {
                throw new IllegalArgumentException("addLink needs a source, target, relation and evidence");
            }
            if (document == null || document.isBlank()) {
                throw new IllegalArgumentException("evidence needs a document id");
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("evidence span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
            }
            if (source.equals(target)) {
                selfLinks++;
                return this;
            }
            if (relation.isSymmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            link(vertex(source), vertex(target), relation, docs.add(document), start, end,
                    EdgeData.stored(epochDay, precision), text);
            return this;
        }

        private boolean numbered(int v) {
            return v >= 0 && v < ids.size() || v >= EVENT_BASE && v - EVENT_BASE < events;
        }

        private void link(int s, int t, Relation relation, int document, int start, int end, int epochDay, String text) {
            long key = key(s, t, relation.ordinal());
            int link;
            if (inBatch(s) || inBatch(t)) {
                link = batchKeys.putIfAbsent(key, links);
                if (s >= EVENT_BASE) {
                    eLocal[s - EVENT_BASE] = true;
                }
                if (t >= EVENT_BASE) {
                    eLocal[t - EVENT_BASE] = true;
                }
            } else {
                indexLinksOf(s);
                indexLinksOf(t);
                link = keys.putIfAbsent(key, links);
            }
            if (link < 0) {
                link = links;
                if (links == linkSrc.length) {
                    int n = grow(links);
                    linkSrc = Arrays.copyOf(linkSrc, n);
                    linkDst = Arrays.copyOf(linkDst, n);
                    linkRel = Arrays.copyOf(linkRel, n);
                }
                linkSrc[links] = s;
                linkDst[links] = t;
                linkRel[links++] = (byte) relation.ordinal();
            }
            int k = ev.add(document, start, end, epochDay, text);
            if (k == evLink.length) {
                evLink = Arrays.copyOf(evLink, grow(k));
            }
            evLink[k] = link;
        }

        private static long key(int s, int t, int relation) {
            return (((long) s << 28 | t) << 4) | relation;
        }

        private boolean inBatch(int v) {
            return v >= EVENT_BASE && v - EVENT_BASE >= batchStart;
        }

        /**
         * Puts the links of compact event {@code v} that were told apart in their batch's table into the big one,
         * before a link from a later batch touches it (a scan of all links: never needed when each report's links
         * follow its events, as the indexer adds them).
         */
        private void indexLinksOf(int v) {
            if (v < EVENT_BASE || !eLocal[v - EVENT_BASE]) {
                return;
            }
            eLocal[v - EVENT_BASE] = false;
            for (int l = 0; l < links; l++) {
                if (linkSrc[l] == v || linkDst[l] == v) {
                    keys.putIfAbsent(key(linkSrc[l], linkDst[l], linkRel[l]), l);
                }
            }
        }

        /** The immutable graph. The builder cannot be used afterwards. */
        public KnowledgeGraph build() {
            checkOpen();
            built = true;
            int[] ordinal = new int[ids.size()];
            Arrays.fill(ordinal, -1);
            boolean[] dropEvent = compactEventsToDrop();
            int[] eventOrdinal = new int[events];
            Arrays.fill(eventOrdinal, -1);
            String[] finalIds = new String[nodeCount];
            Node[] finalNodes = new Node[nodeCount];
            int kept = 0;
            for (int k = 0; k < nodeCount; k++) {
                int x = nodeOrder[k];
                if (x >= EVENT_BASE) {
                    if (!dropEvent[x - EVENT_BASE]) {
                        eventOrdinal[x - EVENT_BASE] = kept++; // id and node stay null: made on demand
                    }
                    continue;
                }
                Node node = nodes[x];
                ordinal[x] = kept;
                finalIds[kept] = node.id(); // the node's own id string, so that each id is stored once
                finalNodes[kept++] = node;
            }
            finalIds = Arrays.copyOf(finalIds, kept);
            finalNodes = Arrays.copyOf(finalNodes, kept);
            EventColumns vertices = compactColumns(finalIds, eventOrdinal);
            nodes = null;
            // the evidence of each link, grouped by link (a counting sort, stable: in the order added)
            int evidence = ev.size;
            int[] start = new int[links + 1];
            for (int i = 0; i < evidence; i++) {
                start[evLink[i] + 1]++;
            }
            for (int l = 0; l < links; l++) {
                start[l + 1] += start[l];
            }
            int[] order = new int[evidence];
            int[] fill = Arrays.copyOf(start, links);
            for (int i = 0; i < evidence; i++) {
                order[fill[evLink[i]]++] = i;
            }
            fill = null;
            evLink = null;
            String[] documents = Arrays.copyOf(docs.keys(), docs.size());
            // the writer sized exactly for the kept links and their kept evidence: those columns are not copied to trim them
            int keptLinks = 0;
            long keptEvidence = 0;
            for (int l = 0; l < links; l++) {
                if (endOrdinal(linkSrc[l], ordinal, eventOrdinal) >= 0 && endOrdinal(linkDst[l], ordinal, eventOrdinal) >= 0) {
                    keptLinks++;
                    keptEvidence += Math.min(start[l + 1] - start[l], Edge.MAX_EVIDENCE);
                }
            }
            EdgeData.Writer w = new EdgeData.Writer(vertices, documents, keptLinks, Math.toIntExact(keptEvidence),
                    evidence);
            long dropped = selfLinks;
            int[] days = new int[16];
            for (int l = 0; l < links; l++) {
                int s = endOrdinal(linkSrc[l], ordinal, eventOrdinal);
                int t = endOrdinal(linkDst[l], ordinal, eventOrdinal);
                int from = start[l];
                int to = start[l + 1];
                if (s < 0 || t < 0) {
                    dropped += to - from;
                    continue;
                }
                int dated = 0;
                if (days.length < to - from) {
                    days = new int[to - from];
                }
                for (int i = from; i < to; i++) {
                    if (ev.day[order[i]] != UNDATED) {
                        days[dated++] = ev.day[order[i]];
                    }
                }
                if (dated > 1) {
                    Arrays.sort(days, 0, dated);
                }
                for (int i = 0; i < dated; i++) {
                    w.day(days[i]);
                }
                keepEarliest(order, from, to, documents);
                w.evidence().addAll(ev, order, from, Math.min(to, from + Edge.MAX_EVIDENCE));
                w.edge(s, t, linkRel[l], (to - from) - dated);
            }
            EdgeData edges = w.finish();
            // the builder's table of ids answers the final ordinals: no second table of millions of ids
            return new KnowledgeGraph(new GraphStore(ids.remapped(ordinal), finalNodes, edges), DateWindow.ALL,
                    dropped);
        }

        /** The final ordinal of a link's end (-1 when it is left out). */
        private static int endOrdinal(int v, int[] ordinal, int[] eventOrdinal) {
            return v >= EVENT_BASE ? eventOrdinal[v - EVENT_BASE] : ordinal[v];
        }

        /** The compact events to leave out: a second one with the same report and number (its links go too). */
        private boolean[] compactEventsToDrop() {
            boolean[] drop = new boolean[events];
            int[] start = new int[docs.size() + 1];
            int[] sorted = EventColumns.byReportThenNumber(eDoc, eN, events, start);
            for (int d = 0; d < docs.size(); d++) {
                for (int i = start[d] + 1; i < start[d + 1]; i++) {
                    if (eN[sorted[i]] == eN[sorted[i - 1]]) {
                        drop[sorted[i]] = true; // the sort is stable: the first added stays
                    }
                }
            }
            return drop;
        }

        /** The vertices' ids with the kept compact events' columns, by final ordinal. */
        private EventColumns compactColumns(String[] finalIds, int[] eventOrdinal) {
            if (events == 0) {
                return new EventColumns(finalIds);
            }
            String[] shared = Arrays.copyOf(strings.keys(), strings.size());
            boolean inOrder = true; // event k is vertex k, as when every event is kept and added before other nodes
            for (int k = 0; k < events && inOrder; k++) {
                inOrder = eventOrdinal[k] == k;
            }
            if (inOrder) { // the columns as they are: no copy of tens of millions of values
                EventColumns columns = new EventColumns(finalIds, docs, shared, events, eDoc, eN, eType, eName,
                        eSubType, eModality, eDate, ePart, parts, eStart, eEnd);
                eDoc = eN = eType = eName = eSubType = eModality = eDate = eStart = eEnd = ePart = parts = null;
                return columns;
            }
            int n = finalIds.length;
            int[] doc = new int[n];
            Arrays.fill(doc, -1);
            int[] number = new int[n];
            int[] type = new int[n];
            int[] name = new int[n];
            int[] subType = new int[n];
            int[] modality = new int[n];
            int[] date = new int[n];
            int[] spanStart = new int[n];
            int[] spanEnd = new int[n];
            int[] eventOf = new int[n];
            Arrays.fill(eventOf, -1);
            for (int k = 0; k < events; k++) {
                int v = eventOrdinal[k];
                if (v < 0) {
                    continue;
                }
                eventOf[v] = k;
                doc[v] = eDoc[k];
                number[v] = eN[k];
                type[v] = eType[k];
                name[v] = eName[k];
                subType[v] = eSubType[k];
                modality[v] = eModality[k];
                date[v] = eDate[k];
                spanStart[v] = eStart[k];
                spanEnd[v] = eEnd[k];
            }
            int[] partStart = new int[n + 1];
            int[] byVertex = new int[partCount];
            int size = 0;
            for (int v = 0; v < n; v++) {
                int k = eventOf[v];
                if (k >= 0) {
                    System.arraycopy(parts, ePart[k], byVertex, size, ePart[k + 1] - ePart[k]);
                    size += ePart[k + 1] - ePart[k];
                }
                partStart[v + 1] = size;
            }
            eDoc = eN = eType = eName = eSubType = eModality = eDate = eStart = eEnd = ePart = parts = null;
            return new EventColumns(finalIds, docs, shared, n, doc, number, type, name, subType, modality, date,
                    partStart, byVertex, spanStart, spanEnd);
        }

        /**
         * Reorders the evidence {@code order[from..to)} so that its first {@link Edge#MAX_EVIDENCE} are the earliest,
         * in order (a selection: one comparison per later item in the usual case, no boxing; a hub's link has
         * hundreds of thousands of pieces of evidence).
         */
        private void keepEarliest(int[] order, int from, int to, String[] documents) {
            if (to - from <= 1) {
                return;
            }
            int end = from + Math.min(to - from, Edge.MAX_EVIDENCE); // kept: order[from..end), sorted
            for (int i = from + 1; i < end; i++) { // insertion sort: stable
                int x = order[i];
                int j = i - 1;
                while (j >= from && compare(order[j], x, documents) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            for (int i = end; i < to; i++) {
                int x = order[i];
                if (compare(x, order[end - 1], documents) >= 0) {
                    continue;
                }
                order[i] = order[end - 1]; // the dropped one takes x's place: order stays a permutation
                int j = end - 2;
                while (j >= from && compare(order[j], x, documents) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
        }

        /** {@link Evidence#ORDER} on evidence numbers. */
        private int compare(int a, int b, String[] documents) {
            int da = ev.day[a];
            int db = ev.day[b];
            if (da != db) {
                return da == UNDATED ? 1 : db == UNDATED ? -1 : Integer.compare(da, db);
            }
            if (ev.doc[a] != ev.doc[b]) {
                int c = documents[ev.doc[a]].compareTo(documents[ev.doc[b]]);
                if (c != 0) {
                    return c;
                }
            }
            int c = Integer.compare(ev.from[a], ev.from[b]);
            if (c == 0) {
                c = Integer.compare(ev.to[a], ev.to[b]);
            }
            return c != 0 ? c : ev.text(a).compareTo(ev.text(b));
        }

        private int vertex(String id) {
            if (events > 0 && id.startsWith(EventColumns.PREFIX)) {
                int k = compactEvent(id);
                if (k >= 0) {
                    return EVENT_BASE + k;
                }
            }
            int before = ids.size();
            int v = ids.add(id);
            if (v == before && id.startsWith(EventColumns.PREFIX)) {
                eventIdsInTable++;
            }
            if (v >= MAX_VERTICES) {
                throw new IllegalStateException("more than " + MAX_VERTICES + " distinct node ids");
            }
            if (v == nodes.length) {
                nodes = Arrays.copyOf(nodes, grow(nodes.length));
            }
            return v;
        }

        private static int grow(int n) {
            return Math.max(16, n + (n >> 1));
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this builder has already built its graph");
            }
        }
    }
}
