package org.kgi.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {
    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private CorpusFile file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return new CorpusFile(p, dir.relativize(p).toString(), Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }

    private CorpusFile file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textHeadlineAndDateline() throws Exception {
        Report r = reader.read(file("a/field-report.txt",
                "Clashes in Delmont\n\nDELMONT, 14 March 2023 — Police and gang members exchanged fire.\n")).reports().get(0);
        assertEquals("a.field-report", r.id());
        assertEquals("Clashes in Delmont", r.title());
        assertEquals(LocalDate.of(2023, 3, 14), r.date());
        assertEquals("a/field-report.txt", r.path());
        assertTrue(r.text().contains("exchanged fire"));
    }

    @Test
    void datelineWithACountryAndAnAbbreviatedMonth() throws Exception {
        Report r = reader.read(file("b/dateline.txt",
                "BAHIR DAR, Ethiopia, 12 Aug 2024 \u2014 Fano militiamen and federal troops fought on Sunday.\n"))
                .reports().get(0);
        assertEquals(java.time.LocalDate.of(2024, 8, 12), r.date());
        Report sept = reader.read(file("b/sept.txt", "GOMA, Sept. 3, 2024 - Shelling hit a camp.\n")).reports().get(0);
        assertEquals(java.time.LocalDate.of(2024, 9, 3), sept.date());
    }

    @Test
    void aTextWithoutDatelineIsDatedByTheLatestDateItGivesBesidesDeadlines() throws Exception {
        // dates told as an event's are no dateline; the text was written once its events had happened
        assertEquals(LocalDate.of(2024, 5, 11), ReportReader.datelineOf("On 10 May 2024, gunmen attacked Djibo.\n"
                + "On 11 May 2024, protesters marched. Elections are scheduled for 20 December 2024 and the curfew"
                + " holds until 30 June 2024."));
        assertEquals(LocalDate.of(2024, 5, 3), ReportReader.datelineOf("Published on 3 May 2024\n\nOn 1 May 2024,"
                + " gunmen attacked Djibo. On 2 May 2024, they withdrew."));
        assertEquals(LocalDate.of(2023, 9, 17), ReportReader.datelineOf("Weekly brief, 11 to 17 September 2023\n\n"
                + "On 12 September 2023 police arrested three men."));
        assertEquals(LocalDate.of(2023, 3, 14), ReportReader.datelineOf("DELMONT, 14 March 2023 — Police fought"
                + " gangs since 1 January 2023 and on 20 March 2023 will hold a parade."));
        assertNull(ReportReader.datelineOf("Gunmen attacked Djibo on Monday."));
        assertEquals(LocalDate.of(2024, 3, 5), ReportReader.datelineOf("Updated: March 5, 2024\n\nGunmen attacked."));
        assertEquals(LocalDate.of(2024, 3, 6), ReportReader.datelineOf("Log 2024-03-06\n\nOn 1 Sept. 2023, 2,000"
                + " men fled; in 2019 and 12 2020 nothing."));
        assertEquals(LocalDate.of(2023, 9, 1), ReportReader.datelineOf("On 4 Jan. 2023 and on Sept. 1, 2023,"
                + " gunmen attacked Djibo; 1999 people fled."));
    }

    @Test
    void textWithoutHeadlineTakesTheStartOfTheFirstLine() throws Exception {
        String first = "The officers under the Multinational Security Support Mission (MSS) were on a routine patrol "
                + "in the area alongside their Haiti National Police (HNP) counterparts.";
        Report r = reader.read(file("x.txt", first + "\nMore text.")).reports().get(0);
        assertTrue(r.title().startsWith("The officers under the Multinational"), r.title());
        assertTrue(r.title().endsWith("…"));
        assertNull(r.date());
    }

    @Test
    void markdownFrontMatter() throws Exception {
        Report r = reader.read(file("m.md", "---\ntitle: \"Gunfire in Bellerive\"\ndate: 2023-05-02\nsource: Radio Vigilance\n---\n\nBody here.\n"))
                .reports().get(0);
        assertEquals("Gunfire in Bellerive", r.title());
        assertEquals(LocalDate.of(2023, 5, 2), r.date());
        assertEquals("Radio Vigilance", r.source());
        assertEquals("\nBody here.\n", r.text());
    }

    @Test
    void jsonReportAndBadDateWarning() throws Exception {
        ReportReader.Result res = reader.read(file("j.json",
                "{\"id\": \"r-1\", \"title\": \"T\", \"date\": \"sometime\", \"source\": \"S\", \"text\": \"Hello.\"}"));
        Report r = res.reports().get(0);
        assertEquals("r-1", r.id());
        assertNull(r.date());
        assertEquals(1, res.warnings().size());
        assertTrue(res.warnings().get(0).contains("sometime"));
    }

    @Test
    void jsonLinesSkipsBadLinesWithTheirNumber() throws Exception {
        ReportReader.Result res = reader.read(file("l.jsonl",
                "{\"id\":\"a\",\"text\":\"one\"}\n{broken\n\n{\"text\":\"three\"}\n"));
        List<Report> reports = res.reports();
        assertEquals(List.of("a", "l-4"), reports.stream().map(Report::id).toList());
        assertTrue(res.lost().get(0).startsWith("line 2: malformed JSON"), res.lost().toString());
        assertTrue(res.warnings().isEmpty(), res.warnings().toString());
    }

    @Test
    void jsonAndJsonLinesAfterAByteOrderMark() throws Exception {
        assertEquals("bom-1", reader.read(file("bom.json", "\uFEFF{\"id\":\"bom-1\",\"text\":\"one\"}"))
                .reports().get(0).id());
        ReportReader.Result lines = reader.read(file("bom.jsonl",
                "\uFEFF{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n"));
        assertEquals(List.of("a", "b"), lines.reports().stream().map(Report::id).toList());
        assertTrue(lines.warnings().isEmpty(), lines.warnings().toString());
    }

    @Test
    void refusesBinaryEmptyAndMalformed() throws Exception {
        CorpusFile binary = file("b.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        assertTrue(assertThrows(ReportReadException.class, () -> reader.read(binary)).getMessage().contains("binary"));
        CorpusFile empty = file("e.txt", "  \n ");
        assertTrue(assertThrows(ReportReadException.class, () -> reader.read(empty)).getMessage().startsWith("empty"));
        CorpusFile broken = file("bad.json", "{\"text\": ");
        String why = assertThrows(ReportReadException.class, () -> reader.read(broken)).getMessage();
        assertTrue(why.startsWith("malformed JSON") && why.contains("line 1"), why);
        CorpusFile noText = file("nt.json", "{\"title\": \"x\"}");
        assertTrue(assertThrows(ReportReadException.class, () -> reader.read(noText)).getMessage().contains("no \"text\""));
    }

    @Test
    void latin1TextIsDecoded() throws Exception {
        Report r = reader.read(file("l1.txt", "Caf\u00e9 in Pont-Sond\u00e9\n\nText.".getBytes(StandardCharsets.ISO_8859_1))).reports().get(0);
        assertEquals("Café in Pont-Sondé", r.title());
    }

    @Test
    void utf16TextIsDecodedAfterItsByteOrderMark() throws Exception {
        String text = "\uFEFFCaf\u00e9 in Pont-Sond\u00e9\n\nPolice clashed with gunmen.";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Report r = reader.read(file("u16.txt", text.getBytes(cs))).reports().get(0);
            assertEquals("Café in Pont-Sondé", r.title(), cs.name());
            assertTrue(r.text().endsWith("Police clashed with gunmen."), cs.name());
        }
        // a lone surrogate is no UTF-16 text; NUL characters are binary, as in any other text
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0, (byte) 0xD8, 'B', 0};
        assertTrue(assertThrows(ReportReadException.class, () -> reader.read(file("b16.txt", broken))).getMessage()
                .contains("UTF-16LE"));
        byte[] nul = {(byte) 0xFE, (byte) 0xFF, 0, 'A', 0, 0, 0, 'B'};
        assertTrue(assertThrows(ReportReadException.class, () -> reader.read(file("n16.txt", nul))).getMessage()
                .contains("binary"));
    }

    @Test
    void aJsonReportOfMoreThanTwentyMillionCharactersIsTruncatedNotCalledMalformed() throws Exception {
        String big = "word ".repeat(4_200_000); // 21 million characters: over Jackson's default limit on a string
        ReportReader.Result res = reader.read(file("huge.json", "{\"id\":\"huge\",\"text\":\"" + big + "\"}"));
        assertEquals(ReportReader.MAX_TEXT_CHARS, res.reports().get(0).text().length());
        assertTrue(res.warnings().get(0).contains("truncated"), res.warnings().toString());
    }

    @Test
    void longTextIsTruncatedWithAWarning() throws Exception {
        String big = "word ".repeat(ReportReader.MAX_TEXT_CHARS / 5 + 100);
        ReportReader.Result res = reader.read(file("big.txt", big));
        assertEquals(ReportReader.MAX_TEXT_CHARS, res.reports().get(0).text().length());
        assertTrue(res.warnings().get(0).contains("truncated"));
    }

    @Test
    void jsonLinesSkipsAnOverlongLineWithoutKeepingIt() throws Exception {
        String longLine = "{\"text\": \"" + "x".repeat(ReportReader.MAX_JSONL_LINE_CHARS) + "\"}";
        ReportReader.Result res = reader.read(file("long.jsonl", "{\"text\":\"one\"}\r\n" + longLine + "\r\n{\"text\":\"three\"}"));
        assertEquals(List.of("long-1", "long-3"), res.reports().stream().map(Report::id).toList());
        assertEquals(List.of("line 2: longer than " + ReportReader.MAX_JSONL_LINE_CHARS + " characters, skipped"),
                res.lost());
    }

    @Test
    void lineReaderEndsLinesAtLfCrLfAndCrAndMarksLongOnes() throws Exception {
        try (LineReader in = new LineReader(new StringReader("ab\r\ncd\ref\n\nlong line\nlast"), 4)) {
            List<String> lines = new ArrayList<>();
            List<Boolean> tooLong = new ArrayList<>();
            for (String line = in.next(); line != null; line = in.next()) {
                lines.add(line);
                tooLong.add(in.tooLong());
            }
            assertEquals(List.of("ab", "cd", "ef", "", "", "last"), lines);
            assertEquals(List.of(false, false, false, false, true, false), tooLong);
        }
    }
}
