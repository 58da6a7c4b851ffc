package org.kgi.indexer.index;

import org.kgi.indexer.corpus.CorpusFile;

/** Told of a synchronisation's progress, for a progress bar or log lines. Called from the indexing thread. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    /** The walk found {@code files} candidate files holding {@code bytes} bytes. */
    default void started(long files, long bytes) {
    }

    /** One file is done (whatever its outcome). */
    default void fileDone(CorpusFile file) {
    }

    /** Changes so far are committed: a crash from now on loses none of them. */
    default void committed(long filesDone) {
    }
}
