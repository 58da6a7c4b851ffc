package org.kgi.indexer.search;

/** A query the user wrote that cannot be run; the message says what is wrong and where. */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
