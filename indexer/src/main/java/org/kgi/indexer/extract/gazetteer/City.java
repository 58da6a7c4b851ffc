package org.kgi.indexer.extract.gazetteer;

import java.util.Objects;

/**
 * A populated place from GeoNames: name, country code, first-level admin code, coordinates (as the gazetteer
 * writes them: parsed when asked for, since few of the 200,000 places loaded ever are), population and feature
 * code ({@code PPLC} is a capital).
 */
public record City(String name, String country, String admin1, String latText, String lonText, long population,
                   String feature) {
    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        admin1 = admin1 == null ? "" : admin1;
        feature = feature == null ? "" : feature;
    }

    /** Latitude in degrees. */
    public double lat() {
        return Double.parseDouble(latText);
    }

    /** Longitude in degrees. */
    public double lon() {
        return Double.parseDouble(lonText);
    }

    public boolean isCapital() {
        return "PPLC".equals(feature);
    }

    /** The seat of a first-order administrative division (a region's or province's capital: Kidal, Bunia). */
    public boolean isRegionalCapital() {
        return "PPLA".equals(feature);
    }
}
