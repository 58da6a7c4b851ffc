package org.kgi.bench.generate;

import java.util.Arrays;

/**
 * The entities one report has named so far, in first-mention order: decides between the full first
 * mention ({@code the Rapid Intervention Brigade (RIB)}) and the short later one ({@code the RIB}), and
 * is the report's ground truth. Reused from report to report by one generating thread.
 */
final class Mentions {
    private int[] order = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    /** Records a mention; true when it is the entity's first in this report. */
    boolean add(int entity) {
        for (int i = 0; i < size; i++) {
            if (order[i] == entity) {
                return false;
            }
        }
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = entity;
        return true;
    }

    boolean contains(int entity) {
        for (int i = 0; i < size; i++) {
            if (order[i] == entity) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return order[i];
    }
}
