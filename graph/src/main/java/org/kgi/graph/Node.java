package org.kgi.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A vertex's attributes. The graph's vertices are the ids; a {@code Node} sits beside its id, immutable.
 *
 * @param id {@code kind:slug}, e.g. {@code actor:multinational-security-support-mission}; the prefix must be the
 *           kind's label
 * @param kind actor, place or event
 * @param type for actors one of {@link #ACTOR_TYPES}, for places one of {@link #PLACE_TYPES}, for events the
 *             ACLED event type (free text, e.g. {@code Battles})
 * @param name the display name
 * @param aliases other names, without duplicates and without the name itself, in order of first appearance
 * @param attributes extra values (lat, lon, country, subType, date, datePrecision, document...), sorted by key
 */
public record Node(String id, Kind kind, String type, String name, List<String> aliases, Map<String, String> attributes) {
    public static final Set<String> ACTOR_TYPES = Set.of("person", "organization", "armed_group", "security_force",
            "government", "civilians", "other");
    public static final Set<String> PLACE_TYPES = Set.of("country", "region", "populated_place", "neighbourhood",
            "facility", "road", "other");

    public Node {
        if (kind == null) {
            throw new IllegalArgumentException("node needs a kind");
        }
        if (id == null || !id.startsWith(kind.label() + ":") || id.length() == kind.label().length() + 1
                || !id.strip().equals(id)) {
            throw new IllegalArgumentException("node id must be '" + kind.label() + ":<slug>', was '" + id + "'");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("node " + id + " needs a type");
        }
        if (kind == Kind.ACTOR && !ACTOR_TYPES.contains(type)) {
            throw new IllegalArgumentException("actor type must be one of " + new java.util.TreeSet<>(ACTOR_TYPES) + ", was '" + type + "'");
        }
        if (kind == Kind.PLACE && !PLACE_TYPES.contains(type)) {
            throw new IllegalArgumentException("place type must be one of " + new java.util.TreeSet<>(PLACE_TYPES) + ", was '" + type + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("node " + id + " needs a name");
        }
        aliases = cleanAliases(name, aliases == null ? List.of() : aliases);
        attributes = Attributes.copyOf("node " + id, attributes);
    }

    /**
     * An event's node: its type and name, and as attributes what is given of its sub-type, modality, date,
     * participants ({@code id=role;...}) and evidence span ({@code span} = "start-end"; {@code spanStart} -1 for
     * none). The one shape of event nodes, whether the graph keeps them as objects or as columns
     * ({@link KnowledgeGraph.Builder#addEvent}).
     */
    public static Node event(String id, String type, String name, String subType, String modality, String date,
            String participants, int spanStart, int spanEnd) {
        String span = spanStart < 0 ? null : spanStart + "-" + spanEnd;
        return new Node(id, Kind.EVENT, type, name, List.of(),
                Attributes.of(EventColumns.KEYS, new String[] {date, modality, participants, span, subType}));
    }

    /** A node without aliases or attributes. */
    public static Node of(String id, Kind kind, String type, String name) {
        return new Node(id, kind, type, name, List.of(), Map.of());
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /**
     * This node merged with a later description of the same entity: the name, and type and attribute values
     * already set, are kept (first wins), except that a type {@code other} gives way to a specific one; the later
     * name and aliases are added as aliases; new attribute keys are added.
     */
    public Node mergedWith(Node later) {
        if (!id.equals(later.id) || kind != later.kind) {
            throw new IllegalArgumentException("cannot merge " + later.id + " (" + later.kind.label() + ") into "
                    + id + " (" + kind.label() + ")");
        }
        List<String> mergedAliases = new ArrayList<>(aliases);
        mergedAliases.addAll(later.names());
        Map<String, String> mergedAttributes = new TreeMap<>(later.attributes);
        mergedAttributes.putAll(attributes);
        String mergedType = "other".equals(type) ? later.type : type;
        Node merged = new Node(id, kind, mergedType, name, mergedAliases, mergedAttributes);
        return merged.equals(this) ? this : merged;
    }

    private static List<String> cleanAliases(String name, List<String> aliases) {
        if (aliases.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String alias : aliases) {
            if (alias == null) {
                throw new IllegalArgumentException("null alias for " + name);
            }
            String a = alias.strip();
            if (!a.isEmpty() && !a.equals(name)) {
                seen.add(a);
            }
        }
        return List.copyOf(seen);
    }
}
