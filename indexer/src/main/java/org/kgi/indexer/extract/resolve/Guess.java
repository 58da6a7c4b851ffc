package org.kgi.indexer.extract.resolve;

import java.util.Map;
import java.util.Objects;
import org.kgi.graph.Kind;

/**
 * What a name probably is, with how sure the cue that said so is ({@code strength}, higher wins; see
 * {@link Strength}). Within a report, the strongest guess for a name decides its kind and type everywhere.
 *
 * @param kind       actor or place
 * @param type       fine type
 * @param name       canonical name
 * @param strength   how strong the cue was
 * @param generic    whether this is an unnamed actor ({@code gunmen}, {@code police})
 * @param attributes extra facts ({@code country}, {@code nationality})
 */
public record Guess(Kind kind, String type, String name, int strength, boolean generic, Map<String, String> attributes) {
    public Guess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static Guess actor(String type, String name, int strength) {
        return new Guess(Kind.ACTOR, type, name, strength, false, Map.of());
    }

    public static Guess place(String type, String name, int strength) {
        return new Guess(Kind.PLACE, type, name, strength, false, Map.of());
    }

    public Guess withAttributes(Map<String, String> extra) {
        return new Guess(kind, type, name, strength, generic, extra);
    }

    /** Whether this guess beats {@code other}: stronger, or as strong with a higher-priority type. */
    public boolean beats(Guess other) {
        if (other == null) {
            return true;
        }
        if (strength != other.strength) {
            return strength > other.strength;
        }
        return Strength.typePriority(type) > Strength.typePriority(other.type);
    }
}
