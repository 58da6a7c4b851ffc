package org.kgi.indexer.index;

import java.util.Objects;

/** What the index remembers of a source file to tell whether it changed: size, mtime and SHA-256. */
public record Fingerprint(long size, long modifiedMillis, String sha256) {
    public Fingerprint {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Same size and time: the file is taken as unchanged without reading it. */
    public boolean sameStat(long size, long modifiedMillis) {
        return this.size == size && this.modifiedMillis == modifiedMillis;
    }
}
