package org.kgi.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.kgi.indexer.index.Schema;

/** What an index's last commit holds, read with Lucene itself: how many times each report id is there. */
final class IndexIds {
    private IndexIds() {
    }

    static Map<String, Integer> counts(Path index) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        ids.merge(stored.document(d).get(Schema.ID), 1, Integer::sum);
                    }
                }
            }
        }
        return ids;
    }
}
