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
 * What a report's battles say of its actors' types, once the events are found. A name typed only by its words
 * as an organisation ({@code National Salvation Front}, {@code Carteles Unidos}, {@code FACT}) that fights a
 * force is an armed group (one that fights a gang may be a police unit: the Border Operations Group); a force named
 * without any sign of a state ({@code Jenin Brigade}, {@code Eastern Security Network}) that fights a state's forces
 * is an armed group too.
 */
public final class ArmedSides {
    /** Words of a force's name that tie it to a state ({@code Kenya Defence Forces}, {@code National Police}). */
    private static final Set<String> STATE_WORDS = WordSets.of("national", "federal", "royal", "republic",
            "republican", "government", "presidential", "state", "municipal", "border", "coast");
    private static final String BATTLES = "Battles";

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
            if (!"asserted".equals(ev.modality())) {
                continue;
            }
            if (Acled.ARRESTS.equals(ev.subType())) {
                arrested(ev, byId, armed);
                continue;
            }
            if (!BATTLES.equals(ev.type())) {
                continue;
            }
            boolean armedBeside = false; // whether another armed group or force fights in it
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                armedBeside |= e != null && ("armed_group".equals(e.type()) || "security_force".equals(e.type()));
            }
            boolean forceActs = false; // a force among those who act (or their allies), and whether it is a state's
            boolean forceTargeted = false;
            boolean stateActs = false;
            boolean stateTargeted = false;
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                if (e != null && "security_force".equals(e.type())) {
                    boolean state = stateCue.computeIfAbsent(e.id(), id -> isState(e, countries));
                    boolean targeted = "target".equals(p.role());
                    forceTargeted |= targeted;
                    forceActs |= !targeted;
                    stateTargeted |= targeted && state;
                    stateActs |= !targeted && state;
                }
            }
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                if (e == null || e.kind() != Kind.ACTOR || isGeneric(e)
                        || !"actor".equals(p.role()) && !"target".equals(p.role())) {
                    continue;
                }
                boolean targeted = "target".equals(p.role());
                if ("organization".equals(e.type()) && (targeted ? forceActs : forceTargeted)
                        || "other".equals(e.type()) && armedBeside) {
                    armed.add(e.id()); // the National Salvation Front clashed with the SSPDF; Black Axe and Eiye clashed
                } else if ("security_force".equals(e.type()) && (targeted ? stateActs : stateTargeted)
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

    /** Words of the names of bodies whose members are arrested without being fighters: parties, unions, churches. */
    private static final Set<String> CIVIL_WORDS = WordSets.of("party", "parties", "union", "unions", "association",
            "committee", "council", "church", "university", "college", "school", "students", "newspaper", "media",
            "ministry", "company", "bank", "movement", "society", "network", "collective", "foundation", "trust",
            "club", "league", "federation", "institute", "centre", "center", "fund", "initiative", "mission", "group");

    /**
     * Members of a group that only its words typed an organisation, arrested by a force ({@code Chadian security forces
     * arrested 12 members of FACT}; {@code police arrested 7 members of Los Tiguerones}): the group is armed, unless its
     * name says a party, a union, a church... ({@code police arrested members of the Workers' Party}).
     */
    private static void arrested(Event ev, Map<String, Entity> byId, List<String> armed) {
        boolean byForce = false;
        for (Participant p : ev.participants()) {
            Entity e = byId.get(p.id());
            byForce |= e != null && "actor".equals(p.role()) && "security_force".equals(e.type());
        }
        if (!byForce) {
            return;
        }
        for (Participant p : ev.participants()) {
            Entity e = byId.get(p.id());
            if (e != null && "target".equals(p.role()) && e.kind() == Kind.ACTOR && !isGeneric(e)
                    && ("organization".equals(e.type()) || "other".equals(e.type())) && !civil(e)) {
                armed.add(e.id());
            }
        }
    }

    private static boolean civil(Entity e) {
        for (String w : Names.fold(e.name()).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (CIVIL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
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
