/**
 * The benchmark run: each {@link org.kgi.bench.run.Benchmark} measures one aspect of kgi and, in the same
 * run on the same data, its baseline (bare Lucene), and returns rows of one results table.
 */
package org.kgi.bench.run;
