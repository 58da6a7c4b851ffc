package org.kgi.graph;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which nodes a query may return or pass through: those of the given kinds and types (empty = any).
 *
 * @param kinds allowed kinds; empty means every kind
 * @param types allowed types (exact, e.g. {@code armed_group}, {@code Battles}); empty means every type
 */
public record NodeFilter(Set<Kind> kinds, Set<String> types) {
    /** Every node. */
    public static final NodeFilter ALL = new NodeFilter(Set.of(), Set.of());

    public NodeFilter {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** Only these kinds. */
    public static NodeFilter kinds(Kind... kinds) {
        return new NodeFilter(Set.of(kinds), Set.of());
    }

    public boolean test(Node node) {
        return (kinds.isEmpty() || kinds.contains(node.kind())) && (types.isEmpty() || types.contains(node.type()));
    }

    public boolean isAll() {
        return kinds.isEmpty() && types.isEmpty();
    }
}
