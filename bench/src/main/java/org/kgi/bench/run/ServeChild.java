package org.kgi.bench.run;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code java -jar kgi.jar serve --no-index} over an index, in a child process started as {@code ./kgi serve}
 * starts it: no JVM options, so the JVM's default collector and heap. Closing it stops the process.
 */
final class ServeChild implements AutoCloseable {
    /** Between two looks for the first answered search. */
    static final int POLL_MILLIS = 10;
    /** Longest wait for the first answered search. */
    private static final int START_SECONDS = 300;
    /** Longest wait for the knowledge graph, and between two looks for it. */
    private static final int GRAPH_SECONDS = 1_800;
    private static final int GRAPH_POLL_MILLIS = 100;

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private double startSeconds;

    private ServeChild(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Launches the server on a free loopback port and waits until it answers {@code /api/search} with 200. */
    static ServeChild start(Path jar, Path index, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ChildJvm.java().toString(), "-jar", jar.toString(), "serve", "--no-index",
                "--index", index.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServeChild child = new ServeChild(p, port, log);
        try {
            child.await("/api/search?q=police&limit=10", body -> true, START_SECONDS, POLL_MILLIS, "answer");
            child.startSeconds = (System.nanoTime() - t0) / 1e9;
            return child;
        } catch (Exception e) {
            child.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** Seconds from the launch to the first answered search. */
    double startSeconds() {
        return startSeconds;
    }

    /**
     * Waits until {@code /api/health} says the knowledge graph is built: a server builds it in the background after
     * it starts answering searches, and measured before that its searches share the cores with the build.
     */
    void awaitGraph() throws Exception {
        await("/api/health", body -> body.contains("\"graph\":\"ready\""), GRAPH_SECONDS, GRAPH_POLL_MILLIS,
                "build its graph");
    }

    /**
     * Asks {@code path} every {@code pollMillis} until it answers 200 with a body {@code done} accepts; fails when the
     * server has exited or {@code maxSeconds} have passed.
     */
    private void await(String path, Predicate<String> done, int maxSeconds, int pollMillis, String what)
            throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("kgi serve exited with code " + process.exitValue() + "; see " + log);
            }
            if ((System.nanoTime() - t0) / 1e9 > maxSeconds) {
                throw new IOException("kgi serve did not " + what + " within " + maxSeconds + " s; see " + log);
            }
            try {
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200 && done.test(res.body())) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or the connection reset while starting
            }
            Thread.sleep(pollMillis);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
