package org.kgi.indexer.corpus;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one parse at a time per caller on a daemon thread, with a time limit. A parse past its limit is
 * interrupted and given up on; Java cannot stop a thread stuck in a parser's loop, so such a parse keeps its
 * slot until it ends by itself: at most {@code slots} parses run at once, stuck ones included, and when all
 * slots stay taken new files fail with a reason instead of piling up threads. Thread-safe.
 */
final class ParseRunner {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ThreadFactory DAEMONS = r -> {
        Thread t = new Thread(r, "kgi-parse-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true); // a runaway parser must not keep the JVM alive
        return t;
    };
    /** Shared by all runners; idle threads end after a minute, and the slots bound how many are busy. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(DAEMONS);

    private final Duration timeout;
    private final int slotCount;
    private final Semaphore slots;

    ParseRunner(Duration timeout, int slots) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("parse timeout must be positive: " + timeout);
        }
        if (slots < 1) {
            throw new IllegalArgumentException("parse slots must be at least 1: " + slots);
        }
        this.timeout = timeout;
        this.slotCount = slots;
        this.slots = new Semaphore(slots);
    }

    Duration timeout() {
        return timeout;
    }

    /** Parses still holding a slot, stuck ones included. */
    int busy() {
        return slotCount - slots.availablePermits();
    }

    /** {@code task}'s result, or a {@link ReportReadException} when it fails or takes longer than the limit. */
    <T> T run(Callable<T> task) throws ReportReadException {
        try {
            if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ReportReadException("not parsed: all " + slotCount + " parser threads are still busy with "
                        + "earlier files that ran past the " + seconds() + " limit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportReadException("interrupted before parsing", e);
        }
        Future<T> future;
        try {
            future = THREADS.submit(() -> {
                try {
                    return task.call();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ReportReadException("parsing took longer than the " + seconds() + " limit; gave up", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReportReadException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportReadException r) {
                throw r;
            }
            if (cause instanceof Error err && !(cause instanceof StackOverflowError || cause instanceof OutOfMemoryError
                    || cause instanceof LinkageError)) {
                throw err;
            }
            throw new ReportReadException("parser failed: " + cause, cause);
        }
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
