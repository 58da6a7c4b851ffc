package org.kgi.bench.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the world's entities, one JSON object a line: {@code {id, kind, type, name, alias, parent}}. */
final class WorldFile {
    private WorldFile() {
    }

    static void write(World world, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (WorldEntity e : world.entities()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("kind", e.kind());
                m.put("type", e.type());
                m.put("name", e.name());
                m.put("alias", e.alias());
                m.put("parent", e.parent() < 0 ? null : world.entity(e.parent()).id());
                out.write(json.writeValueAsString(m));
                out.write('\n');
            }
        }
    }
}
