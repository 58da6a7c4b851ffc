package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What facet counting needs, kept between searches like Elasticsearch's global ordinals: each segment's facet
 * values as plain arrays of ordinals (built once per segment, when a search first meets it, and dropped when the
 * segment is closed), and for each reader the map from segment ordinals to global ones (built once per index
 * generation). Counting then adds up ints instead of decoding doc values for every match.
 */
final class FacetStates {
    /**
     * One facet field of one segment: the ordinals of doc {@code d} are {@code ords[start[d]]} to
     * {@code ords[start[d + 1] - 1]}.
     */
    record SegmentOrds(int[] start, int[] ords, int valueCount) {
    }

    /**
     * The states of one reader: per facet, the global ordinal map ({@code null} for one segment), how many values
     * it has, and for each leaf its ords and the global ordinal of each of its ordinals ({@code null} for one segment).
     */
    record ReaderState(Object readerKey, IndexReader reader, OrdinalMap[] maps, int[] valueCounts, List<SegmentOrds[]> leaves,
                       int[][][] toGlobal, String[][] labels) {
        SegmentOrds ords(int leaf, Facet facet) {
            return leaves.get(leaf)[facet.ordinal()];
        }

        int[] toGlobal(int leaf, Facet facet) {
            return toGlobal[facet.ordinal()] == null ? null : toGlobal[facet.ordinal()][leaf];
        }

        /** The value of a global ordinal (looked up once per reader: a lookup decompresses a block of terms). */
        String label(Facet facet, int globalOrd) throws IOException {
            String[] known = labels[facet.ordinal()];
            String label = known[globalOrd];
            if (label == null) {
                OrdinalMap map = maps[facet.ordinal()];
                int leaf = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
                long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
                label = DocValues.getSortedSet(reader.leaves().get(leaf).reader(), facet.field()).lookupOrd(ord).utf8ToString();
                known[globalOrd] = label; // a race only looks the same label up twice
            }
            return label;
        }
    }

    private final Map<Object, SegmentOrds[]> segments = new ConcurrentHashMap<>();
    private final AtomicReference<ReaderState> latest = new AtomicReference<>();

    ReaderState state(IndexReader reader) throws IOException {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        ReaderState s = latest.get();
        if (s != null && s.readerKey() == key) {
            return s;
        }
        synchronized (this) {
            s = latest.get();
            if (s != null && s.readerKey() == key) {
                return s;
            }
            s = build(key, reader);
            latest.set(s);
            return s;
        }
    }

    private ReaderState build(Object key, IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<SegmentOrds[]> ords = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            ords.add(segment(leaf.reader()));
        }
        Facet[] facets = Facet.values();
        OrdinalMap[] maps = new OrdinalMap[facets.length];
        int[] counts = new int[facets.length];
        int[][][] toGlobal = new int[facets.length][][];
        for (Facet f : facets) {
            if (leaves.size() > 1) {
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSortedSet(leaves.get(i).reader(), f.field());
                }
                OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
                maps[f.ordinal()] = map;
                counts[f.ordinal()] = Math.toIntExact(map.getValueCount());
                toGlobal[f.ordinal()] = new int[leaves.size()][];
                for (int leaf = 0; leaf < values.length; leaf++) {
                    int[] g = new int[ords.get(leaf)[f.ordinal()].valueCount()];
                    LongValues mapping = map.getGlobalOrds(leaf);
                    for (int ord = 0; ord < g.length; ord++) {
                        g[ord] = (int) mapping.get(ord);
                    }
                    toGlobal[f.ordinal()][leaf] = g;
                }
            } else {
                counts[f.ordinal()] = leaves.isEmpty() ? 0 : ords.get(0)[f.ordinal()].valueCount();
            }
        }
        String[][] labels = new String[facets.length][];
        for (Facet f : facets) {
            labels[f.ordinal()] = new String[counts[f.ordinal()]];
        }
        return new ReaderState(key, reader, maps, counts, ords, toGlobal, labels);
    }

    private SegmentOrds[] segment(LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return read(leaf);
        }
        SegmentOrds[] known = segments.get(helper.getKey());
        if (known != null) {
            return known;
        }
        SegmentOrds[] built = read(leaf);
        if (segments.putIfAbsent(helper.getKey(), built) == null) {
            helper.addClosedListener(segments::remove);
        }
        return built;
    }

    private static SegmentOrds[] read(LeafReader leaf) throws IOException {
        Facet[] facets = Facet.values();
        SegmentOrds[] out = new SegmentOrds[facets.length];
        for (Facet f : facets) {
            out[f.ordinal()] = read(leaf, f.field());
        }
        return out;
    }

    private static SegmentOrds read(LeafReader leaf, String field) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
        int maxDoc = leaf.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[16];
        int n = 0;
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) {
                start[next++] = n;
            }
            int count = dv.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) {
                ords[n++] = (int) dv.nextOrd();
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        return new SegmentOrds(start, ArrayUtil.copyOfSubArray(ords, 0, n), Math.toIntExact(dv.getValueCount()));
    }
}
