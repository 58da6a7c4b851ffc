package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.graph.Kind;
import org.kgi.graph.Relation;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.snapshot.EntityInfo;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotBuilder;

/**
 * {@code kgi index} as a child process on a few thousand generated reports, killed with SIGKILL at random
 * moments several times, then run to the end: every report is in the index exactly once, and the graph built
 * from the index agrees with it.
 */
class CrashSafetyTest {
    static final int REPORTS = 4_000;

    @TempDir
    Path tmp;

    @Test
    void killedRunsLoseNothingAndDuplicateNothing() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        Set<String> expected = generate(corpus, REPORTS, new Random(7));
        Random random = new Random(11);
        int kills = 0;
        int lastCount = -1;
        // kill at random moments, from JVM start-up to mid-batch, until three kills (each run resumes the last)
        for (int attempt = 0; attempt < 12 && kills < 3; attempt++) {
            Process p = start(corpus, index);
            boolean finished = p.waitFor(500 + random.nextInt(kills == 0 ? 2_500 : 1_500), TimeUnit.MILLISECONDS);
            if (finished) {
                break;
            }
            p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no closing
            kills++;
            if (Files.exists(index.resolve("write.lock")) || DirectoryReader.indexExists(FSDirectory.open(index))) {
                Map<String, Integer> counts = idCounts(index);
                int killNo = kills;
                counts.forEach((id, n) -> assertEquals(1, n, id + " after kill " + killNo));
                assertTrue(expected.containsAll(counts.keySet()));
                assertTrue(counts.size() >= lastCount, "a commit is never lost: " + counts.size() + " < " + lastCount);
                lastCount = counts.size();
            }
        }
        assertTrue(kills >= 2, "the run was killed mid-way at least twice (" + kills + ")");

        Process last = start(corpus, index);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the final run ends");
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("child.log")));

        Map<String, Integer> counts = idCounts(index);
        assertEquals(expected, counts.keySet(), "every report is indexed");
        counts.forEach((id, n) -> assertEquals(1, n, id + " is indexed once"));
        graphAgreesWithIndex(index, counts.size());
    }

    private void graphAgreesWithIndex(Path index, int reports) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSnapshot snap = SnapshotBuilder.build(reader);
            assertEquals(reports, snap.documents());
            IndexSearcher searcher = new IndexSearcher(reader);
            int checked = 0;
            for (EntityInfo e : snap.catalog().all()) {
                String field = e.kind() == Kind.ACTOR ? Schema.ACTOR : Schema.PLACE;
                assertEquals(searcher.count(new TermQuery(new Term(field, e.id()))), e.documentCount(), e.id());
                assertTrue(snap.graph().contains(e.id()), e.id() + " is a node");
                checked++;
            }
            assertTrue(checked >= GANGS.length + TOWNS.length, "the generated reports name entities: " + checked);
            long tookPart = snap.graph().edges().stream().filter(x -> x.relation() == Relation.TOOK_PART_IN).count();
            assertTrue(tookPart > 0);
            snap.graph().edges().forEach(x -> x.evidence().forEach(ev -> assertTrue(
                    ev.document().isEmpty() || countOf(searcher, ev.document()) == 1, "evidence of a live report: " + ev.document())));
        }
    }

    private static int countOf(IndexSearcher searcher, String id) {
        try {
            return searcher.count(new TermQuery(new Term(Schema.ID, id)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Process start(Path corpus, Path index) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "2", "--commit-every", "150");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private static Map<String, Integer> idCounts(Path index) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (!DirectoryReader.indexExists(FSDirectory.open(index))) {
            return counts;
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                // a fresh reader of a commit: no deletions are pending, but skip deleted docs anyway
                if (reader.leaves().isEmpty()) {
                    break;
                }
                counts.merge(stored.document(i).get(Schema.ID), 1, Integer::sum);
            }
            assertEquals(reader.numDocs(), counts.values().stream().mapToInt(Integer::intValue).sum(), "no deleted docs linger in a commit read");
        }
        return counts;
    }

    static final String[] GANGS = {"Red Scorpions", "Kanno Lanmè", "Twa Kwa", "Gran Grif", "Black Lions", "Iron Fist"};
    static final String[] TOWNS = {"Delmont", "Saint-Ophir", "Mirebois", "Anse-Corail", "Dufresne", "Lacombe", "Port-Lazare"};
    static final String[] VERBS = {"clashed with police near", "attacked a market in", "kidnapped two traders in",
        "set fire to houses in", "exchanged fire with soldiers in"};

    /** Small varied reports in three formats; returns their ids. */
    static Set<String> generate(Path corpus, int n, Random r) throws IOException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Path dir = corpus.resolve("d" + (i / 500));
            Files.createDirectories(dir);
            String gang = GANGS[r.nextInt(GANGS.length)];
            String town = TOWNS[r.nextInt(TOWNS.length)];
            String day = (1 + r.nextInt(28)) + " " + List.of("March", "June", "October").get(r.nextInt(3)) + " " + (2022 + r.nextInt(3));
            String body = "On " + day + ", members of the " + gang + " gang " + VERBS[r.nextInt(VERBS.length)] + " " + town
                    + "; " + (1 + r.nextInt(5)) + " people were wounded, residents of " + town + " said. Report number " + i + ".";
            String name = String.format("r%05d", i);
            switch (i % 3) {
                case 0 -> Files.writeString(dir.resolve(name + ".txt"), "Violence in " + town + "\n\n" + body);
                case 1 -> Files.writeString(dir.resolve(name + ".md"), "---\ntitle: " + gang + " in " + town + "\ndate: 2024-01-0"
                        + (1 + r.nextInt(9)) + "\n---\n" + body);
                default -> Files.writeString(dir.resolve(name + ".json"), "{\"id\": \"" + name + "-j\", \"text\": \""
                        + body.replace("\"", "\\\"") + "\"}");
            }
            ids.add(i % 3 == 2 ? name + "-j" : dir.getFileName() + "." + name);
        }
        return ids;
    }

}
