package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.Relation;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Who is in a coalition of armed groups, and that its members are allies:
 * <ul>
 *   <li>{@code [he] announced the formation of the Fòs Inite coalition with the Kanno Lanmè gang}: Kanno Lanmè is
 *       {@code part_of} Fòs Inite, and so is the founder's group (the group the sentence's first person leads in the
 *       report, or that of the person a {@code he}/{@code she} opening the sentence stands for: the first person of
 *       the sentence before);</li>
 *   <li>{@code formed an alliance called Fòs Inite}: the named groups founding it ({@link #founders});</li>
 *   <li>{@code its Majeed Brigade} after the BLA: a unit of the group named before it;</li>
 *   <li>two named armed groups {@code part_of} the same armed group in one report {@code acted_together}.</li>
 * </ul>
 */
final class Coalitions {
    private static final Set<String> FOUNDING = WordSets.of("formation", "creation", "founding", "launch");
    private static final Set<String> PRONOUNS = WordSets.of("he", "she");

    private Coalitions() {
    }

    static void formation(Tokens t, Sentence s, List<Resolved> names, List<Resolved> before, Map<String, Entity> byId,
                          String date, Mention ev, RelationSink sink) {
        if (names.stream().noneMatch(r -> isNamedGroup(r, byId))) {
            return; // no coalition to form
        }
        for (int i = s.first(); i + 2 <= s.last(); i++) {
            if (!t.isWord(i) || !FOUNDING.contains(t.lower(i)) || !t.isLower(i + 1, "of")) {
                continue;
            }
            Resolved coalition = null;
            Resolved partner = null;
            for (Resolved r : names) {
                if (coalition == null && r.found().first() > i && r.found().first() <= i + 4 && isNamedGroup(r, byId)) {
                    coalition = r; // the formation of the Fòs Inite coalition
                } else if (coalition != null && partner == null && isNamedGroup(r, byId) && withBefore(t, r)) {
                    partner = r; // ... with the Kanno Lanmè gang
                }
            }
            if (coalition == null) {
                continue;
            }
            if (partner != null) {
                sink.add(partner.id(), coalition.id(), "part_of", date, ev);
            }
            String founder = foundersGroup(t, s, names, before, i, byId, sink);
            if (founder != null && !founder.equals(coalition.id())) {
                sink.add(founder, coalition.id(), "part_of", date, ev);
            }
        }
    }

    /** {@code with X}, {@code with the X}: the name comes right after {@code with}. */
    private static boolean withBefore(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        return t.isLower(k, "with") || t.isLower(k, "the") && t.isLower(k - 1, "with");
    }

    /** The named armed group the founder is, or leads, before token {@code at}; else null. */
    private static String foundersGroup(Tokens t, Sentence s, List<Resolved> names, List<Resolved> before, int at,
                                        Map<String, Entity> byId, RelationSink sink) {
        for (Resolved r : names) {
            if (r.found().first() >= at) {
                break;
            }
            if (isNamedGroup(r, byId)) {
                return r.id();
            }
            if (r.isActor() && "person".equals(r.type())) {
                return ledBy(r.id(), byId, sink);
            }
        }
        boolean pronoun = false; // "He announced ...", "In May he appeared ...": the person of the sentence before
        for (int k = s.first(); k < at && k <= s.first() + 3; k++) {
            pronoun |= t.isWord(k) && PRONOUNS.contains(t.lower(k));
        }
        if (!pronoun) {
            return null;
        }
        for (Resolved r : before) {
            if (r.isActor() && "person".equals(r.type())) {
                return ledBy(r.id(), byId, sink);
            }
        }
        return null;
    }

    /** The named armed group the report says a person leads, else null. */
    private static String ledBy(String person, Map<String, Entity> byId, RelationSink sink) {
        for (Relation r : sink.relations()) {
            if (r.type().equals("leads") && r.source().equals(person)) {
                Entity g = byId.get(r.target());
                if (g != null && isNamedGroup(g)) {
                    return g.id();
                }
            }
        }
        return null;
    }

    /** Words that make a group's name a unit's: {@code Majeed Brigade}, {@code Eastern War Front}. */
    private static final Set<String> UNIT_WORDS = WordSets.of("brigade", "brigades", "battalion", "front", "wing",
            "unit", "squad", "division", "faction", "regiment", "command", "katiba", "column", "cell", "company",
            "corps", "force", "battalions");

    /**
     * {@code The BLA claimed the attack, saying it had been carried out by its Majeed Brigade}: a named unit after
     * {@code its} or {@code their} is {@code part_of} the named armed group named last before it in the sentence.
     */
    static void units(Tokens t, List<Resolved> names, Map<String, Entity> byId, String date, Mention ev,
                      RelationSink sink) {
        Resolved owner = null;
        for (Resolved r : names) {
            if (!isNamedGroup(r, byId)) {
                continue;
            }
            int k = r.found().first() - 1;
            if (owner != null && (t.isLower(k, "its") || t.isLower(k, "their")) && t.hasWordIn(r.found().first(), r.found().last(), UNIT_WORDS)) {
                sink.add(r.id(), owner.id(), "part_of", date, ev);
            } else {
                owner = r;
            }
        }
    }

    /**
     * The named armed groups that found a coalition, on the acting side of the event that founds it ({@code the Red
     * Scorpions and Kanno Lanmè formed an alliance called Fòs Inite}), are {@code part_of} it.
     */
    static void founders(Event e, String coalition, Map<String, Entity> byId, RelationSink sink) {
        String date = e.date() == null ? null : e.date().value();
        for (Participant p : e.participants()) {
            Entity member = byId.get(p.id());
            if (!"target".equals(p.role()) && !p.id().equals(coalition) && member != null && isNamedGroup(member)) {
                sink.add(p.id(), coalition, "part_of", date, e.evidence());
            }
        }
    }

    /** Two named armed groups in the same armed group: allies ({@code acted_together}). */
    static void partners(Map<String, Entity> byId, RelationSink sink) {
        Map<String, List<Relation>> members = new HashMap<>();
        for (Relation r : sink.relations()) {
            Entity member = byId.get(r.source());
            Entity whole = byId.get(r.target());
            if (r.type().equals("part_of") && member != null && whole != null && isNamedGroup(member)
                    && isNamedGroup(whole)) {
                members.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Relation> in : members.values()) {
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    Relation later = in.get(j);
                    sink.addSymmetric(in.get(i).source(), later.source(), "acted_together", later.date(),
                            later.evidence());
                }
            }
        }
    }

    private static boolean isNamedGroup(Resolved r, Map<String, Entity> byId) {
        Entity e = byId.get(r.id());
        return r.isActor() && e != null && isNamedGroup(e);
    }

    static boolean isNamedGroup(Entity e) {
        return e.kind() == Kind.ACTOR && "armed_group".equals(e.type()) && !RelationBuilder.isGeneric(e);
    }
}
