package org.kgi.graph;

/**
 * An open-addressing map from long keys (>= 0) to int values: the builder's (source, target, relation) keys, the
 * shortest-path graph's pairs. Not thread-safe while being filled.
 */
public final class LongIntTable {
    private long[] keys; // key + 1; 0 = empty (keys are >= 0)
    private int[] values;
    private int size;

    public LongIntTable(int expected) {
        int table = 16;
        while (table < expected * 2L && table < (1 << 30)) {
            table <<= 1;
        }
        keys = new long[table];
        values = new int[table];
    }

    public int size() {
        return size;
    }

    /** Removes every entry, keeping the capacity (for a small table used again and again). */
    public void clear() {
        if (size > 0) {
            java.util.Arrays.fill(keys, 0L);
            size = 0;
        }
    }

    /** The value of {@code key} (>= 0), or -1. */
    public int get(long key) {
        int i = slot(key);
        return keys[i] == 0 ? -1 : values[i];
    }

    /** Stores {@code value} for {@code key} (>= 0), whether it was there or not. */
    public void put(long key, int value) {
        int i = slot(key);
        if (keys[i] == 0) {
            insert(i, key, value);
        } else {
            values[i] = value;
        }
    }

    /** The slots, for reading every entry: {@link #keyAt} is -1 for an empty one. */
    public int capacity() {
        return keys.length;
    }

    public long keyAt(int slot) {
        return keys[slot] - 1;
    }

    public int valueAt(int slot) {
        return values[slot];
    }

    /** The value of {@code key} (>= 0), or, when absent, stores {@code value} and returns -1. */
    public int putIfAbsent(long key, int value) {
        int i = slot(key);
        if (keys[i] != 0) {
            return values[i];
        }
        insert(i, key, value);
        return -1;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        long stored = key + 1;
        int i = mix(key) & mask;
        for (long k; (k = keys[i]) != 0 && k != stored; ) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void insert(int i, long key, int value) {
        keys[i] = key + 1;
        values[i] = value;
        if (++size * 2L > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j] - 1) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
