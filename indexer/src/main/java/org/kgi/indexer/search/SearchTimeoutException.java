package org.kgi.indexer.search;

/** A search that ran past its time budget and was cut off. */
public final class SearchTimeoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(String message) {
        super(message);
    }
}
