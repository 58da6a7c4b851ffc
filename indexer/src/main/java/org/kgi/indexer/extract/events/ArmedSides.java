package org.kgi.indexer.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Names;

/**
 * What a report's battles and arrests say of its actors' types, once the events are found. A name typed only by its
 * words as an organisation ({@code National Salvation Front}, {@code Carteles Unidos}) that fights a force is an armed
 * group (one that fights a gang may be a police unit: the Border Operations Group), unless its name says a body of
 * civilians (a collective, a network, a party); so is a name of no type that fights beside another armed group, and
 * a group whose members a force arrests ({@link #arrested}). Forces stay forces: which side a force is on is the
 * least sure part of a battle's reading.
 */
public final class ArmedSides {
    private ArmedSides() {
    }

    /** The report's entities, with those its events show to be armed groups retyped; the others as they were. */
    public static List<Entity> retype(List<Entity> entities, List<Event> events) {
        if (events.isEmpty()) {
            return entities;
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        Set<String> armed = new HashSet<>();
        for (Event ev : events) {
            if (!Modality.ASSERTED.equals(ev.modality())) {
                continue;
            }
            if (Acled.ARRESTS.equals(ev.subType())) {
                arrested(ev, byId, armed);
                continue;
            }
            if (Acled.EXPLOSIONS.equals(ev.type()) || Acled.VIOLENCE_AGAINST_CIVILIANS.equals(ev.type())
                    || Acled.TRANSFER_OF_TERRITORY.equals(ev.subType())) {
                violent(ev, byId, armed);
                continue;
            }
            if (!Acled.BATTLES.equals(ev.type())) {
                continue;
            }
            if (ev.participants().size() == 1) {
                // the NAF rebel forces fired small arms at the governmental positions: the one side named fights
                violent(ev, byId, armed);
                continue;
            }
            boolean armedBeside = false; // whether an armed group or a force fights in it
            boolean forceActs = false; // a force among those who act (or their allies), or among their targets
            boolean forceTargeted = false;
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                armedBeside |= e != null && ("armed_group".equals(e.type()) || "security_force".equals(e.type()));
                if (e != null && "security_force".equals(e.type())) {
                    forceTargeted |= Roles.TARGET.equals(p.role());
                    forceActs |= !Roles.TARGET.equals(p.role());
                }
            }
            for (Participant p : ev.participants()) {
                Entity e = byId.get(p.id());
                if (e == null || e.kind() != Kind.ACTOR || isGeneric(e)
                        || !acting(p) && !Roles.TARGET.equals(p.role())) {
                    continue;
                }
                boolean targeted = Roles.TARGET.equals(p.role());
                boolean organisation = "organization".equals(e.type());
                boolean untyped = "other".equals(e.type());
                if (!armedBeside && (organisation && !civil(e) || untyped) && ev.participants().size() >= 2
                        // the Buccaneers and Maphite fought with guns: a battle with no armed side named has two
                        || organisation && !targeted && forceTargeted // the All Burma Students' Democratic Front attacked
                        || organisation && !civil(e) && ((targeted ? forceActs : forceTargeted)
                        || armedBeside && !namedAsOrganisation(e)) // the National Salvation Front clashed with the SSPDF
                        || untyped && armedBeside) { // Black Axe and Eiye clashed
                    armed.add(e.id());
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

    /** Acting, or suspected of it: either way the text gives the name the deed. */
    private static boolean acting(Participant p) {
        return Roles.ACTOR.equals(p.role()) || Roles.SUSPECTED.equals(p.role());
    }

    /**
     * Who carries out a bombing, a shelling or an attack on civilians, or takes over a place without a fight, is armed:
     * a name that only its words typed an
     * organisation ({@code the Afghanistan Freedom Front claimed a rocket attack}, {@code the Niger Delta Avengers blew
     * up the pipeline}), unless it names a company, a newspaper, a school or a ministry.
     */
    private static void violent(Event ev, Map<String, Entity> byId, Set<String> armed) {
        for (Participant p : ev.participants()) {
            Entity e = byId.get(p.id());
            if (e != null && acting(p) && e.kind() == Kind.ACTOR && !isGeneric(e)
                    && "organization".equals(e.type())
                    && !anyWord(e, w -> NOT_ARMED_WORDS.contains(w) || ActorWords.isCompanyEnding(w)
                    || CIVIL_WORDS.contains(w) && !ARMED_AT_TIMES.contains(w))) {
                armed.add(e.id());
            }
        }
    }

    /** Words of civil bodies' names that armed movements' names have too: the Kangleipak Communist Party. */
    private static final Set<String> ARMED_AT_TIMES = WordSets.of("party", "movement", "group", "league", "union");

    /**
     * Words, besides the civil bodies' ({@link #CIVIL_WORDS} but {@link #ARMED_AT_TIMES}), of the names of bodies that do
     * not fight, whatever a sentence seems to make them do.
     */
    private static final Set<String> NOT_ARMED_WORDS = WordSets.of("hospital", "news", "radio", "television", "times",
            "post", "press", "agency", "commission", "nations", "red", "cross", "crescent", "doctors", "watch",
            "amnesty", "court", "office", "programme", "program", "relief", "humanitarian", "health", "medical",
            "international", "solidarity", "rights", "care", "charity", "aid");

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
    private static void arrested(Event ev, Map<String, Entity> byId, Set<String> armed) {
        boolean byForce = false;
        for (Participant p : ev.participants()) {
            Entity e = byId.get(p.id());
            byForce |= e != null && Roles.ACTOR.equals(p.role()) && "security_force".equals(e.type());
        }
        if (!byForce) {
            return;
        }
        for (Participant p : ev.participants()) {
            Entity e = byId.get(p.id());
            if (e != null && Roles.TARGET.equals(p.role()) && e.kind() == Kind.ACTOR && !isGeneric(e)
                    && ("organization".equals(e.type()) || "other".equals(e.type())) && !civil(e)) {
                armed.add(e.id());
            }
        }
    }

    /** Whether a word of the name makes it an organisation of some kind ({@code Group}, {@code Party}, {@code Ltd}). */
    private static boolean namedAsOrganisation(Entity e) {
        return anyWord(e, w -> ActorWords.nameWordType(w) != null || ActorWords.isCompanyEnding(w));
    }

    private static boolean civil(Entity e) {
        return anyWord(e, CIVIL_WORDS::contains);
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static boolean anyWord(Entity e, Predicate<String> test) {
        for (String w : NOT_LETTERS.split(Names.fold(e.name()).toLowerCase(Locale.ROOT))) {
            if (test.test(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGeneric(Entity e) {
        return "true".equals(e.attributes().get("generic"));
    }
}
