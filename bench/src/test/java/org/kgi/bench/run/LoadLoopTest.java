package org.kgi.bench.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The warm-up goes on while the load's rate rises, and stops once it is flat, within its bounds. */
class LoadLoopTest {
    /** Requests before {@link #speedingUp}'s cost reaches its floor. */
    private static final long FLOOR_AT = 3_000;

    @Test
    void aRateRisesOnlyWhenItBeatsTheWindowBeforeByMoreThanThreePercent() {
        assertTrue(LoadLoop.stillRising(100, 104));
        assertFalse(LoadLoop.stillRising(100, 103));
        assertFalse(LoadLoop.stillRising(100, 90));
    }

    @Test
    void warmsUpUntilTheRateStopsRising() throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        double seconds = LoadLoop.warmUp(4, 0, 30, 0.2, speedingUp(sent));
        assertTrue(sent.get() > FLOOR_AT, "stopped while the rate still rose, after " + sent.get() + " requests");
        assertTrue(seconds < 30, "never saw the rate level off: " + seconds + " s");
    }

    @Test
    void warmsUpAtLeastTheLeastAndAtMostTheMost() throws InterruptedException {
        double least = LoadLoop.warmUp(2, 1.0, 10, 0.1, (client, n) -> Thread.sleep(1));
        assertTrue(least >= 1.0, "warmed up " + least + " s, less than the least");
        AtomicLong sent = new AtomicLong();
        double most = LoadLoop.warmUp(4, 0, 0.4, 0.1, speedingUp(sent));
        assertTrue(most < 0.4 + 0.3, "warmed up " + most + " s, past the most");
        assertTrue(sent.get() < FLOOR_AT, "the load levelled off before the most: " + sent.get() + " requests");
    }

    /**
     * Requests that each cost less than the one before, as code does while the JIT compiles it: 3 ms falling to a
     * floor of 0.1 ms at request {@value #FLOOR_AT} (about a second of four clients), then flat.
     */
    private static LoadLoop.Request speedingUp(AtomicLong sent) {
        return (client, n) -> {
            long i = sent.incrementAndGet();
            Thread.sleep(Duration.ofNanos(Math.max(100_000, 3_000_000 * (FLOOR_AT - i) / FLOOR_AT)));
        };
    }
}
