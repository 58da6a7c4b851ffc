package org.kgi.indexer.corpus;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs parses on daemon threads with a time limit. A parse past its limit is interrupted and given up on; Java
 * cannot stop a thread stuck in a parser's loop, so such a parse keeps its slot until it ends by itself. At most
 * {@code slots} parses run at once: a caller waits for a free slot, and when every slot is held by a stuck parse,
 * new files fail at once with a reason instead of piling up threads or waiting forever. Thread-safe.
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
    private static final long SLOT_POLL_MILLIS = 100;

    private final Duration timeout;
    private final int slotCount;
    private final Semaphore slots;
    /** Parses given up on that still hold their slot. */
    private final AtomicInteger stuck = new AtomicInteger();

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

    /** Parses given up on after their time limit that have not ended yet. */
    int stuck() {
        return stuck.get();
    }

    /** {@code task}'s result, or a {@link ReportReadException} when it fails or takes longer than the limit. */
    <T> T run(Callable<T> task) throws ReportReadException {
        acquireSlot();
        Run<T> run = new Run<>(task);
        try {
            THREADS.execute(run);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return run.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.abandon();
            throw new ReportReadException("parsing took longer than the " + seconds() + " limit; gave up", e);
        } catch (InterruptedException e) {
            run.abandon();
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

    private void acquireSlot() throws ReportReadException {
        try {
            while (!slots.tryAcquire(SLOT_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stuck.get() >= slotCount) {
                    throw new ReportReadException("not parsed: all " + slotCount + " parser threads are stuck on "
                            + "earlier files that ran past the " + seconds() + " limit");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportReadException("interrupted before parsing", e);
        }
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** One parse on a pool thread: it always gives its slot back, and is interrupted only while it runs. */
    private final class Run<T> implements Runnable {
        final CompletableFuture<T> result = new CompletableFuture<>();
        private final Callable<T> task;
        private Thread thread; // guarded by this
        private boolean finished; // guarded by this
        private boolean abandoned; // guarded by this

        Run(Callable<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            boolean givenUp;
            synchronized (this) {
                givenUp = abandoned; // the caller gave up before a thread was free: nothing to do
                thread = Thread.currentThread();
            }
            try {
                if (!givenUp) {
                    result.complete(task.call());
                }
            } catch (Throwable t) { // handed to the caller, which decides what is fatal
                result.completeExceptionally(t);
            } finally {
                synchronized (this) {
                    thread = null;
                    finished = true;
                    Thread.interrupted(); // an interrupt meant for this parse must not reach the next one
                    if (abandoned) {
                        stuck.decrementAndGet();
                    }
                }
                slots.release();
            }
        }

        synchronized void abandon() {
            if (finished || abandoned) {
                return;
            }
            abandoned = true;
            stuck.incrementAndGet();
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
