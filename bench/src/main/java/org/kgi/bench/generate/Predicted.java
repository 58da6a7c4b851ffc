package org.kgi.bench.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The corpus-level counts a perfect extractor would find, known exactly because the generator wrote
 * every mention: distinct actors and places named, reports per entity (the degree distribution of the
 * report-entity graph, Zipf-shaped), events per ACLED type. Written as {@code predicted.json}.
 *
 * @param reports         reports
 * @param files           corpus files
 * @param bytes           corpus bytes
 * @param words           words of all texts
 * @param reportsByFormat reports per format
 * @param distinctActors  actors named at least once
 * @param distinctPlaces  places named at least once
 * @param mentions        (report, entity) pairs: the edges of the report-entity graph
 * @param eventsByType    events per ACLED event type
 * @param eventsBySubType events per ACLED sub-event type
 * @param degree          reports per named entity
 */
public record Predicted(long reports, long files, long bytes, long words, Map<String, Long> reportsByFormat,
                        long distinctActors, long distinctPlaces, long mentions, Map<String, Long> eventsByType,
                        Map<String, Long> eventsBySubType, Degree degree) {
    /** How many reports name an entity: quantiles over the named entities, the top ones, a log2 histogram. */
    public record Degree(int p50, int p90, int p99, int max, List<TopEntity> top, Map<String, Long> histogram) {
        public Degree {
            top = List.copyOf(top);
            histogram = Map.copyOf(histogram);
        }
    }

    /** One of the most-named entities. */
    public record TopEntity(String id, String name, int reports) {
        public TopEntity {
            Objects.requireNonNull(id, "id");
        }
    }

    public Predicted {
        reportsByFormat = Map.copyOf(reportsByFormat);
        eventsByType = Map.copyOf(eventsByType);
        eventsBySubType = Map.copyOf(eventsBySubType);
        Objects.requireNonNull(degree, "degree");
    }

    static Predicted of(World world, CorpusStats s, GeneratorConfig config) {
        Map<String, Long> formats = new LinkedHashMap<>();
        for (Format f : Format.values()) {
            if (s.reportsByFormat[f.ordinal()] > 0) {
                formats.put(f.extension(), s.reportsByFormat[f.ordinal()]);
            }
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> bySub = new LinkedHashMap<>();
        for (SubEvent e : SubEvent.values()) {
            byType.merge(e.type, s.eventsBySub[e.ordinal()], Long::sum);
            bySub.put(e.subType, s.eventsBySub[e.ordinal()]);
        }
        long actors = 0;
        long places = 0;
        List<WorldEntity> named = new ArrayList<>();
        for (WorldEntity e : world.entities()) {
            if (s.reportsPerEntity[e.index()] > 0) {
                named.add(e);
                if ("actor".equals(e.kind())) {
                    actors++;
                } else {
                    places++;
                }
            }
        }
        return new Predicted(s.reports, s.files, s.bytes, s.words, formats, actors, places, s.mentions, byType, bySub,
                degree(named, s.reportsPerEntity));
    }

    private static Degree degree(List<WorldEntity> named, int[] counts) {
        int[] d = named.stream().mapToInt(e -> counts[e.index()]).sorted().toArray();
        if (d.length == 0) {
            return new Degree(0, 0, 0, 0, List.of(), Map.of());
        }
        List<TopEntity> top = named.stream()
                .sorted(Comparator.comparingInt((WorldEntity e) -> -counts[e.index()]).thenComparing(WorldEntity::id))
                .limit(20).map(e -> new TopEntity(e.id(), e.name(), counts[e.index()])).toList();
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int v : d) {
            int lo = Integer.highestOneBit(v);
            histogram.merge(lo == 1 ? "1" : lo + "-" + (2 * lo - 1), 1L, Long::sum);
        }
        return new Degree(q(d, 0.5), q(d, 0.9), q(d, 0.99), d[d.length - 1], top, histogram);
    }

    private static int q(int[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    void write(Path file) throws IOException {
        mapper().writeValue(file.toFile(), this);
    }

    public static Predicted read(Path file) throws IOException {
        return mapper().readValue(file.toFile(), Predicted.class);
    }

    @Override
    public String toString() {
        return "reports=" + reports + " files=" + files + " distinctActors=" + distinctActors + " distinctPlaces="
                + distinctPlaces + " degree p50/p90/max=" + degree.p50() + "/" + degree.p90() + "/" + degree.max()
                + " events=" + Arrays.toString(eventsByType.entrySet().toArray());
    }
}
