package org.kgi.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.kgi.indexer.json.Json;
import org.kgi.indexer.search.SearchRequest;

/**
 * Jetty's answer to a request it refuses before any route sees it (a URL longer than it reads, a path with an encoded
 * NUL or bytes that are no UTF-8): the same {@code application/problem+json} as every other error, where Jetty's own
 * handler wrote an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE,
            Problem.CONTENT_TYPE + ";charset=utf-8");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) {
            return ByteBuffer.allocate(0);
        }
        fields.put(CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "the URL is longer than the server reads (8 kB); a query is at most "
                    + SearchRequest.MAX_QUERY_CHARS + " characters";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
                    "the request's headers are larger than the server reads";
            default -> message == null || message.isBlank() || message.equals(title)
                    ? "the server cannot read this request (" + title + ")" : "the server cannot read this request: "
                    + message;
        };
        try {
            return Json.mapper().writeValueAsBytes(Problem.of(status, title, detail));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
