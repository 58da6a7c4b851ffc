package org.kgi.indexer.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * GeoNames' populated places from {@code cities.tsv.gz} (built by {@code scripts/gazetteer}), found by
 * name key; each key keeps its few most populous places, most populous first.
 */
public final class Cities {
    private static final String RESOURCE = "cities.tsv.gz";
    private static final int PER_KEY = 6;
    private final Map<String, List<City>> byKey = new HashMap<>(1 << 19);

    private Cities() {
    }

    /** Loads the bundled gazetteer (rows are sorted by population, largest first). */
    public static Cities load() {
        Cities c = new Cities();
        Map<String, String> interned = new HashMap<>();
        ResourceLines.read(Cities.class, RESOURCE, line -> c.add(line.split("\t", -1), interned));
        return c;
    }

    private void add(String[] f, Map<String, String> interned) {
        if (f.length < 9) {
            return;
        }
        String cc = interned.computeIfAbsent(f[3], k -> k);
        String admin = interned.computeIfAbsent(f[4], k -> k);
        String feature = interned.computeIfAbsent(f[8], k -> k);
        City city = new City(f[0], cc, admin, f[5], f[6], Long.parseLong(f[7]), feature);
        index(Names.key(f[0]), city);
        if (f[0].endsWith(" City") && city.population() >= 5_000_000) {
            index(Names.key(f[0].substring(0, f[0].length() - 5)), city); // New York City is New York
        }
        if (!f[1].isEmpty()) {
            index(Names.key(f[1]), city);
        }
        if (!f[2].isEmpty()) {
            for (String alt : f[2].split(",")) {
                index(Names.key(alt), city);
            }
        }
    }

    private void index(String key, City city) {
        if (key.length() < 2) {
            return;
        }
        List<City> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.size() < PER_KEY && !list.contains(city)) {
            list.add(city);
        }
    }

    /** The places with this name key, most populous first (empty when none). */
    public List<City> byKey(String key) {
        List<City> l = byKey.get(key);
        return l == null ? List.of() : l;
    }
}
