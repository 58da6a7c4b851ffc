package org.kgi.indexer.index;

import java.io.IOException;

/**
 * An incremental run found no file in a corpus whose reports the index holds: an unmounted disk or a mistyped path
 * looks like a corpus whose every file was deleted, so nothing is deleted; a full run empties the index if that is
 * meant.
 */
public final class EmptyCorpusException extends IOException {
    public EmptyCorpusException(String message) {
        super(message);
    }
}
