import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.kgi.graph.DateWindow;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotBuilder;

/**
 * The knowledge graph of an index cut to four time windows ({@code KnowledgeGraph.window}: every edge's evidence
 * counted inside each), in rounds, against any kgi jar:
 * {@code java -Xmx4g -cp server/target/kgi.jar bench/eval/GraphWindowSpeed.java INDEX 12}.
 */
public class GraphWindowSpeed {
    public static void main(String[] a) throws Exception {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
            KnowledgeGraph g = SnapshotBuilder.build(r).graph();
            DateWindow[] ws = {DateWindow.of(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-01")),
                    DateWindow.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30")),
                    DateWindow.of(LocalDate.parse("2023-01-01"), null),
                    DateWindow.of(null, LocalDate.parse("2023-12-31"))};
            for (int round = 0; round < Integer.parseInt(a[1]); round++) {
                long t0 = System.nanoTime();
                long edges = 0;
                for (DateWindow w : ws) {
                    edges += g.window(w).edgeCount();
                }
                System.out.printf("round %d: %.1f ms for 4 windows (%d edges in all; graph %d edges)%n", round,
                        (System.nanoTime() - t0) / 1e6, edges, g.edgeCount());
            }
        }
    }
}
