package org.kgi.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a corpus: builds the world, then writes the report directories in parallel (each one's
 * content depends only on the seed and its number) while this thread appends their manifest lines in
 * order. At most a few directories are in flight, so memory does not grow with the corpus. Finally
 * writes {@code world.jsonl} and {@code predicted.json}.
 */
public final class CorpusGenerator {
    private final GeneratorConfig config;

    public CorpusGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /**
     * @param progress told the number of reports written so far, after each directory
     */
    public GeneratorSummary generate(LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        if (Files.exists(config.corpus())) {
            throw new IOException(config.corpus() + " already exists; generate into an empty folder");
        }
        Files.createDirectories(config.corpus());
        World world = World.create(config.seed(), config.reports());
        List<BlockWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<BlockWriter> local = ThreadLocal.withInitial(() -> {
            BlockWriter w = new BlockWriter(config, world);
            writers.add(w);
            return w;
        });
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "kgi-bench-generate");
            t.setDaemon(true);
            return t;
        });
        long done = 0;
        try (Writer manifest = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(config.manifest()), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
            long next = 0;
            while (next < config.blocks() || !inFlight.isEmpty()) {
                while (next < config.blocks() && inFlight.size() < 2 * config.threads()) {
                    long b = next++;
                    inFlight.add(pool.submit(() -> local.get().write(b)));
                }
                manifest.write(await(inFlight.poll()));
                done = Math.min(config.reports(), (next - inFlight.size()) * config.perDirectory());
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
        CorpusStats total = new CorpusStats(world.entities().size());
        for (BlockWriter w : writers) {
            total.add(w.stats);
        }
        WorldFile.write(world, config.world());
        Predicted predicted = Predicted.of(world, total, config);
        predicted.write(config.predicted());
        return new GeneratorSummary(total.reports, total.files, total.bytes, total.words,
                (System.nanoTime() - started) / 1e9, predicted);
    }

    private static String await(Future<String> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
