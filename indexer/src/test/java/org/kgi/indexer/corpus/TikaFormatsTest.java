package org.kgi.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Tika-read format, generated here, read through {@link ReportReader}: id, title, date, source, text. */
class TikaFormatsTest {
    static final String SENTENCE = "Police and gang members exchanged fire near the Delmont market.";

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private CorpusFile file(String name, byte[] content) throws IOException {
        Path p = DocumentFixtures.write(dir.resolve(name), content);
        return new CorpusFile(p, dir.relativize(p).toString().replace('\\', '/'), Files.size(p),
                Files.getLastModifiedTime(p).toMillis());
    }

    private CorpusFile file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Report only(CorpusFile f) throws ReportReadException {
        ReportReader.Result res = reader.read(f);
        assertEquals(1, res.reports().size());
        assertEquals(List.of(), res.warnings());
        return res.reports().get(0);
    }

    @Test
    void everyNewFormatIsSupported() throws IOException {
        for (String ext : List.of("html", "htm", "pdf", "docx", "doc", "odt", "rtf", "eml")) {
            assertTrue(ReportReader.supports(file("s." + ext, "x")), ext);
        }
        assertFalse(ReportReader.supports(file("s.xlsx", "x")));
    }

    @Test
    void aDocumentSavedUnderATextNameIsReadAsWhatItIs() throws Exception {
        byte[] pdf = DocumentFixtures.pdf("Clash report", "Field office", 2024, 5, 3, SENTENCE);
        ReportReader.Result read = reader.read(file("pdf_as.txt", pdf));
        Report r = read.reports().get(0);
        assertEquals("Clash report", r.title());
        assertEquals("pdf", r.format());
        assertTrue(r.text().contains("exchanged fire") && !r.text().contains("obj"), r.text());
        assertEquals(List.of("a PDF file named .txt, read as one"), read.warnings());
        Report page = reader.read(file("html_as.txt", "<!DOCTYPE html>\n<html><head><title>Market reopens</title>"
                + "</head><body><p>" + SENTENCE + "</p></body></html>")).reports().get(0);
        assertEquals("Market reopens", page.title());
        assertFalse(page.text().contains("<p>"), page.text());
        Report docx = reader.read(file("word_as.md", DocumentFixtures.docx("Curfew", "Office", "2024-05-03T10:00:00Z",
                SENTENCE))).reports().get(0);
        assertEquals("docx", docx.format());
        // text that only mentions such things stays text
        Report text = only(file("notes.txt", "Notes on the %PDF- header and <html> tags\n\n" + SENTENCE));
        assertEquals("txt", text.format());
    }

