package org.kgi.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.kgi.indexer.json.Json;
import org.kgi.server.http.KgiApp;

/** The real app on a random loopback port over a real index, spoken to over HTTP. */
public final class RunningServer implements AutoCloseable {
    private final Services services;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(Services services) {
        this.services = services;
        this.app = KgiApp.create(services).start("127.0.0.1", 0);
    }

    /** Indexes {@code corpus} into {@code indexDir} (through the CLI, as a user would) and serves it. */
    public static RunningServer over(Path corpus, Path indexDir) throws IOException {
        int code = Main.run("index", "--corpus", corpus.toString(), "--index", indexDir.toString());
        if (code > 1) {
            throw new IllegalStateException("kgi index exited with " + code);
        }
        return new RunningServer(Services.open(indexDir));
    }

    public Services services() {
        return services;
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code body} with {@code method} (POST, DELETE, ...) and the given content type. */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> res = get(pathAndQuery);
        if (res.statusCode() != expectedStatus) {
            throw new AssertionError("GET " + pathAndQuery + " gave " + res.statusCode() + ", expected " + expectedStatus + ": " + res.body());
        }
        return Json.mapper().readTree(res.body());
    }

    @Override
    public void close() throws IOException {
        app.stop();
        services.close();
    }
}
