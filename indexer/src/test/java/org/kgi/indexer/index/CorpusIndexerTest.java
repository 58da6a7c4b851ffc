package org.kgi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Extraction;

class CorpusIndexerTest {
    @TempDir
    Path tmp;

    private SyncSummary sync(Path corpus, Path indexDir, boolean full) throws IOException {
        try (KgiIndex index = KgiIndex.open(indexDir)) {
            return new CorpusIndexer(index, new ReportReader(), r -> Extraction.EMPTY, SyncListener.NONE).sync(corpus, full);
        }
    }

    private static Set<String> ids(Path indexDir) throws IOException {
        try (ReadOnlyIndex idx = ReadOnlyIndex.open(indexDir);
             DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(indexDir))) {
            Set<String> ids = new TreeSet<>();
            StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                assertTrue(ids.add(stored.document(i).get(Schema.ID)), "duplicate report");
            }
            return ids;
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void incrementalRunsAddUpdateDeleteAndLeaveTheRestAlone() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("a.txt"), "Alpha\n\nFirst report.");
        write(corpus.resolve("b.md"), "---\ntitle: Bravo\n---\nSecond report.");
        write(corpus.resolve("sub/c.json"), "{\"id\": \"charlie\", \"text\": \"Third report.\"}");
        write(corpus.resolve("README.md"), "Not a report.");

        SyncSummary first = sync(corpus, index, false);
        assertEquals(3, first.added());
        assertEquals(Set.of("a", "b", "charlie"), ids(index));

        SyncSummary again = sync(corpus, index, false);
        assertEquals(0, again.added() + again.updated() + again.deleted());
        assertEquals(3, again.unchanged());
        assertFalse(again.changedAnything());

        // touched but identical content: still unchanged (content hash decides)
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(3, sync(corpus, index, false).unchanged());

        write(corpus.resolve("a.txt"), "Alpha\n\nFirst report, corrected.");
        write(corpus.resolve("d.txt"), "Delta\n\nFourth report.");
        Files.delete(corpus.resolve("b.md"));
        SyncSummary changed = sync(corpus, index, false);
        assertEquals(List.of(1, 1, 1, 1), List.of(changed.added(), changed.updated(), changed.deleted(), changed.unchanged()));
        assertEquals(Set.of("a", "charlie", "d"), ids(index));

        // a full run writes every file again: those the index held are updated, a new one added
        write(corpus.resolve("e.txt"), "Echo\n\nFifth report.");
        SyncSummary full = sync(corpus, index, true);
        assertEquals(List.of(1, 3), List.of(full.added(), full.updated()));
        assertEquals(Set.of("a", "charlie", "d", "e"), ids(index));

        // a full run counts the files it no longer finds as deleted too
        Files.delete(corpus.resolve("d.txt"));
        SyncSummary fullAfterDelete = sync(corpus, index, true);
        assertEquals(List.of(0, 3, 1), List.of(fullAfterDelete.added(), fullAfterDelete.updated(),
                fullAfterDelete.deleted()));
        assertEquals(Set.of("a", "charlie", "e"), ids(index));
    }

    @Test
    void brokenFilesAreSkippedWithTheirReasonAndTheRestIndexed() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("good.txt"), "Good\n\nA fine report.");
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("does-not-exist.txt"));
        write(corpus.resolve("bad.json"), "{\"text\": \"unterminated");
        write(corpus.resolve("twin.json"), "{\"id\": \"good\", \"text\": \"claims an id in use\"}");
        write(corpus.resolve("picture.png"), "not really a png");
        write(corpus.resolve("~$report.docx"), "an Office lock");
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(corpus.resolve("linked"), tmp.resolve("elsewhere"));

        SyncSummary s = sync(corpus, index, false);
        assertEquals(1, s.added());
        assertEquals(Set.of("good"), ids(index));
        // good.txt and twin.json both claim the id "good": the file whose name gives it keeps it, whichever the
        // workers read first
        Set<String> failed = new TreeSet<>(s.failed().stream().map(SyncSummary.FileIssue::file).toList());
        String reasons = s.failed().toString();
        assertEquals(Set.of("bad.json", "binary.txt", "gone.txt", "twin.json"), failed);
        assertTrue(reasons.contains("binary content"), reasons);
        assertTrue(reasons.contains("cannot read"), reasons);
        assertTrue(reasons.contains("malformed JSON"), reasons);
        assertTrue(reasons.contains("already used by 'good.txt'"), reasons);
        assertEquals(List.of("linked", "picture.png", "~$report.docx"), s.skipped().stream()
                .map(SyncSummary.FileIssue::file).toList());
        assertTrue(s.skipped().get(0).reason().startsWith("a link to a folder, not followed"), s.skipped().toString());
        assertEquals("an Office lock file (~$), not a report", s.skipped().get(2).reason());
    }

    private SyncSummary sync(Path corpus, Path indexDir, int threads) throws IOException {
        try (KgiIndex index = KgiIndex.open(indexDir)) {
            return new CorpusIndexer(index, new ReportReader(), r -> Extraction.EMPTY, SyncListener.NONE, threads,
                    CorpusIndexer.COMMIT_EVERY_FILES).sync(corpus, false);
        }
    }

    private static String pathOf(Path indexDir, String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(indexDir))) {
            org.apache.lucene.search.IndexSearcher s = new org.apache.lucene.search.IndexSearcher(reader);
            org.apache.lucene.search.TopDocs top = s.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(Schema.ID, id)), 2);
            assertEquals(1, top.scoreDocs.length, id);
            return s.storedFields().document(top.scoreDocs[0].doc).get(Schema.PATH);
        }
    }

    @Test
    void whichFileKeepsAnIdTwoFilesClaimDoesNotDependOnTheWorkers() throws IOException {
        for (int threads : List.of(1, 2, 4, 1, 2, 4)) {
            Path corpus = tmp.resolve("c" + threads + "-" + System.nanoTime());
            Path index = corpus.resolveSibling(corpus.getFileName() + "-index");
            write(corpus.resolve("UPPER.txt"), "Upper\n\nA text file.");
            write(corpus.resolve("UPPER.md"), "# Upper\n\nA Markdown file.");
            write(corpus.resolve("zz.txt"), "Zz\n\nA text file.");
            write(corpus.resolve("lines.jsonl"), "{\"id\":\"zz\",\"text\":\"A line.\"}\n"
                    + "{\"id\":\"ok1\",\"text\":\"Another line.\"}\n");
            SyncSummary s = sync(corpus, index, threads);
            assertEquals(Set.of("UPPER", "ok1", "zz"), ids(index));
            assertEquals("UPPER.md", pathOf(index, "UPPER"), "the first by path");
            assertEquals("zz.txt", pathOf(index, "zz"), "a file's own id before a JSON line's");
            assertEquals(List.of("UPPER.txt"), s.failed().stream().map(SyncSummary.FileIssue::file).toList());
            assertTrue(s.failed().get(0).reason().contains("also the id of 'UPPER.md'"), s.failed().toString());
            // the file that holds an id keeps it when a file first by path comes
            write(corpus.resolve("UPPER.MD"), "# Upper\n\nAnother Markdown file.");
            SyncSummary later = sync(corpus, index, threads);
            assertEquals("UPPER.md", pathOf(index, "UPPER"));
            assertEquals(Set.of("UPPER.MD", "UPPER.txt"), new TreeSet<>(later.failed().stream()
                    .map(SyncSummary.FileIssue::file).toList()));
        }
    }

    @Test
    void aReportMovedFromOneJsonLinesFileToAnotherIsKeptInTheSameRun() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("a.jsonl"), "{\"id\":\"x0\",\"text\":\"X0.\"}\n{\"id\":\"x1\",\"text\":\"X1.\"}\n");
        write(corpus.resolve("b.jsonl"), "{\"id\":\"y0\",\"text\":\"Y0.\"}\n{\"id\":\"y1\",\"text\":\"Y1.\"}\n");
        write(corpus.resolve("zz.txt"), "Zz\n\nA text file.");
        write(corpus.resolve("c.jsonl"), "{\"id\":\"c0\",\"text\":\"C0.\"}\n");
        sync(corpus, index, 1);
        // y0 moves to a.jsonl, read before b.jsonl lets it go
        write(corpus.resolve("a.jsonl"), "{\"id\":\"x0\",\"text\":\"X0.\"}\n{\"id\":\"x1\",\"text\":\"X1.\"}\n"
                + "{\"id\":\"y0\",\"text\":\"Y0 moved.\"}\n");
        write(corpus.resolve("b.jsonl"), "{\"id\":\"y1\",\"text\":\"Y1.\"}\n");
        SyncSummary s = sync(corpus, index, 1);
        assertEquals(Set.of("c0", "x0", "x1", "y0", "y1", "zz"), ids(index));
        assertEquals("a.jsonl", pathOf(index, "y0"));
        assertEquals(List.of(), s.warnings(), "the refusal is taken back once the report is indexed");
        assertEquals(List.of(0, 2, 4), List.of(s.added(), s.updated(), (int) s.reports()));
        // a file refused because a JSON line held its id is indexed in the run whose file lets it go, read after it
        Files.delete(corpus.resolve("zz.txt"));
        write(corpus.resolve("zzz.jsonl"), "{\"id\":\"zz\",\"text\":\"Zz as a line.\"}\n");
        sync(corpus, index, 1);
        write(corpus.resolve("zz.txt"), "Zz\n\nA text file again.");
        SyncSummary refused = sync(corpus, index, 1);
        assertEquals("zzz.jsonl", pathOf(index, "zz"));
        assertEquals(List.of("zz.txt"), refused.failed().stream().map(SyncSummary.FileIssue::file).toList());
        write(corpus.resolve("zzz.jsonl"), "{\"id\":\"z9\",\"text\":\"Another line.\"}\n");
        SyncSummary freed = sync(corpus, index, 1);
        assertEquals(List.of(), freed.failed());
        assertEquals("zz.txt", pathOf(index, "zz"));
        assertEquals(Set.of("c0", "x0", "x1", "y0", "y1", "z9", "zz"), ids(index));
    }

    @Test
    void aJsonLinesFileWithABrokenLineFailsEveryRunUntilItIsMendedAndItsOtherReportsAreIndexed() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        String one = "{\"id\":\"jl-0\",\"text\":\"Zero.\"}\n";
        String three = "{\"id\":\"jl-2\",\"text\":\"Two.\"}\n";
        write(corpus.resolve("lines.jsonl"), one + "{\"id\":\"jl-1\",\"text\":\"One.\"}\n" + three);
        write(corpus.resolve("a.txt"), "Alpha\n\nA report.");
        sync(corpus, index, false);
        write(corpus.resolve("lines.jsonl"), one + "{\"id\":\"jl-1\",\"title\" broken}\n" + three);
        for (int run = 0; run < 3; run++) {
            SyncSummary s = sync(corpus, index, false);
            assertEquals(List.of("lines.jsonl"), s.failed().stream().map(SyncSummary.FileIssue::file).toList(),
                    "run " + run);
            assertTrue(s.failed().get(0).reason().startsWith("line 2: malformed JSON"), s.failed().toString());
            assertEquals(Set.of("a", "jl-0", "jl-2"), ids(index));
            // written once, when it changed; then unchanged, though its broken line fails every run
            assertEquals(run == 0 ? 1 : 0, s.updated(), "run " + run);
            assertEquals(run == 0 ? 1 : 2, s.unchanged(), "run " + run);
            assertEquals(run == 0 ? 2 : 0, s.reports(), "run " + run);
            assertEquals(run == 0 ? 1 : 0, s.removed(), "run " + run + ": jl-1 is gone from the index");
        }
        write(corpus.resolve("lines.jsonl"), one + "{\"id\":\"jl-1\",\"text\":\"One again.\"}\n" + three);
        SyncSummary mended = sync(corpus, index, false);
        assertEquals(List.of(), mended.failed());
        assertEquals(Set.of("a", "jl-0", "jl-1", "jl-2"), ids(index));
        assertEquals(2, sync(corpus, index, false).unchanged());
    }

    @Test
    void theSummaryCountsTheReportsTheIndexNoLongerHolds() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("a.jsonl"), "{\"id\":\"a1\",\"text\":\"One.\"}\n{\"id\":\"a2\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"a3\",\"text\":\"Three.\"}\n");
        write(corpus.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"One.\"}\n{\"id\":\"b2\",\"text\":\"Two.\"}\n");
        write(corpus.resolve("c.txt"), "Charlie\n\nA report.");
        write(corpus.resolve("d.json"), "{\"id\":\"d1\",\"text\":\"Delta.\"}");
        assertEquals(0, sync(corpus, index, false).removed());

        // a3 leaves a.jsonl for b.jsonl (not removed), a2 is dropped, d.json's report takes another id
        write(corpus.resolve("a.jsonl"), "{\"id\":\"a1\",\"text\":\"One.\"}\n");
        write(corpus.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"One.\"}\n{\"id\":\"b2\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"a3\",\"text\":\"Three.\"}\n");
        write(corpus.resolve("d.json"), "{\"id\":\"d2\",\"text\":\"Delta.\"}");
        write(corpus.resolve("c.txt"), "Charlie\n\nThe report, corrected.");
        SyncSummary changed = sync(corpus, index, false);
        assertEquals(4, changed.updated());
        assertEquals(Set.of("a1", "a3", "b1", "b2", "c", "d2"), ids(index));
        assertEquals(2, changed.removed(), "a2 and d1");

        Files.delete(corpus.resolve("b.jsonl"));
        SyncSummary deleted = sync(corpus, index, false);
        assertEquals(1, deleted.deleted());
        assertEquals(3, deleted.removed(), "b.jsonl's three reports");
        assertEquals(0, sync(corpus, index, false).removed());
        assertEquals(0, sync(corpus, index, true).removed(), "a full run that finds every report again");
        Files.delete(corpus.resolve("c.txt"));
        assertEquals(1, sync(corpus, index, true).removed(), "a full run after c.txt was deleted");
        assertEquals(Set.of("a1", "d2"), ids(index));
    }

    @Test
    void aLinkToAFileOfTheCorpusAndTheIndexKeptInsideItAreNotIndexed() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = corpus.resolve("data/index");
        write(corpus.resolve("a.txt"), "Alpha\n\nA report.");
        write(corpus.resolve(".hidden/h.txt"), "Hidden\n\nA report the walk passes over.");
        write(tmp.resolve("elsewhere/o.txt"), "Outside\n\nA report outside the corpus.");
        Files.createSymbolicLink(corpus.resolve("rel.txt"), Path.of("a.txt"));
        Files.createSymbolicLink(corpus.resolve("abs.txt"), corpus.resolve("a.txt").toAbsolutePath());
        Files.createSymbolicLink(corpus.resolve("hid.txt"), Path.of(".hidden/h.txt"));
        Files.createSymbolicLink(corpus.resolve("out.txt"), tmp.resolve("elsewhere/o.txt"));
        SyncSummary first = sync(corpus, index, false);
        assertEquals(Set.of("a", "hid", "out"), ids(index), "a file is indexed once, however many links lead to it");
        assertEquals(3, first.added());
        assertEquals(List.of("abs.txt: a link to 'a.txt', which is indexed as itself",
                "rel.txt: a link to 'a.txt', which is indexed as itself"),
                first.skipped().stream().map(i -> i.file() + ": " + i.reason()).toList(),
                "and nothing of the index, kept in data/index inside the corpus");
        Files.writeString(corpus.resolve("a.txt"), "Alpha\n\nThe report, corrected.");
        SyncSummary second = sync(corpus, index, false);
        assertEquals(1, second.updated());
        assertEquals(2, second.unchanged());
        assertEquals(Set.of("a", "hid", "out"), ids(index));
    }

    @Test
    void aJsonFieldOfAnotherTypeThanAStringIsNamedInAWarningOrTheFailure() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("typed.json"), "{\"id\": 7, \"title\": [\"Clash\", \"in Delmont\"], \"source\": true, "
                + "\"text\": \"Police clashed with gang members in Delmont.\"}");
        write(corpus.resolve("lines.jsonl"), "{\"id\": \"l1\", \"text\": {\"en\": \"Police clashed.\"}}\n"
                + "{\"id\": \"l2\", \"text\": \"Residents marched.\"}\n");
        SyncSummary s = sync(corpus, index, false);
        assertEquals(Set.of("7", "l2"), ids(index));
        List<String> warnings = s.warnings().stream().map(i -> i.file() + ": " + i.reason()).toList();
        assertTrue(warnings.contains("typed.json: report 7: \"title\" is an array, not a string; passed over"),
                warnings.toString());
        assertTrue(warnings.contains("typed.json: report 7: \"source\" is a boolean, not a string; read as 'true'"),
                warnings.toString());
        assertEquals(1, s.failed().size(), s.failed().toString());
        assertEquals("line 1: JSON report has no \"text\" (or \"body\", \"content\") string (\"text\" is an object, "
                + "not a string; passed over), skipped (its other reports are indexed)", s.failed().get(0).reason());
    }

    @Test
    void anIdIsIndexedOnceAndAFileLosesOnlyItsReportsWhoseIdsAreTaken() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("a.txt"), "Alpha\n\nThe first report.");
        sync(corpus, index, false);
        // a JSON-lines file that repeats an id of its own and takes one of a.txt: its other reports are indexed
        write(corpus.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"One.\"}\n{\"id\":\"l1\",\"text\":\"Again.\"}\n"
                + "{\"id\":\"a\",\"text\":\"Taken.\"}\n{\"id\":\"l3\",\"text\":\"Three.\"}\n");
        write(corpus.resolve("a.md"), "# Alpha again\n\nThe same id as a.txt.");
        SyncSummary s = sync(corpus, index, false);
        assertEquals(Set.of("a", "l1", "l3"), ids(index)); // ids() fails on an id indexed twice
        assertEquals(List.of("a.md"), s.failed().stream().map(SyncSummary.FileIssue::file).toList());
        String warned = s.warnings().toString();
        assertTrue(warned.contains("report id 'l1' repeats an earlier report of this file, skipped"), warned);
        assertTrue(warned.contains("report id 'a' is already used by 'a.txt', skipped"), warned);
        assertEquals(2, s.reports()); // l1 and l3 written in this run

        // the file that held an id is deleted: another file takes it in the same run
        Files.delete(corpus.resolve("a.txt"));
        SyncSummary moved = sync(corpus, index, false);
        assertEquals(List.of(), moved.failed());
        assertEquals(1, moved.deleted());
        assertEquals(Set.of("a", "l1", "l3"), ids(index));
    }

    @Test
    void aCorpusFoundEmptyDeletesNothingUnlessTheRunIsFull() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        write(corpus.resolve("a.txt"), "Alpha\n\nThe first report.");
        write(corpus.resolve("b.txt"), "Beta\n\nThe second report.");
        sync(corpus, index, false);
        Files.delete(corpus.resolve("a.txt"));
        Files.delete(corpus.resolve("b.txt"));
        IOException e = assertThrows(IOException.class, () -> sync(corpus, index, false));
        assertTrue(e.getMessage().contains("holds no file") && e.getMessage().contains("--full"), e.getMessage());
        assertEquals(Set.of("a", "b"), ids(index));
        sync(corpus, index, true); // an empty corpus meant: the full run empties the index
        assertEquals(Set.of(), ids(index));
    }

    @Test
    void aMissingCorpusIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> sync(tmp.resolve("nope"), tmp.resolve("index"), false));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aSecondWriterIsToldTheIndexIsBusy() throws IOException {
        Path index = tmp.resolve("index");
        try (KgiIndex first = KgiIndex.open(index)) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> KgiIndex.open(index));
            assertTrue(e.getMessage().contains("in use by another kgi process"), e.getMessage());
        }
    }
}
