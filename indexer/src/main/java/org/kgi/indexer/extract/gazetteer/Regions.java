package org.kgi.indexer.extract.gazetteer;

import java.util.HashMap;
import java.util.Map;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.ResourceLines;

/**
 * Countries' first-level regions (states, provinces, regions) from {@code regions.tsv} (built by {@code
 * scripts/gazetteer} from country-region-data), found by name key with their country's code: Oromia (ET), Manipur
 * (IN), Cabo Delgado (MZ). A name two countries share is a region of no one country.
 */
public final class Regions {
    private static final String RESOURCE = "regions.tsv";
    /** The country of each key, or "" when several countries have a region of that name. */
    private final Map<String, String> countryByKey = new HashMap<>(8192);

    private Regions() {
    }

    public static Regions load() {
        Regions regions = new Regions();
        ResourceLines.read(Regions.class, RESOURCE, line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                String cc = line.substring(tab + 1).trim();
                regions.countryByKey.merge(Names.key(line.substring(0, tab)), cc, (x, y) -> x.equals(y) ? x : "");
            }
        });
        return regions;
    }

    /** Whether a name key is a known region. */
    public boolean isRegion(String key) {
        return countryByKey.containsKey(key);
    }

    /** The code of the country a region of this name key belongs to; null when unknown or shared by several. */
    public String country(String key) {
        String cc = countryByKey.get(key);
        return cc == null || cc.isEmpty() ? null : cc;
    }
}
