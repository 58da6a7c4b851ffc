package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.events.Acled;

/**
 * Relations an event implies: each participant {@code took_part_in} it, it {@code happened_at} its place,
 * participants on the same side ({@code actor} and {@code ally}) {@code acted_together} when one sentence telling the
 * event names both (so do two security forces of one country attacked together), and those on opposite sides
 * (initiators and allies against targets) {@code opposed} each other.
 * An event told over several sentences pools its participants, and its later sentences often name a source, a
 * bystander or a rival as one more "actor" ({@code the victim was close to the rival RSO}, {@code Wagner-linked
 * channels acknowledged losses}): partners are read within a sentence; the sides, named apart (the victims first,
 * who claimed the attack later), across them. A participant only suspected of acting ({@code suspected}: police
 * suspect, residents blame) is {@code suspected_in} the event, and no partner or opponent of anyone in it. An
 * agreement that ends no fighting (a deployment agreed, a mandate extended) and a group's change (formed, split,
 * a leader appointed) set no one against anyone: whoever else they name (the gangs a mission is to fight, the
 * leader a faction no longer recognises) is no opponent of their parties; nor are those a crowd rallied to thank or
 * celebrate.
 */
final class EventRelations {
    private static final String SUSPECTED = "suspected";

    private EventRelations() {
    }

    /**
     * A crowd that celebrates, thanks or welcomes, with no grievance told: a rally of support (ACLED's peaceful
     * protest), whose named actors are whom it supports, not its opponents.
     */
    private static final Pattern SUPPORTING = Pattern.compile("(?i)\\b(celebrat\\w*|thank\\w*|gratitude|welcom\\w*"
            + "|in support of|to support|show(?:ed|ing)? (?:their |its )?support)\\b");
    private static final Pattern GRIEVANCE = Pattern.compile("(?i)\\b(demand\\w*|protest\\w*|against|condemn\\w*"
            + "|denounc\\w*|justice|anger|angry|outrage\\w*|grievances?)\\b");

    private static boolean supportive(Event e) {
        return Acled.PROTESTS.equals(e.type()) && e.evidence() != null && SUPPORTING.matcher(e.evidence().text()).find()
                && !GRIEVANCE.matcher(e.evidence().text()).find();
    }

    /** Strategic developments whose other participants are not their parties' opponents. */
    private static final Set<String> WITHOUT_SIDES = Set.of(Acled.AGREEMENT, Acled.CHANGE_TO_GROUP);

    private static final Pattern TRUCE = Pattern.compile("(?i)\\b(cease-?fire|truce|peace (?:deal|accord|agreement))");

    /** An agreement whose evidence is a ceasefire or a peace deal: its parties were fighting each other. */
    private static boolean isTruce(Event e) {
        return "Agreement".equals(e.subType()) && e.evidence() != null && TRUCE.matcher(e.evidence().text()).find();
    }

    /**
     * A state force and a non-state armed group on one side, neither named as the other's ally ({@code alongside},
     * {@code backed by}, {@code X and Y soldiers}): a role misread (a source, a bystander, the other side borrowed
     * from the sentence before), not a partnership.
     */
    private static boolean crossCamp(Participant a, Participant b, Map<String, Entity> byId) {
        String campA = camp(a, byId);
        String campB = camp(b, byId);
        return campA != null && campB != null && !campA.equals(campB) && !"ally".equals(a.role())
                && !"ally".equals(b.role());
    }

    private static boolean bothState(Participant a, Participant b, Map<String, Entity> byId) {
        return "state".equals(camp(a, byId)) && "state".equals(camp(b, byId));
    }

    /**
     * Two security forces of one country (as far as the report says): two targets of one attack that stood together
     * ({@code gunmen fired on a joint patrol of soldiers of the Ghana Armed Forces and officers of the Formed Police
     * Unit}); not a government body, nor two countries' armies that clashed.
     */
    private static boolean oneCountrysForces(Participant a, Participant b, Map<String, Entity> byId) {
        Entity ea = byId.get(a.id());
        Entity eb = byId.get(b.id());
        if (ea == null || eb == null || !"security_force".equals(ea.type()) || !"security_force".equals(eb.type())) {
            return false;
        }
        String ca = ea.attributes().get("country");
        String cb = eb.attributes().get("country");
        return ca == null || cb == null || ca.equals(cb);
    }

    /**
     * Whether two participants on one side, acting or attacked, were partners: named in one sentence telling the event,
     * not of two camps, and when attacked, two forces of one country.
     */
    private static boolean partners(Participant a, Participant b, boolean acting, List<Set<String>> mentions,
                                    Map<String, Entity> byId) {
        return together(mentions, a.id(), b.id()) && !crossCamp(a, b, byId) && (acting || oneCountrysForces(a, b, byId));
    }

    /** The participant's actor type, or null. */
    private static String type(Participant p, Map<String, Entity> byId) {
        Entity e = byId.get(p.id());
        return e == null ? null : e.type();
    }

