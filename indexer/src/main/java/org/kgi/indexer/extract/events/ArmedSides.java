package org.kgi.indexer.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.gazetteer.Countries;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Names;

/**
 * What a report's events say of its actors' types, once the events are found. A name typed only by its words
 * as an organisation ({@code National Salvation Front}, {@code Carteles Unidos}, {@code FACT}) that fights in a
 * battle, or attacks civilians, shells or bombs, is an armed group; a force named without any sign of a state
 * ({@code Jenin Brigade}, {@code Eastern Security Network}) that fights a state's forces is an armed group too.
 */
public final class ArmedSides {
    /** Words of a force's name that tie it to a state ({@code Kenya Defence Forces}, {@code National Police}). */
    private static final Set<String> STATE_WORDS = WordSets.of("national", "federal", "royal", "republic",
            "republican", "government", "presidential", "state", "municipal", "border", "coast");
    private static final String BATTLES = "Battles";
    private static final Set<String> ARMED_ACTS = Set.of(BATTLES, "Violence against civilians", "Explosions/Remote violence");

    private ArmedSides() {
    }

    /** The report's entities, with those its events show to be armed groups retyped; the others as they were. */
    public static List<Entity> retype(List<Entity> entities, List<Event> events, Countries countries) {
        if (events.isEmpty()) {
            return entities;
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        Map<String, Boolean> stateCue = new HashMap<>();
        List<String> armed = new ArrayList<>();
        for (Event ev : events) {
            if (!ARMED_ACTS.contains(ev.type()) || !"asserted".equals(ev.modality())) {
                continue;
            }
            boolean battle = BATTLES.equals(ev.type());
            boolean stateActs = false; // a state's force among those who act (or their allies)
            boolean stateTargeted = false;
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                if (e != null && "security_force".equals(e.type())
                        && stateCue.computeIfAbsent(e.id(), id -> isState(e, countries))) {
                    stateTargeted |= "target".equals(p.role());
                    stateActs |= !"target".equals(p.role());
                }
            }
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                if (e == null || e.kind() != Kind.ACTOR || isGeneric(e)) {
                    continue;
                }
                boolean acts = "actor".equals(p.role()) || battle && "target".equals(p.role());
                if (acts && ("organization".equals(e.type()) || "other".equals(e.type()))) {
                    armed.add(e.id()); // a name only its words typed, fighting or attacking
                } else if (battle && acts && ("target".equals(p.role()) ? stateActs : stateTargeted)
                        && "security_force".equals(e.type())
                        && !stateCue.computeIfAbsent(e.id(), id -> isState(e, countries))) {
                    armed.add(e.id()); // Israeli forces clashed with the Jenin Brigade
                }
            }
        }
        if (armed.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(armed.contains(e.id())
                    ? new Entity(e.id(), e.kind(), "armed_group", e.name(), e.aliases(), e.mentions(), e.attributes()) : e);
        }
        return out;
    }

    private static boolean isGeneric(Entity e) {
        return "true".equals(e.attributes().get("generic"));
    }

    /** Whether a force is a state's: generic (police, the army), of a country, or named with a country or state word. */
    private static boolean isState(Entity e, Countries countries) {
        if (isGeneric(e) || e.attributes().containsKey("country") || e.attributes().containsKey("nationality")) {
            return true;
        }
        List<String> names = new ArrayList<>(e.aliases().size() + 1);
        names.add(e.name());
        names.addAll(e.aliases());
        for (String name : names) {
            String[] words = Names.fold(name).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            for (int i = 0; i < words.length; i++) {
                if (STATE_WORDS.contains(words[i]) || isCountry(countries, words[i])
                        || i + 1 < words.length && isCountry(countries, words[i] + " " + words[i + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCountry(Countries countries, String words) {
        String key = Names.key(words);
        return !key.isEmpty() && (countries.byKey(key) != null || countries.byDemonymKey(key) != null);
    }
}
