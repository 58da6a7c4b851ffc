package org.kgi.indexer.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One facet value and how many matching reports carry it. Entity facets have {@code id} and {@code name};
 * the others have {@code value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(String id, String name, String value, long count) {
    public static FacetValue entity(String id, String name, long count) {
        return new FacetValue(id, name, null, count);
    }

    public static FacetValue plain(String value, long count) {
        return new FacetValue(null, null, value, count);
    }
}
