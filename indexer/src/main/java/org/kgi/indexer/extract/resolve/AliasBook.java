package org.kgi.indexer.extract.resolve;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kgi.graph.Attributes;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Names;

/**
 * The analyst's aliases file: known entities, extra aliases, merges and type fixes, applied at
 * extraction time. A JSON object with four optional arrays:
 *
 * <pre>{@code
 * {
 *   "entities": [ {"name": "Multinational Security Support Mission", "kind": "actor", "type": "security_force",
 *                  "aliases": ["MSS", "Kenya-led mission"], "attributes": {"country": "HT"}} ],
 *   "aliases":  [ {"alias": "PNH", "of": "actor:haiti-national-police"} ],
 *   "merges":   [ {"from": "actor:red-scorpion", "into": "actor:red-scorpions"} ],
 *   "types":    [ {"id": "actor:twa-kwa", "type": "armed_group"} ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code entities}: a name or alias of one of these, wherever it is found, is that entity, with that
 *       kind, type and attributes (the id is {@code kind:} + slug of {@code name}).</li>
 *   <li>{@code aliases}: that surface name is the entity with that id (which may come from the text).</li>
 *   <li>{@code merges}: entity {@code from} is the same as {@code into}; its mentions and aliases go there.</li>
 *   <li>{@code types}: the entity with that id gets that type whatever the text suggests.</li>
 * </ul>
 * Names match as {@link Names#key} does: ignoring case, accents, quotes, dots, hyphens and spaces.
 * An example is in {@code indexer/src/test/resources/aliases-example.json}.
 */
public final class AliasBook {
    /** A known entity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Known(String name, String kind, String type, List<String> aliases, Map<String, String> attributes) {
        public Known {
            require(name, "entities[].name");
            Kind.parse(require(kind, "entities[].kind"));
            require(type, "entities[].type");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            attributes = Attributes.copyOf(name, attributes);
        }
    }

    /** One more name for an entity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alias(String alias, String of) {
        public Alias {
            require(alias, "aliases[].alias");
            requireId(of, "aliases[].of");
        }
    }

    /** Two entities that are one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Merge(String from, String into) {
        public Merge {
            requireId(from, "merges[].from");
            requireId(into, "merges[].into");
        }
    }

    /** A type fix. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TypeFix(String id, String type) {
        public TypeFix {
            requireId(id, "types[].id");
            require(type, "types[].type");
        }
    }

    /** The file as written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(List<Known> entities, List<Alias> aliases, List<Merge> merges, List<TypeFix> types) {
        public File {
            entities = entities == null ? List.of() : List.copyOf(entities);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            merges = merges == null ? List.of() : List.copyOf(merges);
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    public static final AliasBook EMPTY = new AliasBook(new File(null, null, null, null));
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Set<String> KINDS_WITH_IDS = WordSets.of("actor:", "place:");

    private final Map<String, Guess> knownByKey = new HashMap<>();
    /** Known names by their first lower-case word, as lower-case word sequences, longest first. */
    private final Map<String, List<List<String>>> phrases = new HashMap<>();
    private final Map<String, String> aliasToId = new HashMap<>();
    private final Map<String, String> mergeInto = new HashMap<>();
    private final Map<String, String> typeFixes = new HashMap<>();

    public AliasBook(File file) {
        Objects.requireNonNull(file, "file");
        for (Known k : file.entities()) {
            Guess g = new Guess(Kind.parse(k.kind()), k.type(), k.name(), Strength.ALIAS_BOOK, false, k.attributes());
            knownByKey.put(Names.key(k.name()), g);
            addPhrase(k.name());
            for (String a : k.aliases()) {
                knownByKey.putIfAbsent(Names.key(a), g);
                addPhrase(a);
            }
        }
        for (Alias a : file.aliases()) {
            aliasToId.put(Names.key(a.alias()), a.of());
            addPhrase(a.alias());
        }
        phrases.values().forEach(l -> l.sort((x, y) -> y.size() - x.size()));
        for (Merge m : file.merges()) {
            mergeInto.put(m.from(), m.into());
        }
        for (TypeFix t : file.types()) {
            typeFixes.put(t.id(), t.type());
        }
    }

    /** Reads an aliases file; a malformed file is an {@link IllegalArgumentException} saying why. */
    public static AliasBook read(Path path) {
        try {
            return new AliasBook(JSON.readValue(Files.readAllBytes(path), File.class));
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JacksonException) {
                throw new IllegalArgumentException("aliases file " + path + ": " + e.getMessage(), e);
            }
            throw new UncheckedIOException("cannot read aliases file " + path, e);
        }
    }

    private void addPhrase(String name) {
        List<String> words = List.of(name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        phrases.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
    }

    /**
     * The known names (entity names and aliases, as lower-case words) that start with this lower-case word;
     * empty for most words. Lets names the capitalisation rules would miss ({@code Kenya-led mission}) be found.
     */
    public List<List<String>> phrasesStartingWith(String lowerWord) {
        return phrases.getOrDefault(lowerWord, List.of());
    }

    public boolean hasPhrases() {
        return !phrases.isEmpty();
    }

    /** The known entity a name key stands for, or null. */
    public Guess known(String key) {
        return knownByKey.get(key);
    }

    /** The entity id an extra alias points to, or null. */
    public String aliasTarget(String key) {
        return aliasToId.get(key);
    }

    /** The id an entity ends up with after merges (itself when not merged). */
    public String canonicalId(String id) {
        String cur = id;
        for (int hops = 0; hops < 16; hops++) {
            String next = mergeInto.get(cur);
            if (next == null) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }

    /** The analyst's type for an id, or null. */
    public String typeFix(String id) {
        return typeFixes.get(id);
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("aliases file: " + field + " is missing");
        }
        return value;
    }

    private static void requireId(String value, String field) {
        require(value, field);
        if (KINDS_WITH_IDS.stream().noneMatch(value::startsWith)) {
            throw new IllegalArgumentException("aliases file: " + field + " '" + value
                    + "' must be an entity id starting with actor: or place:");
        }
    }
}
