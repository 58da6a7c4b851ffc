package org.kgi.indexer.extract;

import org.kgi.indexer.corpus.Report;

/**
 * Turns a report into entities, events and relations. Implementations are thread-safe and bounded in
 * time and memory whatever the input.
 */
public interface Extractor {
    Extraction extract(Report report);
}
