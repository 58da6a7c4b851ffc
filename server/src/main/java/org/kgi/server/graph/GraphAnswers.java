package org.kgi.server.graph;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Edge;
import org.kgi.graph.GraphLimits;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.NodeFilter;
import org.kgi.graph.QueryTooLargeException;
import org.kgi.graph.Relation;
import org.kgi.graph.clustering.Communities;
import org.kgi.graph.clustering.Community;
import org.kgi.graph.scoring.Measure;
import org.kgi.graph.scoring.Ranked;
import org.kgi.graph.scoring.Rankings;
import org.kgi.graph.shortestpath.NodePath;
import org.kgi.graph.shortestpath.PathQuery;
import org.kgi.graph.shortestpath.ShortestPaths;
import org.kgi.graph.timeline.Timeline;
import org.kgi.graph.timeline.TimelineEntry;
import org.kgi.graph.traverse.Neighbourhood;
import org.kgi.graph.traverse.NeighbourhoodQuery;
import org.kgi.graph.traverse.NeighbourhoodResult;
import org.kgi.graph.traverse.Reached;
import org.kgi.indexer.extract.events.Acled;
import org.kgi.indexer.search.Facet;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.ReportStore;
import org.kgi.indexer.search.SearchRequest;
import org.kgi.indexer.search.SearchResult;
import org.kgi.indexer.search.SortOrder;
import org.kgi.indexer.snapshot.EntityCatalog;
import org.kgi.indexer.snapshot.EntityInfo;
import org.kgi.indexer.snapshot.IndexSnapshot;

/**
 * Runs graph queries on the current snapshot and shapes their answers. Rankings and communities are computed
 * once per snapshot. Thread-safe.
 */
public final class GraphAnswers {
    /** Sentences shown per edge, at most. */
    public static final int MAX_EVIDENCE_PER_EDGE = 20;

    private final Supplier<IndexSnapshot> snapshots;
    private final ReportStore store;
    private final ReportSearcher searcher;
    private final SnapshotCache<Rankings> rankings = new SnapshotCache<>(Rankings::new);
    private final SnapshotCache<Communities> communities = new SnapshotCache<>(g -> communitiesOf(g, true));

    public GraphAnswers(Supplier<IndexSnapshot> snapshots, ReportStore store, ReportSearcher searcher) {
        this.snapshots = snapshots;
        this.store = store;
        this.searcher = searcher;
    }

    public KnowledgeGraph graph() {
        return snapshots.get().graph();
    }

    public Views.Neighbours neighbours(String id, int depth, Set<Kind> kinds, Set<String> types, Set<Relation> relations,
                                       DateWindow window, int limit, int evidencePerEdge) {
        return neighbours(id, depth, kinds, types, relations, window, limit, evidencePerEdge, true);
    }

    /** As above; {@code generic}: whether the walk may reach the generic actors ("civilians", "police"...). */
    public Views.Neighbours neighbours(String id, int depth, Set<Kind> kinds, Set<String> types,
                                       Set<Relation> relations, DateWindow window, int limit, int evidencePerEdge,
                                       boolean generic) {
        IndexSnapshot snapshot = snapshots.get();
        KnowledgeGraph g = snapshot.graph();
        id = nodeId(snapshot, id); // actor:trb of a report that never spells it out: the brigade's node
        NeighbourhoodQuery q = NeighbourhoodQuery.depth(depth).kinds(kinds.toArray(Kind[]::new))
                .types(types.toArray(String[]::new)).relations(relations.toArray(Relation[]::new)).window(window)
                .limit(limit).generic(generic);
        NeighbourhoodResult r = new Neighbourhood(g).around(id, q);
        EvidenceTexts texts = new EvidenceTexts(store);
        List<Views.NodeView> nodes = new ArrayList<>();
        for (Reached reached : r.nodes()) {
            nodes.add(node(reached.node(), reached.distance(), (double) reached.score()));
        }
        List<Views.EdgeView> edges = r.edges().stream().map(e -> edge(e, window, evidencePerEdge, texts)).toList();
        return new Views.Neighbours(nodes, edges, r.truncated());
    }

    public Views.Paths paths(String from, String to, int k, int maxLength, Set<Kind> through, Set<Relation> relations,
                             DateWindow window, int evidencePerEdge) {
        return paths(from, to, k, maxLength, through, relations, window, evidencePerEdge, true);
    }

