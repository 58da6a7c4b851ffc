package org.kgi.indexer.extract;

import org.kgi.indexer.corpus.Report;

/**
 * Turns a report into entities, events and relations. Implementations are thread-safe and bounded in
 * time and memory whatever the input.
 */
public interface Extractor {
    Extraction extract(Report report);

    /**
     * What this extractor is, with its configuration (e.g. the aliases file's hash): stored with each index
     * commit, so that reports extracted by another one are extracted again on the next indexing run.
     */
    default String fingerprint() {
        return getClass().getName();
    }
}
