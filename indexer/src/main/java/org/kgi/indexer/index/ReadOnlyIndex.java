package org.kgi.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index opened for reading only, at its last commit: works while another process (a running server)
 * holds the write lock.
 */
public final class ReadOnlyIndex implements Closeable {
    private final Directory directory;
    private final SearcherManager searchers;

    private ReadOnlyIndex(Directory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
    }

    public static ReadOnlyIndex open(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IOException("no index at " + path + "; run './kgi index' first");
        }
        Directory dir = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no index at " + path + "; run './kgi index' first");
        }
        return new ReadOnlyIndex(dir, new SearcherManager(dir, null));
    }

    public SearcherManager searchers() {
        return searchers;
    }


    @Override
    public void close() throws IOException {
        try (Directory d = directory; SearcherManager s = searchers) {
            // closes both
        }
    }
}
