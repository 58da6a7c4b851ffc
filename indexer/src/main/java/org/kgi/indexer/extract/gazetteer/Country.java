package org.kgi.indexer.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A country: ISO 3166 alpha-2 code, English name, other names, demonyms, and whether its name is
 * also a common word or given name ({@code Chad}, {@code Jordan}) so that it needs context.
 */
public record Country(String code, String name, List<String> aliases, List<String> demonyms, boolean needsContext) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.length() != 2) {
            throw new IllegalArgumentException("country code must have two letters: '" + code + "'");
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
