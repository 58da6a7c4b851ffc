package org.kgi.indexer.extract;

import java.util.List;
import java.util.Locale;

/** Prints a found/missed table of gold items and per-category recall of the required ones. */
final class GoldReport {
    private GoldReport() {
    }

    static void print(String title, List<GoldScorer.Item> items) {
        StringBuilder b = new StringBuilder("\n== " + title + "\n");
        for (GoldScorer.Item i : items) {
            b.append(String.format(Locale.ROOT, "  %-6s %-8s %-9s %s%s%n", i.found() ? (i.typed() ? "FOUND" : "FOUND~") : "MISSED", i.category(),
                    i.required() ? "required" : "stretch", i.label(), i.why().isEmpty() ? "" : "  (" + i.why() + ")"));
        }
        System.out.print(b);
    }

    /** Share of the required found items of one category whose fine type is one the gold allows. */
    static double typed(List<GoldScorer.Item> items, String category) {
        long found = items.stream().filter(i -> i.required() && i.category().equals(category) && i.found()).count();
        long typed = items.stream().filter(i -> i.required() && i.category().equals(category) && i.found() && i.typed()).count();
        return found == 0 ? 1.0 : (double) typed / found;
    }

    /** Recall of the required items of one category. */
    static double recall(List<GoldScorer.Item> items, String category) {
        long all = items.stream().filter(i -> i.required() && i.category().equals(category)).count();
        long found = items.stream().filter(i -> i.required() && i.category().equals(category) && i.found()).count();
        return all == 0 ? 1.0 : (double) found / all;
    }
}
