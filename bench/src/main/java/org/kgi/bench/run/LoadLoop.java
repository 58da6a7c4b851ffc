package org.kgi.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load: {@code clients} threads each send one request, wait for its answer, and send the
 * next, for a fixed time. Counts answers and latencies; a request that fails counts as an error.
 */
final class LoadLoop {
    /** One request of client {@code client}, its {@code n}-th; returns normally when answered well. */
    interface Request {
        void send(int client, long n) throws Exception;
    }

    /** What a load run measured. */
    record Outcome(Latencies latencies, double seconds) {
        double perSecond() {
            return latencies.size() / seconds;
        }
    }

    /** Length of one window of the warm-up, s. */
    static final double WARMUP_WINDOW_SECONDS = 5;
    /** A warm-up window whose rate beats the one before by more than this share means the rate still rises. */
    static final double STILL_RISING = 0.03;

    private LoadLoop() {
    }

    /**
     * Warms a side up under the same load as its measurement: at least {@code minSeconds}, then on in windows of
     * {@code windowSeconds} until the requests per second have not risen ({@link #stillRising}) in two windows in a
     * row (one could be a dip of a noisy machine), for at most {@code maxSeconds} in all. A server's JIT keeps
     * compiling for tens of seconds under this load (measured on the 1,000,000-report index: 273, 413, 490, 549,
     * 586, then 685 to 746 requests/s in 5-second windows after start), so a fixed short warm-up measures the ramp,
     * not the server users meet. Returns the seconds spent.
     */
    static double warmUp(int clients, double minSeconds, double maxSeconds, double windowSeconds, Request request)
            throws InterruptedException {
        long start = System.nanoTime();
        double previous = -1;
        int flat = 0;
        while (true) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= maxSeconds) {
                return elapsed;
            }
            double rate = run(clients, Math.min(windowSeconds, maxSeconds - elapsed), request).perSecond();
            flat = previous >= 0 && !stillRising(previous, rate) ? flat + 1 : 0;
            previous = rate;
            if (flat >= 2 && (System.nanoTime() - start) / 1e9 >= minSeconds) {
                return (System.nanoTime() - start) / 1e9;
            }
        }
    }

    /** Whether a window's rate {@code current} beats the window before it, {@code previous}, by more than 3%. */
    static boolean stillRising(double previous, double current) {
        return current > previous * (1 + STILL_RISING);
    }

    static Outcome run(int clients, double seconds, Request request) throws InterruptedException {
        List<Latencies> parts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            Latencies l = new Latencies();
            parts.add(l);
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[1];
                for (long n = 0; ; n++) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    try {
                        request.send(client, n);
                        l.add(System.nanoTime() - t0);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        l.errors++;
                    }
                }
            }, "kgi-bench-client-" + c);
            threads.add(t);
            t.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        return new Outcome(Latencies.merge(parts), elapsed);
    }
}
