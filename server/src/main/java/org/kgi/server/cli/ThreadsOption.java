package org.kgi.server.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that index. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Workers reading and extracting files (default: the machine's cores).")
    Integer threads;

    int value() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("--threads must be between 1 and 256, not " + n);
        }
        return n;
    }
}
