package org.kgi.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kgi.indexer.corpus.Dates;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportIds;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.index.Sha256;
import org.kgi.indexer.json.Json;
import org.kgi.indexer.search.SimilarHit;
import org.kgi.server.Services;

/** {@code /api/documents}: read one report, reports like it, add or replace one, delete one. */
final class DocumentsApi {
    /** The answer of {@code GET /api/documents/{id}/similar}. */
    record Similar(List<SimilarHit> hits) {
    }

    private final Services services;

    DocumentsApi(Services services) {
        this.services = services;
    }

    void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(services.store().get(id).orElseThrow(() -> ApiException.notFound("no report with id '" + id + "'")));
    }

    void similar(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= 50, "must be between 1 and 50").getOrDefault(10);
        ctx.json(new Similar(services.store().similar(id, limit)
                .orElseThrow(() -> ApiException.notFound("no report with id '" + id + "'"))));
    }

    void post(Context ctx) throws IOException {
        Report report = report(ctx);
        try {
            String id = services.put(report);
            ctx.status(201).json(Map.of("id", id));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!services.delete(id)) {
            throw ApiException.notFound("no report with id '" + id + "'");
        }
        ctx.status(204);
    }

    private static Report report(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        String body = ctx.body();
        String id = null;
        String title = null;
        String source = null;
        LocalDate date = null;
        String text;
        if (contentType.startsWith("text/plain")) { // titled and dated by its first lines, as a .txt file is
            text = body.startsWith("\uFEFF") ? body.substring(1) : body;
            title = ReportReader.titleOf(text);
            date = ReportReader.datelineOf(text);
        } else if (contentType.startsWith("application/json") || contentType.isEmpty()) {
            JsonNode node;
            try {
                // a key given twice is refused, not read as its last value
                node = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("expected a JSON object {id?, title?, date?, source?, text}");
            }
            text = string(node, "text");
            id = string(node, "id");
            title = string(node, "title");
            source = string(node, "source");
            String rawDate = string(node, "date");
            if (rawDate != null && !rawDate.isBlank()) {
                date = Dates.parse(rawDate).orElseThrow(() -> ApiException.badRequest("date '" + rawDate + "' is not a date (use YYYY-MM-DD)"));
            }
        } else {
            throw new ApiException(415, "Unsupported media type", "send application/json or text/plain, not " + contentType);
        }
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("the report has no text");
        }
        if (text.length() > ReportReader.MAX_TEXT_CHARS) {
            throw new ApiException(413, "Report too large", "text is longer than " + ReportReader.MAX_TEXT_CHARS + " characters");
        }
        if (id != null && id.strip().length() > Report.MAX_ID_LENGTH) {
            // cut, two ids that begin alike would be one report, and the id sent would find nothing
            throw ApiException.badRequest("id is " + id.strip().length() + " characters long; at most "
                    + Report.MAX_ID_LENGTH);
        }
        if (id != null && !id.isBlank() && id.strip().chars().allMatch(c -> c == '.')) {
            throw ApiException.badRequest("id '" + id.strip() + "' cannot be a report's: '.' and '..' are not ids a "
                    + "link can name; use a letter or a digit");
        }
        String reportId = id == null || id.isBlank() ? "api-" + Sha256.of(text).substring(0, 16)
                : ReportIds.sanitize(id.strip());
        return new Report(reportId, title, date, source, text, "", "api");
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        // a string (an id may be a whole number): {"text": 123} or {"title": true} is a mistake said, not a report made
        if (!Json.isReportText(field, v)) {
            throw ApiException.badRequest("'" + field + "' must be a string, not " + v.getNodeType().name()
                    .toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }
}
