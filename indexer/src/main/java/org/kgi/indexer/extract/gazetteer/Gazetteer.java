package org.kgi.indexer.extract.gazetteer;

import java.util.Collection;
import java.util.List;

/**
 * Countries, their first-level regions and cities together, loaded once per JVM (the cities take about half a second
 * and some tens of megabytes) and shared by every extractor, read-only and so thread-safe.
 */
public final class Gazetteer {
    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer(Countries.load(), Cities.load(), Regions.load());
    }

    private final Countries countries;
    private final Cities cities;
    private final Regions regions;

    private Gazetteer(Countries countries, Cities cities, Regions regions) {
        this.countries = countries;
        this.cities = cities;
        this.regions = regions;
    }

    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading the shared gazetteer on a background thread (once per JVM) and returns at once, so that
     * whatever the caller does next (opening the index, walking the corpus, serving) overlaps the load; the
     * first {@link #shared()} waits for it to finish.
     */
    public static void preload() {
        if (PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(Gazetteer::shared, "kgi-gazetteer");
            t.setDaemon(true);
            t.start();
        }
    }

    public Countries countries() {
        return countries;
    }

    /** Countries' first-level regions: {@code Oromia}, {@code Cabo Delgado}. */
    public Regions regions() {
        return regions;
    }

    /**
     * The best place for a name key: the most populous one in one of {@code preferredCountries} when there
     * is one, else the most populous of all; null when the name is not a known place.
     */
    public City city(String key, Collection<String> preferredCountries) {
        List<City> all = cities.byKey(key);
        if (all.isEmpty()) {
            return null;
        }
        for (City c : all) {
            if (preferredCountries.contains(c.country())) {
                return c;
            }
        }
        return all.get(0);
    }

    /** Whether a name key is a town of at least 100,000 people ({@code Mombasa}, {@code Nablus}), not a village. */
    public boolean isLargeCity(String key) {
        List<City> all = cities.byKey(key);
        return !all.isEmpty() && all.get(0).population() >= 100_000;
    }

    /** Whether a name key is a known populated place at all. */
    public boolean isCity(String key) {
        return !cities.byKey(key).isEmpty();
    }

    /** Whether a name key is a known place of any kind: a country, a region or a town. */
    public boolean isPlace(String key) {
        return countries.byKey(key) != null || regions.isRegion(key) || isCity(key);
    }
}
