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

    private LoadLoop() {
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
