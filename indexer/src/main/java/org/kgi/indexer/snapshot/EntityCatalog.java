package org.kgi.indexer.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;

/**
 * Every actor and place in the index, by id and by any of its names: resolves {@code actor:MSS} to the
 * entity's id, names facet values, and answers autocomplete. Immutable; built by {@link Builder}.
 */
public final class EntityCatalog {
    public static final EntityCatalog EMPTY = new Builder().build();
    /** Aliases kept per entity. */
    static final int MAX_ALIASES = 50;

    private final Map<String, EntityInfo> byId;
    private final NavigableMap<String, Set<String>> byName;

    private EntityCatalog(Map<String, EntityInfo> byId, NavigableMap<String, Set<String>> byName) {
        this.byId = byId;
        this.byName = byName;
    }

    public Optional<EntityInfo> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public java.util.Collection<EntityInfo> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Ids of the entities of {@code kind} (any kind if null) whose id, name or an alias is {@code text}. */
    public Set<String> resolve(Kind kind, String text) {
        Set<String> ids = new LinkedHashSet<>();
        EntityInfo direct = byId.get(text.strip());
        if (direct != null && (kind == null || direct.kind() == kind)) {
            ids.add(direct.id());
        }
        for (String id : byName.getOrDefault(Names.key(text), Set.of())) {
            if (kind == null || byId.get(id).kind() == kind) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Entities whose name or an alias starts with {@code prefix} (every entity for an empty prefix), most
     * reported first.
     */
    public List<EntityInfo> search(String prefix, Kind kind, String type, int limit) {
        String key = Names.key(prefix);
        Set<String> ids = new LinkedHashSet<>();
        if (key.isEmpty()) {
            ids.addAll(byId.keySet());
        } else {
            for (Map.Entry<String, Set<String>> e : byName.subMap(key, true, key + Character.MAX_VALUE, true).entrySet()) {
                ids.addAll(e.getValue());
            }
            // a word inside a name also matches: "cherizier" finds "jimmy cherizier"
            for (Map.Entry<String, Set<String>> e : byName.entrySet()) {
                if (e.getKey().contains(" " + key)) {
                    ids.addAll(e.getValue());
                }
            }
        }
        List<EntityInfo> out = new ArrayList<>();
        for (String id : ids) {
            EntityInfo info = byId.get(id);
            if ((kind == null || info.kind() == kind) && (type == null || info.type().equals(type))) {
                out.add(info);
            }
        }
        out.sort(Comparator.comparingInt(EntityInfo::documentCount).reversed().thenComparing(EntityInfo::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Gathers entity sightings report by report, then settles each entity's name and type by majority. */
    public static final class Builder {
        private final Map<String, Sightings> sightings = new HashMap<>();

        /** One report's entities (each id counted once per report). */
        public void addReport(List<Entity> entities) {
            Set<String> seen = new java.util.HashSet<>();
            for (Entity e : entities) {
                if (e.kind() == Kind.EVENT) {
                    continue;
                }
                Sightings s = sightings.computeIfAbsent(e.id(), id -> new Sightings(e.kind()));
                s.names.merge(e.name(), 1, Integer::sum);
                s.types.merge(e.type(), 1, Integer::sum);
                for (String a : e.aliases()) {
                    if (s.aliases.size() < MAX_ALIASES) {
                        s.aliases.add(a);
                    }
                }
                if (s.attributes.isEmpty()) {
                    s.attributes.putAll(e.attributes());
                }
                if (seen.add(e.id())) {
                    s.documents++;
                }
            }
        }

        public EntityCatalog build() {
            Map<String, EntityInfo> byId = new HashMap<>(sightings.size() * 2);
            NavigableMap<String, Set<String>> byName = new TreeMap<>();
            for (Map.Entry<String, Sightings> e : sightings.entrySet()) {
                Sightings s = e.getValue();
                String name = top(s.names);
                List<String> aliases = new ArrayList<>(s.aliases);
                aliases.remove(name);
                for (String other : s.names.keySet()) {
                    if (!other.equals(name) && !aliases.contains(other) && aliases.size() < MAX_ALIASES) {
                        aliases.add(other);
                    }
                }
                EntityInfo info = new EntityInfo(e.getKey(), s.kind, top(s.types), name, aliases, s.attributes, s.documents);
                byId.put(info.id(), info);
                index(byName, name, info.id());
                aliases.forEach(a -> index(byName, a, info.id()));
            }
            return new EntityCatalog(byId, byName);
        }

        private static void index(Map<String, Set<String>> byName, String name, String id) {
            String key = Names.key(name);
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
            }
        }

        private static String top(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
        }

        /** What the reports said of one entity. */
        private static final class Sightings {
            final Kind kind;
            final Map<String, Integer> names = new HashMap<>(2);
            final Map<String, Integer> types = new HashMap<>(2);
            final Set<String> aliases = new LinkedHashSet<>();
            final Map<String, String> attributes = new HashMap<>();
            int documents;

            Sightings(Kind kind) {
                this.kind = kind;
            }
        }
    }
}
