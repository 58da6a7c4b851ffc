package org.kgi.graph;

import java.util.Arrays;

/**
 * Non-negative ints numbered 0, 1, 2... in the order first added (an open-addressing table), so that a query can
 * keep what it knows about each node it reached in plain arrays indexed by that number, without boxing. For the
 * graph's own searches; one per query, not thread-safe.
 */
public final class IntIndex {
    private int[] keys;
    private int[] slots; // index + 1; 0 = empty
    private int size;

    public IntIndex(int expected) {
        keys = new int[Math.max(8, expected)];
        int table = 16;
        while (table < expected * 2L) {
            table <<= 1;
        }
        slots = new int[table];
    }

    public int size() {
        return size;
    }

    /** The key numbered {@code index}. */
    public int key(int index) {
        return keys[index];
    }

    /** The number of this key, or -1. */
    public int indexOf(int key) {
        int mask = slots.length - 1;
        for (int i = IdTable.mix(key) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (keys[slot - 1] == key) {
                return slot - 1;
            }
        }
    }

    public boolean contains(int key) {
        return indexOf(key) >= 0;
    }

    /** Numbers a key that is not in the index yet (callers check with {@link #indexOf} first) and returns its number. */
    public int add(int key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        if ((size + 1) * 2L > slots.length) {
            slots = new int[slots.length * 2];
            for (int o = 0; o < size; o++) {
                place(o);
            }
        }
        keys[size] = key;
        place(size);
        return size++;
    }

    private void place(int o) {
        int mask = slots.length - 1;
        int i = IdTable.mix(keys[o]) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = o + 1;
    }
}