    /** As above; {@code generic}: whether a path may go through the generic actors ("civilians", "police"...). */
    public Views.Paths paths(String from, String to, int k, int maxLength, Set<Kind> through, Set<Relation> relations,
                             DateWindow window, int evidencePerEdge, boolean generic) {
        IndexSnapshot snapshot = snapshots.get();
        KnowledgeGraph g = snapshot.graph();
        from = nodeId(snapshot, from);
        to = nodeId(snapshot, to);
        PathQuery q = PathQuery.maxLength(maxLength).through(through.toArray(Kind[]::new))
                .relations(relations.toArray(Relation[]::new)).window(window).throughGeneric(generic);
        ShortestPaths sp = new ShortestPaths(g);
        List<NodePath> found = k <= 1 ? sp.shortest(from, to, q).map(List::of).orElse(List.of()) : sp.kShortest(from, to, k, q);
        EvidenceTexts texts = new EvidenceTexts(store);
        Set<String> ids = new LinkedHashSet<>();
        List<Views.PathView> paths = new ArrayList<>();
        for (NodePath p : found) {
            ids.addAll(p.nodes());
            paths.add(new Views.PathView(p.length(), p.nodes(), p.edges().stream().map(e -> edge(e, window, evidencePerEdge, texts)).toList()));
        }
        String reason = null;
        if (found.isEmpty()) {
            ids.add(from);
            ids.add(to);
            reason = noPathReason(g, sp, from, to, q, through, relations, window);
        }
        return new Views.Paths(paths, ids.stream().map(id -> node(g.requireNode(id), null, null)).toList(), reason);
    }

    /**
     * Why no path was found: an end with no link the filters let through, a shortest path longer than
     * {@code maxLength} (its length, found by a search of the longest paths allowed), or no path of the longest
     * length allowed under the filters or at all.
     */
    private String noPathReason(KnowledgeGraph g, ShortestPaths sp, String from, String to, PathQuery q,
                                Set<Kind> through, Set<Relation> relations, DateWindow window) {
        String filters = (relations.isEmpty() ? "" : " of the relations asked")
                + (window.isUnbounded() ? "" : " within the time window");
        for (String end : List.of(from, to)) {
            if (g.edgesOf(end).stream().noneMatch(q.edges()::accepts)) {
                return g.requireNode(end).name() + " has no link" + filters + ".";
            }
        }
        boolean filtered = !filters.isEmpty() || !through.isEmpty() || !q.through().generic();
        String under = filtered ? " with the nodes, links and time window asked" : "";
        if (q.maxLength() < GraphLimits.MAX_PATH_LENGTH) {
            try {
                PathQuery longest = new PathQuery(GraphLimits.MAX_PATH_LENGTH, q.through(), q.edges());
                Optional<NodePath> shortest = sp.shortest(from, to, longest);
                if (shortest.isPresent()) {
                    return "The shortest path" + under + " has " + shortest.get().length()
                            + " links, more than the " + q.maxLength() + " asked for (maxLength).";
                }
            } catch (QueryTooLargeException e) {
                return "No path of at most " + q.maxLength() + " links" + under + "; a search of longer ones was too"
                        + " large to say whether there is one.";
            }
        }
        return "No path of at most " + GraphLimits.MAX_PATH_LENGTH + " links joins them" + under + ".";
    }

    /**
     * The most central nodes by {@code by} among those of the kinds and types, over the whole graph or over its slice
     * of a time window (the edges the window's evidence supports), with or without the generic actors ("civilians",
     * "police", "unidentified gunmen"), which are hubs of every report's events.
     */
    public Views.Ranking rank(Measure by, Set<Kind> kinds, Set<String> types, int limit, DateWindow window,
                              boolean generic) {
        Rankings ranks = window.isUnbounded() ? rankings.get(graph()) : windowSlice(window).rankings();
        List<Views.RankedView> out = new ArrayList<>();
        for (Ranked r : ranks.top(by, new NodeFilter(kinds, types, generic), limit)) {
            out.add(new Views.RankedView(r.node().id(), r.node().name(), r.node().kind(), r.node().type(), r.score()));
        }
        return new Views.Ranking(by.label(), out);
    }

    /**
     * A window's slice of a graph, with its rankings and its communities with and without the generic actors (each
     * computed when first asked for): the rankings page asks for both of a window.
     */
    private record WindowSlice(KnowledgeGraph graph, DateWindow window, KnowledgeGraph slice, Rankings rankings,
                               Communities communities, Communities withoutGeneric) {
    }

    /** The last window's slice, kept for the next request of the same window on the same graph. */
    private WindowSlice lastWindow;

