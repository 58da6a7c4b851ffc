package org.kgi.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's corpus and the shared evaluation data are, for tests. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("kgi.root", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("corpus"))) {
            throw new IllegalStateException("cannot find the repository root (corpus/) from " + root);
        }
        return root;
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }
}
