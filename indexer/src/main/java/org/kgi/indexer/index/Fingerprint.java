package org.kgi.indexer.index;

import java.util.Objects;

/**
 * What the index remembers of a source file to tell whether it changed: size, mtime and SHA-256. A file indexed
 * without some of its reports (a JSON-lines file's broken lines) is remembered by its SHA-256 alone, with a size of
 * -1: every run reads it again, to report those reports again, but writes it only once it has changed.
 */
public record Fingerprint(long size, long modifiedMillis, String sha256) {
    public Fingerprint {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The fingerprint of a file indexed without the reports it could not read. */
    public static Fingerprint partial(String sha256) {
        return new Fingerprint(-1, -1, sha256);
    }

    /** Whether the file was indexed without some of its reports (and an index of an older kgi wrote no hash). */
    public boolean partial() {
        return size < 0;
    }

    /** Same size and time: the file is taken as unchanged without reading it. */
    public boolean sameStat(long size, long modifiedMillis) {
        return this.size == size && this.modifiedMillis == modifiedMillis;
    }
}
