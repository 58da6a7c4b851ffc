package org.kgi.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits: text cut at the cap with a warning, parses given up after their time, big files read in part. */
class TikaBoundsTest {
    private static final int CAP = 20_000;
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader(CAP, Duration.ofSeconds(30));

    private CorpusFile file(Path p) throws IOException {
        return new CorpusFile(p, dir.relativize(p).toString(), Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }

    @Test
    void largeHtmlIsCutAtTheCapWithAWarning() throws Exception {
        Path page = dir.resolve("big.html");
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Long bulletin</title></head><body>\n");
            for (int i = 0; i < 40_000; i++) { // about 3 MB
                w.write("<p>Paragraph " + i + ": " + TikaFormatsTest.SENTENCE + "</p>\n");
            }
            w.write("</body></html>\n");
        }
        assertTrue(Files.size(page) > 3_000_000);
        ReportReader.Result res = assertTimeoutPreemptively(GENEROUS, () -> reader.read(file(page)));
        Report r = res.reports().get(0);
        assertEquals("Long bulletin", r.title());
        assertTrue(r.text().length() <= CAP, "length " + r.text().length());
        assertTrue(r.text().length() > CAP / 2, "keeps what was read: " + r.text().length());
        assertTrue(r.text().startsWith("Paragraph 0: " + TikaFormatsTest.SENTENCE), r.text().substring(0, 80));
        assertEquals(1, res.warnings().size(), res.warnings().toString());
        assertTrue(res.warnings().get(0).startsWith("text truncated to its first " + CAP), res.warnings().get(0));
    }

    @Test
    void largePdfIsCutAtTheCapToo() throws Exception {
        String[] lines = new String[40];
        Arrays.fill(lines, TikaFormatsTest.SENTENCE);
        // 40 lines of 64 characters on one page: about 2,600 characters, over a cap of 1,000
        ReportReader small = new ReportReader(1_000, Duration.ofSeconds(30));
        Path p = DocumentFixtures.write(dir.resolve("long.pdf"), DocumentFixtures.pdf("Long", "A", 2024, 1, 1, lines));
        ReportReader.Result res = small.read(file(p));
        assertTrue(res.reports().get(0).text().length() <= 1_000);
        assertTrue(res.warnings().get(0).contains("truncated"), res.warnings().toString());
    }

    @Test
    void hugeTextFileIsReadOnlyAsFarAsTheCap() throws Exception {
        Path p = dir.resolve("huge.txt");
        String start = "Huge log\n\n" + "word ".repeat(CAP);
        Files.writeString(p, start);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // 100 MB, sparse past the text
        }
        ReportReader.Result res = assertTimeoutPreemptively(GENEROUS, () -> reader.read(file(p)));
        assertEquals("Huge log", res.reports().get(0).title());
        assertEquals(CAP, res.reports().get(0).text().length());
        assertTrue(res.warnings().get(0).contains("truncated"));
    }

    @Test
    void aParsePastItsTimeIsGivenUpAndInterrupted() throws Exception {
        ParseRunner runner = new ParseRunner(Duration.ofMillis(200), 2);
        CountDownLatch interrupted = new CountDownLatch(1);
        String why = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(ReportReadException.class,
                () -> runner.run(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return "late";
                })).getMessage());
        assertEquals("parsing took longer than the 200 ms limit; gave up", why);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the parse thread is interrupted");
        assertEquals("done", runner.run(() -> "done"));
    }

    @Test
    void stuckParsesKeepTheirSlotSoThreadsCannotPileUp() throws Exception {
        ParseRunner runner = new ParseRunner(Duration.ofMillis(200), 1);
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        assertThrows(ReportReadException.class, () -> runner.run(() -> {
            while (!release.get()) {
                Thread.onSpinWait(); // deaf to interrupts, like a parser in a loop
            }
            ended.countDown();
            return "x";
        }));
        assertEquals(1, runner.stuck());
        String why = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(ReportReadException.class, () -> runner.run(() -> "never")).getMessage());
        assertEquals("not parsed: all 1 parser threads are stuck on earlier files that ran past the 200 ms limit", why);
        release.set(true);
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        assertEquals("ok", assertTimeoutPreemptively(GENEROUS, () -> runner.run(() -> "ok")));
        assertEquals(0, runner.stuck());
    }

    @Test
    void moreCallersThanSlotsWaitTheirTurnInsteadOfFailing() throws Exception {
        ParseRunner runner = new ParseRunner(Duration.ofMillis(1_000), 1);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                results.add(callers.submit(() -> runner.run(() -> {
                    Thread.sleep(300); // each within its limit; together longer than one limit
                    return "r" + n;
                })));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals("r" + i, results.get(i).get(20, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void parserFailuresBecomeReasons() {
        ParseRunner runner = new ParseRunner(Duration.ofSeconds(5), 1);
        String why = assertThrows(ReportReadException.class, () -> runner.run(() -> {
            throw new StackOverflowError();
        })).getMessage();
        assertTrue(why.startsWith("parser failed: java.lang.StackOverflowError"), why);
        assertThrows(IllegalArgumentException.class, () -> new ParseRunner(Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParseRunner(Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class, () -> new ReportReader(0, Duration.ofSeconds(1)));
    }
}
