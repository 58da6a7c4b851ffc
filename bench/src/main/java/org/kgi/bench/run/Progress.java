package org.kgi.bench.run;

/** Progress lines of a run, on stderr. */
final class Progress {
    private Progress() {
    }

    static void say(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
        System.err.flush();
    }
}
