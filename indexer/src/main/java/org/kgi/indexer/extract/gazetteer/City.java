package org.kgi.indexer.extract.gazetteer;

import java.util.Objects;

/**
 * A populated place from GeoNames: name, country code, first-level admin code, coordinates,
 * population and feature code ({@code PPLC} is a capital).
 */
public record City(String name, String country, String admin1, double lat, double lon, long population,
                   String feature) {
    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        admin1 = admin1 == null ? "" : admin1;
        feature = feature == null ? "" : feature;
    }

    public boolean isCapital() {
        return "PPLC".equals(feature);
    }

    /** The seat of a first-order administrative division (a region's or province's capital: Kidal, Bunia). */
    public boolean isRegionalCapital() {
        return "PPLA".equals(feature);
    }
}
