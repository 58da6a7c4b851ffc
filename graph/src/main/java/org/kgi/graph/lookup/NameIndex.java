package org.kgi.graph.lookup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kgi.graph.GraphLimits;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.NodeFilter;

/**
 * Names and aliases of the nodes of one graph snapshot, normalised ({@link #normalise}: case, accents and
 * punctuation ignored) into one sorted array, for exact lookup and prefix autocomplete. Each name is indexed whole
 * and from each later word, so "cheri" finds "Jimmy Chérizier" and "pont so" finds "Pont-Sondé". Built once
 * (O(names log names)); immutable and thread-safe.
 */
public final class NameIndex {
    /** At most this many index entries are examined per autocomplete (very short prefixes match many). */
    public static final int SCAN_CAP = 20_000;
    /** Names longer than this many words are indexed from their first words only. */
    public static final int MAX_WORD_STARTS = 8;
    private static final int MAX_LOOKUP = 1_000;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final KnowledgeGraph graph;
    private final Node[] nodes;
    private final String[] keys;
    private final int[] node;
    private final String[] matched;
    private final boolean[] whole;

    public NameIndex(KnowledgeGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("NameIndex needs a graph");
        }
        this.graph = graph;
        this.nodes = graph.nodes().toArray(Node[]::new);
        List<Entry> entries = new ArrayList<>(nodes.length * 3);
        for (int i = 0; i < nodes.length; i++) {
            for (String name : nodes[i].names()) {
                String key = normalise(name);
                if (key.isEmpty()) {
                    continue;
                }
                entries.add(new Entry(key, i, name, true));
                int starts = 1;
                for (int at = key.indexOf(' '); at >= 0 && starts < MAX_WORD_STARTS; at = key.indexOf(' ', at + 1)) {
                    entries.add(new Entry(key.substring(at + 1), i, name, false));
                    starts++;
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::key).thenComparingInt(Entry::node));
        int n = entries.size();
        keys = new String[n];
        node = new int[n];
        matched = new String[n];
        whole = new boolean[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            keys[i] = e.key();
            node[i] = e.node();
            matched[i] = e.name();
            whole[i] = e.whole();
        }
    }

    /** Lower case, accents removed, every run of other than letters and digits made one space, trimmed. */
    public static String normalise(String text) {
        return SEPARATORS.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The accent-free form of {@code s} (ø, ł, ß... made plain letters too), same length or shorter. */
    public static String fold(String s) {
        int latin = 0; // characters up to U+024F, for which FOLDED has the answer
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ascii &= c < 128;
            if (c < FOLDED.length && FOLDED[c] != 0) {
                latin++;
            }
        }
        if (ascii) {
            return s;
        }
        if (latin == s.length()) {
            char[] out = new char[s.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = FOLDED[s.charAt(i)];
            }
            return new String(out);
        }
        return foldSlowly(s);
    }

    /**
     * Each Latin character's folded form (U+0000 to U+024F: Basic Latin, Latin-1, Latin Extended-A and B), as
     * {@link #foldSlowly} makes it; 0 where that is not one character. Folding a string of these one character at a
     * time gives what folding it whole gives: canonical decomposition splits each into a letter and marks, and
     * the marks are dropped.
     */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String f = foldSlowly(String.valueOf(c));
            FOLDED[c] = f.length() == 1 ? f.charAt(0) : 0;
        }
    }

    /** Folding by canonical decomposition: the reference {@link #fold} agrees with. */
    static String foldSlowly(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(switch (c) {
                    case 'ø', 'Ø' -> 'o';
                    case 'ł', 'Ł' -> 'l';
                    case 'đ', 'Đ' -> 'd';
                    case 'ß' -> 's';
                    case 'æ', 'Æ' -> 'a';
                    case 'œ', 'Œ' -> 'o';
                    case 'ı' -> 'i';
                    default -> c;
                });
            }
        }
        return b.toString();
    }


    /** The nodes with this exact name or alias (after {@link #normalise}), most connected first. */
    public List<NameMatch> lookup(String name) {
        String key = normalise(name);
        Map<Integer, Candidate> best = new LinkedHashMap<>();
        for (int i = lowerBound(key); i < keys.length && keys[i].equals(key); i++) {
            if (whole[i]) {
                offer(best, i, 0);
            }
        }
        return ranked(best, MAX_LOOKUP);
    }

    /**
     * Autocomplete: up to {@code limit} (1 to {@link GraphLimits#MAX_LIMIT}) nodes passing the filter with a name,
     * alias or later word of one starting with {@code prefix} (after {@link #normalise}). Exact names first, then
     * names that start with the prefix, then word matches; within each, the most connected first, then by id. An
     * empty prefix matches nothing.
     */
    public List<NameMatch> complete(String prefix, NodeFilter filter, int limit) {
        GraphLimits.checkLimit(limit);
        String key = normalise(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<Integer, Candidate> best = new LinkedHashMap<>();
        int from = lowerBound(key);
        int end = Math.min(keys.length, from + SCAN_CAP);
        for (int i = from; i < end && keys[i].startsWith(key); i++) {
            if (filter.test(nodes[node[i]])) {
                offer(best, i, !whole[i] ? 2 : keys[i].equals(key) ? 0 : 1);
            }
        }
        return ranked(best, limit);
    }

    /** Keeps, per node, its best-ranked matching name. */
    private void offer(Map<Integer, Candidate> best, int entry, int rank) {
        Candidate old = best.get(node[entry]);
        if (old == null || rank < old.rank()) {
            best.put(node[entry], new Candidate(new NameMatch(nodes[node[entry]], matched[entry]), rank,
                    old == null ? graph.degree(nodes[node[entry]].id()) : old.degree()));
        }
    }

    private static List<NameMatch> ranked(Map<Integer, Candidate> best, int limit) {
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparing(Comparator.comparingInt(Candidate::degree)
                        .reversed()).thenComparing(c -> c.match().node().id()))
                .limit(limit).map(Candidate::match).toList();
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record Candidate(NameMatch match, int rank, int degree) {
    }

    private record Entry(String key, int node, String name, boolean whole) {
    }
}
