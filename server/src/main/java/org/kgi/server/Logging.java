package org.kgi.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter that users cannot act on off the terminal. */
public final class Logging {
    /** Held so the level setting is not garbage-collected with the logger. */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Logging() {
    }

    /**
     * Lucene logs (java.util.logging) at every start that the incubating vector API is not enabled; kgi
     * does no vector search, so that notice is only noise.
     */
    public static void quietLibraries() {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }
}
