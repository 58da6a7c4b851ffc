package org.kgi.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.text.Names;

/**
 * Scores one extraction against one gold document (the shape of {@code seed-gold.json}). Names match as
 * the gold's "about" says: ignoring case, accents, quotes and hyphens (and here spaces and dots too); an
 * item is found when any gold name or alias matches an entity's name or alias and, for actors and places,
 * the entity's type is one the gold allows. An event is found when one extracted event has the gold's
 * type (and sub-type when given), includes the required participants, has the gold's date when given (or a finer
 * one within it), and happened at the gold place or somewhere {@code located_in} it (up to three hops). A relation is
 * found when a relation of the matching kind links the two (either direction); an actor against a place (attacked) when
 * an event has the actor on its acting side and happened at the place.
 */
final class GoldScorer {
    /** One gold item and whether it was found. */
    record Item(String category, String label, boolean required, boolean found, boolean typed, String why) {
        Item(String category, String label, boolean required, boolean found, String why) {
            this(category, label, required, found, found, why);
        }
    }

    private static final Set<String> PLACE_TYPES = Set.of("country", "region", "populated_place", "neighbourhood",
            "facility", "road", "other");

    private final Extraction x;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Set<String>> locatedIn = new HashMap<>();

    GoldScorer(Extraction x) {
        this.x = x;
        for (Entity e : x.entities()) {
            byId.put(e.id(), e);
        }
        for (Relation r : x.relations()) {
            if (r.type().equals("located_in")) {
                locatedIn.computeIfAbsent(r.source(), k -> new HashSet<>()).add(r.target());
            }
        }
    }

    List<Item> score(JsonNode gold) {
        List<Item> items = new ArrayList<>();
        for (JsonNode a : gold.path("actors")) {
            items.add(entityItem("actor", a));
        }
        for (JsonNode p : gold.path("places")) {
            items.add(entityItem("place", p));
        }
        for (JsonNode e : gold.path("events")) {
            items.add(eventItem(e));
        }
        for (JsonNode r : gold.path("relations")) {
            items.add(relationItem(r));
        }
        return items;
    }

    Entity byId(String id) {
        return byId.get(id);
    }

    static Set<String> names(JsonNode item) {
        Set<String> keys = new HashSet<>();
        keys.add(Names.key(item.path("name").asText()));
        for (JsonNode a : item.path("aliases")) {
            keys.add(Names.key(a.asText()));
        }
        keys.remove("");
        return keys;
    }

    static boolean matches(Entity e, Set<String> keys) {
        if (keys.contains(Names.key(e.name()))) {
            return true;
        }
        for (String a : e.aliases()) {
            if (keys.contains(Names.key(a))) {
                return true;
            }
        }
        return false;
    }

