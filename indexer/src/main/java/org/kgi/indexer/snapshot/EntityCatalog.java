package org.kgi.indexer.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.kgi.graph.lookup.NameIndex;
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
    /** Whole names and aliases, by {@link #key}. */
    private final Map<String, Set<String>> byName;
    /** Every word-start of every name and alias ("jimmy cherizier", "cherizier"), by {@link #key}, for prefixes. */
    private final NavigableMap<String, Set<String>> byWord;

    private EntityCatalog(Map<String, EntityInfo> byId, Map<String, Set<String>> byName,
                          NavigableMap<String, Set<String>> byWord) {
        this.byId = byId;
        this.byName = byName;
        this.byWord = byWord;
    }

    /** How names are compared: {@link NameIndex#normalise}, with dots dropped so that U.S. is US. */
    static String key(String name) {
        return NameIndex.normalise(name.replace(".", ""));
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
        for (String id : byName.getOrDefault(key(text), Set.of())) {
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
        String key = key(prefix);
        Set<String> ids = new LinkedHashSet<>();
        if (key.isEmpty()) {
            ids.addAll(byId.keySet());
        } else {
            // any word of a name may start the match: "cherizier" finds "jimmy cherizier"
            for (Set<String> found : byWord.subMap(key, true, key + Character.MAX_VALUE, true).values()) {
                ids.addAll(found);
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
        private int reports;

        /** One report's entities (each id counted once per report). */
        public void addReport(List<Entity> entities) {
            reports++;
            for (Entity e : entities) {
                if (e.kind() == Kind.EVENT) {
                    continue;
                }
                Sightings s = sightings.computeIfAbsent(e.id(), id -> new Sightings(e.kind()));
                s.names.add(e.name());
                s.types.add(e.type());
                for (String a : e.aliases()) {
                    if (s.aliases.size() < MAX_ALIASES) {
                        s.aliases.add(a);
                    }
                }
                if (s.attributes.isEmpty()) {
                    s.attributes.putAll(e.attributes());
                }
                if (s.lastReport != reports) { // each id counted once per report
                    s.lastReport = reports;
                    s.documents++;
                }
            }
        }

        public EntityCatalog build() {
            Map<String, EntityInfo> byId = new HashMap<>(sightings.size() * 2);
            Map<String, Set<String>> byName = new HashMap<>(sightings.size() * 4);
            NavigableMap<String, Set<String>> byWord = new TreeMap<>();
            for (Map.Entry<String, Sightings> e : sightings.entrySet()) {
                Sightings s = e.getValue();
                Map<String, Integer> names = s.names.asMap();
                String name = top(names);
                List<String> aliases = new ArrayList<>(s.aliases);
                aliases.remove(name);
                for (String other : names.keySet()) {
                    if (!other.equals(name) && !aliases.contains(other) && aliases.size() < MAX_ALIASES) {
                        aliases.add(other);
                    }
                }
                EntityInfo info = new EntityInfo(e.getKey(), s.kind, top(s.types.asMap()), name, aliases, s.attributes, s.documents);
                byId.put(info.id(), info);
                index(byName, byWord, name, info.id());
                aliases.forEach(a -> index(byName, byWord, a, info.id()));
            }
            return new EntityCatalog(byId, byName, byWord);
        }

        private static void index(Map<String, Set<String>> byName, NavigableMap<String, Set<String>> byWord,
                                  String name, String id) {
            String key = key(name);
            if (key.isEmpty()) {
                return;
            }
            byName.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
            for (int i = 0; i >= 0; i = key.indexOf(' ', i + 1)) {
                String words = i == 0 ? key : key.substring(i + 1);
                byWord.computeIfAbsent(words, k -> new LinkedHashSet<>(2)).add(id);
            }
        }

        private static String top(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
        }

        /**
         * How many times each of a few strings was seen: arrays searched by identity first (decoded records share
         * their strings), no boxing; a million reports name each entity thousands of times with one or two names.
         */
        private static final class Counts {
            private String[] keys = new String[2];
            private int[] counts = new int[2];
            private int size;

            void add(String key) {
                for (int i = 0; i < size; i++) {
                    if (keys[i] == key) {
                        counts[i]++;
                        return;
                    }
                }
                for (int i = 0; i < size; i++) {
                    if (keys[i].equals(key)) {
                        counts[i]++;
                        return;
                    }
                }
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    counts = Arrays.copyOf(counts, size * 2);
                }
                keys[size] = key;
                counts[size++] = 1;
            }

            /** As the map of counts it stands for (a hash map: the order its keys were always read in). */
            Map<String, Integer> asMap() {
                Map<String, Integer> m = new HashMap<>(2);
                for (int i = 0; i < size; i++) {
                    m.put(keys[i], counts[i]);
                }
                return m;
            }
        }

        /** What the reports said of one entity. */
        private static final class Sightings {
            final Kind kind;
            final Counts names = new Counts();
            final Counts types = new Counts();
            final Set<String> aliases = new LinkedHashSet<>();
            final Map<String, String> attributes = new HashMap<>();
            int documents;
            int lastReport;

            Sightings(Kind kind) {
                this.kind = kind;
            }
        }
    }
}
