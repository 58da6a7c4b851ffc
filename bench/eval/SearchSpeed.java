import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.SearchRequest;
import org.kgi.indexer.search.SortOrder;
import org.kgi.indexer.snapshot.EntityCatalog;
import org.kgi.indexer.snapshot.SnapshotBuilder;

/**
 * Searches of an index in process, one at a time and without the cache of results (top 10, snippets, the four facets
 * and their actor merges), in rounds (the first ones warm the JIT up), against any kgi jar, so that two jars can be
 * compared on the same index: {@code java -cp server/target/kgi.jar bench/eval/SearchSpeed.java INDEX 25}. The queries:
 * every report, five common words and a conjunction, and two words of each of up to 144 headlines spread over the
 * index. Prints the milliseconds a search took in each round.
 */
public class SearchSpeed {
    public static void main(String[] args) throws Exception {
        SearcherManager searchers = new SearcherManager(FSDirectory.open(Path.of(args[0])), null);
        IndexSearcher s = searchers.acquire();
        DirectoryReader reader = (DirectoryReader) s.getIndexReader();
        EntityCatalog catalog = SnapshotBuilder.buildCatalog(reader);
        List<String> queries = new ArrayList<>(List.of("", "police", "gang", "police AND gang", "killed", "protest"));
        StoredFields stored = reader.storedFields();
        for (int d = 0; d < reader.maxDoc() && queries.size() < 150; d += Math.max(1, reader.maxDoc() / 144)) {
            String title = stored.document(d).get(Schema.TITLE);
            String[] words = title == null ? new String[0] : title.replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
            if (words.length > 1) {
                queries.add(words[0] + " " + words[words.length - 1]);
            }
        }
        searchers.release(s);
        ReportSearcher searcher = new ReportSearcher(searchers, Schema.analyzer(), () -> catalog, 0);
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            long t0 = System.nanoTime();
            long hits = 0;
            for (String q : queries) {
                hits += searcher.search(new SearchRequest(q, 10, null, Map.of(), null, null, SortOrder.RELEVANCE),
                        false).total();
            }
            System.out.printf("round %d: %.3f ms a search (%d searches, %d matches)%n", round,
                    (System.nanoTime() - t0) / 1e6 / queries.size(), queries.size(), hits);
        }
    }
}
