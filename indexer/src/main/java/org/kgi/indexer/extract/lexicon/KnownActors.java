package org.kgi.indexer.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.kgi.indexer.extract.text.Names;

/**
 * Well-known armed groups and state forces ({@code known-actors.tsv}): the actor type their names get wherever
 * they are found ({@code JNIM}, {@code FARDC}, {@code Arakan Army}, {@code Wagner Group}), where the text alone
 * would guess wrong (an acronym, an "Army" that is a rebel army). Only the type: ids and names stay the text's.
 */
public final class KnownActors {
    private static final String RESOURCE = "known-actors.tsv";
    private static final Map<String, String> TYPES = load();

    private KnownActors() {
    }

    /** The type of a well-known actor with this name key ({@link Names#key}), or null. */
    public static String type(String key) {
        return TYPES.get(key);
    }

    private static Map<String, String> load() {
        Map<String, String> types = new HashMap<>();
        try (InputStream in = KnownActors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String type = line.substring(0, tab).trim();
                for (String name : line.substring(tab + 1).split("\\|")) {
                    String key = Names.key(name.trim());
                    if (key.length() >= 2) {
                        types.putIfAbsent(key, type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(types);
    }
}
