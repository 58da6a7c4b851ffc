package org.kgi.server;

import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Extractor;

/** Which extractor a run uses. */
public final class Extractors {
    private Extractors() {
    }

    /** The extractor used by default. Until the rule-based extractor lands, reports are indexed without entities. */
    public static Extractor standard() {
        return report -> Extraction.EMPTY;
    }
}
