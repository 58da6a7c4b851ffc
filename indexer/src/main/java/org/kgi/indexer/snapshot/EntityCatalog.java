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
import org.kgi.graph.IntList;
import org.kgi.graph.Kind;
import org.kgi.graph.lookup.NameIndex;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.index.NumberedRecords;

/**
 * Every actor and place in the index, by id and by any of its names: resolves {@code actor:MSS} to the
 * entity's id, names facet values, and answers autocomplete. Immutable; built by {@link Builder}.
 */
public final class EntityCatalog {
    public static final EntityCatalog EMPTY = new Builder().build();
    /** Aliases kept per entity. */
    static final int MAX_ALIASES = 50;
    private static final Kind[] KINDS = Kind.values();

    private final Map<String, EntityInfo> byId;
    /** Whole names and aliases, by {@link #key}. */
    private final Map<String, Set<String>> byName;
    /** Every word-start of every name and alias ("jimmy cherizier", "cherizier"), by {@link #key}, for prefixes. */
    private final NavigableMap<String, Set<String>> byWord;
    /** The actors taken for another across reports ({@link SameEntities}), by the id of the one taken for. */
    private final Map<String, List<String>> merged;

    private EntityCatalog(Map<String, EntityInfo> byId, Map<String, Set<String>> byName,
                          NavigableMap<String, Set<String>> byWord, Map<String, List<String>> merged) {
        this.byId = byId;
        this.byName = byName;
        this.byWord = byWord;
        this.merged = merged;
    }

    /** How names are compared: {@link NameIndex#normalise}, with dots dropped so that U.S. is US. */
    static String key(String name) {
        return NameIndex.normalise(name.replace(".", ""));
    }

