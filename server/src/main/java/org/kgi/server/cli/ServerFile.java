package org.kgi.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.kgi.indexer.json.Json;

/**
 * A small file beside the index ({@code data/index.server.json}) that says which server holds it, so that
 * {@code kgi index} can point the user at that server instead of failing on the lock.
 */
final class ServerFile {
    private ServerFile() {
    }

    static Path of(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".server.json");
    }

    /** Records the server's URL, its process and whether its writes need a token (not the token itself). */
    static void write(Path index, String url, boolean token) throws IOException {
        Files.writeString(of(index), Json.mapper().writeValueAsString(Map.of("url", url, "pid",
                ProcessHandle.current().pid(), "token", token)));
    }

    static void delete(Path index) {
        try {
            Files.deleteIfExists(of(index));
        } catch (IOException ignored) {
            // a stale file only makes the hint less precise
        }
    }

    /**
     * The command that re-indexes through the live server holding {@code index} ({@code curl -X POST URL/api/reindex},
     * with the token's header when its writes need one), if its file names a running process.
     */
    static Optional<String> reindexCommand(Path index, boolean full) {
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(of(index)));
            long pid = node.path("pid").asLong(-1);
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            String header = node.path("token").asBoolean(false) ? "-H \"Authorization: Bearer $KGI_TOKEN\" " : "";
            // for a shell: the header in double quotes, so that $KGI_TOKEN is expanded, and the URL quoted ("?")
            return alive ? Optional.of("curl -X POST " + header + "'" + node.path("url").asText() + "api/reindex"
                    + (full ? "?full=true" : "") + "'") : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
