package org.kgi.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * What facet counting needs, kept between searches: each segment's facet values as plain arrays of value ids (built
 * once per segment, when a search first meets it, and dropped when the segment is closed). The ids are this
 * object's own, one space for all four facets, handed out as segments are first read and never changed: a value has
 * the same id in every segment, so a doc's values are counted straight into one array, and a new reader (after
 * every refresh) costs only the reading of its new segments, plus a sort of the values when they bring new ones
 * (at 1,000,000 reports: about 1 ms, 2 to 5 ms with the sort). Elasticsearch's global ordinals, which kgi used until
 * session 46, instead map every segment's ordinals anew for each reader (59 to 96 ms there, paid by the first
 * search after each refresh) and cost a second lookup for every value counted. A doc's values of all four facets
 * lie side by side and counting reads them in one go: adding up ints instead of decoding doc values for every
 * match. Ids of values that no segment holds any more stay given (at most every distinct value seen since the
 * server started).
 */
final class FacetStates {
    private static final Facet[] FACETS = Facet.values();
    /** Consecutive docs sampled together in a large segment ({@link SegmentOrds#samples}). */
    static final int SAMPLE_RUN = 64;

    /**
     * The facets of one segment: the value ids of doc {@code d} are {@code ids[start[d]]} to
     * {@code ids[start[d + 1] - 1]}, or are in {@code smallIds} (16 bits each: half the memory to read as matches are
     * counted, 61 MB less at 1,000,000 reports) while every id of the segment is below 65,536, and {@code ids} is
     * then {@code null}. {@code samples[k]} ({@code k >= 1}) is the segment's sample of rate 2<sup>-k</sup>: the docs
     * are taken in runs ({@link #runLength}: {@value #SAMPLE_RUN} docs in a segment of 65,536 or more, fewer in a
     * smaller one, down to single docs), and a run is in the samples up to the number of trailing zero bits of a hash
     * of its number, so each sample is about half the one before and contains the next. Runs, not single docs: the
     * query is asked about a sampled doc by leaping to it, and a leap costs about what stepping through a run of
     * matches does; a small segment keeps enough runs to be sampled evenly.
     */
    record SegmentOrds(int[] start, char[] smallIds, int[] ids, Sample[] samples) {
        /** The sample of rate 2<sup>-k</sup>, or an empty one when {@code k} is beyond the smallest sample. */
        Sample sample(int k) {
            return k < samples.length ? samples[k] : Sample.NONE;
        }
    }

    /**
     * Some runs of a segment's docs: run {@code r} is docs {@code r * runLength} to {@code (r + 1) * runLength - 1}
     * (the segment's last run may be shorter); {@code runs} ascending; {@code docs} in all.
     */
    record Sample(int runLength, int[] runs, int docs) {
        static final Sample NONE = new Sample(1, new int[0], 0);
    }

    /**
     * The states of one reader: for each leaf its value ids; the value of every id given when the reader was first
     * searched (every id its segments hold), its place in value order ({@code rank}, as their UTF-8 bytes sort, as
     * doc values sort them) and the id at each place ({@code byRank}); the ids of each facet, ascending; the ids
     * given, to look a value's id up ({@code given}).
     */
    record ReaderState(Object readerKey, List<SegmentOrds> leaves, String[] values, int[] rank, int[] byRank,
                       int[][] idsOf, ValueIds given) {
        /** The value of id {@code id}. */
        String label(int id) {
            return values[id];
        }

        /** The id of {@code value} of {@code facet}, or {@code -1} when no segment of this reader holds it. */
        int id(Facet facet, String value) {
            Integer id = given.known(facet, new BytesRef(value));
            return id == null || id >= values.length ? -1 : id; // an id given after this state: not of this reader
        }

        /** How many ids there are: one more than the greatest. */
        int size() {
            return values.length;
        }
    }

    /** Value ids: one space for all facets, given in the order values are first met. */
    private static final class ValueIds {
        private final List<Map<BytesRef, Integer>> byFacet = new ArrayList<>();
        private String[] values = new String[1024];
        /** Each id's value as bytes (the key it has in {@link #byFacet}), for value order. */
        private BytesRef[] bytes = new BytesRef[1024];
        private byte[] facets = new byte[1024];
        private int size;
        /** What every reader state shares until new ids are given: the values, their order, each facet's ids. */
        private String[] valuesGiven = new String[0];
        private int[] rank = new int[0];
        private int[] byRank = new int[0];
        private int[][] idsOf = new int[FACETS.length][0];

        ValueIds() {
            for (int f = 0; f < FACETS.length; f++) {
                byFacet.add(new HashMap<>());
            }
        }

        /** The id given to {@code value} of {@code facet}, or {@code null}. */
        synchronized Integer known(Facet facet, BytesRef value) {
            return byFacet.get(facet.ordinal()).get(value);
        }

