package org.kgi.graph;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which nodes a query may return or pass through: those of the given kinds and types (empty = any), and the generic
 * actors or not.
 *
 * @param kinds   allowed kinds; empty means every kind
 * @param types   allowed types (exact, e.g. {@code armed_group}, {@code Battles}); empty means every type
 * @param generic whether the generic actors pass ("civilians", "police", "unidentified gunmen": attribute {@code
 *                generic=true}), hubs of many reports' events that tie unrelated actors together
 */
public record NodeFilter(Set<Kind> kinds, Set<String> types, boolean generic) {
    /** Every node. */
    public static final NodeFilter ALL = new NodeFilter(Set.of(), Set.of());
    /** The attribute that marks a generic actor. */
    public static final String GENERIC = "generic";

    public NodeFilter {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** The generic actors pass. */
    public NodeFilter(Set<Kind> kinds, Set<String> types) {
        this(kinds, types, true);
    }

    /** This filter, letting the generic actors pass or not. */
    public NodeFilter generic(boolean pass) {
        return new NodeFilter(kinds, types, pass);
    }

    /** Only these kinds. */
    public static NodeFilter kinds(Kind... kinds) {
        return new NodeFilter(Set.of(kinds), Set.of());
    }

    public boolean test(Node node) {
        return (kinds.isEmpty() || kinds.contains(node.kind())) && (types.isEmpty() || types.contains(node.type()))
                && (generic || !"true".equals(node.attributes().get(GENERIC)));
    }

    public boolean isAll() {
        return kinds.isEmpty() && types.isEmpty() && generic;
    }
}
