package org.kgi.graph;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A node's attributes: an unmodifiable map sorted by key, held as two arrays (the key array shared by every node
 * with the same keys), instead of a tree map entry per attribute, since a million-report graph has millions of
 * event nodes with the same few keys.
 */
public final class Attributes extends AbstractMap<String, String> {
    private static final int MAX_SHARED_KEY_SETS = 4096;
    private static final Map<KeySet, String[]> SHARED = new ConcurrentHashMap<>();

    private final String[] keys;
    private final String[] values;

    private Attributes(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * An unmodifiable copy of {@code attributes} sorted by key, the same from one run to the next ({@code Map.copyOf}
     * iterates in an order salted per JVM); {@code owner} names whose they are when a key or a value is null.
     */
    public static Map<String, String> copyOf(String owner, Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        if (attributes instanceof Attributes) {
            return attributes; // immutable, sorted, without nulls
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (a.getKey() == null || a.getValue() == null) {
                throw new IllegalArgumentException(owner + " has a null attribute key or value");
            }
            sorted.put(a.getKey(), a.getValue());
        }
        return ofSorted(sorted);
    }

    /** The attributes of a map already sorted by key (a TreeMap), without nulls. */
    static Map<String, String> ofSorted(Map<String, String> sorted) {
        if (sorted.isEmpty()) {
            return Map.of();
        }
        String[] keys = new String[sorted.size()];
        String[] values = new String[sorted.size()];
        int i = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new Attributes(shared(keys), values);
    }

    /**
     * The attributes given as parallel arrays (any order; entries with a null value are left out; keys distinct and
     * not null), without a map in between: the way to give millions of event nodes their few attributes.
     */
    static Map<String, String> of(String[] keys, String[] values) {
        int n = 0;
        for (String v : values) {
            if (v != null) {
                n++;
            }
        }
        if (n == 0) {
            return Map.of();
        }
        String[] k = new String[n];
        String[] v = new String[n];
        int size = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] == null) {
                continue;
            }
            if (keys[i] == null) {
                throw new IllegalArgumentException("null attribute key");
            }
            int j = size++;
            while (j > 0 && k[j - 1].compareTo(keys[i]) > 0) { // insertion sort: a handful of keys
                k[j] = k[j - 1];
                v[j] = v[j - 1];
                j--;
            }
            if (j > 0 && k[j - 1].equals(keys[i])) {
                throw new IllegalArgumentException("attribute key " + keys[i] + " given twice");
            }
            k[j] = keys[i];
            v[j] = values[i];
        }
        return new Attributes(shared(k), v);
    }

    private static String[] shared(String[] keys) {
        KeySet set = new KeySet(keys);
        String[] known = SHARED.get(set);
        if (known != null) {
            return known;
        }
        if (SHARED.size() < MAX_SHARED_KEY_SETS) {
            known = SHARED.putIfAbsent(set, keys);
        }
        return known == null ? keys : known;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        if (!(key instanceof String k)) {
            return -1;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(k)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        return new SimpleImmutableEntry<>(keys[i], values[i++]);
                    }
                };
            }
        };
    }

    private record KeySet(String[] keys) {
        @Override
        public boolean equals(Object o) {
            return o instanceof KeySet k && Arrays.equals(keys, k.keys);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(keys);
        }
    }
}
