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
            for (int i = 0; i < reader.maxDoc(); i++) {
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

        SyncSummary full = sync(corpus, index, true);
        assertEquals(3, full.added());
        assertEquals(Set.of("a", "charlie", "d"), ids(index));
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

        SyncSummary s = sync(corpus, index, false);
        assertEquals(1, s.added());
        assertEquals(Set.of("good"), ids(index));
        // good.txt and twin.json both claim the id "good": the workers read files in parallel, so whichever is read
        // first keeps it and the other fails, naming the first
        Set<String> failed = new TreeSet<>(s.failed().stream().map(SyncSummary.FileIssue::file).toList());
        String reasons = s.failed().toString();
        boolean goodWon = failed.contains("twin.json");
        assertEquals(Set.of("bad.json", "binary.txt", "gone.txt", goodWon ? "twin.json" : "good.txt"), failed);
        assertTrue(reasons.contains("binary content"), reasons);
        assertTrue(reasons.contains("cannot read"), reasons);
        assertTrue(reasons.contains("malformed JSON"), reasons);
        assertTrue(reasons.contains(goodWon ? "already used by 'good.txt'" : "already used by 'twin.json'"), reasons);
        assertEquals("picture.png", s.skipped().get(0).file());
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
