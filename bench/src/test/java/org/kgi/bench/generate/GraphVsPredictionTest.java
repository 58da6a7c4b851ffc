package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.indexer.snapshot.EntityInfo;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotBuilder;

/**
 * The whole way through: a generated corpus indexed by {@code kgi index}, the knowledge graph built from that index
 * as a server builds it, and what the generator predicted ({@code predicted.json}): the world's actors and places
 * are nodes of the graph, and the most-named ones are in about as many reports as predicted, so that the degree
 * distribution has the predicted head.
 */
class GraphVsPredictionTest {
    /** Share of the predicted distinct actors and places that must be nodes of the graph. */
    static final double MIN_ENTITY_RECALL = 0.8;
    /** Allowed relative error on the report count of the ten most-named entities. */
    static final double DEGREE_TOLERANCE = 0.3;

    @TempDir
    Path tmp;

    @Test
    void theGraphHasThePredictedEntitiesAndHead() throws Exception {
        Corpora.generate(tmp.resolve("gen"), 600, 23, 2);
        IndexGeneratedCorpusTest.kgi("index", "--corpus", tmp.resolve("gen/corpus").toString(),
                "--index", tmp.resolve("idx").toString(), "--json");
        Predicted p = Predicted.read(tmp.resolve("gen/predicted.json"));

        IndexSnapshot snap;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("idx")))) {
            snap = SnapshotBuilder.build(reader);
        }
        KnowledgeGraph g = snap.graph();
        Map<String, EntityInfo> byKey = new HashMap<>();
        for (EntityInfo e : snap.catalog().all()) {
            if (g.contains(e.id())) {
                byKey.putIfAbsent(ExtractionVsManifestTest.key(e.name()), e);
                e.aliases().forEach(a -> byKey.putIfAbsent(ExtractionVsManifestTest.key(a), e));
            }
        }

        // the world's entities that some report names
        Set<String> named = new HashSet<>();
        for (JsonNode r : Corpora.manifest(tmp.resolve("gen"))) {
            r.get("entities").forEach(e -> named.add(e.asText()));
        }
        Map<String, Set<String>> keysOf = ExtractionVsManifestTest.keysOfEntity(tmp.resolve("gen/world.jsonl"));
        long predictedDistinct = p.distinctActors() + p.distinctPlaces();
        long asNodes = named.stream().filter(id -> keysOf.get(id).stream().anyMatch(byKey::containsKey)).count();
        assertTrue(named.size() == predictedDistinct, "manifest and prediction agree: " + named.size() + " vs " + predictedDistinct);
        assertTrue(asNodes >= MIN_ENTITY_RECALL * predictedDistinct,
                asNodes + " of the " + predictedDistinct + " predicted actors and places are nodes of the graph");
        long nodes = g.nodes().stream().filter(n -> n.kind() != Kind.EVENT).count();
        assertTrue(nodes >= asNodes, "graph: " + nodes + " actor and place nodes");

        int checked = 0;
        for (Predicted.TopEntity top : p.degree().top()) {
            if (checked == 10) {
                break;
            }
            checked++;
            EntityInfo found = keysOf.get(top.id()).stream().map(byKey::get).filter(e -> e != null).findFirst()
                    .orElseThrow(() -> new AssertionError(top + " is not a node of the graph"));
            Node node = g.requireNode(found.id());
            assertTrue(Math.abs(found.documentCount() - top.reports()) <= DEGREE_TOLERANCE * top.reports(),
                    top.name() + ": predicted in " + top.reports() + " reports, the graph's " + node.id() + " in "
                            + found.documentCount());
            assertTrue(g.degree(node.id()) > 0, node.id() + " has edges");
        }
    }
}