    /** The current graph's slice of {@code window}. */
    private synchronized WindowSlice windowSlice(DateWindow window) {
        KnowledgeGraph g = graph();
        if (lastWindow == null || lastWindow.graph() != g || !lastWindow.window().equals(window)) {
            KnowledgeGraph slice = window.isUnbounded() ? g : g.window(window);
            lastWindow = new WindowSlice(g, window, slice, new Rankings(slice), communitiesOf(slice, true),
                    communitiesOf(slice, false));
        }
        return lastWindow;
    }

    /** The communities of the actors and places of a graph, with or without its generic actors. */
    private static Communities communitiesOf(KnowledgeGraph g, boolean generic) {
        return new Communities(g, Set.of(Kind.ACTOR, Kind.PLACE), generic, 2, 42L);
    }

    /**
     * The communities of actors and places, largest first, over the whole graph or its slice of a time window (the
     * edges the window's evidence supports), with or without the generic actors ("civilians", "police"), which
     * tie unrelated actors into one community.
     */
    public Views.CommunityList communities(int limit, int membersPerCommunity, DateWindow window, boolean generic) {
        KnowledgeGraph g = graph();
        Communities found;
        if (window.isUnbounded() && generic) {
            found = communities.get(g);
        } else {
            WindowSlice w = windowSlice(window);
            g = w.slice();
            found = generic ? w.communities() : w.withoutGeneric();
        }
        KnowledgeGraph members = g;
        List<Community> all = found.communities();
        List<Views.CommunityView> out = new ArrayList<>();
        for (Community c : all.subList(0, Math.min(limit, all.size()))) {
            out.add(new Views.CommunityView(c.index(), c.size(), c.members().stream().limit(membersPerCommunity)
                    .map(id -> node(members.requireNode(id), null, null)).toList()));
        }
        return new Views.CommunityList(all.size(), out);
    }

