package org.kgi.graph;

/**
 * Open-addressing tables of {@code long} slots that hold a key's 32-bit hash in their high half and a number in
 * their low half (0 = empty), probed linearly from the hash's low bits: the id tables of the graph's builder and of
 * the indexer's record decoding.
 */
public final class HashSlots {
    private HashSlots() {
    }

    /** The same entries in a table twice the size. */
    public static long[] doubled(long[] slots) {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = slot;
            }
        }
        return bigger;
    }
}
