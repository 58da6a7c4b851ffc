package org.kgi.indexer.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a bundled UTF-8 resource (gzipped when its name ends in {@code .gz}) line by line: the one loader of the
 * gazetteer's and the lexicons' tables. A missing resource is a broken build, so it fails at once.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * Hands each line of resource {@code name}, found next to class {@code owner}, to {@code each}.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    public static void read(Class<?> owner, String name, Consumer<String> each) {
        try (InputStream raw = owner.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