        synchronized int id(Facet facet, BytesRef value) {
            Integer known = byFacet.get(facet.ordinal()).get(value);
            if (known != null) {
                return known;
            }
            if (size == values.length) {
                values = ArrayUtil.growExact(values, size * 2);
                bytes = ArrayUtil.growExact(bytes, size * 2);
                facets = ArrayUtil.growExact(facets, size * 2);
            }
            values[size] = value.utf8ToString();
            bytes[size] = BytesRef.deepCopyOf(value);
            facets[size] = (byte) facet.ordinal();
            byFacet.get(facet.ordinal()).put(bytes[size], size);
            return size++;
        }

        /**
         * A reader's state over the ids given so far: their values, their places in value order and each facet's ids,
         * ascending (made again only when ids were given since the last reader).
         */
        synchronized ReaderState state(Object key, List<SegmentOrds> leaves) {
            if (valuesGiven.length != size) {
                valuesGiven = Arrays.copyOf(values, size);
                int[] counts = new int[FACETS.length];
                for (int id = 0; id < size; id++) {
                    counts[facets[id]]++;
                }
                idsOf = new int[FACETS.length][];
                for (int f = 0; f < FACETS.length; f++) {
                    idsOf[f] = new int[counts[f]];
                }
                int[] filled = new int[FACETS.length];
                for (int id = 0; id < size; id++) {
                    idsOf[facets[id]][filled[facets[id]]++] = id;
                }
                Integer[] sorted = new Integer[size];
                for (int id = 0; id < size; id++) {
                    sorted[id] = id;
                }
                Arrays.sort(sorted, (a, b) -> bytes[a].compareTo(bytes[b])); // unsigned bytes: UTF-8 order
                rank = new int[size];
                byRank = new int[size];
                for (int r = 0; r < size; r++) {
                    rank[sorted[r]] = r;
                    byRank[r] = sorted[r];
                }
            }
            return new ReaderState(key, leaves, valuesGiven, rank, byRank, idsOf, this);
        }
    }

    private final ValueIds ids = new ValueIds();
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
            List<SegmentOrds> leaves = new ArrayList<>(reader.leaves().size());
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(segment(leaf.reader()));
            }
            s = ids.state(key, leaves);
            latest.set(s);
            return s;
        }
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

    /** A segment's facet values as ids (its deleted docs' too: a search never counts them). */
    private SegmentOrds read(LeafReader leaf) throws IOException {
        SortedSetDocValues[] dvs = new SortedSetDocValues[FACETS.length];
        int[][] idOf = new int[FACETS.length][];
        int greatest = -1; // of the segment's ids
        for (Facet f : FACETS) {
            SortedSetDocValues dv = DocValues.getSortedSet(leaf, f.field());
            int[] map = new int[Math.toIntExact(dv.getValueCount())];
            TermsEnum values = dv.termsEnum(); // its own enum of the values: the docs are read from dv below
            for (int ord = 0; ord < map.length; ord++) {
                map[ord] = ids.id(f, values.next());
                greatest = Math.max(greatest, map[ord]);
            }
            idOf[f.ordinal()] = map;
            dvs[f.ordinal()] = dv;
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
                        ords[n++] = idOf[f.ordinal()][(int) dv.nextOrd()];
                    }
                }
            }
        }
        start[maxDoc] = n;
        if (greatest > Character.MAX_VALUE) {
            return new SegmentOrds(start, null, ArrayUtil.copyOfSubArray(ords, 0, n), samples(maxDoc));
        }
        char[] small = new char[n];
        for (int i = 0; i < n; i++) {
            small[i] = (char) ords[i];
        }
        return new SegmentOrds(start, small, null, samples(maxDoc));
    }

    /** Docs sampled together in a segment of {@code maxDoc} docs: one per 1,024 of them, 1 to {@value #SAMPLE_RUN}. */
    static int runLength(int maxDoc) {
        return Math.clamp(maxDoc / 1024, 1, SAMPLE_RUN);
    }

    /**
     * The samples of {@link SegmentOrds#samples}: level {@code k} holds the runs whose hash ends in k or more zeros.
     */
    static Sample[] samples(int maxDoc) {
        int length = runLength(maxDoc);
        int[] level = new int[(maxDoc + length - 1) / length];
        int levels = 1;
        for (int run = 0; run < level.length; run++) {
            level[run] = Math.min(30, Integer.numberOfTrailingZeros(mix(run + 1)));
            levels = Math.max(levels, level[run] + 1);
        }
        int[] sizes = new int[levels];
        for (int l : level) {
            sizes[l]++;
        }
        int[][] runs = new int[levels][];
        for (int k = levels - 1, size = 0; k >= 0; k--) {
            size += sizes[k];
            runs[k] = new int[k == 0 ? 0 : size]; // rate 1 is every doc: never asked for
        }
        int[] filled = new int[levels];
        int[] docs = new int[levels];
        for (int run = 0; run < level.length; run++) {
            for (int k = 1; k <= level[run]; k++) {
                runs[k][filled[k]++] = run;
                docs[k] += Math.min(length, maxDoc - run * length);
            }
        }
        Sample[] samples = new Sample[levels];
        for (int k = 0; k < levels; k++) {
            samples[k] = new Sample(length, runs[k], docs[k]);
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
