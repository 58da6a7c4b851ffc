/**
 * The deterministic corpus generator: a fictional world built from a seed, reports composed from it
 * and streamed to disk in several formats, with the ground truth (manifest) and predicted counts beside them.
 */
package org.kgi.bench.generate;
