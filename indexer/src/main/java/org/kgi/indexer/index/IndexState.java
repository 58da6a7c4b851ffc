package org.kgi.indexer.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;

/**
 * What an index holds, read from doc values only: each source file's fingerprint, and which path owns
 * each report id (reports sent to the API own theirs with the path {@code ""}).
 */
public record IndexState(Map<String, Fingerprint> files, Map<String, String> idToPath) {

    /** This state once every corpus file's reports are deleted: only the reports sent to the API remain. */
    public IndexState withoutFiles() {
        Map<String, String> api = new HashMap<>();
        idToPath.forEach((id, path) -> {
            if (path.isEmpty()) {
                api.put(id, path);
            }
        });
        return new IndexState(Map.of(), api);
    }

    public static IndexState read(IndexReader reader) throws IOException {
        Map<String, Fingerprint> files = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            SortedSetDocValues idValues = DocValues.getSortedSet(leaf.reader(), Schema.ID);
            SortedSetDocValues paths = DocValues.getSortedSet(leaf.reader(), Schema.PATH);
            BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Schema.HASH);
            NumericDocValues sizes = DocValues.getNumeric(leaf.reader(), Schema.SIZE);
            NumericDocValues mtimes = DocValues.getNumeric(leaf.reader(), Schema.MTIME);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String path = paths.advanceExact(doc) ? paths.lookupOrd(paths.nextOrd()).utf8ToString() : "";
                if (idValues.advanceExact(doc)) {
                    ids.put(idValues.lookupOrd(idValues.nextOrd()).utf8ToString(), path);
                }
                if (!path.isEmpty() && !files.containsKey(path) && hashes.advanceExact(doc)) {
                    String hash = new String(hashes.binaryValue().bytes, hashes.binaryValue().offset,
                            hashes.binaryValue().length, StandardCharsets.US_ASCII);
                    long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                    long mtime = mtimes.advanceExact(doc) ? mtimes.longValue() : -1;
                    files.put(path, new Fingerprint(size, mtime, hash));
                }
            }
        }
        return new IndexState(files, ids);
    }
}