    /** The participant's camp ({@link Acled#camp}), or null. */
    private static String camp(Participant p, Map<String, Entity> byId) {
        String type = type(p, byId);
        return type == null ? null : Acled.camp(type);
    }

    /** Whether a person or the civilians, one of a protest's crowd, against whom its force acted. */
    private static boolean victim(Participant p, Map<String, Entity> byId) {
        return "person".equals(type(p, byId)) || "civilians".equals(type(p, byId));
    }

    /**
     * A force and an armed group that met a protest, named in one sentence: {@code Officers of the Bolivian Police and
     * militiamen of the Union Juvenil fired rubber bullets at supporters of X}.
     */
    private static boolean armedBeside(Participant a, Participant b, List<Set<String>> mentions,
                                       Map<String, Entity> byId) {
        return (force(a, byId) && armedAlly(b, byId) || force(b, byId) && armedAlly(a, byId))
                && together(mentions, a.id(), b.id());
    }

    /** An armed group named as an ally in a protest the state met: on the state's side, firing with its force. */
    private static boolean armedAlly(Participant p, Map<String, Entity> byId) {
        return "ally".equals(p.role()) && "armed_group".equals(type(p, byId));
    }

    private static boolean force(Participant p, Map<String, Entity> byId) {
        return "security_force".equals(type(p, byId));
    }

    /** Whether one sentence telling the event names both. */
    private static boolean together(List<Set<String>> mentions, String a, String b) {
        for (Set<String> m : mentions) {
            if (m.contains(a) && m.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param mentions   the participant ids of each sentence telling the event (first, and each merged into it)
     * @param byId       the report's entities, by id
     * @param bystanders who was in it on neither side (hit by a stray bullet): no partner or opponent of anyone
     */
    static void add(Event e, List<Set<String>> mentions, Map<String, Entity> byId, Set<String> bystanders,
                    RelationSink sink) {
        String date = e.date() == null ? null : e.date().value();
        if (e.place() != null) {
            sink.add(e.id(), e.place(), "happened_at", date, e.evidence());
        }
        List<Participant> ps = new ArrayList<>();
        for (Participant p : e.participants()) {
            if (SUSPECTED.equals(p.role())) {
                sink.add(p.id(), e.id(), "suspected_in", date, e.evidence()); // a side of it in someone's words only
            } else {
                sink.add(p.id(), e.id(), "took_part_in", date, e.evidence());
                if (!bystanders.contains(p.id())) {
                    ps.add(p);
                }
            }
        }
        if ("denied".equals(e.modality())) {
            return; // who would have been on which side of what the text says did not happen is on no side
        }
        boolean truce = isTruce(e);
        boolean sides = !(Acled.STRATEGIC.equals(e.type()) && WITHOUT_SIDES.contains(e.subType()) || supportive(e));
        boolean metByTheState = "Protests".equals(e.type()) && ps.stream().anyMatch(p -> "state".equals(camp(p, byId)));
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                boolean sideI = !"target".equals(ps.get(i).role()) && !(metByTheState && armedAlly(ps.get(i), byId));
                boolean sideJ = !"target".equals(ps.get(j).role()) && !(metByTheState && armedAlly(ps.get(j), byId));
                boolean metTogether = metByTheState && !sideI && !sideJ && (force(ps.get(i), byId)
                        && force(ps.get(j), byId) || armedBeside(ps.get(i), ps.get(j), mentions, byId));
                // the forces that met a protest, together (not what it was against), and militiamen firing with them
                if (sideI == sideJ && !metTogether && !partners(ps.get(i), ps.get(j), sideI, mentions, byId)) {
                    continue;
                }
                if (sideI != sideJ && metByTheState && (victim(sideI ? ps.get(j) : ps.get(i), byId)
                        && !"state".equals(camp(sideI ? ps.get(i) : ps.get(j), byId)))) {
                    continue; // a protester shot by the police, and the crowd he marched in: both against the force
                }
                if (sideI != sideJ && bothState(ps.get(i), ps.get(j), byId)
                        && !together(mentions, ps.get(i).id(), ps.get(j).id())) {
                    continue; // two state forces against each other only when one sentence says so
                }
                if (truce) {
                    // the parties to a ceasefire are the sides of the fighting it ends; not a government and its own
                    // ministry or units, sent to separate the sides
                    if (sideI && sideJ && !(bothState(ps.get(i), ps.get(j), byId)
                            && ("government".equals(type(ps.get(i), byId))
                            || "government".equals(type(ps.get(j), byId))))) {
                        sink.addSymmetric(ps.get(i).id(), ps.get(j).id(), "opposed", date, e.evidence());
                    }
                } else if (sideI == sideJ) { // one side, or two state forces attacked together (a joint patrol)
                    sink.addSymmetric(ps.get(i).id(), ps.get(j).id(), "acted_together", date, e.evidence());
                } else if (sideI != sideJ && sides) {
                    sink.addSymmetric(ps.get(i).id(), ps.get(j).id(), "opposed", date, e.evidence());
                }
            }
        }
    }
}
