package org.kgi.graph;

import java.util.Arrays;

/**
 * Strings numbered 0, 1, 2... in the order first added, with an open-addressing table from string to number: one
 * {@code long} slot per 1/0.6 entries (the string's mixed hash and its number) instead of a map entry and a boxed
 * integer per string. A probe compares the stored hash first, so that only the string that is probably the one
 * sought is read: with tens of millions of ids, each string read is a cache miss. Not thread-safe while being
 * filled; safe to read from many threads once filled.
 */
final class IdTable {
    private String[] keys;
    private long[] slots; // hash << 32 | (ordinal + 1); 0 = empty
    private int size;
    private int[] remap; // when set, get() answers remap[number] (see remapped)

    IdTable(int expected) {
        keys = new String[Math.max(16, expected)];
        slots = new long[tableSize(expected)];
    }

    /** A table of these strings, numbered by their position (they must be distinct). */
    static IdTable of(String[] strings, int count) {
        IdTable t = new IdTable(count);
        for (int i = 0; i < count; i++) {
            if (t.add(strings[i]) != i) {
                throw new IllegalArgumentException("duplicate id " + strings[i]);
            }
        }
        return t;
    }

    /**
     * This table, read-only, answering {@code ordinal[n]} for the string numbered {@code n} (-1 for a string
     * without one): renumbering without building a second table. This table must not be added to afterwards.
     */
    IdTable remapped(int[] ordinal) {
        if (ordinal.length < size) {
            throw new IllegalArgumentException("the renumbering must cover every string");
        }
        IdTable t = new IdTable(0);
        t.keys = keys;
        t.slots = slots;
        t.size = size;
        t.remap = ordinal;
        return t;
    }

    int size() {
        return size;
    }

    String key(int ordinal) {
        return keys[ordinal];
    }

    /** The strings, by ordinal (the backing array, possibly longer than {@link #size()}). */
    String[] keys() {
        return keys;
    }

    /** The number of this string, or -1. */
    int get(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int h = mix(s.hashCode());
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == h) {
                int n = (int) slot - 1;
                String k = keys[n];
                if (k == s || k.equals(s)) {
                    return remap == null ? n : remap[n];
                }
            }
        }
    }

    /** The number of this string, numbering it if new. */
    int add(String s) {
        if (remap != null) {
            throw new IllegalStateException("a renumbered table is read-only");
        }
        int h = mix(s.hashCode());
        int mask = slots.length - 1;
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                break;
            }
            if ((int) (slot >>> 32) == h) {
                String k = keys[(int) slot - 1];
                if (k == s || k.equals(s)) {
                    return (int) slot - 1;
                }
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length + (keys.length >> 1) + 16);
        }
        keys[size] = s;
        slots[i] = (long) h << 32 | ++size;
        if (size * 5L > slots.length * 3L) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        slots = HashSlots.doubled(slots);
    }

    private static int tableSize(int expected) {
        long want = Math.max(16, (long) expected * 5 / 3 + 1);
        return (int) Math.min(1 << 30, Long.highestOneBit(want - 1) << 1);
    }

    static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
