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
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What facet counting needs, kept between searches like Elasticsearch's global ordinals: each segment's facet
 * values as plain arrays of ordinals (built once per segment, when a search first meets it, and dropped when the
 * segment is closed), and for each reader the map from segment ordinals to global ones (built once per index
 * generation). The four facets share one space of ordinals (each facet's range after the previous one's), so
 * a doc's values of all four lie side by side and counting reads them in one go: adding up ints instead of
 * decoding doc values for every match.
 */
final class FacetStates {
    private static final Facet[] FACETS = Facet.values();
    /** Consecutive docs sampled together in a large segment ({@link SegmentOrds#samples}). */
    static final int SAMPLE_RUN = 64;

    /**
     * The facets of one segment: the ordinals of doc {@code d} are {@code ords[start[d]]} to
     * {@code ords[start[d + 1] - 1]}; facet {@code f}'s ordinals are {@code offsets[f]} to {@code offsets[f + 1] - 1}.
     * {@code samples[k]} ({@code k >= 1}) are the docs of the segment's sample of rate 2<sup>-k</sup>, ascending: the
     * docs are taken in runs ({@link #runLength}: {@value #SAMPLE_RUN} docs in a segment of 65,536 or more, fewer in
     * a smaller one, down to single docs), and a run is in the samples up to the number of trailing zero bits of a
     * hash of its number, so each sample is about half the one before and contains the next (about {@code maxDoc}
     * ints in all). Runs, not single docs: the query is asked about a sampled doc by leaping to it, and a leap costs
     * about what stepping through a run of matches does; a small segment keeps enough runs to be sampled evenly.
     */
    record SegmentOrds(int[] start, int[] ords, int[] offsets, int[][] samples) {
        /** The docs of the sample of rate 2<sup>-k</sup>, or none when {@code k} is beyond the smallest sample. */
        int[] sample(int k) {
            return k < samples.length ? samples[k] : new int[0];
        }
    }

    /**
     * The states of one reader: per facet, the global ordinal map ({@code null} for one segment); where each
     * facet's global ordinals start ({@code offsets}, one more entry than facets: the last is the size of the
     * space); for each leaf its ords and the global ordinal of each of its ordinals ({@code null} for one segment).
     */
    record ReaderState(Object readerKey, IndexReader reader, OrdinalMap[] maps, int[] offsets, List<SegmentOrds> leaves,
                       int[][] toGlobal, String[] labels) {
        /** The value of a global ordinal (looked up once per reader: a lookup decompresses a block of terms). */
        String label(Facet facet, int globalOrd) throws IOException {
            String label = labels[globalOrd];
            if (label == null) {
                int local = globalOrd - offsets[facet.ordinal()];
                OrdinalMap map = maps[facet.ordinal()];
                int leaf = map == null ? 0 : map.getFirstSegmentNumber(local);
                long ord = map == null ? local : map.getFirstSegmentOrd(local);
                label = DocValues.getSortedSet(reader.leaves().get(leaf).reader(), facet.field()).lookupOrd(ord).utf8ToString();
                labels[globalOrd] = label; // a race only looks the same label up twice
            }
            return label;
        }
    }

