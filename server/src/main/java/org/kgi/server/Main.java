package org.kgi.server;

import org.kgi.server.cli.KgiCommand;

/** Entry point of {@code ./kgi}. Tests call {@link #run(String...)}, which never exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logging.quietLibraries();
        System.exit(run(args));
    }

    /** Runs one command line; returns its exit code (0 ok, 1 failures, 2 usage). */
    public static int run(String... args) {
        return KgiCommand.commandLine().execute(args);
    }
}
