package org.kgi.indexer.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.ResourceLines;

/** The countries of {@code countries.tsv}, found by name, alias or demonym key. */
public final class Countries {
    private static final String RESOURCE = "countries.tsv";
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();

    private Countries() {
    }

    /** Loads the bundled country list. */
    public static Countries load() {
        Countries c = new Countries();
        ResourceLines.read(Countries.class, RESOURCE, line -> {
            if (!line.isBlank() && !line.startsWith("#")) {
                c.add(line.split("\t", -1));
            }
        });
        return c;
    }

    private void add(String[] f) {
        Country country = new Country(f[0], f[1], list(f[2]), list(f[3]), f.length > 4 && "1".equals(f[4]));
        byName.putIfAbsent(Names.key(country.name()), country);
        for (String a : country.aliases()) {
            byName.putIfAbsent(Names.key(a), country);
        }
        for (String d : country.demonyms()) {
            byDemonym.putIfAbsent(Names.key(d), country);
        }
    }

    private static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The country a name or alias key stands for, or null. */
    public Country byKey(String key) {
        return byName.get(key);
    }

    /** The country a demonym key ({@code kenyan}) belongs to, or null. */
    public Country byDemonymKey(String key) {
        return byDemonym.get(key);
    }

    /** The country a lower-case word in {@code -led} names ({@code kenyan-led}, {@code us-led}), or null. */
    public Country leading(String lowerWord) {
        if (!lowerWord.endsWith("-led") || lowerWord.length() < 6) {
            return null;
        }
        String key = Names.key(lowerWord.substring(0, lowerWord.length() - "-led".length()));
        Country c = byDemonymKey(key);
        return c != null ? c : byKey(key);
    }
}
