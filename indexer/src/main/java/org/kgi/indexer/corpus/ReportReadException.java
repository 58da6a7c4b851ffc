package org.kgi.indexer.corpus;

/** A file that cannot be read as reports; the message is the reason shown to the user. */
public final class ReportReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportReadException(String reason) {
        super(reason);
    }

    public ReportReadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
