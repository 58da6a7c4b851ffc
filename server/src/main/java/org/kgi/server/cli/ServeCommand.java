package org.kgi.server.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kgi.indexer.index.EmptyCorpusException;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.server.Services;
import org.kgi.server.http.ApiOptions;
import org.kgi.server.http.KgiApp;
import java.net.InetAddress;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kgi serve}: brings the index up to date with the corpus, then serves the API and the web page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API and the web page. The corpus is first indexed incrementally",
                "(only new and changed files are read), unless --no-index is given."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexDirOption index;
    @Mixin
    CorpusDirOption corpus;
    @Mixin
    ThreadsOption threads;
    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--port", paramLabel = "P", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--no-index", description = "Do not index the corpus before serving.")
    boolean noIndex;
    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:KGI_TOKEN}",
            description = "Bearer token required for writes (POST, DELETE); required when --host is not loopback. Default: $KGI_TOKEN.")
    String token;
    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let web pages from ORIGIN (e.g. https://dashboard.example.org) call the API from a browser (CORS). Off by default.")
    String corsOrigin;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((token == null || token.isBlank()) && !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new ParameterException(spec.commandLine(), "listening on " + host
                    + " would open writes to the network: give --token (or set KGI_TOKEN)");
        }
        ApiOptions options;
        try {
            options = new ApiOptions(token, corpus.corpus, threads.value(), corsOrigin);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Services services = Services.open(index.index, corpus.extractor());
        try {
            if (!noIndex && Files.isDirectory(corpus.corpus)) {
                SyncSummary summary = null;
                try (Progress progress = Progress.forRun(err)) {
                    summary = services.sync(corpus.corpus, false, progress, threads.value());
                } catch (EmptyCorpusException e) {
                    err.printf("kgi: %s; serving the index as it is%n", e.getMessage());
                }
                if (summary != null) {
                    SummaryText.print(summary, corpus.corpus, index.index, err);
                }
            } else if (!noIndex) {
                err.printf("kgi: no corpus directory at %s; serving the index as it is%n", corpus.corpus);
            }
            services.catalog();
            Javalin app = KgiApp.create(services, options).start(host, port);
            String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
            ServerFile.write(index.index, url, token != null && !token.isBlank());
            Thread warm = new Thread(() -> {
                try {
                    services.snapshot(); // the knowledge graph, ready before the first graph query if it can be
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(ServeCommand.class).error("building the knowledge graph failed", e);
                }
            }, "kgi-graph-warmup");
            warm.setDaemon(true);
            warm.setPriority(Thread.MIN_PRIORITY);
            warm.start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                ServerFile.delete(index.index);
                stopped.countDown();
            }, "kgi-shutdown"));
            err.printf("kgi: serving %s (index %s, %d reports); Ctrl-C stops%n", url, index.index, services.documents());
            err.flush();
            stopped.await();
            return 0;
        } finally {
            services.close();
        }
    }
}
