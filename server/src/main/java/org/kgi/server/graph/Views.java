package org.kgi.server.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.kgi.graph.Kind;
import org.kgi.indexer.search.Hit;
import org.kgi.indexer.snapshot.EntityInfo;

/** The JSON shapes of graph answers. */
public final class Views {
    private Views() {
    }

    /** A node; {@code distance} and {@code score} only where the answer has them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeView(String id, Kind kind, String type, String name, List<String> aliases,
                           Map<String, String> attributes, Integer distance, Double score) {
    }

    /**
     * One supporting sentence, dated as its event or report is: {@code date} written as what it tells ({@code 2024},
     * {@code 2024-02}, {@code 2024-02-06}) and {@code datePrecision} {@code day}, {@code month} or {@code year}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceView(String document, int start, int end, String text, String date, String datePrecision) {
    }

    /** An edge with its weight (evidence count), dates and the first few supporting sentences. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeView(String source, String target, String relation, long weight, String firstDate,
                           String lastDate, long evidenceCount, List<EvidenceView> evidence) {
    }

    /** The answer of neighbours. */
    public record Neighbours(List<NodeView> nodes, List<EdgeView> edges, boolean truncated) {
    }

    /** One path: its length in edges, its node ids in order, and its edges. */
    public record PathView(int length, List<String> nodes, List<EdgeView> edges) {
    }

    /**
     * The answer of paths, with every node named on them (the two ends when there is none); {@code reason}: why there
     * is none, absent when there are paths.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Paths(List<PathView> paths, List<NodeView> nodes, String reason) {
    }

    /** One ranked node. */
    public record RankedView(String id, String name, Kind kind, String type, double score) {
    }

    /** The answer of rank. */
    public record Ranking(String by, List<RankedView> ranking) {
    }

    /** A community and its members, most connected first. */
    public record CommunityView(int index, int size, List<NodeView> members) {
    }

    /** The answer of communities. */
    public record CommunityList(int total, List<CommunityView> communities) {
    }

    /** An event as the events endpoint and the timeline show it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(String id, String type, String subType, String date, String datePrecision, String place,
                            String placeName, List<Participant> participants, String document, String modality,
                            EvidenceView evidence) {
    }

    /** A participant of an event. */
    public record Participant(String id, String name, String role) {
    }

    /** The answer of the events endpoint. */
    /**
     * A page of events.
     *
     * @param total all the events that pass the filters
     * @param next  the {@code offset} of the next page, or {@code null} on the last
     */
    public record EventList(int total, List<EventView> events, Integer next) {
    }

    /**
     * The entity page: the entity, the reports that name it (newest first), its latest events (at most
     * {@code GraphLimits.MAX_LIMIT}, in date order, the undated last), how many it has in all, and how many of them
     * fall in each month ({@code yyyy-MM}, those dated to a month or a day) and in each year ({@code yyyy}, all the
     * dated ones, those dated by their year alone too); {@code merged}: the entities of reports that name it only in
     * part ({@code TRB} where it is never spelled out), taken for it.
     */
    public record EntityDetail(NodeView entity, int documentCount, long documentTotal, List<Hit> documents,
                               List<EventView> events, int eventTotal, Map<String, Integer> eventsPerMonth,
                               Map<String, Integer> eventsPerYear, Map<String, Long> relations,
                               List<EntityInfo> merged) {
    }
}
