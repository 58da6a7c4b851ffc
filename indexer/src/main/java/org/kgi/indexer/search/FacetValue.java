package org.kgi.indexer.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One facet value and how many matching reports carry it. Entity facets have {@code id} and {@code name};
 * the others have {@code value}. {@code chosen}: the values of the request that chose it, as they were written
 * ({@code actor:trb} chooses the Tactical Response Brigade, {@code riots} chooses Riots); absent when none did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(String id, String name, String value, long count, List<String> chosen) {
    public static FacetValue entity(String id, String name, long count, List<String> chosen) {
        return new FacetValue(id, name, null, count, chosen);
    }

    public static FacetValue plain(String value, long count, List<String> chosen) {
        return new FacetValue(null, null, value, count, chosen);
    }
}
