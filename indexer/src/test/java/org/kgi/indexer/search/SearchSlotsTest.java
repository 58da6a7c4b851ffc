package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.index.KgiIndex;
import org.kgi.indexer.snapshot.EntityCatalog;

/** How many searches run at once, and that the next one waits its turn. */
class SearchSlotsTest {
    @TempDir
    Path tmp;

    @Test
    void slotsAreAsManyAsElasticsearchsSearchThreads() {
        // Elasticsearch's search pool: int((allocated processors * 3) / 2) + 1
        assertEquals(2, ReportSearcher.slots(1));
        assertEquals(4, ReportSearcher.slots(2));
        assertEquals(7, ReportSearcher.slots(4));
        assertEquals(13, ReportSearcher.slots(8));
    }

    @Test
    void moreSearchesRunAtOnceThanCoresAndTheNextWaitsItsTurn() throws Exception {
        int slots = ReportSearcher.SLOTS;
        assertTrue(slots > Runtime.getRuntime().availableProcessors(), "more slots than cores: " + slots);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (KgiIndex index = KgiIndex.open(tmp.resolve("index"))) {
            Analyzer base = index.analyzer();
            // each search parses its query inside its turn, and waits there until the test lets it go on
            Analyzer held = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                @Override
                protected Analyzer getWrappedAnalyzer(String fieldName) {
                    if (Thread.currentThread().getName().startsWith("search-")) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            inside.decrementAndGet();
                        }
                    }
                    return base;
                }
            };
            ReportSearcher searcher = new ReportSearcher(index.searchers(), held, () -> EntityCatalog.EMPTY, 0);
            List<Thread> threads = new ArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            List<Throwable> failures = new ArrayList<>();
            for (int i = 0; i <= slots; i++) {
                Thread t = new Thread(() -> {
                    try {
                        searcher.search(SearchRequest.of("gang leader", 10), false);
                        answered.incrementAndGet();
                    } catch (Exception | AssertionError e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "search-" + i);
                threads.add(t);
                t.start();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while ((inside.get() < slots || searcher.waitingForTurn() < 1) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(slots, inside.get(), "searches running at once");
            assertEquals(1, searcher.waitingForTurn(), "the one after them waits its turn");
            go.countDown();
            for (Thread t : threads) {
                t.join(20_000);
            }
            assertEquals(List.of(), failures);
            assertEquals(slots + 1, answered.get());
            assertEquals(slots, most.get(), "never more at once than the slots");
        }
    }
}