    public Optional<EntityInfo> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The id of the entity that {@code id} stands for across reports ({@link EntityInfo#sameAs}): {@code actor:trb}
     * of a report that never spells TRB out is the Tactical Response Brigade of the others. The id itself otherwise.
     */
    public String canonical(String id) {
        EntityInfo e = id == null ? null : byId.get(id);
        return e == null || e.sameAs() == null ? id : e.sameAs();
    }

    /** The entities taken for {@code id} across reports (see {@link #canonical}), none if none. */
    public List<String> merged(String id) {
        return merged.getOrDefault(id, List.of());
    }

    /** Every entity's {@link #merged} entities, by its id: the same map for every call. */
    public Map<String, List<String>> merges() {
        return merged;
    }

    /**
     * This catalog with the entities of {@code counts} named by that many reports: an entity's reports with those of
     * the entities taken for it ({@link #merged}), each once, as only the index can count them.
     */
    public EntityCatalog withDocumentCounts(Map<String, Integer> counts) {
        Map<String, EntityInfo> recounted = new HashMap<>(byId);
        counts.forEach((id, n) -> recounted.computeIfPresent(id, (k, e) -> new EntityInfo(k, e.kind(), e.type(),
                e.name(), e.aliases(), e.attributes(), n, e.sameAs())));
        return new EntityCatalog(recounted, byName, byWord, merged);
    }

    /** {@code id} and the entities taken for it: all the ids its reports carry. */
    public List<String> withMerged(String id) {
        List<String> more = merged(id);
        if (more.isEmpty()) {
            return List.of(id);
        }
        List<String> all = new ArrayList<>(more.size() + 1);
        all.add(id);
        all.addAll(more);
        return all;
    }

    public int size() {
        return byId.size();
    }

    public java.util.Collection<EntityInfo> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /**
     * Ids of the entities of {@code kind} (any kind if null) whose id, name or an alias is {@code text}, with those
     * taken for them across reports and those they are taken for ({@link #canonical}).
     */
    public Set<String> resolve(Kind kind, String text) {
        Set<String> ids = named(kind, text);
        if (!merged.isEmpty()) {
            for (String id : List.copyOf(ids)) {
                ids.addAll(withMerged(canonical(id)));
            }
        }
        return ids;
    }

    private Set<String> named(Kind kind, String text) {
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
        if (key.isEmpty() && prefix != null && !prefix.isBlank()) {
            return List.of(); // only punctuation or symbols: no name holds such a word
        } else if (key.isEmpty()) {
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

    /**
     * Gathers entity sightings report by report, then settles each entity's name and type by majority. Fed either
     * {@link Entity} lists or the entity part of {@link NumberedRecords} (one or the other, not both): the strings are
     * counted by number, in arrays, so that a million reports' tens of millions of sightings cost no map lookup.
     */
    public static final class Builder {
        private Sightings[] byNumber = new Sightings[1024]; // by the number of the entity's id
        private final List<Sightings> order = new ArrayList<>(); // in order of first sight
        private int reports;
        // for addReport(List<Entity>): its own numbering, and the report written as NumberedRecords would
        private NumberedRecords.StringNumbers own;
        private IntList scratch;
        private boolean numbered;

        /** One report's entities (each id counted once per report). */
        public void addReport(List<Entity> entities) {
            if (numbered) {
                throw new IllegalStateException("this builder counts numbered records");
            }
            if (own == null) {
                own = new NumberedRecords.StringNumbers();
                scratch = new IntList();
            }
            scratch.size = 0;
            scratch.add(NumberedRecords.UNDATED);
            scratch.add(entities.size());
            for (Entity e : entities) {
                scratch.add(own.number(e.id()));
                scratch.add(e.kind().ordinal());
                scratch.add(own.number(e.type()));
                scratch.add(own.number(e.name()));
                scratch.add(e.aliases().size());
                for (String a : e.aliases()) {
                    scratch.add(own.number(a));
                }
                scratch.add(e.attributes().size());
                for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                    scratch.add(own.number(a.getKey()));
                    scratch.add(own.number(a.getValue()));
                }
            }
            count(scratch.items, 0);
        }

        /**
         * Counts the entities of the numbered record at {@code data[pos..]} (see {@link NumberedRecords}); returns
         * the position after them. Strings are named by number at {@link #build(String[])}.
         */
        public int addReport(int[] data, int pos) {
            if (own != null) {
                throw new IllegalStateException("this builder counts entity lists");
            }
            numbered = true;
            return count(data, pos);
        }

        private int count(int[] data, int pos) {
            reports++;
            pos++; // the report's day
            for (int i = 0, n = data[pos++]; i < n; i++) {
                int id = data[pos++];
                Kind kind = KINDS[data[pos++]];
                int type = data[pos++];
                int name = data[pos++];
                int aliases = data[pos++];
                int aliasesAt = pos;
                pos += aliases;
                int attributes = data[pos++];
                int attributesAt = pos;
                pos += 2 * attributes;
                if (kind == Kind.EVENT) {
                    continue;
                }
                if (id >= byNumber.length) {
                    byNumber = Arrays.copyOf(byNumber, Math.max(byNumber.length * 2, id + 1));
                }
                Sightings s = byNumber[id];
                if (s == null) {
                    s = new Sightings(id, kind);
                    byNumber[id] = s;
                    order.add(s);
                }
                s.names.add(name);
                s.types.add(type);
                if (s.aliasCount < MAX_ALIASES && !s.sameAliasesAsLast(data, aliasesAt, aliases)) {
                    for (int j = aliasesAt; j < aliasesAt + aliases && s.aliasCount < MAX_ALIASES; j++) {
                        s.addAlias(data[j]);
                    }
                }
                if (s.attributes == null && attributes > 0) { // the first report that gives any
                    s.attributes = Arrays.copyOfRange(data, attributesAt, attributesAt + 2 * attributes);
                }
                if (s.lastReport != reports) { // each id counted once per report
                    s.lastReport = reports;
                    s.documents++;
                }
            }
            return pos;
        }

        /** The catalog of entity lists given to {@link #addReport(List)}. */
        public EntityCatalog build() {
            if (numbered) {
                throw new IllegalStateException("a builder of numbered records needs their strings");
            }
            return build(own == null ? new String[0] : own.view());
        }

        /** The catalog, naming the strings of the numbered records by {@code strings}. */
        public EntityCatalog build(String[] strings) {
            // a hash map filled in the order of first sight, as the catalog was always read: the order of equal answers
            Map<String, Sightings> sightings = new HashMap<>();
            for (Sightings s : order) {
                sightings.put(strings[s.id], s);
            }
            Map<String, EntityInfo> byId = new HashMap<>(sightings.size() * 2);
            Map<String, Set<String>> byName = new HashMap<>(sightings.size() * 4);
            NavigableMap<String, Set<String>> byWord = new TreeMap<>();
            for (Map.Entry<String, Sightings> e : sightings.entrySet()) {
                Sightings s = e.getValue();
                Map<String, Integer> names = s.names.asMap(strings);
                String name = top(names);
                List<String> aliases = new ArrayList<>(s.aliasCount);
                for (int i = 0; i < s.aliasCount; i++) {
                    aliases.add(strings[s.aliases[i]]);
                }
                aliases.remove(name);
                for (String other : names.keySet()) {
                    if (!other.equals(name) && !aliases.contains(other) && aliases.size() < MAX_ALIASES) {
                        aliases.add(other);
                    }
                }
                Map<String, String> attributes = new HashMap<>();
                if (s.attributes != null) {
                    for (int i = 0; i < s.attributes.length; i += 2) {
                        attributes.put(strings[s.attributes[i]], strings[s.attributes[i + 1]]);
                    }
                }
                EntityInfo info = new EntityInfo(e.getKey(), s.kind, top(s.types.asMap(strings)), name, aliases, attributes,
                        s.documents);
                byId.put(info.id(), info);
                index(byName, byWord, name, info.id());
                aliases.forEach(a -> index(byName, byWord, a, info.id()));
            }
            Map<String, List<String>> merged = new HashMap<>();
            SameEntities.find(byId, byName, byWord).forEach((id, canonical) -> {
                EntityInfo e = byId.get(id);
                byId.put(id, new EntityInfo(id, e.kind(), e.type(), e.name(), e.aliases(), e.attributes(),
                        e.documentCount(), canonical));
                merged.computeIfAbsent(canonical, k -> new ArrayList<>()).add(id);
            });
            merged.replaceAll((id, ids) -> ids.stream().sorted().toList());
            return new EntityCatalog(byId, byName, byWord, Collections.unmodifiableMap(merged));
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

        /** How many times each of a few strings (by number) was seen: an entity has one or two names in a million reports. */
        private static final class Counts {
            private int[] keys = new int[2];
            private int[] counts = new int[2];
            private int size;

            void add(int key) {
                for (int i = 0; i < size; i++) {
                    if (keys[i] == key) {
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

            /** As the map of counts it stands for (a hash map filled in order of first sight: as it was always read). */
            Map<String, Integer> asMap(String[] strings) {
                Map<String, Integer> m = new HashMap<>(2);
                for (int i = 0; i < size; i++) {
                    m.put(strings[keys[i]], counts[i]);
                }
                return m;
            }
        }

        /** What the reports said of one entity. */
        private static final class Sightings {
            final int id;
            final Kind kind;
            final Counts names = new Counts();
            final Counts types = new Counts();
            int[] aliases = new int[2]; // distinct, in order of first sight
            int aliasCount;
            private int[] aliasSet; // the aliases + 1 by hash, once there are more than a few (a place may have dozens)
            private int[] lastAliases; // as the last report listed them
            int[] attributes; // the first sighting's with any: (key, value) pairs
            int documents;
            int lastReport;

            Sightings(int id, Kind kind) {
                this.id = id;
                this.kind = kind;
            }

            /**
             * Whether a report lists the same aliases as the last one did (then they are all counted already): an
             * entity is usually resolved the same way in every report.
             */
            boolean sameAliasesAsLast(int[] data, int from, int count) {
                if (lastAliases != null && Arrays.equals(lastAliases, 0, lastAliases.length, data, from, from + count)) {
                    return true;
                }
                lastAliases = Arrays.copyOfRange(data, from, from + count);
                return false;
            }

            void addAlias(int alias) {
                if (aliasSet == null) {
                    for (int i = 0; i < aliasCount; i++) {
                        if (aliases[i] == alias) {
                            return;
                        }
                    }
                } else if (!putInSet(alias)) {
                    return;
                }
                if (aliasCount == aliases.length) {
                    aliases = Arrays.copyOf(aliases, aliasCount * 2);
                }
                aliases[aliasCount++] = alias;
                if (aliasSet == null && aliasCount > 8) {
                    aliasSet = new int[4 * Integer.highestOneBit(MAX_ALIASES)];
                    for (int k = 0; k < aliasCount; k++) {
                        putInSet(aliases[k]);
                    }
                }
            }

            /** Adds to the set; false when it was there. */
            private boolean putInSet(int alias) {
                int mask = aliasSet.length - 1;
                int i = (alias * 0x9E3779B9 >>> 16) & mask;
                while (aliasSet[i] != 0) {
                    if (aliasSet[i] == alias + 1) {
                        return false;
                    }
                    i = (i + 1) & mask;
                }
                aliasSet[i] = alias + 1;
                return true;
            }
        }
    }
}
