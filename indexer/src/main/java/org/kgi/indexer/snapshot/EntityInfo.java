package org.kgi.indexer.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kgi.graph.Attributes;
import org.kgi.graph.Kind;

/**
 * An entity as known across the whole index: its most common name and type, every alias it was seen with,
 * and how many reports name it.
 *
 * @param sameAs the id of the entity it was taken for across reports ({@link EntityCatalog#canonical}), or null
 */
public record EntityInfo(String id, Kind kind, String type, String name, List<String> aliases,
                         Map<String, String> attributes, int documentCount, String sameAs) {
    public EntityInfo(String id, Kind kind, String type, String name, List<String> aliases,
                      Map<String, String> attributes, int documentCount) {
        this(id, kind, type, name, aliases, attributes, documentCount, null);
    }

    public EntityInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        attributes = Attributes.copyOf(id, attributes);
    }
}
