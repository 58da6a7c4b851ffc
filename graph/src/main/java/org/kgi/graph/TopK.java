package org.kgi.graph;

import java.util.Arrays;

/**
 * The {@code k} smallest ints under a comparator (a total order), kept in a bounded heap while they are offered:
 * O(n log k) time and O(k) memory instead of sorting all n, for queries that keep the best few of many. One per
 * query, not thread-safe.
 */
public final class TopK {
    /** An order on ints (for example on indexes into a query's arrays). */
    @FunctionalInterface
    public interface IntComparator {
        int compare(int a, int b);
    }

    private final int k;
    private final IntComparator order;
    private int[] heap; // the worst kept item at the top
    private int size;

    public TopK(int k, IntComparator order) {
        this.k = Math.max(0, k);
        this.order = order;
        this.heap = new int[Math.min(this.k, 64)];
    }

    public void offer(int x) {
        if (k == 0) {
            return;
        }
        if (size < k) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, Math.min(k, size * 2));
            }
            heap[size] = x;
            up(size++);
        } else if (order.compare(x, heap[0]) < 0) {
            heap[0] = x;
            down(0);
        }
    }

    /** The kept items, best first. */
    public int[] sorted() {
        int[] out = new int[size];
        int n = size;
        int[] copy = Arrays.copyOf(heap, size);
        for (int i = n - 1; i >= 0; i--) {
            out[i] = heap[0];
            heap[0] = heap[--size];
            down(0);
        }
        heap = copy;
        size = n;
        return out;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (order.compare(heap[i], heap[parent]) <= 0) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l + 1 < size && order.compare(heap[l + 1], heap[l]) > 0 ? l + 1 : l;
            if (order.compare(heap[worst], heap[i]) <= 0) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
