package org.kgi.indexer.search;

import org.kgi.indexer.index.Schema;

/** The facets a search counts and filters by, with the index field behind each. */
public enum Facet {
    ACTOR("actor", Schema.ACTOR),
    PLACE("place", Schema.PLACE),
    EVENT_TYPE("eventType", Schema.EVENT_TYPE),
    YEAR("year", Schema.YEAR);

    private final String param;
    private final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }

    /** The name in the API: query parameter and key of {@code facets}. */
    public String param() {
        return param;
    }

    public String field() {
        return field;
    }
}
