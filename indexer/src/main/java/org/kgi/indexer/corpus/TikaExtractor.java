package org.kgi.indexer.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Text and metadata of one document through Apache Tika, within bounds: files over {@link #MAX_FILE_BYTES} are
 * refused unopened, content that is not what the extension says is refused after a look at its first bytes, the
 * text stops at a character limit (the rest is dropped and said so), and a parse that runs past its time limit
 * is given up. Every failure becomes a {@link ReportReadException} with a reason a person can act on.
 * Thread-safe: the parser and detector are shared, each call has its own context and handler.
 */
final class TikaExtractor {
    /** The largest document parsed; larger files are refused before they are opened. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** The largest HTML page parsed: jsoup builds the whole page in memory, several times its size, before any text. */
    static final long MAX_HTML_BYTES = 50L * 1024 * 1024;
    /** PDFBox keeps at most this much of a PDF's working data in memory and spills the rest to a temp file. */
    private static final long PDF_MAX_MAIN_MEMORY_BYTES = 256L * 1024 * 1024;
    /** Elements whose text is not the report's: menus and what only runs in a browser. */
    private static final Set<String> HTML_DISCARDED = Set.of("nav", "noscript", "template", "svg", "button", "select");

    /** What Tika gave for a document: its text (cut at the limit when {@code truncated}) and metadata. */
    record Extraction(String text, Metadata metadata, boolean truncated) {
    }

    /** The parsers for the formats of {@link DocumentFormat}, built once on first use (loading them is slow). */
    private static final class Tika {
        static final Detector DETECTOR = new DefaultDetector();
        static final AutoDetectParser PARSER = new AutoDetectParser(DETECTOR,
                new JSoupParser(), new PDFParser(), new OOXMLParser(), new OfficeParser(), new OpenDocumentParser(),
                new RTFParser(), new RFC822Parser(), new TXTParser());
    }

    private final int maxChars;
    private final ParseRunner runner;

    TikaExtractor(int maxChars, ParseRunner runner) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("text limit must be at least 1 character: " + maxChars);
        }
        this.maxChars = maxChars;
        this.runner = runner;
    }

    Extraction extract(CorpusFile file, DocumentFormat format) throws ReportReadException {
        long size;
        try {
            size = Files.size(file.file());
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + ReportReader.describe(e), e);
        }
        if (size == 0) {
            throw new ReportReadException("empty: the file is 0 bytes, no text");
        }
        long limit = format == DocumentFormat.HTML ? MAX_HTML_BYTES : MAX_FILE_BYTES;
        if (size > limit) {
            throw new ReportReadException("file of " + megabytes(size) + " MB is larger than the " + megabytes(limit)
                    + " MB limit" + (format == DocumentFormat.HTML ? " for HTML" : ""));
        }
        return runner.run(() -> parse(file, format));
    }

    private Extraction parse(CorpusFile file, DocumentFormat format) throws ReportReadException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.file().getFileName().toString());
        StringWriter text = new StringWriter();
        TikaInputStream opened;
        try {
            opened = TikaInputStream.get(file.file());
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + ReportReader.describe(e), e);
        }
        try (TikaInputStream in = opened) {
            String type = Tika.DETECTOR.detect(in, new Metadata()).getBaseType().toString();
            if (!format.accepts(type)) {
                throw new ReportReadException(notA(format, type));
            }
            Tika.PARSER.parse(in, new BodyContentHandler(new BlockBreaks(new WriteOutContentHandler(text, maxChars))), metadata,
                    context());
            return new Extraction(text.toString(), metadata, false);
        } catch (SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Extraction(text.toString(), metadata, true);
            }
            if (e instanceof EncryptedDocumentException) {
                throw new ReportReadException("encrypted " + format.displayName + ": cannot be read without its password", e);
            }
            if (e instanceof ZeroByteFileException) {
                throw new ReportReadException("empty: the file is 0 bytes, no text", e);
            }
            throw new ReportReadException(corrupt(format) + ": " + rootCause(e), e);
        } catch (IOException | RuntimeException e) {
            // parsers signal malformed input with I/O errors and all kinds of unchecked exceptions
            throw new ReportReadException(corrupt(format) + ": " + rootCause(e), e);
        } catch (StackOverflowError e) {
            throw new ReportReadException(corrupt(format) + ": nested too deeply to parse", e);
        } catch (OutOfMemoryError e) {
            // the parse's own objects are garbage now; the file is what is refused
            throw new ReportReadException(format.displayName + " needs more memory to parse than there is", e);
        }
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, Tika.PARSER); // attachments and embedded documents in the formats read here
        context.set(HtmlMapper.class, new TextHtmlMapper());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setMaxMainMemoryBytes(PDF_MAX_MAIN_MEMORY_BYTES);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setExtractMacros(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeHeadersAndFooters(false); // page furniture, repeated on every page
        office.setUseSAXDocxExtractor(true); // streams document.xml instead of holding its whole DOM
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static String notA(DocumentFormat format, String type) {
        if (type.equals("application/zip")) { // DOCX and ODT are zip archives: one whose parts are missing or cut off
            return corrupt(format) + ": a zip archive with no readable " + format.displayName + " document in it";
        }
        String what = switch (type) {
            case "text/plain" -> "plain text";
            case "application/octet-stream" -> "unrecognised binary content";
            default -> type + " content";
        };
        return "not " + format.article + " " + format.displayName + " file: it holds " + what;
    }

    private static String corrupt(DocumentFormat format) {
        return format.contentTypes.isEmpty() ? "unreadable " + format.displayName
                : "truncated or corrupt " + format.displayName;
    }

    /** The innermost cause that says something, as {@code Type: message}. */
    static String rootCause(Throwable e) {
        Throwable said = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                said = t;
            }
        }
        String message = said.getMessage() == null ? "" : said.getMessage().strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        String type = said.getClass().getSimpleName();
        return message.isEmpty() ? type : message + " (" + type + ")";
    }

    /** Whole megabytes, rounded up: a file just over the limit does not read as being at it. */
    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** Tika's mapping of HTML to text, less navigation and the elements that only matter in a browser. */
    private static final class TextHtmlMapper implements HtmlMapper {
        @Override
        public String mapSafeElement(String name) {
            return DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
        }

        @Override
        public boolean isDiscardElement(String name) {
            return HTML_DISCARDED.contains(name.toLowerCase(Locale.ROOT))
                    || DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
        }

        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
        }
    }
}
