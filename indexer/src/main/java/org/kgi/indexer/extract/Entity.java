package org.kgi.indexer.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kgi.graph.Attributes;
import org.kgi.graph.Kind;

/**
 * An actor or place found in one report, resolved to its corpus-wide id.
 *
 * @param id         stable readable id, {@code actor:multinational-security-support-mission}
 * @param kind       actor or place
 * @param type       the fine type ({@code security_force}, {@code armed_group}, {@code populated_place}...)
 * @param name       canonical name
 * @param aliases    other names it goes by (acronyms, nicknames, spellings)
 * @param mentions   where the report names it
 * @param attributes extra facts where known ({@code country}, {@code lat}, {@code lon}, {@code nationality}), sorted by
 *                   key
 */
public record Entity(String id, Kind kind, String type, String name, List<String> aliases,
                     List<Mention> mentions, Map<String, String> attributes) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        String label = kind.label();
        if (!id.startsWith(label) || id.length() <= label.length() || id.charAt(label.length()) != ':') {
            throw new IllegalArgumentException("entity id '" + id + "' must start with '" + kind.label() + ":'");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        attributes = Attributes.copyOf(id, attributes);
    }
}