    List<Entity> matching(Set<String> keys) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            if (matches(e, keys)) {
                out.add(e);
            }
        }
        return out;
    }

    private Item entityItem(String category, JsonNode g) {
        Set<String> types = new HashSet<>();
        g.path("type").forEach(t -> types.add(t.asText()));
        List<Entity> found = matching(names(g));
        boolean typed = found.stream().anyMatch(e -> types.contains(e.type()));
        boolean ok = found.stream().anyMatch(e -> kindFits(e, category, types));
        String why = typed ? "" : found.isEmpty() ? "not found"
                : (ok ? "type " : "wrong kind ") + found.stream().map(Entity::type).toList() + " not " + types;
        return new Item(category, g.path("name").asText(), g.path("required").asBoolean(), ok, typed, why);
    }

    /** Whether an entity is of the kind the gold item asks for (a place, or an actor; either when the gold allows both). */
    private static boolean kindFits(Entity e, String category, Set<String> types) {
        boolean goldPlace = category.equals("place") || types.stream().anyMatch(t -> PLACE_TYPES.contains(t) && !t.equals("other"));
        boolean goldActor = category.equals("actor");
        return e.kind() == Kind.PLACE ? goldPlace : goldActor;
    }

    private Item eventItem(JsonNode g) {
        String label = g.path("label").asText();
        String why = "no event of type " + g.path("event_type").asText() + "/" + g.path("sub_event_type").asText();
        for (Event e : x.events()) {
            if (!e.type().equals(g.path("event_type").asText())) {
                continue;
            }
            if (g.hasNonNull("sub_event_type") && !g.path("sub_event_type").asText().equals(e.subType())) {
                continue;
            }
            String miss = eventMiss(g, e);
            if (miss.isEmpty()) {
                return new Item("event", label, g.path("required").asBoolean(), true, "");
            }
            why = (why.startsWith("no event") ? "" : why + " | ") + e.id().substring(e.id().lastIndexOf('-') + 1) + ": " + miss;
        }
        return new Item("event", label, g.path("required").asBoolean(), false, why);
    }

    private String eventMiss(JsonNode g, Event e) {
        for (JsonNode p : g.path("must_include_participants")) {
            Set<String> keys = Set.of(Names.key(p.asText()));
            boolean in = e.participants().stream().map(pa -> byId.get(pa.id()))
                    .anyMatch(en -> en != null && (matches(en, keys) || matchesGoldName(en, p.asText())));
            if (!in) {
                return "participant " + p.asText() + " missing";
            }
        }
        if (g.hasNonNull("date") && (e.date() == null || !withinGoldDate(e.date().value(), g.path("date").asText()))) {
            return "date " + (e.date() == null ? null : e.date().value()) + " not " + g.path("date").asText();
        }
        List<String> places = new ArrayList<>();
        if (g.hasNonNull("place")) {
            places.add(g.path("place").asText());
        }
        g.path("place_any_of").forEach(p -> places.add(p.asText()));
        if (!places.isEmpty()) {
            if (e.place() == null) {
                return "no place";
            }
            boolean at = false;
            for (String p : places) {
                at |= reaches(e.place(), Set.of(Names.key(p)), 0);
            }
            if (!at) {
                return "place " + e.place() + " not " + places;
            }
        }
        return "";
    }

    private boolean matchesGoldName(Entity en, String goldName) {
        return Names.key(en.name()).equals(Names.key(goldName));
    }

    private boolean reaches(String placeId, Set<String> keys, int depth) {
        Entity p = byId.get(placeId);
        if (p != null && matches(p, keys)) {
            return true;
        }
        if (depth >= 3) {
            return false;
        }
        for (String up : locatedIn.getOrDefault(placeId, Set.of())) {
            if (reaches(up, keys, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private Item relationItem(JsonNode g) {
        String kind = g.path("kind").asText();
        String label = g.path("a").asText() + " -[" + kind + "]- " + g.path("b").asText();
        Set<String> aKeys = Set.of(Names.key(g.path("a").asText()));
        Set<String> bKeys = Set.of(Names.key(g.path("b").asText()));
        Set<String> types = relationTypes(kind);
        for (Relation r : x.relations()) {
            Entity s = byId.get(r.source());
            Entity t = byId.get(r.target());
            if (s == null || t == null || !(types.isEmpty() || types.contains(r.type()))) {
                continue;
            }
            if (matches(s, aKeys) && matches(t, bKeys) || matches(s, bKeys) && matches(t, aKeys)) {
                return new Item("relation", label, g.path("required").asBoolean(), true, "");
            }
        }
        if (types.contains("opposed") && actedAt(aKeys, bKeys)) {
            return new Item("relation", label, g.path("required").asBoolean(), true, "");
        }
        return new Item("relation", label, g.path("required").asBoolean(), false, "no " + types + " relation");
    }

    /**
     * An actor against a place ({@code Twa Kwa -[attacked]- Fond-Lagrange}): kgi links an actor to a place through the
     * event, the actor on its acting side ({@code took_part_in}) and the event {@code happened_at} the place or
     * somewhere located in it. Either side of the gold item may be the place.
     */
    private boolean actedAt(Set<String> aKeys, Set<String> bKeys) {
        for (Event e : x.events()) {
            Entity place = e.place() == null ? null : byId.get(e.place());
            if (place == null) {
                continue;
            }
            for (Participant p : e.participants()) {
                Entity actor = byId.get(p.id());
                if (actor == null || p.role().equals("target")) {
                    continue;
                }
                if (matches(actor, aKeys) && within(place, bKeys) || matches(actor, bKeys) && within(place, aKeys)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean within(Entity place, Set<String> keys) {
        return matches(place, keys) || reaches(place.id(), keys, 0);
    }

    /**
     * Whether a date is the gold's, or falls within it when the gold is less precise ({@code 2023-12-10} within a
     * gold {@code 2023-12}): a finer date the text supports is no miss; a coarser one than the gold's is.
     */
    static boolean withinGoldDate(String value, String gold) {
        return value.equals(gold) || gold.length() < value.length() && value.startsWith(gold + "-");
    }

    static Set<String> relationTypes(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.contains("contributes")) {
            return Set.of("contributes_to", "leads"); // a country's contingent in a force; the country leading it
        }
        if (k.contains("allied") || k.contains("together") || k.contains("alongside") || k.contains("joint")) {
            return Set.of("acted_together");
        }
        if (k.contains("opposed") || k.contains("fought") || k.contains("clash") || k.contains("attack")) {
            return Set.of("opposed");
        }
        if (k.contains("based in") || k.contains("operates") || k.startsWith("controls")) {
            return Set.of("based_in");
        }
        if (k.contains("located") || k.contains(" in ") || k.startsWith("in ")) {
            return Set.of("located_in");
        }
        if (k.contains("part of") || k.contains("member") || k.contains("unit of") || k.contains("spokes")
                || k.contains("representative")) {
            return Set.of("part_of");
        }
        if (k.contains("lead") || k.contains("head") || k.contains("command") || k.contains("mayor")
                || k.contains("president") || k.contains("director") || k.contains("minister")
                || k.contains("coordinator") || k.contains("commissioner")) {
            return Set.of("leads");
        }
        return Set.of();
    }
}