    @Test
    void htmlTakesOgTitleSiteNameAndPublishedDateAndDropsScriptsStylesAndNav() throws Exception {
        Report r = only(file("web/gunfire.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <title>Gunfire in Bellerive | Radio Vigilance</title>
                <meta property="og:title" content="Gunfire in Bellerive">
                <meta property="og:site_name" content="Radio Vigilance">
                <meta property="article:published_time" content="2023-05-02T08:30:00Z">
                <script>var leak = "SCRIPT_TEXT";</script><style>.x { color: red } /* STYLE_TEXT */</style>
                </head><body><nav><a href="/">Home</a> NAV_TEXT</nav>
                <article><h1>Gunfire in Bellerive</h1><p>%s</p><p>Second paragraph.</p></article>
                <noscript>NOSCRIPT_TEXT</noscript></body></html>
                """.formatted(SENTENCE)));
        assertEquals("web.gunfire", r.id());
        assertEquals("web/gunfire.html", r.path());
        assertEquals("html", r.format());
        assertEquals("Gunfire in Bellerive", r.title());
        assertEquals(LocalDate.of(2023, 5, 2), r.date());
        assertEquals("Radio Vigilance", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
        assertTrue(r.text().contains("Second paragraph."), r.text());
        for (String hidden : List.of("SCRIPT_TEXT", "STYLE_TEXT", "NAV_TEXT", "NOSCRIPT_TEXT", "color: red")) {
            assertFalse(r.text().contains(hidden), hidden + " in: " + r.text());
        }
        assertFalse(r.text().contains("\n\n\n"), "blank runs are collapsed");
    }

    @Test
    void htmlFallsBackToTitleElementMetaDateAndAuthor() throws Exception {
        Report r = only(file("plain.htm", "<html><head><title>Roadblock on Route 2</title>"
                + "<meta name=\"date\" content=\"14 March 2023\"><meta name=\"author\" content=\"Jean Pierre\">"
                + "</head><body><p>" + SENTENCE + "</p></body></html>"));
        assertEquals("Roadblock on Route 2", r.title());
        assertEquals(LocalDate.of(2023, 3, 14), r.date());
        assertEquals("Jean Pierre", r.source());
        assertEquals("html", r.format());
    }

    @Test
    void htmlWithoutMetadataUsesTheTextHeuristicsAndItsDeclaredCharset() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>Caf\u00e9 in Pont-Sond\u00e9</p><p>PONT-SOND\u00c9, 3 June 2024 \u2014 " + SENTENCE
                + "</p></body></html>";
        Report r = only(file("cafe.html", page.getBytes(Charset.forName("windows-1252"))));
        assertEquals("Café in Pont-Sondé", r.title());
        assertEquals(LocalDate.of(2024, 6, 3), r.date());
        assertTrue(r.text().contains("PONT-SONDÉ, 3 June 2024 — " + SENTENCE), r.text());
        assertEquals("", r.source());
    }

    @Test
    void htmlOfUndeclaredCharsetIsDetected() throws Exception {
        String para = "<p>Les habitants de Pont-Sond\u00e9 ont fui vers Saint-Marc apr\u00e8s l'attaque. "
                + "La police a d\u00e9clar\u00e9 que la s\u00e9curit\u00e9 \u00e9tait r\u00e9tablie \u00e0 midi.</p>\n";
        byte[] latin = ("<html><body>" + para.repeat(20) + "</body></html>").getBytes(Charset.forName("windows-1252"));
        Report r = only(file("undeclared.html", latin));
        assertTrue(r.text().contains("Pont-Sondé ont fui vers Saint-Marc après"), r.text().substring(0, 120));
        byte[] utf8 = ("<html><body>" + para + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertTrue(only(file("utf8.html", utf8)).text().contains("sécurité était rétablie à midi"));
    }

    @Test
    void xhtmlIsHtml() throws Exception {
        Report r = only(file("page.xhtml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Curfew in Jacmel</title></head>"
                + "<body><p>" + SENTENCE + "</p></body></html>"));
        assertEquals("html", r.format());
        assertEquals("Curfew in Jacmel", r.title());
        assertTrue(r.text().contains(SENTENCE), r.text());
    }

    @Test
    void docThatIsReallyRtfIsReadAsRtf() throws Exception {
        // Word saves RTF under .doc when asked to; the content decides how it is parsed
        Report r = only(file("saved-as.doc", "{\\rtf1\\ansi{\\info{\\title Saved as doc}}\\pard " + SENTENCE + "\\par}"));
        assertEquals("doc", r.format());
        assertEquals("Saved as doc", r.title());
        assertTrue(r.text().contains(SENTENCE), r.text());
    }

    @Test
    void pdfTakesTitleAuthorAndCreationDateFromItsDocumentInformation() throws Exception {
        Report r = only(file("reports/shooting.pdf",
                DocumentFixtures.pdf("Shooting in Delmont", "OCHA Haiti", 2023, 3, 14, "Delmont situation", SENTENCE)));
        assertEquals("reports.shooting", r.id());
        assertEquals("pdf", r.format());
        assertEquals("Shooting in Delmont", r.title());
        assertEquals(LocalDate.of(2023, 3, 14), r.date());
        assertEquals("OCHA Haiti", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
    }

    @Test
    void pdfWithoutTitleTakesItsFirstLine() throws Exception {
        Report r = only(file("untitled.pdf", DocumentFixtures.pdf(null, "X", 2024, 1, 2, "Flooding in Les Cayes", SENTENCE)));
        assertTrue(r.title().startsWith("Flooding in Les Cayes"), r.title());
    }

    @Test
    void docxTakesCorePropertiesTitleCreatorAndCreated() throws Exception {
        Report r = only(file("word/brief.docx", DocumentFixtures.docx("Kidnapping in Croix-des-Bouquets",
                "Human Rights Desk", "2022-11-05T10:00:00Z", "Kidnapping in Croix-des-Bouquets", SENTENCE)));
        assertEquals("word.brief", r.id());
        assertEquals("docx", r.format());
        assertEquals("Kidnapping in Croix-des-Bouquets", r.title());
        assertEquals(LocalDate.of(2022, 11, 5), r.date());
        assertEquals("Human Rights Desk", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
    }

    @Test
    void odtTakesTitleCreatorAndCreationDateFromMetaXml() throws Exception {
        Report r = only(file("field.odt", DocumentFixtures.odt("Clashes in Martissant", "2021-07-08T09:00:00",
                "Martissant", SENTENCE)));
        assertEquals("odt", r.format());
        assertEquals("Clashes in Martissant", r.title());
        assertEquals(LocalDate.of(2021, 7, 8), r.date());
        assertEquals("Field Office", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
        assertTrue(r.text().contains("Martissant"), r.text());
    }

    @Test
    void rtfTakesItsInfoGroup() throws Exception {
        Report r = only(file("memo.rtf", "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}"
                + "{\\info{\\title Flooding in Les Cayes}{\\author UN Field Office}{\\creatim\\yr2023\\mo6\\dy1\\hr9\\min0}}"
                + "\\pard Caf\\'e9 closed. " + SENTENCE + "\\par}"));
        assertEquals("rtf", r.format());
        assertEquals("Flooding in Les Cayes", r.title());
        assertEquals(LocalDate.of(2023, 6, 1), r.date());
        assertEquals("UN Field Office", r.source());
        assertTrue(r.text().contains("Café closed. " + SENTENCE), r.text());
    }

    @Test
    void emailTakesSubjectSenderAndItsOwnDateHeader() throws Exception {
        Report r = only(file("mail/roadblock.eml", """
                From: Radio Vigilance <news@vigilance.example>
                To: desk@kgi.example
                Subject: Roadblock on Route 2
                Date: Tue, 14 Mar 2023 23:30:00 -0500
                Message-ID: <1@vigilance.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                Residents reported burning tyres.
                """.formatted(SENTENCE)));
        assertEquals("mail.roadblock", r.id());
        assertEquals("eml", r.format());
        assertEquals("Roadblock on Route 2", r.title());
        assertEquals(LocalDate.of(2023, 3, 14), r.date(), "the sender's day, not the next day in UTC");
        assertEquals("Radio Vigilance", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
        assertTrue(r.text().contains("burning tyres"), r.text());
    }

    @Test
    void multipartEmailGivesItsBodyText() throws Exception {
        Report r = only(file("alt.eml", """
                From: desk@kgi.example
                Subject: Curfew in Jacmel
                Date: Wed, 1 Feb 2023 08:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="XX"

                --XX
                Content-Type: text/plain; charset=UTF-8

                %s
                --XX
                Content-Type: text/html; charset=UTF-8

                <html><body><p>An attached note about Jacmel.</p></body></html>
                --XX--
                """.formatted(SENTENCE)));
        assertEquals("Curfew in Jacmel", r.title());
        assertEquals(LocalDate.of(2023, 2, 1), r.date());
        assertEquals("desk@kgi.example", r.source());
        assertTrue(r.text().contains(SENTENCE), r.text());
        assertTrue(r.text().contains("An attached note about Jacmel."), r.text());
    }

    @Test
    void placeholderAndFileNameTitlesGiveWayToTheText() throws Exception {
        Report r = only(file("exported.pdf", DocumentFixtures.pdf("Microsoft Word - Untitled.docx", "A", 2024, 1, 2,
                "Flooding in Les Cayes", SENTENCE)));
        assertTrue(r.title().startsWith("Flooding in Les Cayes"), r.title());
        assertEquals("Sitrep 12", DocumentReader.usable("Microsoft Word - Sitrep 12.docx"));
        assertNull(DocumentReader.usable("Untitled document"));
        assertNull(DocumentReader.usable("Document1"));
        assertEquals("Gunfire in Bellerive", DocumentReader.usable(" Gunfire in Bellerive "));
        Report longTitle = only(file("long-title.html", "<title>" + "Very long headline ".repeat(20) + "</title><p>x</p>"));
        assertTrue(longTitle.title().length() <= 121 && longTitle.title().endsWith("…"), longTitle.title());
    }

    @Test
    void noMetadataDateFallsBackToTheDateline() throws Exception {
        Report r = only(file("dateline.html", "<html><body><h1>Looting in Cap-Ha\u00eftien</h1>"
                + "<p>CAP-HA\u00cfTIEN, 9 August 2022 \u2014 " + SENTENCE + "</p></body></html>"));
        assertEquals("Looting in Cap-Haïtien", r.title());
        assertEquals(LocalDate.of(2022, 8, 9), r.date());
        Report none = only(file("nodate.html", "<p>" + SENTENCE + "</p>"));
        assertNull(none.date());
    }

    @Test
    void oneReaderServesParallelReads() throws Exception {
        List<CorpusFile> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(file("p" + i + ".pdf", DocumentFixtures.pdf("Report " + i, "A", 2020, 1, 1 + i, SENTENCE + " " + i)));
            files.add(file("d" + i + ".docx", DocumentFixtures.docx("Doc " + i, "B", "2021-02-0" + (1 + i) + "T00:00:00Z",
                    SENTENCE + " " + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (CorpusFile f : files) {
                futures.add(pool.submit(() -> reader.read(f).reports().get(0)));
            }
            for (int i = 0; i < files.size(); i++) {
                Report r = futures.get(i).get();
                int n = i / 2;
                assertEquals((i % 2 == 0 ? "Report " : "Doc ") + n, r.title());
                assertTrue(r.text().contains(SENTENCE + " " + n), r.text());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
