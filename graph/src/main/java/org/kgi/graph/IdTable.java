package org.kgi.graph;

import java.util.Arrays;

/**
 * Strings numbered 0, 1, 2... in the order first added, with an open-addressing table from string to number: one
 * {@code int} slot per 1/0.6 entries instead of a map entry and a boxed integer per string. Not thread-safe while
 * being filled; safe to read from many threads once filled.
 */
final class IdTable {
    private String[] keys;
    private int[] slots; // ordinal + 1; 0 = empty
    private int size;

    IdTable(int expected) {
        keys = new String[Math.max(16, expected)];
        slots = new int[tableSize(expected)];
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
        int mask = slots.length - 1;
        for (int i = mix(s.hashCode()) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            String k = keys[slot - 1];
            if (k == s || k.equals(s)) {
                return slot - 1;
            }
        }
    }

    /** The number of this string, numbering it if new. */
    int add(String s) {
        int mask = slots.length - 1;
        int i = mix(s.hashCode()) & mask;
        for (; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                break;
            }
            String k = keys[slot - 1];
            if (k == s || k.equals(s)) {
                return slot - 1;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length + (keys.length >> 1) + 16);
        }
        keys[size] = s;
        slots[i] = ++size;
        if (size * 5L > slots.length * 3L) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int o = 0; o < size; o++) {
            int i = mix(keys[o].hashCode()) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = o + 1;
        }
        slots = bigger;
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
