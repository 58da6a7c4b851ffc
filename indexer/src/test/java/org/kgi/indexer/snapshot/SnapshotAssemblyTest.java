package org.kgi.indexer.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Edge;
import org.kgi.graph.Evidence;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.Relation;
import org.kgi.indexer.extract.RuleExtractor;
import org.kgi.indexer.index.CorpusIndexer;
import org.kgi.indexer.index.GraphRecord;
import org.kgi.indexer.index.GraphRecordCodec;
import org.kgi.indexer.index.KgiIndex;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.index.SyncListener;
import org.kgi.indexer.search.DateBound;

/**
 * The snapshot a server builds from the index (records decoded into numbers, entities counted and events added by
 * number) is the one a plain reading gives: each record decoded into objects, its entities counted by the catalog's
 * entity-list entry point, its events added as nodes and its relations as links by id. Over the bundled corpus
 * extracted for real, with one report given the odd records the extractor never writes (an event named for another
 * report, the same event twice, one numbered in the hundreds of millions, a link to an event the report does not hold, a relation that is not one, undated
 * and oddly dated links).
 */
class SnapshotAssemblyTest {
    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void indexTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath().resolve("corpus").normalize();
        index = tmp.resolve("index");
        RuleExtractor rules = new RuleExtractor();
        try (KgiIndex idx = KgiIndex.open(index)) {
            new CorpusIndexer(idx, new ReportReader(), report -> {
                Extraction x = rules.extract(report);
                return x.events().isEmpty() || !report.id().startsWith("0") ? x : odd(report.id(), x);
            }, SyncListener.NONE).sync(corpus, true);
        }
    }

    /** {@code x} with records the extractor never writes added. */
    private static Extraction odd(String report, Extraction x) {
        List<Event> events = new ArrayList<>(x.events());
        List<Relation> relations = new ArrayList<>(x.relations());
        Event first = events.get(0);
        String actor = x.entities().stream().filter(e -> e.kind() == Kind.ACTOR).findFirst().orElseThrow().id();
        Mention span = first.evidence();
        events.add(first); // the same event twice: the first is kept
        Event foreign = new Event("event:elsewhere-7", "Protests", "  ", new EventDate("2024-03", EventDate.Precision.MONTH),
                null, List.of(new Participant(actor, "actor"), new Participant(actor, " ")), span, "threatened");
        events.add(foreign);
        Event padded = new Event("event:" + report + "-007", "Riots", null, null, null, List.of(), span, "asserted");
        events.add(padded);
        Event far = new Event("event:" + report + "-123456789", "Battles", "Armed clash", null, null, List.of(), span, "asserted");
        events.add(far); // numbered far beyond the others
        relations.add(new Relation(actor, far.id(), "took_part_in", null, span));
        relations.add(new Relation(foreign.id(), actor, "took_part_in", null, span));
        relations.add(new Relation(actor, padded.id(), "took_part_in", "2023", span));
        relations.add(new Relation(first.id(), actor, "opposed", "not a date", span));
        relations.add(new Relation("event:" + report + "-999", actor, "took_part_in", "2024-02-30", span));
        relations.add(new Relation(actor, first.id(), "is_fond_of", null, span));
        relations.add(new Relation(actor, actor, "opposed", null, span));
        return new Extraction(x.entities(), events, relations);
    }

    @Test
    void theSnapshotIsWhatAPlainReadingOfTheRecordsGives() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            List<GraphRecord> records = records(reader);
            assertTrue(records.size() > 20, "the corpus is indexed");
            EntityCatalog.Builder catalog = new EntityCatalog.Builder();
            records.forEach(r -> catalog.addReport(r.entities()));
            EntityCatalog merging = catalog.build();
            // an actor others are taken for is counted in the reports that name it or any of them, each once
            Map<String, Integer> reports = new HashMap<>();
            for (GraphRecord r : records) {
                r.entities().stream().map(e -> merging.canonical(e.id())).distinct()
                        .filter(id -> !merging.merged(id).isEmpty()).forEach(id -> reports.merge(id, 1, Integer::sum));
            }
            assertTrue(reports.get("actor:bois-lenoir-brotherhood") < merging.get("actor:bois-lenoir-brotherhood")
                    .orElseThrow().documentCount() + merging.get("actor:brotherhood").orElseThrow().documentCount(),
                    "reports that name both: " + reports);
            EntityCatalog expectedCatalog = merging.withDocumentCounts(reports);
            KnowledgeGraph expected = plainGraph(records, expectedCatalog);

            IndexSnapshot built = SnapshotBuilder.build(reader);
            assertEquals(catalog(expectedCatalog), catalog(built.catalog()));
            assertEquals(catalog(expectedCatalog), catalog(SnapshotBuilder.buildCatalog(reader)));
            assertEquals(nodes(expected), nodes(built.graph()));
            assertEquals(edges(expected), edges(built.graph()));
            assertTrue(built.graph().nodeCount() > 300 && built.graph().edgeCount() > 1000);
            assertTrue(built.graph().contains("event:elsewhere-7"));
            // actors of one report taken for those others name in full: their links are the others'
            assertEquals("actor:tactical-response-brigade", built.catalog().canonical("actor:trb"));
            assertFalse(built.graph().contains("actor:trb"));
            assertTrue(built.graph().requireNode("actor:bois-lenoir-brotherhood").aliases().contains("Brotherhood"));
            // a server's rebuild, with the catalog it built for searches
            KnowledgeGraph withCatalog = SnapshotBuilder.build(reader, built.catalog()).graph();
            assertEquals(nodes(expected), nodes(withCatalog));
            assertEquals(edges(expected), edges(withCatalog));
        }
    }

    private static List<GraphRecord> records(DirectoryReader reader) throws IOException {
        List<GraphRecord> records = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.GRAPH);
            for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    records.add(GraphRecordCodec.decode(values.binaryValue()));
                }
            }
        }
        return records;
    }

    /** The graph as the records say it, by ids: events as nodes (the first of an id kept), relations as links. */
    private static KnowledgeGraph plainGraph(List<GraphRecord> records, EntityCatalog catalog) {
        KnowledgeGraph.Builder b = KnowledgeGraph.builder();
        for (GraphRecord r : records) {
            Set<String> seen = new HashSet<>();
            for (Event ev : r.events()) {
                if (!seen.add(ev.id())) {
                    continue;
                }
                String sub = blankToNull(ev.subType());
                String date = ev.date() == null ? null : blankToNull(ev.date().value());
                String what = sub != null ? sub : ev.type();
                String participants = ev.participants().isEmpty() ? null : ev.participants().stream()
                        .map(p -> catalog.canonical(p.id()) + "=" + p.role()).collect(Collectors.joining(";"));
                b.addNode(Node.event(ev.id(), ev.type(), date == null ? what : what + " (" + date + ")", sub,
                        "asserted".equals(ev.modality()) ? null : blankToNull(ev.modality()), date, participants,
                        ev.evidence().start(), ev.evidence().end()));
            }
            int reportDay = r.reportDate() == null ? KnowledgeGraph.Builder.UNDATED : (int) r.reportDate().toEpochDay();
            for (Relation rel : r.relations()) {
                org.kgi.graph.Relation type;
                try {
                    type = org.kgi.graph.Relation.parse(rel.type());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                int day = reportDay;
                int precision = DateWindow.DAY;
                if (rel.date() != null && !rel.date().isBlank()) {
                    try {
                        day = (int) DateBound.first(rel.date()).toEpochDay();
                        precision = DateWindow.precisionOf(rel.date());
                    } catch (IllegalArgumentException e) {
                        day = reportDay;
                    }
                }
                String source = catalog.canonical(rel.source());
                String target = catalog.canonical(rel.target());
                if (source.equals(target) && !rel.source().equals(rel.target())) {
                    continue; // two actors of the report that others show are one
                }
                LocalDate first = day == KnowledgeGraph.Builder.UNDATED ? null : LocalDate.ofEpochDay(day);
                b.addLink(source, target, type, new Evidence(r.reportId(), rel.evidence().start(), rel.evidence().end(),
                        "", first, precision));
            }
        }
        for (EntityInfo e : catalog.all()) {
            if (e.sameAs() != null) {
                continue; // its links and events are the other's
            }
            String type = (e.kind() == Kind.ACTOR ? Node.ACTOR_TYPES : Node.PLACE_TYPES).contains(e.type()) ? e.type() : "other";
            List<String> aliases = new ArrayList<>(e.aliases());
            catalog.merged(e.id()).stream().map(m -> catalog.get(m).orElseThrow().name())
                    .filter(n -> !n.equals(e.name()) && !aliases.contains(n)).forEach(aliases::add);
            b.addNode(new Node(e.id(), e.kind(), type, e.name(), aliases, e.attributes()));
        }
        return b.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Map<String, EntityInfo> catalog(EntityCatalog c) {
        Map<String, EntityInfo> m = new TreeMap<>();
        c.all().forEach(e -> m.put(e.id(), e));
        return m;
    }

    private static Map<String, Node> nodes(KnowledgeGraph g) {
        Map<String, Node> m = new TreeMap<>();
        g.nodes().forEach(n -> m.put(n.id(), n));
        return m;
    }

    private static Map<String, String> edges(KnowledgeGraph g) {
        Map<String, String> m = new TreeMap<>();
        for (Edge e : g.edges()) {
            String key = e.source() + " " + e.relation() + " " + e.target();
            m.put(key, e.weight() + " " + e.firstDate() + " " + e.lastDate() + " " + e.evidence());
        }
        return m;
    }
}
