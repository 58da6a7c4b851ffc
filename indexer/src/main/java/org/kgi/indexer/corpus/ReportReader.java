package org.kgi.indexer.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kgi.indexer.json.Json;

/**
 * Reads one corpus file into reports. Formats: {@code .txt} (first line is the title when it stands
 * alone; a dateline gives the date), {@code .md} (YAML-style or TOML front matter: title, date, source),
 * {@code .json} (one report) and {@code .jsonl} (one report per line), and through Apache Tika HTML, PDF,
 * Word ({@code .docx}, {@code .doc}), OpenDocument text, RTF and e-mail ({@code .eml}), see
 * {@link DocumentReader}. Text beyond {@link #MAX_TEXT_CHARS} is cut off and said so in the result's warnings;
 * a document is parsed within {@link #PARSE_TIMEOUT}. Thread-safe: one reader serves parallel indexing.
 */
public final class ReportReader {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "json", "jsonl", "ndjson");
    /** Formats this reader understands, by file extension. */
    public static final Set<String> EXTENSIONS = Stream.concat(TEXT_EXTENSIONS.stream(),
            DocumentFormat.EXTENSIONS.stream()).collect(Collectors.toUnmodifiableSet());
    /** The longest report text kept; longer texts are truncated with a warning. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** The longest a document (HTML, PDF, Word...) may take to parse before it is given up. */
    public static final Duration PARSE_TIMEOUT = Duration.ofSeconds(60);
    /** Documents parsed at once, stuck parses included (see {@link ParseRunner}). */
    private static final int PARSE_SLOTS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** The largest file read whole (JSON must be parsed whole); larger JSON files are refused. */
    public static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    /** The longest line of a JSON-lines file. */
    public static final int MAX_JSONL_LINE_CHARS = 4 * MAX_TEXT_CHARS;

    /** Any string a JSON file within {@link #MAX_JSON_BYTES} can hold (Jackson refuses those over 20 million chars). */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength((int) MAX_JSON_BYTES).build()).build());
    private static final int MAX_TITLE_CHARS = 120;

    /**
     * What reading one file gave: its reports, what the reader noticed, and the reports of the file it could not read
     * (a JSON-lines file's broken lines), each with its reason: lost, while the file's other reports are indexed.
     */
    public record Result(List<Report> reports, List<String> warnings, List<String> lost) {
        public Result {
            reports = List.copyOf(reports);
            warnings = List.copyOf(warnings);
            lost = List.copyOf(lost);
        }

        public Result(List<Report> reports, List<String> warnings) {
            this(reports, warnings, List.of());
        }
    }

    private final int maxTextChars;
    private final DocumentReader documents;

    public ReportReader() {
        this(MAX_TEXT_CHARS, PARSE_TIMEOUT);
    }

    /** A reader with other bounds, for tests: text cut at {@code maxTextChars}, parses given up after {@code parseTimeout}. */
    ReportReader(int maxTextChars, Duration parseTimeout) {
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("text limit must be at least 1 character: " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
        this.documents = new DocumentReader(
                new TikaExtractor(maxTextChars, new ParseRunner(parseTimeout, PARSE_SLOTS)), maxTextChars);
    }

    /**
     * Every report of a corpus directory, in the walk's order: for tools and checks that want the reports
     * themselves rather than an index.
     *
     * @throws IOException if the directory cannot be walked or a file cannot be read (the message names the file)
     */
    public List<Report> readAll(Path corpus) throws IOException {
        List<Report> reports = new ArrayList<>();
        try {
            new CorpusWalker(corpus).walk(f -> {
                if (supports(f) && !f.linkInCorpus()) {
                    try {
                        reports.addAll(read(f).reports());
                    } catch (ReportReadException e) {
                        throw new UncheckedIOException(new IOException(f.relativePath() + ": " + e.getMessage(), e));
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return reports;
    }

    public static boolean supports(CorpusFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    /** JSON files' extensions: their reports may name their own ids. */
    private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl", "ndjson");

    /** Whether the file's one report has the id its path gives: any format but JSON, whose reports may name theirs. */
    public static boolean idFromPath(CorpusFile file) {
        return !JSON_EXTENSIONS.contains(file.extension());
    }

    /** Whether the file at this corpus-relative path is a JSON file, whose reports may name their own ids. */
    public static boolean isJson(String path) {
        return JSON_EXTENSIONS.contains(CorpusFile.extensionOf(path));
    }

    public Result read(CorpusFile file) throws ReportReadException {
        List<String> warnings = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        byte[] raw = TEXT_NAMES.contains(file.extension()) ? readBytes(file) : null;
        Optional<DocumentFormat> really = raw == null ? Optional.empty() : sniff(raw);
        if (really.isPresent()) {
            warnings.add(really.get().article + " " + really.get().displayName + " file named ." + file.extension()
                    + ", read as one");
            return new Result(List.of(documents.read(file, really.get(), warnings)), warnings);
        }
        List<Report> reports = switch (file.extension()) {
            case "txt", "text" -> List.of(plainText(file, decodeBytes(raw, textLimit(file), warnings)));
            case "md", "markdown" -> List.of(markdown(file, decodeBytes(raw, textLimit(file), warnings), warnings));
            case "json" -> List.of(json(file, readJson(file), file.defaultId(), "json", warnings));
            case "jsonl", "ndjson" -> jsonLines(file, warnings, lost);
            default -> {
                Optional<DocumentFormat> format = DocumentFormat.ofExtension(file.extension());
                if (format.isEmpty()) {
                    throw new ReportReadException("unsupported file type '." + file.extension() + "'");
                }
                yield List.of(documents.read(file, format.get(), warnings));
            }
        };
        return new Result(reports, warnings, lost);
    }

    /** The extensions of plain text files, whose content is looked at for another format's signature. */
    private static final Set<String> TEXT_NAMES = Set.of("txt", "text", "md", "markdown");

    /**
     * The document format a text file really holds, by its first bytes: a PDF, a Word or OpenDocument file (a zip),
     * an RTF file or an HTML page saved under a text name, which would otherwise be indexed as its raw bytes or tags.
     */
    private static Optional<DocumentFormat> sniff(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading(); // after a UTF-8 byte order mark
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("%PDF-")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (start.startsWith("{\\rtf")) {
            return Optional.of(DocumentFormat.RTF);
        }
        if (start.startsWith("PK\u0003\u0004")) {
            return Optional.of(start.contains("mimetypeapplication/vnd.oasis.opendocument.text") ? DocumentFormat.ODT
                    : DocumentFormat.DOCX);
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return Optional.of(DocumentFormat.HTML);
        }
        return Optional.empty();
    }

    /**
     * One plain-text report read from a stream (standard input) as a {@code .txt} file is read: at most its first
     * {@code 4 × maxTextChars} bytes, binary refused, decoded, titled and dated by its first lines.
     */
    public Result readPlainText(String id, InputStream in) throws ReportReadException {
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = decodeText(in, (long) maxTextChars * 4, warnings);
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
        return new Result(List.of(new Report(id, titleOf(text), datelineOf(text), "", text, "", "txt")), warnings);
    }

    /** The bytes of a text file to read: at most its first {@code 4 × maxTextChars}, never a huge file whole. */
    private byte[] readBytes(CorpusFile file) throws ReportReadException {
        try (InputStream in = Files.newInputStream(file.file())) {
            return in.readNBytes((int) textLimit(file));
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
    }

    private long textLimit(CorpusFile file) {
        return Math.min((long) maxTextChars * 4, Math.max(file.size(), 0) + 1);
    }

    private String decodeText(InputStream in, long limit, List<String> warnings)
            throws IOException, ReportReadException {
        return decodeBytes(in.readNBytes((int) limit), limit, warnings);
    }

    /** A text file's bytes as text, read up to {@code limit} bytes (which cut it, if as many were read). */
    private String decodeBytes(byte[] buf, long limit, List<String> warnings) throws ReportReadException {
        int n = buf.length;
        if (n >= limit) {
            while (n > 0 && (buf[n - 1] & 0xC0) == 0x80) {
                n--; // do not cut a UTF-8 character in two
            }
            if (n > 0 && (buf[n - 1] & 0x80) != 0) {
                n--;
            }
        }
        String text = TextDecoder.decode(buf, n);
        if (text.isBlank()) {
            throw new ReportReadException("empty: no text to index");
        }
        return truncate(text, warnings);
    }

    private String truncate(String text, List<String> warnings) {
        if (text.length() <= maxTextChars) {
            return text;
        }
        warnings.add("text truncated to its first " + maxTextChars + " characters");
        return text.substring(0, maxTextChars);
    }

    private static Report plainText(CorpusFile file, String text) {
        return new Report(file.defaultId(), titleOf(text), datelineOf(text), "", text, file.relativePath(), "txt");
    }

    /** A text's title: its first line when a blank line follows it, else the start of the first line. */
    public static String titleOf(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        boolean standsAlone = nl >= 0 && (text.startsWith("\n", nl + 1) || text.startsWith("\r\n", nl + 1));
        if (standsAlone && !first.isEmpty() && first.length() <= MAX_TITLE_CHARS) {
            return first;
        }
        return headline(first);
    }

    /**
     * The date of a text without metadata: its dateline, the first date written in its first 400 characters that is not
     * the date of something it tells ({@code PORT-LAZARE, 14 January 2023 —}, {@code Weekly brief, 11 to 17 September
     * 2023}, {@code Published on 3 May 2024}; not {@code On 10 May 2024, gunmen attacked...}). A text with none, an
     * event note or a chronology, was written once its events had happened: the latest date it gives, leaving out
     * deadlines and what is to come ({@code until 30 June 2024}, {@code scheduled for 20 December 2024}). Before, the
     * first date was taken, and the later events of a chronology were told as planned, after the report's date.
     * {@code null} when the text gives no full date.
     */
    public static LocalDate datelineOf(String text) {
        List<Dates.Found> dates = Dates.findAll(text.substring(0, Math.min(text.length(), MAX_DATED_CHARS)));
        LocalDate latest = null;
        for (Dates.Found d : dates) {
            List<String> words = wordsBefore(text, d.start(), 2);
            String before = words.isEmpty() ? "" : words.get(0);
            boolean published = before.equals("on") && words.size() > 1 && PUBLISHED.contains(words.get(1));
            if (d.start() < DATELINE_CHARS && (published || !TOLD.contains(before))) {
                return d.date();
            }
            if (!TO_COME.contains(before) && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }
        return latest;
    }

    /** Characters at the start of a text where a dateline is looked for. */
    private static final int DATELINE_CHARS = 400;
    /** Characters of a text whose dates are looked at when it has no dateline. */
    private static final int MAX_DATED_CHARS = 100_000;
    /** Words before a date that make it the date of something told, not the text's. */
    private static final Set<String> TOLD = Set.of("on", "since", "from", "until", "till", "by", "before", "after",
            "between", "and", "for");
    /** Words before a date that make it a deadline or something to come. */
    private static final Set<String> TO_COME = Set.of("until", "till", "by", "before", "for", "next");
    /** Words before {@code on} and a date that make the date the text's own ({@code Published on 3 May 2024}). */
    private static final Set<String> PUBLISHED = Set.of("published", "updated", "posted", "released", "issued",
            "dated", "written", "filed");

    /** Up to {@code n} words of letters right before {@code at}, nearest first, in lower case (blanks skipped). */
    private static List<String> wordsBefore(String text, int at, int n) {
        List<String> words = new ArrayList<>(n);
        int end = at;
        while (words.size() < n) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            end = start;
        }
        return words;
    }

    private static Report markdown(CorpusFile file, String text, List<String> warnings) throws ReportReadException {
        String title = null;
        String source = null;
        LocalDate date = null;
        String body = text;
        // YAML front matter between lines of '---' (key: value), or TOML between lines of '+++' (key = value), as
        // Hugo writes it
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        int end = fence == null ? -1 : text.indexOf("\n" + fence, 3);
        if (fence != null && end < 0) { // a rule under nothing, most likely: the text is read as it is
            warnings.add("its first line '" + fence + "' opens no front matter (none closes it): read as text");
        }
        if (end >= 0) {
            char separator = fence.equals("---") ? ':' : '=';
            for (String line : text.substring(3, end).split("\n")) {
                int colon = line.indexOf(separator);
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = unquote(line.substring(colon + 1).strip());
                switch (key) {
                    case "title" -> title = value;
                    case "source" -> source = value;
                    case "date" -> {
                        date = Dates.parse(value).orElse(null);
                        if (date == null && !value.isBlank()) {
                            warnings.add("date '" + value + "' is not a day; indexed without a date");
                        }
                    }
                    default -> { }
                }
            }
            int bodyStart = text.indexOf('\n', end + 4);
            body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        }
        if (body.isBlank()) {
            throw new ReportReadException("empty: front matter but no text");
        }
        if (title == null) {
            for (String line : body.split("\n", 20)) {
                if (line.startsWith("# ")) {
                    title = line.substring(2).strip();
                    break;
                }
            }
        }
        if (title == null) {
            title = headline(body.strip().lines().findFirst().orElse(""));
        }
        return new Report(file.defaultId(), title, date, source, body, file.relativePath(), "md");
    }

    private static JsonNode readJson(CorpusFile file) throws ReportReadException {
        if (file.size() > MAX_JSON_BYTES) {
            throw new ReportReadException("JSON file of " + file.size() + " bytes is larger than the " + MAX_JSON_BYTES
                    + "-byte limit; split it into a .jsonl file, one report per line");
        }
        try {
            return parse(new String(Files.readAllBytes(file.file()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
    }

    private static JsonNode parse(String json) throws ReportReadException {
        try {
            return JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json); // a byte order mark
        } catch (JsonProcessingException e) {
            throw new ReportReadException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        }
    }

    private Report json(CorpusFile file, JsonNode node, String defaultId, String format, List<String> warnings)
            throws ReportReadException {
        if (node == null || !node.isObject()) {
            throw new ReportReadException("JSON report must be an object with a \"text\" field");
        }
        List<String> notes = new ArrayList<>(); // fields of another type than a string's
        String text = firstText(node, notes, "text", "body", "content");
        if (text == null || text.isBlank()) {
            throw new ReportReadException("JSON report has no \"text\" (or \"body\", \"content\") string"
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        }
        String rawId = firstText(node, notes, "id");
        String id = rawId != null ? ReportIds.sanitize(rawId) : defaultId;
        String rawDate = firstText(node, notes, "date", "published", "published_at");
        LocalDate date = Dates.parse(rawDate).orElse(null);
        if (rawDate != null && !rawDate.isBlank() && date == null) {
            warnings.add("report " + id + ": date '" + rawDate + "' is not a date; indexed without one");
        }
        String title = firstText(node, notes, "title", "headline");
        String source = firstText(node, notes, "source", "publisher");
        for (String note : notes) {
            warnings.add("report " + id + ": " + note);
        }
        return new Report(id, title, date, source, truncate(text, warnings), file.relativePath(), format);
    }

    private List<Report> jsonLines(CorpusFile file, List<String> warnings, List<String> lost)
            throws ReportReadException {
        List<Report> reports = new ArrayList<>();
        try (LineReader in = new LineReader(Files.newBufferedReader(file.file(), StandardCharsets.UTF_8),
                MAX_JSONL_LINE_CHARS)) {
            String line;
            int lineNo = 0;
            while ((line = in.next()) != null) {
                lineNo++;
                if (in.tooLong()) {
                    lost.add("line " + lineNo + ": longer than " + MAX_JSONL_LINE_CHARS + " characters, skipped");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    reports.add(json(file, parse(line), file.defaultId() + "-" + lineNo, "jsonl", warnings));
                } catch (ReportReadException e) {
                    lost.add("line " + lineNo + ": " + e.getMessage() + ", skipped");
                }
            }
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
        if (reports.isEmpty()) {
            throw new ReportReadException("no readable report in this JSON-lines file"
                    + (lost.isEmpty() ? "" : " (" + lost.get(0) + ")"));
        }
        return reports;
    }

    /**
     * The first of the fields that holds a string, a number or a boolean (read as text), or null; a field of another
     * type (an array, an object) is passed over, and said so in {@code notes}, as is a number or a boolean read as
     * text (an id may be a whole number, as in the API).
     */
    private static String firstText(JsonNode node, List<String> notes, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (Json.isReportText(name, v)) {
                return v.asText();
            }
            if (v.isValueNode()) {
                notes.add("\"" + name + "\" is a " + v.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ", not a string; read as '" + v.asText() + "'");
                return v.asText();
            }
            notes.add("\"" + name + "\" is an " + (v.isArray() ? "array" : "object") + ", not a string; passed over");
        }
        return null;
    }

    private static String headline(String firstLine) {
        String s = firstLine.strip();
        if (s.length() <= MAX_TITLE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_TITLE_CHARS);
        return s.substring(0, cut > 40 ? cut : MAX_TITLE_CHARS) + "…";
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** An I/O failure as a reason for the user: its kind and message, {@code NoSuchFile (/x/y.txt)}. */
    public static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }
}
