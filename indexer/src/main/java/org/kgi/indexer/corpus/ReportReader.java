package org.kgi.indexer.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one corpus file into reports. Formats: {@code .txt} (first line is the title when it stands
 * alone; a dateline gives the date), {@code .md} (YAML-style front matter: title, date, source),
 * {@code .json} (one report) and {@code .jsonl} (one report per line). Text beyond
 * {@link #MAX_TEXT_CHARS} is cut off and said so in the result's warnings.
 */
public final class ReportReader {
    /** Formats this reader understands, by file extension. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "json", "jsonl", "ndjson");
    /** The longest report text kept; longer texts are truncated with a warning. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** The largest file read whole (JSON must be parsed whole); larger JSON files are refused. */
    public static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    /** The longest line of a JSON-lines file. */
    public static final int MAX_JSONL_LINE_CHARS = 4 * MAX_TEXT_CHARS;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TITLE_CHARS = 120;

    /** What reading one file gave: its reports and anything worth telling the user. */
    public record Result(List<Report> reports, List<String> warnings) {
        public Result {
            reports = List.copyOf(reports);
            warnings = List.copyOf(warnings);
        }
    }

    public static boolean supports(CorpusFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    public Result read(CorpusFile file) throws ReportReadException {
        List<String> warnings = new ArrayList<>();
        List<Report> reports = switch (file.extension()) {
            case "txt", "text" -> List.of(plainText(file, readText(file, warnings)));
            case "md", "markdown" -> List.of(markdown(file, readText(file, warnings)));
            case "json" -> List.of(json(file, readJson(file), file.defaultId(), "json", warnings));
            case "jsonl", "ndjson" -> jsonLines(file, warnings);
            default -> throw new ReportReadException("unsupported file type '." + file.extension() + "'");
        };
        return new Result(reports, warnings);
    }

    private static String readText(CorpusFile file, List<String> warnings) throws ReportReadException {
        long limit = (long) MAX_TEXT_CHARS * 4;
        byte[] buf;
        int n;
        try (InputStream in = Files.newInputStream(file.file())) {
            buf = in.readNBytes((int) Math.min(limit, Math.max(file.size(), 0) + 1));
            n = buf.length;
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
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

    private static String truncate(String text, List<String> warnings) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        warnings.add("text truncated to its first " + MAX_TEXT_CHARS + " characters");
        return text.substring(0, MAX_TEXT_CHARS);
    }

    private static Report plainText(CorpusFile file, String text) {
        String title = null;
        String body = text;
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        boolean standsAlone = nl >= 0 && text.substring(nl + 1).startsWith("\n")
                || nl >= 0 && text.substring(nl + 1).startsWith("\r\n");
        if (standsAlone && !first.isEmpty() && first.length() <= MAX_TITLE_CHARS) {
            title = first;
        }
        if (title == null) {
            title = headline(first);
        }
        LocalDate date = Dates.find(body.substring(0, Math.min(body.length(), 400))).orElse(null);
        return new Report(file.defaultId(), title, date, "", body, file.relativePath(), "txt");
    }

    private static Report markdown(CorpusFile file, String text) throws ReportReadException {
        String title = null;
        String source = null;
        LocalDate date = null;
        String body = text;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                throw new ReportReadException("front matter opened with '---' is never closed");
            }
            for (String line : text.substring(3, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = unquote(line.substring(colon + 1).strip());
                switch (key) {
                    case "title" -> title = value;
                    case "source" -> source = value;
                    case "date" -> date = Dates.parse(value).orElse(null);
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
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportReadException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        }
    }

    private static Report json(CorpusFile file, JsonNode node, String defaultId, String format, List<String> warnings)
            throws ReportReadException {
        if (node == null || !node.isObject()) {
            throw new ReportReadException("JSON report must be an object with a \"text\" field");
        }
        String text = firstText(node, "text", "body", "content");
        if (text == null || text.isBlank()) {
            throw new ReportReadException("JSON report has no \"text\" (or \"body\", \"content\") string");
        }
        String id = node.hasNonNull("id") ? ReportIds.sanitize(node.get("id").asText()) : defaultId;
        String rawDate = firstText(node, "date", "published", "published_at");
        LocalDate date = Dates.parse(rawDate).orElse(null);
        if (rawDate != null && !rawDate.isBlank() && date == null) {
            warnings.add("report " + id + ": date '" + rawDate + "' is not a date; indexed without one");
        }
        return new Report(id, firstText(node, "title", "headline"), date, firstText(node, "source", "publisher"),
                truncate(text, warnings), file.relativePath(), format);
    }

    private List<Report> jsonLines(CorpusFile file, List<String> warnings) throws ReportReadException {
        List<Report> reports = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_JSONL_LINE_CHARS) {
                    warnings.add("line " + lineNo + ": longer than " + MAX_JSONL_LINE_CHARS + " characters, skipped");
                    continue;
                }
                try {
                    reports.add(json(file, parse(line), file.defaultId() + "-" + lineNo, "jsonl", warnings));
                } catch (ReportReadException e) {
                    warnings.add("line " + lineNo + ": " + e.getMessage() + ", skipped");
                }
            }
        } catch (IOException e) {
            throw new ReportReadException("cannot read: " + describe(e), e);
        }
        if (reports.isEmpty()) {
            throw new ReportReadException("no readable report in this JSON-lines file"
                    + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")"));
        }
        return reports;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
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

    static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }
}
