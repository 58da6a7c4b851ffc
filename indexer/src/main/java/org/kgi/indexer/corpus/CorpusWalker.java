package org.kgi.indexer.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks a corpus directory in a stable (sorted) order, one directory listing in memory at a time.
 * Hidden files and folders and {@code README*} files are not reports and are passed over, and so is a folder
 * set aside (the index, kept inside its corpus); links to folders are not followed, and a link to a file of the
 * corpus is marked as one ({@link CorpusFile#linkedTo}), so that the file is not indexed twice.
 */
public final class CorpusWalker {
    private final Path root;
    /** A folder not walked, or {@code null}. */
    private final Path aside;
    /** The root with every link resolved: where links to files of the corpus lead. */
    private Path realRoot;
    /** The folder set aside with every link resolved, if it is in the corpus; else {@code null}. */
    private Path realAside;

    public CorpusWalker(Path root) {
        this(root, null);
    }

    /** @param aside a folder below the root that is not walked (the index kept inside its corpus), or {@code null} */
    public CorpusWalker(Path root, Path aside) {
        this.root = root.toAbsolutePath().normalize();
        this.aside = aside == null ? null : aside.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Calls {@code visitor} with every candidate file below the root, in sorted path order.
     *
     * @throws IOException if the root or a folder below it cannot be listed
     */
    public void walk(Consumer<CorpusFile> visitor) throws IOException {
        try {
            walk(visitor, (folder, e) -> {
                throw new UncheckedIOException(new IOException("cannot read the folder " + folder + ": " + e, e));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * As {@link #walk(Consumer)}, going on past a folder below the root that cannot be listed (its permissions): it
     * is given to {@code unreadable}, by its path relative to the root, with the error.
     *
     * @throws IOException if the root cannot be listed
     */
    public void walk(Consumer<CorpusFile> visitor, BiConsumer<String, IOException> unreadable) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("corpus directory " + root + " does not exist or is not a directory");
        }
        realRoot = root.toRealPath();
        realAside = null;
        if (aside != null && Files.isDirectory(aside)) {
            Path real = aside.toRealPath();
            realAside = real.startsWith(realRoot) && !real.equals(realRoot) ? real : null;
        }
        walk(root, visitor, unreadable);
    }

    /** Whether the walk passes over a file or folder of this name. */
    private static boolean passedOver(String name) {
        return name.startsWith(".") || name.toUpperCase(Locale.ROOT).startsWith("README");
    }

    /** The corpus-relative path of the file a link leads to, if the walk gives that file itself; else null. */
    private String walkedTarget(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException broken) {
            return null;
        }
        if (!target.startsWith(realRoot) || target.equals(realRoot)) {
            return null;
        }
        Path relative = realRoot.relativize(target);
        for (Path part : relative) {
            if (passedOver(part.toString())) {
                return null;
            }
        }
        if (realAside != null && target.startsWith(realAside)) {
            return null;
        }
        return relative.toString().replace('\\', '/');
    }

    private void walk(Path dir, Consumer<CorpusFile> visitor, BiConsumer<String, IOException> unreadable)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                entries.add(p);
            }
        }
        entries.sort(null);
        String prefix = root.toString().endsWith(root.getFileSystem().getSeparator()) ? root.toString()
                : root + root.getFileSystem().getSeparator();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (passedOver(name)) {
                continue;
            }
            long size = -1;
            long mtime = -1;
            boolean folder = false;
            String linkedTo = null;
            try {
                // one stat for a plain file or folder; a link is followed to its file (links to folders are not walked)
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                folder = attrs.isDirectory();
                if (attrs.isSymbolicLink()) {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class);
                    linkedTo = attrs.isDirectory() ? null : walkedTarget(p);
                }
                size = attrs.size();
                mtime = attrs.lastModifiedTime().toMillis();
            } catch (IOException brokenLink) {
                // reported as a failure when the file is read
            }
            String full = p.toString();
            String relative = (full.startsWith(prefix) ? full.substring(prefix.length())
                    : root.relativize(p).toString()).replace('\\', '/');
            if (folder) {
                if (realAside != null && realRoot.resolve(relative).equals(realAside)) {
                    continue; // (a folder walked is no link: its real path is the real root's and its own)
                }
                try {
                    walk(p, visitor, unreadable);
                } catch (IOException e) { // its own listing: a folder below it that cannot be listed is told there
                    unreadable.accept(relative, e);
                }
                continue;
            }
            visitor.accept(new CorpusFile(p, relative, size, mtime, linkedTo));
        }
    }
}
