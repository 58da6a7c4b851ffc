package org.kgi.bench.run;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar kgi.jar serve --no-index} over an index, in a child process started as {@code ./kgi serve}
 * starts it: no JVM options, so the JVM's default collector and heap. Closing it stops the process.
 */
final class ServeChild implements AutoCloseable {
    /** Between two looks for the first answered search. */
    static final int POLL_MILLIS = 10;
    /** Longest wait for the first answered search. */
    private static final int START_SECONDS = 300;
    /** Longest wait for the knowledge graph. */
    private static final int GRAPH_SECONDS = 1_800;

    private final Process process;
    private final int port;
    private final double startSeconds;

    private ServeChild(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /** Launches the server on a free loopback port and waits until it answers {@code /api/search} with 200. */
    static ServeChild start(Path jar, Path index, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=police&limit=10"))
                .timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ChildJvm.java().toString(), "-jar", jar.toString(), "serve", "--no-index",
                "--index", index.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServeChild child = new ServeChild(p, port, 0);
        try {
            while (true) {
                if (!p.isAlive()) {
                    throw new IOException("kgi serve exited with code " + p.exitValue() + "; see " + log);
                }
                if ((System.nanoTime() - t0) / 1e9 > START_SECONDS) {
                    throw new IOException("kgi serve did not answer within " + START_SECONDS + " s; see " + log);
                }
                try {
                    if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new ServeChild(p, port, (System.nanoTime() - t0) / 1e9);
                    }
                } catch (ConnectException notYet) {
                    // not listening yet
                } catch (IOException notYet) {
                    // connection reset while starting
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (Exception e) {
            child.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /**
     * Waits until {@code /api/health} says the knowledge graph is built: a server builds it in the background after
     * it starts answering searches, and measured before that its searches share the cores with the build.
     */
    void awaitGraph(Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        while (!http.send(req, HttpResponse.BodyHandlers.ofString()).body().contains("\"graph\":\"ready\"")) {
            if (!process.isAlive()) {
                throw new IOException("kgi serve exited with code " + process.exitValue() + "; see " + log);
            }
            if ((System.nanoTime() - t0) / 1e9 > GRAPH_SECONDS) {
                throw new IOException("kgi serve did not build its graph within " + GRAPH_SECONDS + " s; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** Seconds from the launch to the first answered search. */
    double startSeconds() {
        return startSeconds;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
