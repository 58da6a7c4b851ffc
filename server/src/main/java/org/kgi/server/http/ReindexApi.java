package org.kgi.server.http;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.kgi.indexer.index.SyncListener;
import org.kgi.indexer.index.SyncSummary;
import org.kgi.server.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/reindex} starts an incremental (or {@code ?full=true}) synchronisation of the server's
 * corpus in the background; {@code GET /api/reindex} tells how it went. One run at a time. Searches keep
 * running on the previous commit and see each batch as it is committed.
 */
final class ReindexApi {
    private static final Logger LOG = LoggerFactory.getLogger(ReindexApi.class);

    /** Where re-indexing stands. */
    record Status(String state, Boolean full, String started, String finished, SyncSummary summary, String error) {
        static final Status IDLE = new Status("idle", null, null, null, null, null);
    }

    private final Services services;
    private final ApiOptions options;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kgi-reindex");
        t.setDaemon(true);
        return t;
    });

    ReindexApi(Services services, ApiOptions options) {
        this.services = services;
        this.options = options;
    }

    void status(Context ctx) {
        ctx.json(status.get());
    }

    void start(Context ctx) {
        boolean full = Boolean.parseBoolean(ctx.queryParamAsClass("full", String.class)
                .check(v -> v == null || v.equals("true") || v.equals("false"), "must be true or false").getOrDefault("false"));
        Path corpus = options.corpus();
        if (corpus == null) {
            throw new ApiException(409, "No corpus", "this server was started without a corpus directory to re-index");
        }
        Status running = new Status("running", full, Instant.now().toString(), null, null, null);
        Status before = status.get();
        if ("running".equals(before.state()) || !status.compareAndSet(before, running)) {
            throw new ApiException(409, "Already re-indexing", "a re-index started at " + status.get().started() + " is still running");
        }
        worker.execute(() -> {
            try {
                SyncSummary summary = services.sync(corpus, full, SyncListener.NONE, options.threads());
                services.catalog();
                status.set(new Status("done", full, running.started(), Instant.now().toString(), summary, null));
            } catch (Exception | Error e) {
                LOG.error("re-index of {} failed", corpus, e);
                status.set(new Status("failed", full, running.started(), Instant.now().toString(), null, String.valueOf(e.getMessage())));
            }
        });
        ctx.status(202).json(running);
    }
}
