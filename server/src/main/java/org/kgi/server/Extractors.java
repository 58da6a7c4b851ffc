package org.kgi.server;

import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.extract.RuleExtractor;

/** Which extractor a run uses. */
public final class Extractors {
    private Extractors() {
    }

    /** Loaded once (the gazetteer takes a moment), shared: the extractor is thread-safe. */
    private static final class Standard {
        static final RuleExtractor INSTANCE = new RuleExtractor();
    }

    /** The rule-based extractor with its built-in gazetteer and lexicons. */
    public static Extractor standard() {
        return Standard.INSTANCE;
    }
}
