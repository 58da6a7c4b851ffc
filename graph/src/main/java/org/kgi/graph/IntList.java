package org.kgi.graph;

import java.util.Arrays;

/** A growable list of ints, read through its fields ({@code items[0..size)}), for searches that must not box. */
public final class IntList {
    public int[] items = new int[16];
    public int size;

    public void add(int x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = x;
    }
}