    private final Map<Object, SegmentOrds> segments = new ConcurrentHashMap<>();
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
        List<SegmentOrds> ords = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            ords.add(segment(leaf.reader()));
        }
        OrdinalMap[] maps = new OrdinalMap[FACETS.length];
        int[] offsets = new int[FACETS.length + 1];
        int[][] toGlobal = leaves.size() > 1 ? new int[leaves.size()][] : null;
        if (toGlobal != null) {
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                toGlobal[leaf] = new int[ords.get(leaf).offsets()[FACETS.length]];
            }
        }
        for (Facet f : FACETS) {
            int values;
            if (toGlobal != null) {
                SortedSetDocValues[] dvs = new SortedSetDocValues[leaves.size()];
                for (int i = 0; i < dvs.length; i++) {
                    dvs[i] = DocValues.getSortedSet(leaves.get(i).reader(), f.field());
                }
                OrdinalMap map = OrdinalMap.build(null, dvs, PackedInts.DEFAULT);
                maps[f.ordinal()] = map;
                values = Math.toIntExact(map.getValueCount());
                for (int leaf = 0; leaf < dvs.length; leaf++) {
                    int[] segOffsets = ords.get(leaf).offsets();
                    LongValues mapping = map.getGlobalOrds(leaf);
                    for (int ord = 0, n = segOffsets[f.ordinal() + 1] - segOffsets[f.ordinal()]; ord < n; ord++) {
                        toGlobal[leaf][segOffsets[f.ordinal()] + ord] = offsets[f.ordinal()] + (int) mapping.get(ord);
                    }
                }
            } else {
                int[] segOffsets = leaves.isEmpty() ? new int[FACETS.length + 1] : ords.get(0).offsets();
                values = segOffsets[f.ordinal() + 1] - segOffsets[f.ordinal()];
            }
            offsets[f.ordinal() + 1] = offsets[f.ordinal()] + values;
        }
        return new ReaderState(key, reader, maps, offsets, ords, toGlobal, new String[offsets[FACETS.length]]);
    }

    private SegmentOrds segment(LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return read(leaf);
        }
        SegmentOrds known = segments.get(helper.getKey());
        if (known != null) {
            return known;
        }
        SegmentOrds built = read(leaf);
        if (segments.putIfAbsent(helper.getKey(), built) == null) {
            helper.addClosedListener(segments::remove);
        }
        return built;
    }

    private static SegmentOrds read(LeafReader leaf) throws IOException {
        SortedSetDocValues[] dvs = new SortedSetDocValues[FACETS.length];
        int[] offsets = new int[FACETS.length + 1];
        for (Facet f : FACETS) {
            dvs[f.ordinal()] = DocValues.getSortedSet(leaf, f.field());
            offsets[f.ordinal() + 1] = offsets[f.ordinal()] + Math.toIntExact(dvs[f.ordinal()].getValueCount());
        }
        int maxDoc = leaf.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[16];
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            start[doc] = n;
            for (Facet f : FACETS) {
                SortedSetDocValues dv = dvs[f.ordinal()];
                if (dv.advanceExact(doc)) {
                    int count = dv.docValueCount();
                    ords = ArrayUtil.grow(ords, n + count);
                    for (int i = 0; i < count; i++) {
                        ords[n++] = offsets[f.ordinal()] + (int) dv.nextOrd();
                    }
                }
            }
        }
        start[maxDoc] = n;
        return new SegmentOrds(start, ArrayUtil.copyOfSubArray(ords, 0, n), offsets, samples(maxDoc));
    }

    /** Docs sampled together in a segment of {@code maxDoc} docs: one per 1,024 of them, 1 to {@value #SAMPLE_RUN}. */
    static int runLength(int maxDoc) {
        return Math.clamp(maxDoc / 1024, 1, SAMPLE_RUN);
    }

    /**
     * The samples of {@link SegmentOrds#samples}: level {@code k} holds the docs of the runs whose hash ends in k or
     * more zeros.
     */
    static int[][] samples(int maxDoc) {
        int levels = 1;
        int[] level = new int[maxDoc];
        int run = runLength(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++) {
            level[doc] = Math.min(30, Integer.numberOfTrailingZeros(mix(doc / run + 1)));
            levels = Math.max(levels, level[doc] + 1);
        }
        int[] sizes = new int[levels];
        for (int l : level) {
            sizes[l]++;
        }
        int[][] samples = new int[levels][];
        samples[0] = new int[0]; // rate 1 is every doc: never asked for
        for (int k = levels - 1, size = 0; k >= 1; k--) {
            size += sizes[k];
            samples[k] = new int[size];
        }
        int[] filled = new int[levels];
        for (int doc = 0; doc < maxDoc; doc++) {
            for (int k = 1; k <= level[doc]; k++) {
                samples[k][filled[k]++] = doc;
            }
        }
        return samples;
    }

    /** The murmur3 finaliser: spreads consecutive doc numbers evenly over the 32 bits. */
    static int mix(int k) {
        k ^= k >>> 16;
        k *= 0x85ebca6b;
        k ^= k >>> 13;
        k *= 0xc2b2ae35;
        k ^= k >>> 16;
        return k;
    }
}
