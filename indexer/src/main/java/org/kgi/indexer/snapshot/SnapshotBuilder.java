package org.kgi.indexer.snapshot;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.kgi.indexer.index.GraphRecord;
import org.kgi.indexer.index.GraphRecordCodec;
import org.kgi.indexer.index.Schema;

/** Builds an {@link IndexSnapshot} by decoding every live report's graph record (doc values only). */
public final class SnapshotBuilder {
    private SnapshotBuilder() {
    }

    /** The entity catalog of whatever {@code searchers} currently holds. */
    public static EntityCatalog buildCatalog(org.apache.lucene.search.SearcherManager searchers) throws IOException {
        org.apache.lucene.search.IndexSearcher s = searchers.acquire();
        try {
            return buildCatalog((DirectoryReader) s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** The snapshot of whatever {@code searchers} currently holds. */
    public static IndexSnapshot build(org.apache.lucene.search.SearcherManager searchers) throws IOException {
        org.apache.lucene.search.IndexSearcher s = searchers.acquire();
        try {
            return build((DirectoryReader) s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** The entity catalog alone, from the entity part of each graph record: cheap, all that search needs. */
    public static EntityCatalog buildCatalog(DirectoryReader reader) throws IOException {
        EntityCatalog.Builder catalog = new EntityCatalog.Builder();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.GRAPH);
            for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    catalog.addReport(GraphRecordCodec.decodeEntities(values.binaryValue()));
                }
            }
        }
        return catalog.build();
    }

    public static IndexSnapshot build(DirectoryReader reader) throws IOException {
        EntityCatalog.Builder catalog = new EntityCatalog.Builder();
        GraphAssembler graph = new GraphAssembler(reader.numDocs());
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), Schema.GRAPH);
            for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                GraphRecord record = GraphRecordCodec.decode(values.binaryValue());
                catalog.addReport(record.entities());
                graph.add(record);
            }
        }
        EntityCatalog entities = catalog.build();
        return new IndexSnapshot(reader.getVersion(), reader.numDocs(), entities, graph.build(entities));
    }
}
