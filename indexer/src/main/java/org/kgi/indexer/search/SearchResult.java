package org.kgi.indexer.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many reports match in all, this page of them, the facet counts over
 * all matches, and the cursor of the next page ({@code null} on the last).
 *
 * @param total             how many reports match: exact when at most the request's
 *                          {@link SearchRequest#facetSample()} do, when Lucene counts the query without visiting
 *                          its matches (every report; one term of one field in an index without deletions), or when the request asks for {@link SearchRequest#exactTotal()}; else
 *                          estimated from the matches in the facets' sample ({@code totalApproximate})
 * @param totalApproximate  whether {@code total} is such an estimate
 * @param facetsApproximate whether the facet counts are estimates: when more reports match than the request's
 *                          {@link SearchRequest#facetSample()}, the facets are counted over the matches in an even,
 *                          deterministic sample of the index and scaled up to {@code total}
 * @param facetSample       how many matching reports the facets were counted over when approximate, else
 *                          {@code null} (left out of the JSON)
 */
public record SearchResult(long total, boolean totalApproximate, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           String next, boolean facetsApproximate, @JsonInclude(JsonInclude.Include.NON_NULL) Long facetSample) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // in the order given, in the JSON too
    }
}
