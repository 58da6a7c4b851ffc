package org.kgi.indexer.extract.mention;

import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;

/** Lower-case words allowed between a name and its facility noun ({@code Delmont police station}). */
final class FacilityModifiers {
    private static final Set<String> WORDS = WordSets.of(
            "police", "bus", "military", "army", "border", "health", "fuel", "petrol", "gas", "power", "water",
            "train", "railway", "air", "naval", "main", "central", "public", "customs", "fire", "community",
            "district", "departmental", "national", "regional", "general", "primary", "secondary", "high",
            "municipal", "city", "town", "village", "market", "taxi", "ferry", "river", "coast", "coastal", "sub",
            "operating", "prison", "detention", "displacement", "idp", "refugee", "transit", "school",
            "international", "old", "new", "medical", "reception");

    private FacilityModifiers() {
    }

    static boolean is(String lower) {
        return WORDS.contains(lower);
    }
}
