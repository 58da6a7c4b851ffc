package org.kgi.indexer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * One report from a document read through Tika ({@link DocumentFormat}). Title, date and source come from the
 * document's own metadata where it has them, else from its text as for a {@code .txt} report (a first line
 * standing alone, a dateline). Thread-safe.
 *
 * <ul>
 * <li>title: {@code og:title}, then the document title ({@code <title>}, PDF/Office/ODF title, e-mail subject);
 * <li>date: the e-mail's {@code Date} header as the sender wrote it, HTML's published-date {@code <meta>}s,
 *     then the document's creation date, then its modification date;
 * <li>source: publisher, {@code og:site_name}, the e-mail sender's name, the author.
 * </ul>
 */
final class DocumentReader {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern WORD_PREFIX = Pattern.compile("^Microsoft (Word|PowerPoint) - ");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(docx?|odt|rtf|pdf|html?|txt)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
            "(untitled|untitled document|document\\d*|doc\\d*|title|no title|sans titre|page \\d+)",
            Pattern.CASE_INSENSITIVE);
    /** A {@code Date:} header line and its folded continuation lines. */
    private static final Pattern DATE_HEADER = Pattern.compile("(?im)^Date:[ \\t]*(.*(?:\\n[ \\t].*)*)");
    private static final int MAIL_HEAD_BYTES = 64 * 1024;
    private static final List<String> HTML_DATES = List.of("article:published_time", "og:article:published_time",
            "date", "dc.date", "DC.date", "dcterms.date", "DCTERMS.date", "dc.date.issued", "DC.date.issued",
            "pubdate", "publish-date", "citation_publication_date");
    private static final List<String> HTML_SOURCES = List.of("og:site_name", "publisher", "author", "Author");

    private final TikaExtractor extractor;
    private final int maxChars;

    DocumentReader(TikaExtractor extractor, int maxChars) {
        this.extractor = extractor;
        this.maxChars = maxChars;
    }

    Report read(CorpusFile file, DocumentFormat format, List<String> warnings) throws ReportReadException {
        TikaExtractor.Extraction x = extractor.extract(file, format);
        String text = clean(x.text());
        if (text.isBlank()) {
            throw new ReportReadException("empty: no text" + (format == DocumentFormat.PDF
                    ? " (a scanned PDF holds only images of its pages; OCR is not done here)" : ""));
        }
        if (x.truncated()) {
            warnings.add("text truncated to its first " + maxChars + " characters");
        }
        Metadata m = x.metadata();
        String title = ReportReader.titleOf(first(usable(m.get("og:title")), usable(m.get(TikaCoreProperties.TITLE)))
                .orElse(text)); // a long metadata title is cut like a first line
        Optional<LocalDate> mailDate = format == DocumentFormat.EML ? mailDate(dateHeader(file)) : Optional.empty();
        LocalDate date = mailDate.or(() -> date(m)).orElseGet(() -> ReportReader.datelineOf(text));
        String source = first(m.get(TikaCoreProperties.PUBLISHER), source(m), m.get(Message.MESSAGE_FROM_NAME),
                m.get(Message.MESSAGE_FROM_EMAIL), m.get(TikaCoreProperties.CREATOR)).orElse("");
        return new Report(file.defaultId(), title, date, source, text, file.relativePath(), format.family);
    }

    /**
     * A metadata title worth showing, or {@code null}: office tools leave placeholders ("Untitled") and file names
     * ("Microsoft Word - sitrep 12.docx") there, which say less than the text's own first line.
     */
    static String usable(String title) {
        if (title == null) {
            return null;
        }
        String t = WORD_PREFIX.matcher(title.strip()).replaceFirst("");
        t = FILE_EXTENSION.matcher(t).replaceFirst("").strip();
        return t.isEmpty() || PLACEHOLDER_TITLE.matcher(t).matches() ? null : t;
    }

    private static Optional<LocalDate> date(Metadata m) {
        for (String name : HTML_DATES) {
            Optional<LocalDate> d = Dates.parse(m.get(name));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Property p : List.of(TikaCoreProperties.CREATED, TikaCoreProperties.MODIFIED)) {
            Optional<LocalDate> d = Dates.parse(m.get(p));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code Date} header of an e-mail file, read from its head: Tika gives the date converted to UTC, which
     * moves a report sent in the evening west of Greenwich to the next day.
     */
    private static String dateHeader(CorpusFile file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file.file())) {
            head = in.readNBytes(MAIL_HEAD_BYTES);
        } catch (IOException e) {
            return null; // Tika's date is used instead
        }
        String headers = new String(head, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int end = headers.indexOf("\n\n");
        Matcher date = DATE_HEADER.matcher(end < 0 ? headers : headers.substring(0, end));
        return date.find() ? date.group(1).replaceAll("\\s+", " ") : null;
    }

    /** The day of an RFC 5322 {@code Date} header in the sender's own time zone, not converted to UTC. */
    private static Optional<LocalDate> mailDate(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip().replaceAll("\\s*\\([^)]*\\)$", ""); // "(UTC)" comments
        try {
            return Optional.of(ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Dates.find(h);
        }
    }

    private static String source(Metadata m) {
        for (String name : HTML_SOURCES) {
            String v = m.get(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Optional<String> first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    /** Tika's text less the blank runs its block elements leave: lines right-trimmed, at most one blank line. */
    static String clean(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = TRAILING_SPACE.matcher(t + "\n").replaceAll("\n");
        t = BLANK_LINES.matcher(t).replaceAll("\n\n");
        return t.strip();
    }
}
