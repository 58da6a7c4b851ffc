package org.kgi.bench.run;

import java.util.List;

/**
 * One benchmark of the table. The extension point for new ones (graph rebuild, neighbours, paths, once
 * the graph module lands): implement this and add it to {@link Benchmarks#all()}.
 */
public interface Benchmark {
    /** Short name, as used by {@code run --only}. */
    String name();

    /** Measures kgi and its baseline on the context's corpus; returns the table rows. */
    List<Row> run(Context context) throws Exception;
}