    /**
     * Events of an actor and/or place, or of a type or sub-type, within a window, in date order (undated last) or
     * newest first (undated still last): every filter is applied before the page is cut, {@code total} counts all
     * that pass, and {@code offset} pages through them.
     *
     * @throws IllegalArgumentException if {@code actor} is not an actor's id or {@code place} not a place's
     */
    public Views.EventList events(String actor, String place, String type, DateWindow window, int limit, int offset,
                                  boolean newestFirst) {
        GraphLimits.checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, not " + offset);
        }
        IndexSnapshot snapshot = snapshots.get();
        KnowledgeGraph g = snapshot.graph();
        actor = nodeId(snapshot, actor);
        place = nodeId(snapshot, place);
        requireKind(g, "actor", actor, Kind.ACTOR);
        requireKind(g, "place", place, Kind.PLACE);
        List<Dated> events = matching(g, actor, place, type, window, newestFirst);
        EvidenceTexts texts = new EvidenceTexts(store);
        int from = Math.min(offset, events.size());
        int to = (int) Math.min((long) from + limit, events.size());
        List<Views.EventView> out = events.subList(from, to).stream().map(d -> event(g, d.event(), texts)).toList();
        return new Views.EventList(events.size(), out, to < events.size() ? to : null);
    }

    /**
     * One event, by its id ({@code event:<report>-<n>}).
     *
     * @throws IllegalArgumentException if the id is an actor's or a place's
     */
    public Views.EventView event(String id) {
        IndexSnapshot snapshot = snapshots.get();
        KnowledgeGraph g = snapshot.graph();
        Node n = g.requireNode(nodeId(snapshot, id));
        if (n.kind() != Kind.EVENT) {
            throw new IllegalArgumentException(id + " is not an event's id; see GET /api/entities/" + id);
        }
        return event(g, n, new EvidenceTexts(store));
    }

    /** An event and its date, parsed once ({@code null} when it has none). */
    private record Dated(Node event, LocalDate date) {
    }

    /** The events that pass the filters, by date (oldest or newest first, the undated last), ties by id. */
    private static List<Dated> matching(KnowledgeGraph g, String actor, String place, String type, DateWindow window,
                                        boolean newestFirst) {
        List<Dated> events = new ArrayList<>();
        if (actor != null || place != null) {
            for (TimelineEntry t : new Timeline(g).all(actor != null ? actor : place, window)) {
                events.add(new Dated(t.event(), t.date()));
            }
            if (actor != null && place != null) {
                events.removeIf(d -> g.edgesOf(d.event().id()).stream()
                        .noneMatch(e -> e.relation() == Relation.HAPPENED_AT && e.opposite(d.event().id()).equals(place)));
            }
        } else {
            for (Node n : g.nodes()) {
                if (n.kind() == Kind.EVENT && Timeline.within(n, window)) {
                    events.add(new Dated(n, Timeline.dateOf(n).orElse(null)));
                }
            }
        }
        if (type != null) {
            // the types and sub-types it names, as search's event: reads them (riot, violence)
            List<String> named = Acled.named(type);
            if (named.isEmpty()) {
                throw new IllegalArgumentException("type: '" + type + "' " + Acled.namesNone());
            }
            events.removeIf(d -> !named.contains(d.event().type())
                    && !named.contains(d.event().attributes().get("subType")));
        }
        Comparator<LocalDate> byDate = newestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder();
        events.sort(Comparator.comparing(Dated::date, Comparator.nullsLast(byDate)).thenComparing(d -> d.event().id()));
        return events;
    }

    /** A filter's id, when given, must name a node of that kind: an actor's events are not a place's. */
    private static void requireKind(KnowledgeGraph g, String param, String id, Kind kind) {
        if (id != null && g.requireNode(id).kind() != kind) {
            throw new IllegalArgumentException(param + ": " + id + " is not "
                    + (kind == Kind.ACTOR ? "an actor" : "a place") + "'s id");
        }
    }

    public Views.EntityDetail entity(String id, int documents) throws IOException {
        IndexSnapshot snapshot = snapshots.get();
        KnowledgeGraph g = snapshot.graph();
        EntityCatalog catalog = snapshot.catalog();
        id = nodeId(snapshot, id);
        Node node = g.requireNode(id);
        if (node.kind() == Kind.EVENT) {
            throw new IllegalArgumentException(id + " is an event; see GET /api/events/" + id);
        }
        List<String> ids = catalog.withMerged(id); // its reports carry these
        Map<Facet, List<String>> filter = new EnumMap<>(Facet.class);
        filter.put(node.kind() == Kind.ACTOR ? Facet.ACTOR : Facet.PLACE, ids);
        SearchResult reports;
        try {
            reports = searcher.search(new SearchRequest("", documents, null, filter, null, null, SortOrder.DATE)
                    .withExactTotal());
        } catch (org.kgi.indexer.search.QuerySyntaxException | org.kgi.indexer.search.SearchTimeoutException e) {
            throw new IOException(e.getMessage(), e);
        }
        Map<String, Long> relations = new TreeMap<>();
        for (Edge e : g.edgesOf(id)) {
            relations.merge(e.relation().label(), 1L, Long::sum);
        }
        // the latest events, oldest of them first, and the count of all of them by month (those whose date says a
        // month or a day) and by year (all the dated ones)
        List<Dated> newestFirst = matching(g, node.kind() == Kind.ACTOR ? id : null,
                node.kind() == Kind.PLACE ? id : null, null, DateWindow.ALL, true);
        Map<String, Integer> perMonth = new TreeMap<>();
        Map<String, Integer> perYear = new TreeMap<>();
        int dated = 0;
        for (Dated d : newestFirst) {
            if (d.date() != null) {
                dated++;
                String written = d.event().attributes().get(Timeline.DATE_ATTRIBUTE).strip();
                if (written.length() >= 7) {
                    perMonth.merge(written.substring(0, 7), 1, Integer::sum);
                }
                perYear.merge(written.substring(0, Math.min(4, written.length())), 1, Integer::sum);
            }
        }
        EvidenceTexts texts = new EvidenceTexts(store);
        List<Views.EventView> shown = new ArrayList<>();
        newestFirst.stream().limit(GraphLimits.MAX_LIMIT).forEach(d -> shown.add(event(g, d.event(), texts)));
        Collections.reverse(shown.subList(0, Math.min(shown.size(), dated)));
        // its reports with those of the entities taken for it, each once, as the catalog counts them
        int count = catalog.get(id).map(EntityInfo::documentCount).orElse(0);
        List<EntityInfo> merged = new ArrayList<>();
        for (String each : ids) {
            catalog.get(each).filter(info -> info.sameAs() != null).ifPresent(merged::add);
        }
        return new Views.EntityDetail(node(node, null, null), count, reports.total(), reports.hits(), shown,
                newestFirst.size(), perMonth, perYear, relations, merged);
    }

    /**
     * The graph node {@code id} stands for: the id itself (blanks around it dropped), or in lower case
     * ({@code actor:TRB}), else the one entity it is a name or alias of ({@code TRB}, {@code Tactical Response
     * Brigade}), as search's filters take it; an actor taken for another across reports is that other's node. An id
     * that stands for none is given back as it came (and is then a 404).
     *
     * @throws IllegalArgumentException if it is no id but the name of several entities ({@code Valcin}): which
     *     they are, to choose from
     */
    static String nodeId(IndexSnapshot snapshot, String id) {
        if (id == null) {
            return null;
        }
        EntityCatalog catalog = snapshot.catalog();
        String t = id.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (snapshot.graph().contains(t) || catalog.get(t).isPresent()) {
            return catalog.canonical(t);
        }
        if (catalog.get(lower).isPresent() || snapshot.graph().contains(lower)) {
            return catalog.canonical(lower);
        }
        List<String> named = catalog.resolve(null, t).stream().map(catalog::canonical).distinct().sorted().toList();
        if (named.size() > 1) {
            List<String> which = named.stream().limit(10).map(n -> catalog.get(n).map(e -> e.name() + " (" + n + ")")
                    .orElse(n)).toList();
            throw new IllegalArgumentException("'" + t + "' names " + named.size() + " entities: "
                    + String.join(", ", which) + (named.size() > which.size() ? ", ..." : "") + "; give one's id");
        }
        return named.size() == 1 ? named.get(0) : t;
    }

    /** The names of {@link DateWindow#DAY}, {@code MONTH} and {@code YEAR} in the API. */
    private static final String[] PRECISIONS = {"day", "month", "year"};

    /** The API's name of a date's precision ({@link DateWindow#DAY}, {@code MONTH} or {@code YEAR}). */
    static String precisionName(int precision) {
        return PRECISIONS[precision];
    }

    static Views.NodeView node(Node n, Integer distance, Double score) {
        return new Views.NodeView(n.id(), n.kind(), n.type(), n.name(), n.aliases(), n.attributes(), distance, score);
    }

    private static Views.EdgeView edge(Edge e, DateWindow window, int evidence, EvidenceTexts texts) {
        Edge shown = window.isUnbounded() ? e : e.restrictTo(window).orElse(e);
        List<Views.EvidenceView> ev = texts.of(shown, window, evidence);
        return new Views.EdgeView(shown.source(), shown.target(), shown.relation().label(), shown.weight(),
                shown.firstDate().map(LocalDate::toString).orElse(null), shown.lastDate().map(LocalDate::toString).orElse(null),
                shown.weight(), ev);
    }

    private static Views.EventView event(KnowledgeGraph g, Node ev, EvidenceTexts texts) {
        Map<String, String> a = ev.attributes();
        List<Views.Participant> participants = new ArrayList<>();
        String raw = a.get("participants");
        if (raw != null) {
            for (String part : raw.split(";")) {
                int eq = part.lastIndexOf('=');
                String pid = eq < 0 ? part : part.substring(0, eq);
                participants.add(new Views.Participant(pid, g.node(pid).map(Node::name).orElse(pid), eq < 0 ? "actor" : part.substring(eq + 1)));
            }
        }
        String place = null;
        for (Edge e : g.edgesOf(ev.id())) {
            if (e.relation() == Relation.HAPPENED_AT) {
                place = e.opposite(ev.id());
                break;
            }
        }
        String doc = reportOf(ev.id());
        Views.EvidenceView evidence = null;
        String span = a.get("span");
        String date = a.get("date");
        String precision = date == null ? null : PRECISIONS[DateWindow.precisionOf(date)];
        if (doc != null && span != null) {
            int dash = span.indexOf('-');
            int start = Integer.parseInt(span.substring(0, dash));
            int end = Integer.parseInt(span.substring(dash + 1));
            evidence = new Views.EvidenceView(doc, start, end, texts.text(doc, start, end), date, precision);
        }
        return new Views.EventView(ev.id(), ev.type(), a.get("subType"), date, precision, place,
                place == null ? null : g.node(place).map(Node::name).orElse(null), participants, doc,
                a.getOrDefault("modality", "asserted"), evidence);
    }

    /** The report an event comes from: its id is {@code event:<report id>-<n>}. */
    public static String reportOf(String eventId) {
        int dash = eventId.lastIndexOf('-');
        return dash <= "event:".length() ? null : eventId.substring("event:".length(), dash);
    }

    /** A value computed once per graph snapshot. */
    private static final class SnapshotCache<T> {
        private final java.util.function.Function<KnowledgeGraph, T> compute;
        private volatile Map.Entry<KnowledgeGraph, T> cached;

        SnapshotCache(java.util.function.Function<KnowledgeGraph, T> compute) {
            this.compute = compute;
        }

        T get(KnowledgeGraph g) {
            Map.Entry<KnowledgeGraph, T> c = cached;
            if (c == null || c.getKey() != g) {
                synchronized (this) {
                    c = cached;
                    if (c == null || c.getKey() != g) {
                        c = Map.entry(g, compute.apply(g));
                        cached = c;
                    }
                }
            }
            return c.getValue();
        }
    }
}
