package org.kgi.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken, disguised, empty, encrypted and oversized documents: each a clear reason, nothing hangs. */
class TikaBadFilesTest {
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private CorpusFile file(String name, byte[] content) throws IOException {
        Path p = DocumentFixtures.write(dir.resolve(name), content);
        return new CorpusFile(p, name, Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }

    /** The reason {@code file} is refused, which must hold every one of {@code words}. */
    private String refused(CorpusFile file, String... words) {
        String why = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(ReportReadException.class, () -> reader.read(file)).getMessage());
        for (String w : words) {
            assertTrue(why.contains(w), "'" + w + "' not in: " + why);
        }
        return why;
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] pdf = DocumentFixtures.pdf("T", "A", 2024, 1, 1, TikaFormatsTest.SENTENCE);
        refused(file("half.pdf", Arrays.copyOf(pdf, pdf.length / 2)), "truncated or corrupt PDF");
    }

    @Test
    void encryptedPdf() throws Exception {
        refused(file("locked.pdf", DocumentFixtures.encryptedPdf("user-secret", TikaFormatsTest.SENTENCE)),
                "encrypted PDF", "password");
    }

    @Test
    void encryptedDocx() throws Exception {
        byte[] docx = DocumentFixtures.docx("T", "C", "2024-01-01T00:00:00Z", TikaFormatsTest.SENTENCE);
        refused(file("locked.docx", DocumentFixtures.encrypt(docx, "pw")), "encrypted DOCX", "password");
    }

    @Test
    void emptyFiles() throws Exception {
        assertTrue(refused(file("zero.pdf", new byte[0]), "0 bytes").startsWith("empty"));
        assertTrue(refused(file("zero.html", new byte[0]), "0 bytes").startsWith("empty"));
        assertTrue(refused(file("blank.html", "<html><body>  <script>x()</script> </body></html>"
                .getBytes(StandardCharsets.UTF_8)), "no text").startsWith("empty"));
        assertTrue(refused(file("blank.pdf", DocumentFixtures.pdf("Only a title", "A", 2024, 1, 1)),
                "no text", "OCR").startsWith("empty"));
    }

    @Test
    void textFileNamedPdf() throws Exception {
        refused(file("fake.pdf", "Clashes in Delmont\n\nThis is only text.\n".getBytes(StandardCharsets.UTF_8)),
                "not a PDF file", "plain text");
    }

    @Test
    void textFileNamedDoc() throws Exception {
        refused(file("fake.doc", "Just notes, no Word in here.\n".getBytes(StandardCharsets.UTF_8)),
                "not a Word .doc file", "plain text");
    }

    @Test
    void randomBytesNamedDocx() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        noise[0] = 0x13; // not by chance a known magic number
        refused(file("noise.docx", noise), "not a DOCX file", "unrecognised binary content");
    }

    @Test
    void randomBytesNamedHtml() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x13;
        refused(file("noise.html", noise), "not an HTML file", "unrecognised binary content");
    }

    @Test
    void truncatedDocxAndZipWithoutADocument() throws Exception {
        byte[] docx = DocumentFixtures.docx("T", "C", "2024-01-01T00:00:00Z", TikaFormatsTest.SENTENCE);
        refused(file("half.docx", Arrays.copyOf(docx, docx.length / 2)), "truncated or corrupt DOCX");
        refused(file("notes.docx", DocumentFixtures.zip("notes.txt", "just notes")), "truncated or corrupt DOCX",
                "zip archive");
        refused(file("notes.odt", DocumentFixtures.zip("notes.txt", "just notes")), "truncated or corrupt ODT",
                "zip archive");
    }

    @Test
    void pdfNamedDocxIsRefusedForWhatItIs() throws Exception {
        refused(file("wrong.docx", DocumentFixtures.pdf("T", "A", 2024, 1, 1, "x")), "not a DOCX file",
                "application/pdf");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(TikaExtractor.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }
        CorpusFile file = new CorpusFile(big, "huge.pdf", Files.size(big), 0);
        assertEquals("file of 201 MB is larger than the 200 MB limit", refused(file));
        Path page = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
            f.setLength(TikaExtractor.MAX_HTML_BYTES + 1);
        }
        assertEquals("file of 51 MB is larger than the 50 MB limit for HTML",
                refused(new CorpusFile(page, "huge.html", Files.size(page), 0)));
    }

    @Test
    void corruptRtfAndMail() throws Exception {
        refused(file("bad.rtf", "{\\rtf1 {{{{ unclosed".getBytes(StandardCharsets.UTF_8)));
        String why = refused(file("empty.eml", "Subject: nothing\n\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(why.startsWith("empty"), why);
    }
}
