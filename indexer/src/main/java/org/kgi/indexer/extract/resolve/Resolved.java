package org.kgi.indexer.extract.resolve;

import java.util.Objects;
import org.kgi.graph.Kind;

/** A name found in a sentence, resolved to its entity: id, kind and type, and whether it is generic. */
public record Resolved(Found found, String id, Kind kind, String type, boolean generic) {
    public Resolved {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
    }

    public boolean isActor() {
        return kind == Kind.ACTOR;
    }

    public boolean isPlace() {
        return kind == Kind.PLACE;
    }
}
