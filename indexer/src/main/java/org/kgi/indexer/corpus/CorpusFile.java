package org.kgi.indexer.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file of the corpus: where it is, its corpus-relative path (with {@code /}), size and modification time; and for
 * a link to another file of the corpus, which the walk also gives, that file's corpus-relative path.
 */
public record CorpusFile(Path file, String relativePath, long size, long modifiedMillis, String linkedTo) {
    public CorpusFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
    }

    /** A file that is no link to another file of the corpus. */
    public CorpusFile(Path file, String relativePath, long size, long modifiedMillis) {
        this(file, relativePath, size, modifiedMillis, null);
    }

    /** Whether this file is a link to another file of the corpus, which is indexed as itself. */
    public boolean linkInCorpus() {
        return linkedTo != null;
    }

    /** The lower-case extension without the dot, or {@code ""}. */
    public String extension() {
        return extensionOf(file.getFileName().toString());
    }

    /** The lower-case extension, without the dot, of a file name or path; {@code ""} if it has none. */
    public static String extensionOf(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash + 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The report id a file gives its report: the relative path without extension, {@code /} as {@code .}. */
    public String defaultId() {
        String p = relativePath;
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > slash + 1) {
            p = p.substring(0, dot);
        }
        return ReportIds.sanitize(p.replace('/', '.'));
    }
}
