package org.kgi.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write an index. */
public final class IndexDirOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index",
            description = "Lucene index directory (default: ${DEFAULT-VALUE}).")
    Path index;
}
