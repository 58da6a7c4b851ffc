package org.kgi.indexer.index;

import java.io.IOException;

/** Another process (usually a running {@code kgi serve}) holds the index's write lock. */
public final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
