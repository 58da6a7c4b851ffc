package org.kgi.indexer.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.mention.NameChunker;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Gives each actor of an event sentence its role (see {@link Participant}): named before the trigger it
 * is the {@code actor} (the {@code target} when the verb is passive, {@code were kidnapped}); after the
 * trigger it is the {@code target} (the {@code actor} after a passive's {@code by}, or a {@code by} right after the
 * trigger: {@code an airstrike by X}; or after {@code attributed to}, {@code blamed on}); after {@code alongside},
 * {@code together with}, {@code backed by} or {@code joint}, or the second of a pair {@code X/Y}, it is an
 * {@code ally}; civilians are always targets.
 */
final class Roles {
    static final String ACTOR = "actor";
    static final String TARGET = "target";
    static final String ALLY = "ally";
    /** On the acting side only in someone's suspicion, blame or belief: {@code police suspect the X gang}. */
    static final String SUSPECTED = "suspected";
    private static final Set<String> SPEECH = WordSets.of("said", "says", "told", "added", "explained",
            "stated", "confirmed", "announced", "insisted", "wrote", "noted", "condemned", "condemns", "denounced",
            "deplored", "criticised", "criticized", "described", "reported", "welcomed", "accused", "warned", "urged",
            "documented", "recorded", "counted", "verified");
    /** Verbs by which anyone, a government too, judges an event it took no part in: {@code the embassy condemned}. */
    private static final Set<String> JUDGING = WordSets.of("condemned", "condemns", "denounced", "deplored",
            "criticised", "criticized", "welcomed", "urged", "mourned", "regretted");
    private static final Set<String> PASSIVE = WordSets.of("was", "were", "been", "being", "is", "are", "got", "be");

    private Roles() {
    }

    static List<Participant> assign(Tokens t, Sentence s, int trigger, List<Resolved> actors) {
        // (but "two rifles were seized" after the raid or the clash: seized by those who raided or fought)
        boolean passive = isPassive(t, trigger) && !t.isLower(trigger, "seized") && !t.isLower(trigger, "recovered")
                && !t.isLower(trigger, "confiscated");
        boolean agent = agentAfter(t, trigger);
        Map<String, String> roles = new LinkedHashMap<>();
        String previousRole = null;
        int previousEnd = -10;
        int previousStart = -10;
        String previousId = null;
        boolean previousBy = false; // the one before was named after "by": organised by X and Y
        boolean calledByBefore = false; // ... or at the call of X and Y
        Map<String, String> backers = new HashMap<>();
        Set<String> sources = new HashSet<>(); // also their acronyms: according to the IOM (International ...)
        for (Resolved r : actors) {
            if (isSource(t, s, r) && !announcesIt(t, r, trigger) && !saysItDid(t, r, trigger)
                    || (whatItSays(t, r) || saysLast(t, s, r)) && namedOnceHere(t, actors, r)
                    || speaksByStatement(t, r) && actors.stream().allMatch(o -> o == r || !o.id().equals(r.id()))
                    || forceReports(t, s, r, actors, trigger)
                    || isObserver(t, r) && !calledBy(t, r.found().first()) && !heldGathering(t, r, trigger)
                    || isPressOffice(r)
                    || residentsSay(t, s, r, trigger) || r.found().first() == r.found().last()
                    && ActorWords.isNewsAgency(t.lower(r.found().first())) && !spellsOut(r, actors)
                    || inDatelineBrackets(t, s, r)) {
                // LOMÉ (Reuters) - ..., SULAIMANI (Rudaw) - ...: who reports it
                if (!toldAgainAfterItsName(t, s, r, actors, trigger)) {
                    // (officials of the DEM Party were detained, the party said; fighters of the AA captured the base,
                    // the AA's information office said)
                    sources.add(r.id());
                }
            }
        }
        Map<String, String> parents = new HashMap<>(2); // a parent named in apposition, to the body named before it
        int antecedent = relativeAntecedent(t, trigger, actors);
        int heClause = heOrSheClause(t, s, trigger);
        Resolved he = heClause < 0 ? null : actors.stream().filter(o -> "person".equals(o.type())
                && o.found().last() < heClause).reduce((a, b) -> b).orElse(null);
        for (Resolved r : actors) {
            int at = r.found().first();
            if (at < antecedent) {
                continue; // X were baton-charged by officers of the Y police, who arrested Z: Y arrested, not X
            }
            if (he != null && at < heClause && !r.id().equals(he.id())) {
                continue; // police arrested X after he stabbed a neighbour: X did it, the police not
            }
            if (t.isChar(at - 1, '(') && spellsOut(r, actors)) {
                continue; // the Ghana Armed Forces (GAF): the acronym is the name's own mention, of the name's role
            }
            if (sources.contains(r.id()) || absent(t, s, r)
                    || demandedOf(t, s, r) || Sidelines.watching(t, s, r) || Sidelines.escaped(t, s, r, trigger)
                    || Sidelines.fledFighting(t, r, trigger) || Sidelines.orderedBy(t, r)
                    || Sidelines.suspects(t, s, r) || Sidelines.backedInClause(t, s, r)
                    || Sidelines.workplace(t, r) || Sidelines.employer(t, r) || Sidelines.describesNameBefore(t, s, r)
                    || Sidelines.escorted(t, s, r, trigger) || Sidelines.kinOf(t, r) || boundaryOf(t, r)
                    || at > trigger && (Sidelines.feudContext(t, s, r) || Sidelines.grievance(t, s, r)
                    || NonEvents.inWeekSummed(t, s, at)) // in a week that also saw a bombing claimed by X
                    || Sidelines.protestedDeed(t, s, r, trigger) || Sidelines.protestedDeath(t, s, r)
                    || Sidelines.medium(t, r) || Sidelines.signedAsWitness(t, r, trigger)
                    || Sidelines.heldForCrime(t, s, r, trigger) || spokesmanOf(t, r) // the Taliban's spokesman said
                    || Sidelines.freedAfter(t, s, r, trigger) || Sidelines.formerHead(t, r)
                    || forceTellsAfter(t, s, r, trigger) || Sidelines.represented(t, s, r)
                    || at < motiveBefore(t, s, trigger)) {
                continue;
            }
            if (bodyOwningUnit(t, r, actors)) {
                continue; // officers of the Palestinian Authority's Preventive Security Service: the service acts
            }
            if (TriggerScan.protestersSaying(t, at)) {
                continue; // men whom protesters identified as party activists attacked a crew: who says so
            }
            if (groupLedBy(t, at) && describedGroup(t, r)) {
                continue; // fighters of the MPC, the armed group led by Mahamat Al-Khatim, attacked: who it is
            }
            if (inAsKnownClause(t, r)) {
                continue; // insurgents of ASWJ, as the Islamic State's local affiliate is known, beheaded: a name's gloss
            }
            if (inquiryInto(t, r)) {
                continue; // detectives searched a house in an investigation into the New IRA: whom it is about
            }
            if (Sidelines.allegianceTo(t, r) || Sidelines.loyalToPolitician(t, r) || Sidelines.createdBy(t, r)) {
                continue; // the ADF, a rebel group that pledged allegiance to the Islamic State: whom it is loyal to
            }
            if (at < trigger && t.isWord(trigger) && ARRESTING.contains(t.lower(trigger)) && calledBy(t, at)) {
                continue; // broke up a sit-in organised by LUCHA and arrested its coordinator: who called the sit-in
            }
            if (at > trigger && plannedAgainst(t, r)) {
                continue; // supporters of X who had been planning attacks on police: whom they meant to strike
            }
            if (!passive && inPeacefulCause(t, s, trigger, at)) {
                continue; // stoned the police station after the Electoral Commission declared his rival the winner
            }
            if (at > trigger && laterClauseSubject(t, r)) {
                continue; // set fire to three trucks, and police found pamphlets: who did something else after
            }
            if (at > trigger && handedTo(t, r)) {
                continue; // detained a herder and handed him over to the Galmudug Police Force: who received him
            }
            if (at > trigger && TriggerScan.inSparkedClause(t, s, at)) {
                continue; // setting off unrest in which troops fought gunmen: who took part in what followed
            }
            if (at > trigger && claimAfter(t, trigger, at)) {
                continue; // arrested a journalist who had reported that soldiers fired on farmers: what he said
            }
            if (at < trigger && inEarlierClause(t, s, r, trigger, actors)) {
                continue; // X and Y have fought over the port since 2023, and on Sunday Choneros gunmen killed two men
            }
            if (passive && ownPost(t, r) && t.hasWordIn(r.found().last() + 2, Math.min(s.last(), r.found().last() + 8),
                    BY)) {
                continue; // shot dead at a FAN checkpoint by soldiers: where the force stood, the soldiers act
            }
            if (formerMember(t, r) || "security_force".equals(r.type()) && r.generic() && t.isWord(at - 1)
                    && OFF_DUTY.contains(t.lower(at - 1))) {
                continue; // shot dead a former ANDSF soldier: a civilian now, not the force's side
            }
            if (Sidelines.parentInApposition(t, s, r) && previousId != null) {
                parents.putIfAbsent(r.id(), previousId); // the SIS, the intelligence body of the Houthi movement
            }
            if (Sidelines.apart(t, r) || Sidelines.parentInApposition(t, s, r) || Sidelines.allegedTie(t, s, r)
                    || Sidelines.inPartOfApposition(t, s, r, trigger)
                    || Sidelines.ownsWhereTheyClashed(t, s, r, trigger)
                    || at > trigger && Sidelines.crimeVictimOrCourt(t, s, r) || Sidelines.namer(t, r)
                    || at > trigger && answersAfterSemicolon(t, r)) { // X; the UJT demanded his release
                // separate from the Garo Students Union (GSU), the armed wing of the Free Papua Movement (OPM),
                // passing secrets to Russia's Federal Security Service (FSB)
                continue;
            }
            if ("person".equals(r.type()) && ofActingForce(t, r, actors, roles)) {
                continue; // a Rosgvardia officer, Lieutenant Ruslan Khamkhoev, was wounded: of the side that acted
            }
            if ("civilians".equals(r.type()) && r.generic() && ledByA(t, at)) {
                continue; // settlers, led by a resident, Yehuda Shaked, attacked: who the leader is, no victim
            }
            String role;
            boolean backed = backedBy(t, s, at); // the X, backed by Y
            boolean byAgent = false;
            boolean called = false;
            if ("civilians".equals(r.type()) && !GenericActors.isCrowd(r.found().key())) {
                role = TARGET;
            } else if (previousRole != null && t.isChar(at - 1, '(') && at - previousEnd <= 5
                    && t.isWord(at - 2) && !t.isCapitalised(at - 2)
                    && ActorWords.nameWordType(t.lower(at - 2)) != null) {
                role = previousRole; // outside the compound of the UN refugee agency (UNHCR): the agency's role
            } else if (previousRole != null && previousEnd == at - 2 && t.isChar(at - 1, '/')) {
                role = ALLY.equals(previousRole) ? ALLY : previousRole.equals(TARGET) ? TARGET : ALLY;
            } else if (previousRole != null && at > trigger && previousStart > trigger && (previousEnd == at - 2
                    && t.isLower(at - 1, "of") || previousEnd == at - 3 && t.isLower(at - 2, "of")
                    && t.isLower(at - 1, "the"))) {
                role = previousRole; // attacked by members of the Domingo Laín Sáenz Front of the ELN: the ELN too
            } else if (allyCue(t, s, at) || backed) { // accompanied by members of the X militia
                role = ALLY;
                if (previousId != null && backed) {
                    backers.put(r.id(), previousId); // the X, backed by Y: Y is on X's side, whatever its camp
                }
            } else if (at < trigger) {
                role = passive && !relativeBetween(t, r.found().last(), trigger) || harmedBefore(t, r, trigger)
                        || amongVictims(t, s, at) && ("person".equals(r.type()) || t.isLower(t.beforeThe(at), "of"))
                        || "person".equals(r.type()) && tollObject(t, s, at)
                        || protestedAgainst(t, s, at) || inProtestedPlan(t, s, at)
                        || aimedAt(t, s, at) || attackedObject(t, s, at) || takenBefore(t, r) || siteOwner(t, s, at)
                        || takenThenHarmed(t, s, at, trigger) || pronounVictimBefore(t, r, trigger, actors)
                        || "person".equals(r.type()) && killingOf(t, at)
                        || ownedSiteAfter(t, r) || heldBy(t, s, at) || homeEntered(t, at) || killedMembersOf(t, s, r)
                        || whomTheTriggerHit(t, r, trigger)
                        // dragged a villager, Mangal Purty, out of his house and killed him: the villager named
                        || "person".equals(r.type()) && TARGET.equals(previousRole) && previousEnd == at - 2
                        && t.isChar(at - 1, ',')
                        // fired on a patrol of the GAF and officers of the FPU: both fired on
                        || TARGET.equals(previousRole) && (aimedAt(t, s, previousStart)
                        || attackedObject(t, s, previousStart) || heldBy(t, s, previousStart))
                        && joinedTo(t, pastAcronym(t, previousEnd + 1) - 1, at) ? TARGET : ACTOR;
            } else if (firstOfBetween(t, s, trigger, at)) {
                role = ACTOR; // "clashes broke out between X and Y": X is one side, Y (after "and") the other
            } else if ((passive || t.isLower(trigger, "died") || outbreakOpens(t, s, trigger))
                    && clauseSubject(t, s, trigger, r)
                    || relativeSubject(t, trigger, r)) {
                role = ACTOR; // two people were killed when suspected separatists set fire to the market
            } else if (memberOf(t, trigger, at)) {
                role = ACTOR; // "a suicide bomber from Boko Haram detonated...", "gunmen of the Ansaru group attacked..."
            } else {
                boolean joined = previousBy && joinedTo(t, previousEnd, at); // organised by X and Y
                called = calledBy(t, at) || joined && calledByBefore;
                byAgent = (passive || agent) && (byBefore(t, s, at, passive) || joined) || called;
                boolean led = groupLedBy(t, at); // a gang led by X: X is of its side
                role = led && (agentGroupLed(t, at) || !passive && at < trigger && previousRole == null) ? ACTOR
                        : led && previousRole != null ? previousRole
                        : byAgent || blamedOn(t, s, at) || doneBy(t, s, at) || claims(t, r.found().last()) ? ACTOR
                        : TARGET;
            }
            roles.merge(r.id(), role, Roles::stronger);
            calledByBefore = called;
            previousBy = byAgent;
            previousRole = role;
            previousEnd = r.found().last();
            previousStart = at;
            previousId = r.id();
        }
        boolean eachOther = eachOther(t, actors, trigger, roles) || rivalPair(t, actors, trigger);
        Set<String> together = passive || eachOther ? Set.of() : actingTogether(t, actors, trigger, roles);
        if (passive || !armedTogether(t, actors, trigger, true)) {
            // not when both camps act together on others (Wagner Group and FAMa soldiers killed civilians), nor for one
            // named with the first actor before the trigger (Wagner Group fighters and Malian soldiers clashed with X)
            separateCamps(actors, roles, together);
        }
        if (!eachOther) {
            crossCampPartners(t, actors, roles);
        } else {
            facingEachOther(actors, roles);
        }
        backers.forEach((backer, backed) -> roles.put(backer, TARGET.equals(roles.get(backed)) ? TARGET : ALLY));
        parents.forEach((parent, body) -> { // named again as a side ("and armed Houthi supervisors"): the body's side
            if (roles.containsKey(parent) && roles.containsKey(body)) {
                roles.put(parent, roles.get(body));
            }
        });
        if (!roles.containsValue(ACTOR)) {
            roles.replaceAll((id, role) -> ALLY.equals(role) ? ACTOR : role);
        }
        for (Resolved r : actors) {
            if (ACTOR.equals(roles.get(r.id())) && (Sidelines.suspected(t, s, r) || Sidelines.deniesIt(t, s, r))) {
                roles.put(r.id(), SUSPECTED);
            }
        }
        List<Participant> out = new ArrayList<>();
        roles.forEach((id, role) -> out.add(new Participant(id, role)));
        return out;
    }

    /**
     * Where the name opens that a {@code , who} right before the trigger refers to ({@code officers of the Mastung
     * Police, who arrested}); -1 when the trigger opens no such clause.
     */
    private static int relativeAntecedent(Tokens t, int trigger, List<Resolved> actors) {
        if (!t.isLower(trigger - 1, "who") || !t.isChar(trigger - 2, ',')) {
            return -1;
        }
        for (Resolved r : actors) {
            if (pastAcronym(t, r.found().last() + 1) == trigger - 2) {
                return r.found().first();
            }
        }
        return -1;
    }

    /**
     * Whether the armed participants are named together before the trigger ({@code Wagner Group mercenaries and FAMa
     * soldiers}: only lower-case words and an "and" between them), and, when {@code victimNamed}, someone else after it:
     * one side acting on others ({@code RSF fighters and allied Arab militias went house to house, killing hundreds of
     * Masalit civilians}).
     */
    static boolean armedTogether(Tokens t, List<Resolved> actors, int trigger, boolean victimNamed) {
        boolean after = !victimNamed;
        Resolved previous = null;
        for (Resolved r : actors) {
            boolean armed = "armed_group".equals(r.type()) || "security_force".equals(r.type());
            if (armed && r.found().first() > trigger) {
                return false;
            }
            if (armed && previous != null && !joinedByAnd(t, previous.found().last(), r.found().first())) {
                return false;
            }
            if (armed && previous == null && betweenBefore(t, r.found().first())) {
                return false; // gunfire was exchanged between the NPR and gunmen of the gang: two sides
            }
            previous = armed ? r : previous;
            after |= !armed && r.found().first() > trigger;
        }
        return after;
    }

    private static boolean betweenBefore(Tokens t, int first) {
        return t.isLower(first - 1, "between") || t.isLower(first - 2, "between") && t.isWord(first - 1)
                && !t.isCapitalised(first - 1);
    }

    /**
     * Whether two armed actors are named as one side: {@code X and Y soldiers}, or one as belonging to the other
     * ({@code insurgents affiliated with the Islamic State}, {@code fighters loyal to X}).
     */
    private static boolean joinedByAnd(Tokens t, int end, int start) {
        if (t.isApostrophe(end + 1) && start == t.afterPossessive(end + 1)
                || start == end + 1 && t.lower(end).indexOf('-') > 0) {
            return true; // the ELN's Frente Ernesto Che Guevara: a group's unit; NATO-led KFOR: one side
        }
        end = appositionEnd(t, acronymEnd(t, end), start);
        start = menOf(t, end, start);
        boolean and = false;
        boolean member = start > end + 1;
        for (int i = end + 1; i < start; i++) {
            if (!t.isWord(i) || t.isCapitalised(i)) {
                return false;
            }
            and |= t.isLower(i, "and");
            member &= MEMBER_LINKS.contains(t.lower(i)) && !t.isLower(i, "with") || t.isLower(i, "with")
                    && (t.isLower(i - 1, "affiliated") || t.isLower(i - 1, "allied"));
        }
        return and || member;
    }

    /**
     * The comma closing an apposition right after a name ({@code Dozo hunters of Dan Na Ambassagou, a Dogon militia,
     * and soldiers of the FAMa}), before {@code start}; else {@code end}.
     */
    private static int appositionEnd(Tokens t, int end, int start) {
        if (!t.isChar(end + 1, ',') || !(t.isLower(end + 2, "a") || t.isLower(end + 2, "an"))) {
            return end;
        }
        for (int k = end + 3; k < start && k <= end + 10; k++) {
            if (t.isChar(k, ',')) {
                return t.isLower(k + 1, "and") ? k : end;
            }
            if (!t.isWord(k)) {
                return end;
            }
        }
        return end;
    }

    /**
     * Where the men a name owns are named before it ({@code FACA troops and Russian fighters of the Africa Corps}: at
     * {@code Russian}), after the name ending at {@code end}; else {@code start}.
     */
    private static int menOf(Tokens t, int end, int start) {
        int men = t.beforeThe(start);
        if (!t.isLower(men, "of") || !t.isWord(men - 1) || !FIGHTERS.contains(t.lower(men - 1)) || men - 1 <= end) {
            return start;
        }
        return t.isWord(men - 2) && t.isCapitalised(men - 2) && men - 2 > end + 1 ? men - 2 : men - 1;
    }

    /** Of two roles found for one participant, the one it keeps: acting wins (done over suspected), else the first. */
    static String stronger(String first, String second) {
        return ACTOR.equals(first) || ACTOR.equals(second) ? ACTOR : first;
    }

    /** The actors named right after an acting one before the trigger, joined to it by {@code and}: the same side. */
    private static Set<String> actingTogether(Tokens t, List<Resolved> actors, int trigger, Map<String, String> roles) {
        Set<String> together = new HashSet<>();
        Resolved previous = null;
        for (Resolved r : actors) {
            if (r.found().first() > trigger) {
                break;
            }
            if (previous != null && ACTOR.equals(roles.get(previous.id())) && ACTOR.equals(roles.get(r.id()))
                    && joinedByAnd(t, previous.found().last(), r.found().first())) {
                together.add(previous.id());
                together.add(r.id());
            }
            previous = r;
        }
        return together;
    }

    /**
     * State forces and armed groups are not on one side: when both have non-target roles, the camp named
     * first keeps its role and the other becomes the target.
     */
    private static void separateCamps(List<Resolved> actors, Map<String, String> roles, Set<String> together) {
        String firstCamp = null;
        for (Resolved r : actors) {
            String camp = Acled.camp(r.type());
            if (camp != null && roles.containsKey(r.id()) && !TARGET.equals(roles.get(r.id()))) { // not a source
                firstCamp = camp;
                break;
            }
        }
        if (firstCamp == null) {
            return;
        }
        for (Resolved r : actors) {
            String camp = Acled.camp(r.type());
            if (camp != null && !camp.equals(firstCamp) && !together.contains(r.id()) && roles.containsKey(r.id())
                    && !ALLY.equals(roles.get(r.id()))) { // not one named as fighting alongside or backing the first
                roles.put(r.id(), TARGET);
            }
        }
    }

    /**
     * When both camps act as one side, named together ({@code Wagner Group fighters and Malian soldiers killed
     * civilians}, {@code the army and allied militias}), the one named second is the first's {@code ally}: the explicit
     * partners that a state force and an armed group can only be (events link the two camps as partners through
     * nothing else).
     */
    private static void crossCampPartners(Tokens t, List<Resolved> actors, Map<String, String> roles) {
        Resolved previous = null;
        for (Resolved r : actors) {
            if (!ACTOR.equals(roles.get(r.id())) || Acled.camp(r.type()) == null) {
                continue;
            }
            if (previous != null && !Acled.camp(r.type()).equals(Acled.camp(previous.type()))
                    && tightlyJoined(t, previous.found().last(), r.found().first())) {
                roles.put(r.id(), ALLY);
            }
            previous = r;
        }
    }

    /**
     * {@code X and Y}, {@code X fighters and Y}, {@code X and its allied Y}, {@code X affiliated with Y}: at most three
     * linking words.
     */
    private static boolean tightlyJoined(Tokens t, int end, int start) {
        end = acronymEnd(t, end);
        int named = t.beforeThe(start);
        named = t.isLower(named, "as") && t.isLower(named - 1, "known") ? named - 2
                : t.isLower(named, "called") ? named - 1 : -1;
        int described = -1;
        if (named > end && FIGHTERS.contains(t.lower(named))) {
            start = named + 1; // X and plainclothes militiamen known as the Y: the fighters are Y's
            described = named - 1; // ... whatever they are called
        }
        start = described < 0 ? menOf(t, end, start) : start;
        if (start - end - 1 > 3 || !joinedByAnd(t, end, start)) {
            return false;
        }
        for (int i = end + 1; i < start; i++) {
            String w = t.lower(i);
            if (t.isWord(i) && i != described && !TIGHT_LINKS.contains(w) && !MEMBER_LINKS.contains(w)
                    && ActorWords.groupNounType(w) == null && !FIGHTERS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of a name with its acronym in brackets after it ({@code the Anti-Smuggling Unit (KMKM)}), or of
     * the acronym named as a mention of its own: what a link to the next name starts after.
     */
    private static int acronymEnd(Tokens t, int end) {
        return t.isChar(end + 1, ')') && (t.isChar(end - 1, '(') || t.isChar(end - 2, '(') && t.isWord(end - 1))
                ? end + 1 : pastAcronym(t, end + 1) - 1; // (CNDF), (Kalay PDF)
    }

    private static final Set<String> FIGHTERS = WordSets.of("fighters", "soldiers", "mercenaries", "militiamen",
            "militants", "members", "gunmen", "officers", "agents", "personnel", "combatants", "elements",
            "paramilitaries", "instructors", "advisers", "advisors", "contractors", "troops");
    private static final Set<String> TIGHT_LINKS = WordSets.of("and", "the", "its", "their", "allied", "other",
            "pro-government");

    /**
     * {@code Fano militiamen and federal troops fought for hours in Debre Tabor}: a verb of fighting whose sides are
     * all named before it, none after it, fought each other; so did those of a verb before the weapon read as the
     * trigger, whatever is named after a comma ({@code Kyrgyz and Tajik forces fought with tanks, mortars and drones,
     * killing at least 24 people}), and those of a verb followed by a comma and its victims ({@code Gunmen of the
     * Kusasi and Mamprusi communities exchanged fire in Bawku, killing seven people}). Sources said so do not count.
     */
    private static boolean eachOther(Tokens t, List<Resolved> actors, int trigger, Map<String, String> roles) {
        int verb = reciprocalVerb(t, trigger);
        if (verb < 0 || t.isLower(verb + 1, "back") || t.isLower(verb + 1, "off")) {
            return false; // soldiers and militia fighters fought back: together
        }
        if ((t.isLower(verb, "clash") || t.isLower(verb, "fight")) && (t.isLower(verb - 1, "a")
                || t.isLower(verb - 1, "the")) && (t.isLower(verb - 2, "in") || t.isLower(verb - 2, "during"))) {
            return false; // troops and police killed three armed men in a clash: the clash is told by its verb
        }
        for (Resolved r : actors) {
            if (r.found().first() > verb && roles.containsKey(r.id())
                    && !(t.hasCharBetween(verb, r.found().first(), ',') && (verb != trigger
                    || "civilians".equals(r.type()) || r.generic()
                    || "person".equals(r.type()) && TARGET.equals(roles.get(r.id()))
                    || tollBetween(t, verb, r.found().first()))) && !grounds(t, r) && !namedBefore(actors, r, verb)) {
                // (nor "..., and a conscript, Private X, was wounded": a victim)
                // (nor "fought for hours, leaving at least six gunmen dead": the dead of both)
                return false; // but "X and Y forces fought with tanks and drones, killing at least 24 soldiers"
            }
        }
        return true;
    }

    /**
     * {@code X and the Tajik Border Troops exchanged fire ..., and a conscript was wounded by fire from the Tajik
     * Border Troops}: a side named before the verb, named again after it.
     */
    private static boolean namedBefore(List<Resolved> actors, Resolved r, int verb) {
        return actors.stream().anyMatch(o -> o.id().equals(r.id()) && o.found().last() < verb);
    }

    /** {@code on the campus of Government Azizul Haque College}: a name that says where, not who. */
    private static boolean grounds(Tokens t, Resolved r) {
        int of = r.found().first() - 1;
        int noun = t.beforeThe(of);
        return t.isLower(of, "of") && t.isWord(noun) && GROUNDS.contains(t.lower(noun));
    }

    private static final Set<String> GROUNDS = WordSets.of("campus", "premises", "grounds", "compound", "offices",
            "headquarters", "gates", "gate");

    /**
     * {@code Members of the rival Black Axe and Supreme Eiye confraternities exchanged gunfire}: two groups named as
     * rivals, joined by "and" before a verb of fighting, fought each other whoever else the sentence names after it.
     */
    private static boolean rivalPair(Tokens t, List<Resolved> actors, int trigger) {
        int verb = reciprocalVerb(t, trigger);
        if (verb < 0) {
            return false;
        }
        for (int i = 0; i + 1 < actors.size(); i++) {
            Resolved a = actors.get(i);
            Resolved b = actors.get(i + 1);
            int at = a.found().first();
            if (b.found().last() < verb && (t.isLower(at - 1, "rival") || t.isLower(at - 1, "rivals"))
                    && t.isLower(a.found().last() + 1, "and") && (b.found().first() == a.found().last() + 2
                    || t.isLower(a.found().last() + 2, "the") && b.found().first() == a.found().last() + 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger when it is a verb of fighting each other, else the nearest such verb in the six tokens before it
     * ({@code fought with tanks, mortars and drones}); -1 when there is none.
     */
    private static int reciprocalVerb(Tokens t, int trigger) {
        if (eachOtherAfter(t, trigger)) {
            return trigger; // shot at each other, opened fire on one another
        }
        for (int k = trigger; k >= Math.max(0, trigger - 6); k--) {
            if (t.isWord(k) && RECIPROCAL.contains(t.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code each other} or {@code one another} follows the verb at {@code at} within four words. */
    static boolean eachOtherAfter(Tokens t, int at) {
        for (int k = at + 1; k <= at + 4 && t.isWord(k); k++) {
            if (t.isLower(k, "each") && t.isLower(k + 1, "other") || t.isLower(k, "one") && t.isLower(k + 1, "another")) {
                return true;
            }
        }
        return false;
    }

    /** {@code clashed with sticks on Sunday, leaving a Jamaat worker, Abdul Mannan, dead}: the toll names the dead. */
    private static boolean tollBetween(Tokens t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isChar(k, ',') && t.isWord(k + 1) && TOLL_CLAUSE.contains(t.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TOLL_CLAUSE = WordSets.of("leaving", "killing", "wounding", "injuring");

    /**
     * {@code Armed men from the CJNG and the Sinaloa Cartel have clashed}: of two named groups that fought each other,
     * the first is the actor and the other the target, whatever their camps (state forces against armed groups are
     * already apart: {@link #separateCamps}), also when one is typed no armed camp yet (a martial arts group).
     */
    private static void facingEachOther(List<Resolved> actors, Map<String, String> roles) {
        Resolved first = null;
        for (Resolved r : actors) {
            if (r.generic() || !ACTOR.equals(roles.get(r.id())) || "person".equals(r.type())) {
                continue;
            }
            if (first == null) {
                first = r;
            } else if (!r.id().equals(first.id()) && (Acled.camp(first.type()) == null || Acled.camp(r.type()) == null
                    || Acled.camp(first.type()).equals(Acled.camp(r.type())))) {
                roles.put(r.id(), TARGET); // not the first itself named again by its acronym: X (CDC)
            }
        }
    }

    private static final Set<String> RECIPROCAL = WordSets.of("fought", "clashed", "battled", "skirmished",
            "exchanged", "fight", "clash");

    /**
     * {@code No security forces were present}, {@code no soldiers were hurt}: named as absent, no participant (not the
     * capitalised {@code No} of a name inside a sentence: {@code the No Pity faction}).
     */
    private static boolean absent(Tokens t, Sentence s, Resolved r) {
        int k = r.found().first() - 1;
        int after = r.found().last() + 1;
        if (t.isLower(k, "before") && t.isWord(after) && ARRIVED.contains(t.lower(after))) {
            return true; // the crowd dispersed before troops arrived: they never met
        }
        int verb = t.beforeThe(r.found().first());
        int gone = t.isLower(after, "had") || t.isLower(after, "have") || t.isLower(after, "has") ? after + 1 : after;
        if (t.isLower(verb, "after") && t.isWord(gone) && GONE.contains(t.lower(gone))
                && t.hasWordIn(s.first(), verb - 1, ARRIVING)) {
            // a patrol reached the village after the attackers had left: they never met (but the gang burned the
            // station after officers fled: the officers' flight is the gang's deed)
            return true;
        }
        if (t.isWord(verb) && t.lower(verb).endsWith("ing") && t.isLower(verb - 1, "without")) {
            return true; // took up positions without engaging the Ukrainian troops
        }
        if ("person".equals(r.type())) {
            for (int j = k; j >= Math.max(s.first(), k - 3) && t.isWord(j) && !t.isCapitalised(j); j--) {
                if (JAILED.contains(t.lower(j))
                        || t.isLower(j, "of") && t.isWord(j - 1) && Sidelines.KIN.contains(t.lower(j - 1))) {
                    return true; // led by the sons of the jailed kingpin Joaquín Guzmán: neither there
                }
            }
        }
        int no = t.isLower(k, "no") || t.isLower(k, "without") ? k
                : t.isLower(k - 1, "no") && t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "more") ? k - 1 : -1;
        return no >= 0 && (no == s.first() || !t.isCapitalised(no));
    }

    private static final Set<String> ARRIVED = WordSets.of("arrived", "came", "reached", "could");
    private static final Set<String> GONE = WordSets.of("left", "fled", "gone", "withdrawn", "withdrew", "escaped");
    private static final Set<String> ARRIVING = WordSets.of("arrived", "reached", "came", "got", "arriving",
            "reaching");
    private static final Set<String> JAILED = WordSets.of("jailed", "imprisoned", "late", "slain", "exiled",
            "extradited");

    /**
     * An organisation whose name says it reports, judges or monitors ({@code Radio Andalus}, {@code Shahada News
     * Agency}, {@code UN Commission of Inquiry on Burundi}, {@code International Criminal Court}, {@code Human Rights
     * Watch}), or any actor that rescues or treats ({@code Syria Civil Defence}, {@code Health Ministry}): no side of
     * the events it tells of.
     */
    private static boolean isObserver(Tokens t, Resolved r) {
        boolean organisation = "organization".equals(r.type()) || "other".equals(r.type());
        boolean force = "security_force".equals(r.type()); // the Emergency Response Unit of the police is no rescuer
        for (int i = r.found().first(); i <= r.found().last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (organisation && OBSERVER_WORDS.contains(w) || RESCUE_WORDS.contains(w) && !force
                    || w.equals("civil") && (t.isLower(i + 1, "defence") || t.isLower(i + 1, "defense"))) {
                return true; // the Syria Civil Defence, the State Emergency Service, the Red Crescent: who rescue
            }
        }
        if (organisation && r.found().first() == r.found().last()) { // "the Group": the name it stands for
            for (String w : r.id().substring(r.id().indexOf(':') + 1).split("-")) {
                if (OBSERVER_NAMES.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code the Human Rights Association (IHD) and the X read a press statement outside the courthouse}: an observer
     * that holds a gathering itself, named before it with no comma between, is one who protests.
     */
    private static boolean heldGathering(Tokens t, Resolved r, int trigger) {
        if (!t.isWord(trigger) || !GATHERINGS.contains(t.lower(trigger)) || r.found().last() >= trigger) {
            return false;
        }
        for (int k = r.found().last() + 1; k < trigger; k++) {
            if (t.isPunct(k) && !t.isChar(k, '(') && !t.isChar(k, ')')) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> GATHERINGS = WordSets.of("statement", "sit-in", "vigil", "rally", "march",
            "protest", "demonstration");

    /** Words of the services that rescue and count the victims, whatever their type: no side either. */
    private static final Set<String> RESCUE_WORDS = WordSets.of("emergency", "rescue", "crescent", "helmets",
            "health", "hospital", "ambulance");

    /**
     * {@code the Health Ministry}, {@code the state Public Security Secretariat}, {@code the Sumy Regional Military
     * Administration}: a government body's name, one that tells what others did when it says.
     */
    private static boolean isSpeakingBody(Tokens t, Resolved r) {
        return t.hasWordIn(r.found().first(), r.found().last(), SPEAKING_BODIES);
    }

    private static final Set<String> SPEAKING_BODIES = WordSets.of("ministry", "ministries", "secretariat", "department",
            "office", "administration", "council", "commission", "authority", "authorities", "governorate",
            "municipality", "directorate");

    /** Words of an observer's full name that "the Group" standing for it still says. */
    private static final Set<String> OBSERVER_NAMES = WordSets.of("documentation", "monitoring", "observatory",
            "ombudsman");
    private static final Set<String> OBSERVER_WORDS = WordSets.of("radio", "news", "inquiry", "court",
            "tribunal", "lawyers", "watch", "observatory", "monitor", "monitoring", "television", "tv", "newspaper",
            "press", "amnesty", "ombudsman", "ligado", "acled", "rights");

    /** Whether the mention is the acronym in brackets of the name right before it: {@code the Arakan Army (AA)}. */
    private static boolean spellsOut(Resolved r, List<Resolved> actors) {
        int a = r.found().first();
        return actors.stream().anyMatch(o -> o != r && o.id().equals(r.id()) && o.found().last() == a - 2);
    }

    /**
     * Whether the mention tells again, after the trigger, a name the sentence gave before it ({@code the party} after
     * {@code the DEM Party}, {@code the AA's information office said} after {@code fighters of the Arakan Army (AA)
     * captured}): what it says makes a source of that mention only, not of the name's own.
     */
    private static boolean toldAgainAfterItsName(Tokens t, Sentence s, Resolved r, List<Resolved> actors, int trigger) {
        int a = r.found().first();
        boolean lowerReference = a == r.found().last() && !t.isCapitalised(a);
        return (lowerReference || a > trigger) && actors.stream()
                .anyMatch(o -> o != r && o.id().equals(r.id()) && o.found().first() < a
                && (lowerReference || o.found().first() < trigger && sentenceSubject(t, s, o.found().first())));
    }

    /** Whether the name at {@code at} is the sentence's subject: at most three words from its start or its dateline. */
    private static boolean sentenceSubject(Tokens t, Sentence s, int at) {
        for (int k = at - 1; k >= s.first() && k >= at - 4; k--) {
            if (t.isDash(k)) {
                return true; // LOMÉ (Reuters) - Fighters of the X
            }
        }
        return at - s.first() <= 3;
    }

    /** Whether the name is in a clause that says what another is known as: {@code , as the X's affiliate is known,}. */
    private static boolean inAsKnownClause(Tokens t, Resolved r) {
        int k = t.beforeThe(r.found().first());
        if (!t.isLower(k, "as") || !t.isChar(k - 1, ',')) {
            return false;
        }
        for (int j = r.found().last() + 1; j <= r.found().last() + 7 && !t.isChar(j, ','); j++) {
            if ((t.isLower(j, "known") || t.isLower(j, "called")) && (t.isLower(j - 1, "is") || t.isLower(j - 1, "are"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name opens a clause of its own after {@code , and}, its verb no word of an event ({@code and police
     * found pamphlets}): its subject, no side of the event told before.
     */
    private static boolean laterClauseSubject(Tokens t, Resolved r) {
        int and = t.beforeThe(r.found().first());
        int verb = pastAcronym(t, r.found().last() + 1);
        return t.isLower(and, "and") && t.isChar(and - 1, ',') && t.isWord(verb) && !t.isCapitalised(verb)
                && (t.lower(verb).endsWith("ed") || CLAUSE_VERBS.contains(t.lower(verb)))
                && !TriggerLexicon.isCue(t.lower(verb)) && !SPEECH.contains(t.lower(verb))
                && !ANSWERING.contains(t.lower(verb)); // (not "and the coalition responded with air strikes")
    }

    private static final Set<String> CLAUSE_VERBS = WordSets.of("found", "began", "took", "made", "sent", "kept",
            "held", "saw", "went", "came", "gave", "brought", "left", "set");
    private static final Set<String> ANSWERING = WordSets.of("responded", "retaliated", "replied", "reacted",
            "counterattacked", "counter-attacked");

    /** Whether the name is whom people were handed over to: {@code handed him over to the X}. */
    private static boolean handedTo(Tokens t, Resolved r) {
        int to = t.beforeThe(r.found().first());
        return t.isLower(to, "to") && t.isLower(to - 1, "over") && t.wordJustBefore(to - 1, 4, HANDED);
    }

    private static final Set<String> SPEAKING_OFFICES = WordSets.of("office", "spokesman", "spokesperson",
            "spokeswoman", "statement", "press");

    /** Whether the name follows {@code an investigation into (the)}: what the inquiry is about. */
    private static boolean inquiryInto(Tokens t, Resolved r) {
        int into = t.beforeThe(r.found().first());
        return t.isLower(into, "into") && t.isWord(into - 1) && TriggerScan.INQUIRIES.contains(t.lower(into - 1));
    }

    /** Whether the name follows {@code planning attacks on}: the target of what was only planned. */
    private static boolean plannedAgainst(Tokens t, Resolved r) {
        int on = t.beforeThe(r.found().first());
        int noun = on - 1;
        return (t.isLower(on, "on") || t.isLower(on, "against")) && t.isWord(noun)
                && ATTACK_NOUNS.contains(t.lower(noun)) && (t.wordJustBefore(noun, 3, TriggerScan.PREPARING)
                || t.wordJustBefore(noun, 3, PLANNED)); // a cell that had planned attacks on police
    }

    private static final Set<String> PLANNED = WordSets.of("planned", "plotted", "prepared");

    private static final Set<String> ATTACK_NOUNS = WordSets.of("attack", "attacks", "assault", "assaults", "strikes",
            "bombings", "raids");
    private static final Set<String> HANDED = WordSets.copyOf(Stream.concat(TriggerScan.HANDING_PEOPLE.stream(),
            Stream.of("turned", "turning")).toList());

    /** Words that join a description to what it describes, not part of one: {@code told the fighters of X}. */
    private static final Set<String> NOT_DESCRIPTION = WordSets.of("of", "that", "to", "and", "or", "by", "with", "in");

    /**
     * Whether the name at {@code a} follows {@code told the} and a description in lower case: {@code witnesses told
     * the rights group Foro Penal}. The one told is no side.
     */
    private static boolean toldTheDescribed(Tokens t, Sentence s, int a) {
        for (int k = a - 1; k >= Math.max(s.first() + 1, a - 4) && t.isWord(k) && !t.isCapitalised(k); k--) {
            if (NOT_DESCRIPTION.contains(t.lower(k))) {
                return false;
            }
            if ((t.isLower(k, "the") || t.isLower(k, "a")) && k < a - 1) {
                return t.isLower(k - 1, "told");
            }
        }
        return false;
    }

    /**
     * Verbs of keeping count of deeds or hearing of them, by whom: a monitor's work, no side of the deeds ({@code
     * according to survivors interviewed by LRI staff, armed men entered the village}).
     */
    private static final Set<String> DOCUMENTING = WordSets.of("documented", "recorded", "verified", "compiled",
            "tallied", "catalogued", "cataloged", "interviewed", "surveyed");

    /**
     * Whether an actor is only the source of the report: {@code told X}, {@code according to X}, a person or an
     * organisation followed by {@code said} or {@code told}.
     */
    private static boolean isSource(Tokens t, Sentence s, Resolved r) {
        int a = r.found().first();
        int p = t.beforeThe(a);
        if (p >= s.first() && t.isLower(p, "told") || toldTheDescribed(t, s, a)) {
            return true;
        }
        if (t.isLower(p, "by") && t.isWord(p - 1) && DOCUMENTING.contains(t.lower(p - 1))) {
            return true; // dozens of cases of sexual violence documented by the Women's Solidarity Network: who counts
        }
        int after = r.found().last() + 1;
        if (t.isWord(after) && WARNING.contains(t.lower(after)) && (t.isLower(after + 1, "of")
                || t.isLower(after + 1, "that"))) {
            return true; // days after the military warned of the group's spread: who warns, no side
        }
        if (t.isWord(after) && OWN_MEDIA.contains(t.lower(after)) && t.isWord(after + 1)
                && SPEECH.contains(t.lower(after + 1))) {
            return true; // Houthi media reported that Joint Forces artillery had shelled villages: who tells it
        }
        if ((t.isLower(after, "observed") || t.isLower(after, "heard")) && firesSeen(t, after + 1)) {
            return true; // the OSCE SMM observed a total of 75 explosions: who monitors the fire, no side
        }
        if (saidBeforeName(t, s, r)) {
            return true; // six men were killed, said the provincial police commander, Joseph Kupo
        }
        if (callsForInquiry(t, s, pastAcronym(t, after))) {
            return true; // the Recife Popular Justice Centre called for the raid to be investigated: it judges
        }
        if (t.isLower(after, "source") && t.isLower(a - 1, "a") && t.hasWordIn(after + 1, s.last(), SAYS)) {
            return true; // a police source in Kirkuk governorate said (one who speaks, not the force that fought)
        }
        for (int k = a - 1; k >= Math.max(s.first() + 1, a - 7) && (t.isWord(k) || t.isApostrophe(k)); k--) {
            if (t.isLower(k, "to") && t.isLower(k - 1, "according") && (k == a - 1 || t.isLower(k + 1, "the")
                    || capitalsOnly(t, k + 1, a - 1) || t.hasWordIn(k + 1, a - 1, AND)
                    || t.isPossessiveS(a - 1) && capitalsOnly(t, k + 1, a - 3))) {
                // (also "according to residents and the Arakan Army", "according to Armenia's Ministry of Defence")
                // according to X, according to the X, according to the Baloch rights group Haalvsh, according to
                // Defence Minister X
                return true;
            }
        }
        int n = r.found().last() + 1;
        int d = t.isChar(n, ',') ? n + 1 : n;
        if ("person".equals(r.type()) && t.isLower(d, "denied") && t.isLower(d + 1, "it")) {
            return true; // The government spokesman, Mamadou Kaba Condé, denied it, saying that ...
        }
        if ("person".equals(r.type()) && t.isLower(n, "of")) {
            int k = n + 1; // Inspector Jean Lafleur of the National Police of Ruritania said
            while (k <= s.last() && k <= n + 9 && (t.isCapitalised(k) || t.isLower(k, "the") || t.isLower(k, "of")
                    || t.isLower(k, "and") || t.isLower(k, "for"))) {
                k++;
            }
            n = k > n + 1 ? k : n;
        }
        n = pastAcronym(t, n);
        if (t.isLower(n, "party") && "organization".equals(r.type())) {
            n++; // the ruling Frelimo party accused Mondlane of inciting violence
        }
        if (t.isPossessiveS(n + 1) && t.isWord(n + 2) && SPEAKING_OFFICES.contains(t.lower(n + 2))
                && !"security_force".equals(r.type()) && !"armed_group".equals(r.type())) {
            n += 3; // the Public Defender's office said: who speaks (not "the AA's information office", the group's)
        }
        if (!t.isLower(a - 1, "to")) { // not "commanders loyal to X, alias Y, announced": they speak, not X
            n = pastApposition(t, s, n);
        }
        if (t.isChar(n, ',')) {
            n++;
        }
        if (t.isWord(n) && t.lower(n).endsWith("ly") && !t.isCapitalised(n)) {
            n++; // the CPO strongly condemns
        }
        if (n <= s.last() && (t.isLower(n, "informs") || t.isLower(n, "informed")) && t.isLower(n + 1, "the")) {
            return true; // the Directorate General of the National Police informs the public that X was arrested
        }
        int in = n;
        if (t.isLower(in, "in") && t.isWord(in + 1) && t.isCapitalised(in + 1)) {
            in++;
            while (in <= s.last() && t.isWord(in) && t.isCapitalised(in) && in < n + 5) {
                in++; // Police in East Sepik are investigating
            }
        }
        if ((t.isLower(in, "are") || t.isLower(in, "is")) && (t.isLower(in + 1, "investigating")
                || t.isLower(in + 1, "probing"))) {
            return true; // The St James Police are investigating the shooting deaths of three men
        }
        int verb = t.isLower(n, "also") || t.isLower(n, "formally") ? n + 1 : n;
        if (verb <= s.last() && t.isWord(verb) && PRESS_RELEASE.contains(t.lower(verb))) {
            return true; // The Service wishes to dispel reports that militants attacked ...: whoever writes it
        }
        boolean judges = n <= s.last() && t.isWord(n) && JUDGING.contains(t.lower(n));
        boolean speaker = "person".equals(r.type()) || "organization".equals(r.type()) || "other".equals(r.type())
                || "government".equals(r.type()) && (isSpeakingBody(t, r) || judges); // the Health Ministry said ...
        return speaker && (n <= s.last() && SPEECH.contains(t.lower(n)) // MSF said 12 people were treated for wounds
                && !(t.isLower(n, "accused") && t.isLower(n + 1, "of")) // (arrested X, accused of selling fuel to JAS)
                || accordingToBefore(t, s, a));
    }

    /** {@code ..., the federal Security Cabinet said.}: a body that tells the sentence, at its end. */
    private static boolean saysLast(Tokens t, Sentence s, Resolved r) {
        int a = r.found().first();
        int n = pastAcronym(t, r.found().last() + 1);
        if (!"government".equals(r.type()) || n + 1 != s.last() || !t.isWord(n) || !SPEECH.contains(t.lower(n))
                || !t.isPunct(s.last())) {
            return false;
        }
        for (int k = a - 1; k >= Math.max(s.first() + 1, a - 4); k--) {
            if (t.isChar(k, ',')) {
                return true;
            }
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code in what the Barranquilla Metropolitan Police (MEBAR) said was the latest attack}, {@code Yeison Pertuz, whom
     * police described as a debt collector}: who tells what it was.
     */
    private static boolean whatItSays(Tokens t, Resolved r) {
        int a = r.found().first();
        int what = t.beforeThe(a);
        int verb = pastAcronym(t, r.found().last() + 1);
        return (t.isLower(what, "what") || t.isLower(what, "whom")) && t.isWord(verb) && SPEECH.contains(t.lower(verb));
    }

    /**
     * Whether the sentence names the actor only there (with its acronym right after it): not "in what JNIM said was
     * revenge" after "fighters of Katiba Macina, a unit of the ... (JNIM), attacked".
     */
    private static boolean namedOnceHere(Tokens t, List<Resolved> actors, Resolved r) {
        int end = pastAcronym(t, r.found().last() + 1);
        return actors.stream().noneMatch(o -> o != r && o.id().equals(r.id())
                && (o.found().first() < r.found().first() || o.found().first() >= end));
    }

    /**
     * {@code called for the raid to be investigated}, {@code demanded an inquiry into}, {@code called for calm}: a call on
     * others to look or to hold back.
     */
    private static boolean callsForInquiry(Tokens t, Sentence s, int n) {
        int from = t.isLower(n, "called") && t.isLower(n + 1, "for") ? n + 2
                : t.isLower(n, "demanded") || t.isLower(n, "urged") ? n + 1 : -1;
        return from > 0 && t.hasWordIn(from, Math.min(s.last(), from + 8), INQUIRY);
    }

    private static final Set<String> INQUIRY = WordSets.of("investigation", "investigations", "inquiry", "enquiry",
            "probe", "investigated", "probed", "investigate", "calm", "restraint");

    private static boolean capitalsOnly(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.isWord(i) || !t.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verbs of a press release, by which any actor, a force too, tells of events rather than acts in them: {@code the
     * Service remembers the victims of the 2014 attacks}, {@code the Ministry formally denies the rumours}.
     */
    private static final Set<String> PRESS_RELEASE = WordSets.of("remembers", "recalls", "wishes", "denies",
            "reassures", "assures", "reiterates", "reminds", "regrets", "appeals", "commends", "salutes", "extends",
            "dismisses", "refutes", "cautions", "urges");

    /**
     * Where the words naming the trigger as the motive of another act start ({@code targeted the station in revenge
     * for the killing of Baloch fuel porters}), else -1: who is named before them did not do what they avenge.
     */
    private static int motiveBefore(Tokens t, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.first() + 1, trigger - 4) && t.isWord(k); k--) {
            if (t.isLower(k, "for") && (t.isLower(k - 1, "revenge") || t.isLower(k - 1, "retaliation"))
                    || t.isLower(k, "to") && t.isLower(k - 1, "retaliation")) {
                return k - 1;
            }
            if (t.isLower(k, "avenge")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the event's noun is followed by who made it: {@code an airstrike by X}, {@code an air strike by X}, {@code
     * the protest was called by X}, {@code the protest, called by PD chairman X, ...}.
     */
    private static boolean agentAfter(Tokens t, int trigger) {
        return t.isLower(trigger + 1, "by") || t.isLower(trigger + 2, "by")
                || (t.isWord(trigger + 1) && PASSIVE.contains(t.lower(trigger + 1)) || t.isChar(trigger + 1, ','))
                && t.isWord(trigger + 2) && t.lower(trigger + 2).endsWith("ed")
                && (t.isLower(trigger + 3, "by") || t.isWord(trigger + 3) && t.lower(trigger + 3).endsWith("ly")
                && t.isLower(trigger + 4, "by")); // the march was organised jointly by X
    }

    /**
     * Whether the actor is whom protesters demand something of, not a side: {@code demanding the resignation of Prime
     * Minister Manasseh Sogavare}, {@code to demand Rama's resignation}.
     */
    private static boolean demandedOf(Tokens t, Sentence s, Resolved r) {
        int own = r.found().last() + 1;
        if (t.isApostrophe(own) && t.isWord(t.afterPossessive(own)) && DEMANDED.contains(t.lower(t.afterPossessive(own)))) {
            return true;
        }
        int at = r.found().first();
        int asked = t.beforeThe(at);
        if (t.isLower(asked, "for") && t.isWord(asked - 1) && ASKING.contains(t.lower(asked - 1))) {
            return true; // marched, asking for the Gang Suppression Force to come: what they ask for
        }
        for (int k = at - 1; k >= Math.max(s.first() + 1, at - 4) && t.isWord(k); k--) {
            if (t.isLower(k, "of")) {
                // the resignation of the chairperson of the Electoral Commission: whose head's resignation
                int head = t.isWord(k - 1) && ActorWords.isTitle(t.lower(k - 1)) && t.isLower(k - 2, "the")
                        && t.isLower(k - 3, "of") ? k - 3 : k;
                return t.isWord(head - 1) && (DEMANDED.contains(t.lower(head - 1)) || t.isLower(head - 1, "arrest")
                        && t.isLower(head - 2, "the") && t.isWord(head - 3) && DEMANDING.contains(t.lower(head - 3)));
            }
            if (!t.isCapitalised(k) && !(t.isLower(k, "the") && k == at - 1)) {
                return false; // only a title between: the resignation of Prime Minister X; the arrest of the attackers
            }
        }
        return false;
    }

    private static final Set<String> ASKING = WordSets.of("asking", "calling", "appealing", "pleading", "asked",
            "called", "appealed");

    /** Verbs of demanding before "the arrest of": {@code marched to demand the arrest of the attackers}. */
    private static final Set<String> DEMANDING = WordSets.of("demand", "demanding", "demanded", "demands", "for",
            "seeking", "urging");
    private static final Set<String> DEMANDED = WordSets.of("resignation", "ouster", "removal", "dismissal",
            "departure", "impeachment", "prosecution", "trial", "pullout", "withdrawal");

    /**
     * Whether the actor at {@code at}, named before the trigger, is what an earlier verb of the sentence aimed at:
     * {@code officers fired tear gas at supporters of the MFD movement ... and arrested more than 100 people}.
     */
    static boolean aimedAt(Tokens t, Sentence s, int at) {
        int k = at - 1;
        while (k > s.first() && t.isWord(k) && !t.isCapitalised(k) && (AIMED_PHRASE.contains(t.lower(k))
                || t.lower(k).indexOf('-') > 0 && !t.isLower(k - 1, "at") && !t.isLower(k - 1, "on"))) { // far-right
            k--;
        }
        if (t.isWord(k) && TriggerScan.DISPERSING.contains(t.lower(k))) {
            return true; // police fired tear gas to disperse hundreds of IPOB supporters
        }
        if (!t.isLower(k, "at") && !t.isLower(k, "on")) {
            return false;
        }
        int what = k - 1;
        if (t.isWord(what) && t.isCapitalised(what) && Calendar.weekday(t.lower(what), false) != null
                && t.isLower(what - 1, "on")) {
            what -= 2; // fired tear gas on Thursday at hundreds of supporters
        }
        return t.isWord(what) && AIMED.contains(t.lower(what));
    }

    /**
     * Whether the actor, before the trigger, is what a verb of attack right before it hit ({@code Houthi fighters
     * attacked positions of the Giants Brigades ... with drones}): the weapon told after it is the trigger.
     */
    private static boolean attackedObject(Tokens t, Sentence s, int at) {
        int k = at - 1;
        while (k > s.first() && t.isWord(k) && !t.isCapitalised(k) && (AIMED_PHRASE.contains(t.lower(k))
                || NEARBY.contains(t.lower(k)))) { // and a nearby base of the VDP
            k--;
        }
        if (t.isLower(k, "and") && t.isLower(t.beforeThe(at), "of") && t.isWord(t.beforeThe(at) - 1)
                && SITE_WORDS.contains(t.lower(t.beforeThe(at) - 1))) { // attacked the detachment in X and a base of Y
            for (int j = k - 1; j > s.first() && j >= k - 8 && !t.isPunct(j); j--) {
                if (t.isWord(j) && ATTACKING.contains(t.lower(j))) {
                    return true;
                }
            }
        }
        return t.isWord(k) && ATTACKING.contains(t.lower(k));
    }

    private static final Set<String> NEARBY = WordSets.of("nearby", "second", "another");
    /** A force's fixed sites: those of {@code PlaceWords.isForceSite} but convoys and patrols, which move. */
    private static final Set<String> SITE_WORDS = WordSets.of("base", "bases", "post", "posts", "camp", "camps",
            "outpost", "outposts", "barracks", "checkpoint", "checkpoints", "position", "positions");

    /**
     * Whether the actor owns the site named right before it where the crowd went ({@code gathered outside the local
     * office of the Public Electricity Corporation to protest}): what the protest was aimed at, no protester.
     */
    private static boolean siteOwner(Tokens t, Sentence s, int at) {
        int of = t.beforeThe(at);
        for (int k = at - 1; k > at - 6 && t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "of"); k--) {
            if (t.isLower(k, "the") && t.isLower(k - 1, "of")) {
                of = k - 1; // the gate of the diamond miner Koidu Limited: past what the owner is
                break;
            }
        }
        if (!t.isLower(of, "of") || !t.isWord(of - 1) || !SITES.contains(t.lower(of - 1))) {
            return false;
        }
        for (int k = of - 2; k >= Math.max(s.first(), of - 5) && t.isWord(k) && !t.isCapitalised(k); k--) {
            if (SITE_PREPOSITIONS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor is the group of people counted as killed or hurt right before it ({@code killed five Maoists of
     * the Communist Party of India (Maoist)'s Darbha Division in a gunfight}, {@code killed three ADF fighters in a
     * clash}, {@code killed six Taliban in an ambush}): the trigger after them is the fight.
     */
    private static boolean killedMembersOf(Tokens t, Sentence s, Resolved r) {
        int at = r.found().first();
        int of = t.beforeThe(at);
        int k = of - 2;
        if (t.isWord(r.found().last() + 1) && KILLED_MEMBERS.contains(t.lower(r.found().last() + 1))
                || t.is(at - 1, Tokens.NUMBER) || t.isWord(at - 1) && COUNTS.contains(t.lower(at - 1))) {
            k = at - 1; // killed three ADF fighters in a clash; killed six Taliban in an ambush
        } else if (!t.isLower(of, "of") || !t.isWord(of - 1) || !KILLED_MEMBERS.contains(t.lower(of - 1))) {
            return false;
        }
        if (!t.is(k, Tokens.NUMBER) && !(t.isWord(k) && COUNTS.contains(t.lower(k)))) {
            return false;
        }
        k--;
        k = t.isLower(k, "least") && t.isLower(k - 1, "at") ? k - 2 : k;
        return k >= s.first() && t.isWord(k) && KILLING.contains(t.lower(k));
    }

    private static final Set<String> KILLED_MEMBERS = WordSets.of("maoists", "fighters", "militants", "members",
            "rebels", "insurgents", "militiamen", "cadres", "soldiers", "troops", "officers", "jihadists", "naxalites",
            "combatants", "gunmen");
    private static final Set<String> COUNTS = NumberWords.twoToTenAnd("several",
            "dozens", "scores", "eleven", "twelve", "twenty", "thirty", "fifteen", "some", "a", "one");
    private static final Set<String> KILLING = WordSets.of("killed", "wounded", "injured", "neutralised",
            "neutralized", "captured", "killing", "wounding", "injuring", "capturing");

    /**
     * Whether the person owns the home the sentence's actors entered or attacked ({@code two armed men entered the
     * house of X and shot him dead}): whom they came for.
     */
    private static boolean homeEntered(Tokens t, int at) {
        int of = t.beforeThe(at);
        if (!t.isLower(of, "of") && t.isChar(at - 1, ',')) { // the house of a municipal councillor, X: past his post
            int k = at - 2;
            while (k > at - 6 && t.isWord(k) && !t.isCapitalised(k) && !TriggerScan.isArticle(t, k)) {
                k--;
            }
            of = TriggerScan.isArticle(t, k) ? k - 1 : of;
        }
        if (!t.isLower(of, "of") || !t.isWord(of - 1) || !HOMES.contains(t.lower(of - 1))) {
            return false;
        }
        int verb = t.beforeThe(of - 1);
        verb -= t.isLower(verb, "into") ? 1 : t.isLower(verb, "to") && t.isLower(verb - 1, "fire") ? 2 : 0;
        return t.isWord(verb) && ENTERED.contains(t.lower(verb)); // broke into, set fire to the house of
    }

    private static final Set<String> HOMES = WordSets.of("house", "home", "houses", "homes", "farm", "compound");
    private static final Set<String> ENTERED = WordSets.of("entered", "stormed", "raided", "attacked", "broke",
            "burned", "burnt", "torched", "ransacked", "looted", "searched", "surrounded", "forced", "barged", "set",
            "burst");

    /**
     * Whether the name, after an article, owns the site or vehicle named right after it ({@code broke into a World Food
     * Programme (WFP) warehouse}): what was hit was its, not it that hit.
     */
    private static boolean ownedSiteAfter(Tokens t, Resolved r) {
        int a = r.found().first();
        int n = pastAcronym(t, r.found().last() + 1);
        if (r.found().last() > a && !t.isCapitalised(r.found().last())) {
            n = r.found().last(); // the mention "Wapel hamlet" of "in the Wapel hamlet of Kombalya"
        }
        return (t.isLower(a - 1, "a") || t.isLower(a - 1, "an") || t.isLower(a - 1, "the")) && t.isWord(n)
                && !t.isCapitalised(n) && (SITES.contains(t.lower(n)) || OWNED_THINGS.contains(t.lower(n)));
    }

    private static final Set<String> OWNED_THINGS = WordSets.of("warehouse", "warehouses", "store", "stores", "truck",
            "trucks", "vehicle", "vehicles", "clinic", "school", "shop", "shops", "facility", "facilities", "hamlet",
            "hamlets", "village", "villages", "settlement", "settlements", "homes", "houses"); // the Wapel hamlet of X
    static final Set<String> SITES = WordSets.of("office", "offices", "headquarters", "premises", "building",
            "buildings", "compound", "residence", "gate", "gates", "depot", "branch");
    private static final Set<String> SITE_PREPOSITIONS = WordSets.of("outside", "at", "before", "near", "to", "into",
            "on", "besieged", "stormed", "blocked");
    private static final Set<String> ATTACKING = WordSets.of("attacked", "shelled", "struck", "raided", "stormed",
            "ambushed", "targeted", "bombed", "overran", "hit", "pursued", "chased", "tracked", "hunted", "engaged");
    private static final Set<String> AIMED_PHRASE = WordSets.of("the", "supporters", "members", "of", "a", "crowd",
            "activists", "followers", "youths", "students", "hundreds", "dozens", "about", "some", "several",
            "thousands", "opposition", "party", "ruling", "an", "joint", "patrol", "patrols", "convoy", "position",
            "positions", "soldiers", "officers", "troops", "unit", "units", "young", "its", "their", "rival",
            "protesters", "demonstrators", "marchers", "people", "base", "bases", "post", "posts", "camp", "camps",
            "outpost", "outposts", "barracks", "checkpoint", "checkpoints");
    private static final Set<String> AIMED = WordSets.of("gas", "teargas", "fire", "fired", "shots", "bullets",
            "cannon", "spray", "stones", "rocks", "grenades", "rounds", "ammunition", "pellets", "balls");

    /** Whether the actor is named as the one whose statement tells the event: {@code the group's statement}. */
    static boolean speaksByStatement(Tokens t, Resolved r) {
        int own = r.found().last() + 1;
        return t.isApostrophe(own) && t.isWord(t.afterPossessive(own))
                && STATEMENTS.contains(t.lower(t.afterPossessive(own)));
    }

    /** What an actor says, by which its name is a source: {@code the group's statement}. */
    private static final Set<String> STATEMENTS = WordSets.of("statement", "statements", "communique", "communiqué",
            "spokesman", "spokeswoman", "spokesperson", "account", "version", "website", "channel");

    /** The token after {@code (ACRONYM)} or {@code (Kalay PDF)} at {@code n}, else {@code n}. */
    static int pastAcronym(Tokens t, int n) {
        if (t.isChar(n, '(') && t.isWord(n + 1) && t.isChar(n + 2, ')')) {
            return n + 3;
        }
        return t.isChar(n, '(') && t.isWord(n + 1) && t.isCapitalised(n + 1) && t.is(n + 2, Tokens.ALL_CAPS)
                && t.isChar(n + 3, ')') ? n + 4 : n;
    }

    /**
     * The token after an apposition between commas at {@code n} ({@code the CDR, a Port-Lazare-based human rights
     * organisation, said}): up to twelve words opening in lower case, none of saying; else {@code n}.
     */
    private static int pastApposition(Tokens t, Sentence s, int n) {
        if (!t.isChar(n, ',') || !t.isWord(n + 1) || t.isCapitalised(n + 1)) {
            return n;
        }
        for (int k = n + 1; k <= Math.min(s.last(), n + 13); k++) {
            if (t.isChar(k, ',')) {
                return k + 1;
            }
            if (!t.isWord(k) && !t.isApostrophe(k) && !t.isChar(k, '-') || SPEECH.contains(t.lower(k))) {
                return n;
            }
        }
        return n;
    }

    /**
     * {@code According to the Mayor of Dufresne, Rosemond Exantus, about forty gunmen arrived}: a name in apposition to
     * the one {@code according to} names, within eight tokens after it.
     */
    private static boolean accordingToBefore(Tokens t, Sentence s, int a) {
        if (!t.isChar(a - 1, ',')) {
            return false;
        }
        for (int k = a - 2; k >= Math.max(s.first() + 1, a - 9); k--) {
            if (t.isLower(k, "to") && t.isLower(k - 1, "according")) {
                return true;
            }
            if (!t.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** Verbs by which an authority makes a measure: who announced a curfew imposed it. */
    private static final Set<String> DECREES = WordSets.of("announced", "declared", "decreed", "ordered", "imposed");

    /**
     * Whether the actor's verb of saying announces the event itself ({@code Prime Minister P announced on Friday a
     * 72-hour state of emergency}): the one who decrees a measure is its actor, not a source.
     */
    private static boolean announcesIt(Tokens t, Resolved r, int trigger) {
        int n = r.found().last() + 1;
        return t.isWord(n) && DECREES.contains(t.lower(n)) && trigger >= n && trigger <= n + 8;
    }

    /**
     * Whether a force, a group or a government says it did the event itself ({@code the Intelligence Ministry said it
     * had arrested six members}): its actor, not its source.
     */
    private static boolean saysItDid(Tokens t, Resolved r, int trigger) {
        int n = pastAcronym(t, r.found().last() + 1);
        int a = r.found().first();
        if (!t.isWord(n) || !SPEECH.contains(t.lower(n)) || !(t.isLower(n + 1, "it") || t.isLower(n + 1, "they"))
                || !("security_force".equals(r.type()) || "armed_group".equals(r.type())
                || "government".equals(r.type())) || t.isWord(a - 1) && (PlaceWords.isPreposition(t.lower(a - 1))
                || t.isLower(a - 1, "and"))) {
            return false; // not MSF said it had evacuated; not police in Jammu and Kashmir said they
        }
        int v = n + 2;
        if (t.isLower(v, "had") || t.isLower(v, "has") || t.isLower(v, "have")) {
            v++;
        }
        return trigger == v;
    }

    /** {@code clashes erupted between X and Y, residents said}: civilians who tell what happened after it, no side. */
    private static boolean residentsSay(Tokens t, Sentence s, Resolved r, int trigger) {
        int n = r.found().last() + 1;
        return "civilians".equals(r.type()) && r.found().first() > trigger && t.isChar(r.found().first() - 1, ',')
                && n <= s.last() && SPEECH.contains(t.lower(n));
    }

    /**
     * Whether the name is in an "after" or "because" clause, apart from the trigger, whose named subject did something
     * that is no event or only a weak one ({@code supporters stoned the police station after the Electoral Commission
     * declared his rival, Alfred Ghiro, the winner}): the cause told, not a side.
     */
    private static boolean inPeacefulCause(Tokens t, Sentence s, int trigger, int at) {
        int end = at;
        while (end < s.last() && !t.isChar(end, ';') && !(t.isChar(end, ',') && t.isLower(end + 1, "and"))) {
            end++;
        }
        for (int k = at - 1; k >= s.first() && k >= at - 20; k--) {
            if (t.isChar(k, ';') || t.isChar(k, '.') || k == trigger) {
                return false;
            }
            if (t.isLower(k, "after") || t.isLower(k, "because")) {
                if (trigger > k && trigger < end) {
                    return false; // the trigger is in the clause: what it tells
                }
                int v = t.isLower(k + 1, "the") ? k + 2 : k + 1;
                if (!t.isWord(v) || !t.isCapitalised(v)) {
                    return false; // after gunmen attacked, after the army shelled: an unnamed subject, maybe a side
                }
                while (v <= s.last() && v < k + 12 && (t.isWord(v) && t.isCapitalised(v) || t.isLower(v, "of")
                        || t.isChar(v, '(') || t.isChar(v, ')') || t.isLower(v, "the") && t.isCapitalised(v + 1))) {
                    v++;
                }
                if (!t.isWord(v) || v > s.last() || !t.lower(v).endsWith("ed") || v > at && at != k + 1
                        && at != k + 2) {
                    return false;
                }
                String next = v + 1 <= s.last() && t.isWord(v + 1) ? t.lower(v + 1) : "";
                String third = v + 2 <= s.last() && t.isWord(v + 2) ? t.lower(v + 2) : null;
                Trigger verb = TriggerLexicon.word(t.lower(v));
                return (verb == null || verb.priority() < 60) && TriggerLexicon.pair(t.lower(v), next, third) == null;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with the trigger, a fight that broke out ({@code Fighting resumed on 14 August when
     * fighters of X attacked Y}): who acts is told in the clause after it.
     */
    private static boolean outbreakOpens(Tokens t, Sentence s, int trigger) {
        // (Heavy fighting: past its adjective)
        int noun = t.isWord(trigger) && FIGHT_NOUNS.contains(t.lower(trigger)) ? trigger : trigger + 1;
        return trigger <= t.firstWord(s) + 1 && t.isWord(noun) && FIGHT_NOUNS.contains(t.lower(noun))
                && t.isWord(noun + 1) && OUTBREAKS.contains(t.lower(noun + 1))
                && !t.hasWordIn(noun + 2, s.last(), BETWEEN_WORD); // not: broke out between X and Y, after Y ...
    }

    private static final Set<String> BETWEEN_WORD = WordSets.of("between");
    private static final Set<String> FIGHT_NOUNS = WordSets.of("fighting", "clashes", "clash", "battle", "battles",
            "gunfire", "gunfight", "firefight", "hostilities", "shooting");
    private static final Set<String> OUTBREAKS = WordSets.of("resumed", "broke", "erupted", "flared", "raged",
            "continued", "started", "began", "intensified", "escalated");

    /**
     * Whether the actor opens a clause of "when", "after" or "as" after the trigger and acts in it ({@code were killed
     * when suspected X set fire}, {@code died after X fighters stormed}): who caused what the passive trigger tells.
     */
    private static boolean clauseSubject(Tokens t, Sentence s, int trigger, Resolved r) {
        int a = r.found().first();
        for (int k = a - 1; k > trigger && k >= a - 14; k--) {
            if (k < a - 4 && !t.hasWordIn(k + 1, a - 1, AND)) {
                return false; // (further back only across "X and": when troops of X and officers of Y surrounded)
            }
            if (t.isLower(k, "when") || t.isLower(k, "after") || t.isLower(k, "as")) {
                int n = r.found().last() + 1;
                if (t.isWord(n) && GROUP_WORDS_AFTER.contains(t.lower(n))) {
                    n++;
                }
                if (t.isLower(n, "and")) { // past the other subject: "and officers of the Royal Thai Police"
                    int m = n + 1;
                    while (m <= s.last() && m < n + 10 && t.isWord(m) && (t.isCapitalised(m)
                            || FunctionWords.isFunctionWord(t.lower(m)) || FIGHTERS.contains(t.lower(m)))) {
                        m++;
                    }
                    n = m;
                }
                n = pastPartOf(t, s, n); // when X and Y, part of the Z coalition that fights alongside W, attacked
                return t.isWord(n) && !t.isCapitalised(n) && !FunctionWords.isFunctionWord(t.lower(n))
                        && !PlaceWords.isPreposition(t.lower(n));
            }
            if (!t.isWord(k) || t.isLower(k, "by")) {
                return false;
            }
        }
        return false;
    }

    /** The token after an apposition {@code , part of the X ...,} opening at {@code n}, or {@code n}. */
    private static int pastPartOf(Tokens t, Sentence s, int n) {
        if (!Sidelines.partOfAfterName(t, n + 2)) {
            return n;
        }
        for (int m = n + 3; m <= Math.min(s.last() - 1, n + 18); m++) {
            if (t.isChar(m, ',')) {
                return m + 1;
            }
            if (t.isPunct(m) && !t.isChar(m, '(') && !t.isChar(m, ')') && !t.isApostrophe(m)) {
                return n;
            }
        }
        return n;
    }

    /**
     * Whether the actor opens a relative clause right after the trigger and acts in it ({@code a shooting near Saravan
     * on Sunday, in which members of the Border Guard Command opened fire on fuel porters}).
     */
    private static boolean relativeSubject(Tokens t, int trigger, Resolved r) {
        int a = r.found().first();
        for (int k = a - 1; k > trigger && k >= a - 4; k--) {
            if (inWhich(t, k)) {
                int n = r.found().last() + 1;
                return t.isWord(n) && !t.isCapitalised(n) && !FunctionWords.isFunctionWord(t.lower(n))
                        && !PlaceWords.isPreposition(t.lower(n)) && !PASSIVE.contains(t.lower(n));
            }
            if (!t.isWord(k) || t.isLower(k, "by")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a relative clause opens between the actor and a passive trigger ({@code soldiers freed the hostages after
     * a gunfight in which two kidnappers were killed}): the passive tells the clause's victims, not the actor.
     */
    private static boolean relativeBetween(Tokens t, int end, int trigger) {
        for (int k = end + 1; k < trigger; k++) {
            if (inWhich(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is the "which" of "in which" or "during which", opening a relative clause. */
    private static boolean inWhich(Tokens t, int k) {
        return t.isLower(k, "which") && (t.isLower(k - 1, "in") || t.isLower(k - 1, "during"));
    }

    /** What a force can say hit or went off, with no one named for it: {@code a bomb}, {@code a missile}. */
    private static final Set<String> WEAPONS_TOLD = WordSets.of("bomb", "missile", "rocket", "drone", "shell",
            "grenade", "mine", "landmine", "device", "explosion", "blast", "mortar", "ied");
    private static final Set<String> GROUP_WORDS_AFTER = WordSets.of("fighters", "militants", "members", "gunmen",
            "rebels", "troops", "soldiers", "forces", "militiamen", "insurgents", "elements");

    /**
     * {@code Police in Port Moresby said members of the Kips Kaboni gang robbed...}: a force that says what others did,
     * before the trigger, is the report's source, not a side (unlike {@code police said they killed three}).
     */
    private static boolean forceReports(Tokens t, Sentence s, Resolved r, List<Resolved> actors, int trigger) {
        if (!"security_force".equals(r.type())) {
            return false;
        }
        int n = r.found().last() + 1;
        if (t.isLower(n, "attributed") || t.isLower(n, "blamed")) {
            return true; // police attributed the killings to the BDM: who says who did it
        }
        if (r.found().first() > trigger) {
            return false; // after the trigger, a force that says it is no side of it by that mention: forceTellsAfter
        }
        if (r.found().last() >= trigger) {
            return false;
        }
        if (t.isLower(n, "in") || t.isLower(n, "spokesman") || t.isLower(n, "spokesperson")) {
            n++;
            while (n <= s.last() && t.isCapitalised(n)) {
                n++;
            }
        }
        final int verb = n;
        if ((says(t, n) || t.isLower(n, "reported")) && t.isLower(n + 1, "that") && actors.stream().anyMatch(o ->
                !o.id().equals(r.id()) && !"civilians".equals(o.type()) && o.found().first() > verb
                && t.hasWordIn(verb + 2, o.found().first() - 1, WHEN))) {
            return true; // police reported that six were killed when hooded men opened fire: who fired, the clause
        }
        if (says(t, n)) {
            int k = t.isLower(n + 1, "that") ? n + 2 : n + 1;
            if (t.isLower(k, "a") || t.isLower(k, "an")) {
                for (int w = k + 1; w <= k + 3 && w < trigger + 1 && t.isWord(w); w++) {
                    if (WEAPONS_TOLD.contains(t.lower(w))) {
                        return true; // Police said a bomb exploded near the market: what went off, not who set it
                    }
                }
            }
        }
        if (isPassive(t, trigger)) {
            return false; // Police said nine gang members were killed: the police's own operation, as a rule
        }
        if (!says(t, n)) {
            return false;
        }
        for (Resolved o : actors) {
            int a = o.found().first();
            if (!o.id().equals(r.id()) && a > n && a <= n + 4 && a < trigger && !"civilians".equals(o.type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A force's mention after the trigger that only tells it ({@code two brothers were shot dead...; police sources said
     * the killings were linked to a feud}, {@code two police officers were wounded when a man threw a grenade..., police
     * said}, {@code police and diplomatic sources said}): no role from this mention, whatever the force's other
     * mentions are.
     */
    private static boolean forceTellsAfter(Tokens t, Sentence s, Resolved r, int trigger) {
        if (!"security_force".equals(r.type()) || r.found().first() <= trigger) {
            return false;
        }
        int n = acronymEnd(t, r.found().last()) + 1; // killing two civilians, the Rwanda Defence Force (RDF) said
        int c = t.isChar(n, ')') ? n + 1 : n; // (its name's mention and its acronym's)
        int past = pastApposition(t, s, c);
        if (past != c && says(t, past)) {
            return true; // the Armed Police Battalion (APBn), which guards the camps, said
        }
        int v = t.isLower(n, "sources") || t.isLower(n, "officials") || t.isLower(n, "spokesman") ? n + 1 : n;
        if (t.isLower(n, "spokesman")) { // army spokesman Lt. Col. Jean-Paul Habimana said
            while (v <= n + 8 && (t.isWord(v) && t.isCapitalised(v) || t.isChar(v, '.'))) {
                v++;
            }
        }
        if (t.isLower(v, "and")) { // police and diplomatic sources said: past the other tellers' words
            v++;
            while (v <= n + 4 && t.isWord(v) && !t.isCapitalised(v) && !says(t, v)) {
                v++;
            }
        }
        return says(t, v);
    }

    /**
     * Whether a person is the object of a verb of seizing right before the name: {@code dragged Madvi Hunga, 38, out of
     * his house and killed him}.
     */
    private static boolean takenBefore(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        return "person".equals(r.type()) && t.isWord(k) && TAKEN.contains(t.lower(k));
    }

    /**
     * Whether the actor is whom a verb of seizing before it took, when the trigger's object is a pronoun: {@code JNIM
     * fighters stopped two VDP volunteers, the brothers X and Y, at a roadblock and executed them}.
     */
    private static boolean takenThenHarmed(Tokens t, Sentence s, int at, int trigger) {
        if (!t.isWord(trigger + 1) || !Sidelines.OBJECT_PRONOUNS.contains(t.lower(trigger + 1))
                || !t.isLower(trigger - 1, "and")) {
            return false;
        }
        for (int k = at - 1; k > s.first() && k >= at - 12 && !t.isChar(k, ';'); k--) {
            if (t.isWord(k) && TAKEN.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person is whom the trigger's pronoun stands for, named before the clause of those who did it: {@code
     * Its director, X, has been held since agents of the SEBIN arrested him in July 2021}.
     */
    private static boolean pronounVictimBefore(Tokens t, Resolved r, int trigger, List<Resolved> actors) {
        if (!"person".equals(r.type()) || !t.isWord(trigger + 1)
                || !Sidelines.OBJECT_PRONOUNS.contains(t.lower(trigger + 1))) {
            return false;
        }
        for (int k = r.found().last() + 1; k < trigger; k++) {
            if (t.isWord(k) && PRONOUN_CLAUSES.contains(t.lower(k))) {
                int opens = k;
                return actors.stream().anyMatch(o -> o.found().first() > opens && o.found().last() < trigger);
            }
        }
        return false;
    }

    private static final Set<String> PRONOUN_CLAUSES = WordSets.of("since", "after", "when", "before", "until");

    /**
     * The subordinator opening the trigger's clause when "he" or "she" is its subject ({@code after he stabbed}, {@code
     * when she had shot}); -1 if the trigger's clause is not one.
     */
    private static int heOrSheClause(Tokens t, Sentence s, int trigger) {
        int k = trigger - 1;
        if (t.isWord(k) && AUXILIARIES.contains(t.lower(k))) {
            k--;
        }
        return (t.isLower(k, "he") || t.isLower(k, "she")) && k - 1 > s.first() && t.isWord(k - 1)
                && HE_CLAUSES.contains(t.lower(k - 1)) ? k - 1 : -1;
    }

    private static final Set<String> AUXILIARIES = WordSets.of("had", "has", "allegedly", "reportedly");
    private static final Set<String> HE_CLAUSES = WordSets.of("after", "when", "since", "because", "before", "as");

    /** {@code the killing of the Tzotzil priest X}: whom a noun of harm before the name names. */
    private static boolean killingOf(Tokens t, int at) {
        int k = at - 1;
        while (k > 0 && at - k <= 5 && t.isWord(k) && !t.isLower(k, "of")) {
            k--;
        }
        return t.isLower(k, "of") && t.isWord(k - 1) && HARM_NOUNS.contains(t.lower(k - 1));
    }

    private static final Set<String> HARM_NOUNS = WordSets.of("killing", "murder", "assassination", "abduction",
            "kidnapping", "disappearance", "lynching", "execution", "beating", "torture");
    private static final Set<String> TAKEN = WordSets.of("dragged", "grabbed", "seized", "snatched", "bundled",
            "pulled", "tied", "stopped", "abducted", "kidnapped", "beat", "stabbed", "shot", "took");

    /**
     * {@code killing at least 23 civilians, among them the village chief, Kambale Muhindo, and abducting his wife}: one
     * of the victims just counted, whatever the sentence tells after him.
     */
    static boolean amongVictims(Tokens t, Sentence s, int at) {
        int k = cueBefore(t, s, at, AMONG, 11); // among them the head of the local vigilance committee, X
        return k > 0 && t.isChar(k - 1, ',') && (t.isLower(k, "including") || t.isLower(k + 1, "them"))
                && !t.hasWordIn(k + 1, at - 1, MEMBERS_AMONG); // (not "among them members of the group X")
    }

    /**
     * Whether the person is whom a toll clause before the trigger harmed ({@code killing the village chief, Maman
     * Lawali, and abducting 14 women}): only lower-case words, titles and commas between.
     */
    private static boolean tollObject(Tokens t, Sentence s, int at) {
        int k = cueBefore(t, s, at, TOLL_CLAUSE, 6);
        return k > 0 && t.isChar(k - 1, ',');
    }

    /**
     * The nearest of the up to {@code width} tokens before the name at {@code at} that is one of {@code cues}, with only
     * lower-case words, titles and commas between; -1 if there is none.
     */
    private static int cueBefore(Tokens t, Sentence s, int at, Set<String> cues, int width) {
        for (int k = at - 1; k > s.first() && k >= at - width; k--) {
            if (t.isWord(k) && cues.contains(t.lower(k))) {
                return k;
            }
            if (t.isPunct(k) && !t.isChar(k, ',')
                    || t.isWord(k) && t.isCapitalised(k) && !ActorWords.isTitle(t.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> AND = WordSets.of("and");
    private static final Set<String> AMONG = WordSets.of("among", "including");
    private static final Set<String> MEMBERS_AMONG = WordSets.of("members", "fighters", "supporters", "militants");

    /**
     * Whether the name is the subject of a harm told in the passive before the trigger ({@code two police officers and
     * a street vendor were wounded late on Saturday when a man threw a grenade}; {@code a vehicle of X clearing a
     * roadblock had been hit by shots fired from the bush}): a victim, though the trigger is active; not in a fight,
     * where who was killed still fought.
     */
    private static boolean harmedBefore(Tokens t, Resolved r, int trigger) {
        if (t.isWord(trigger) && FIGHTS.contains(t.lower(trigger))) {
            return false; // two militants were killed in a gunfight with security forces: still a side of it
        }
        boolean reported = false; // "the PNLA said 12 fighters had been killed", "the group, which has been targeted"
        int end = pastAcronym(t, r.found().last() + 1) - 1; // soldiers of the Frontier Corps (FC) were killed
        // two officers of the X police, among them a commander, Y Z, were killed: as far past the victims named
        int reach = end + (t.isChar(end + 1, ',') && t.isWord(end + 2) && AMONG.contains(t.lower(end + 2)) ? 16 : 10);
        for (int k = end + 1; k < trigger && k <= reach; k++) {
            if (t.isLower(k, "that")) {
                return false; // the attackers were members of X, a Baloch group, and that three of them were killed
            }
            reported |= says(t, k) || t.isLower(k, "which");
            if ((t.isLower(k, "was") || t.isLower(k, "were") || t.isLower(k, "been") && !reported) && t.isWord(k + 1)
                    && HARMED.contains(t.lower(k + 1))) {
                return true;
            }
            if (t.isWord(k) && MET.contains(t.lower(k)) && trigger <= k + 6 && (t.isLower(k + 1, "over")
                    || t.isLower(k + 1, "on") || (t.isLower(k + 1, "a") || t.isLower(k + 1, "an"))
                    && (t.isLower(k, "struck") || t.isLower(k, "hit")) && !t.hasWordIn(k + 2, trigger - 1, WITH))) {
                return true; // a vehicle carrying officers of X ran over an IED, a patrol struck a landmine
            }
            if (t.isLower(k, "lost") && t.hasWordIn(k + 1, Math.min(trigger - 1, k + 5), BODY_PARTS)) {
                return true; // X, a shepherd from Kornidzor, lost part of his foot when he stepped on a mine
            }
            if (t.isLower(k, "when") && t.isWord(k + 1) && HE_SHE_THEY.contains(t.lower(k + 1)) && t.isWord(k + 2)
                    && MET.contains(t.lower(k + 2))) {
                continue; // X lost his right foot when he stepped on a landmine
            }
            if (t.isPunct(k) && !t.isChar(k, ',') || t.isLower(k, "when") || t.isLower(k, "after")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BODY_PARTS = WordSets.of("foot", "feet", "leg", "legs", "arm", "arms", "hand",
            "hands", "eye", "eyes", "sight", "fingers", "limb", "limbs");
    private static final Set<String> HE_SHE_THEY = WordSets.of("he", "she", "they");

    /**
     * Whether a clause of what someone claimed or reported opens between the trigger and the actor: {@code arrested a
     * journalist, X, who had reported that soldiers fired on farmers}.
     */
    private static boolean claimAfter(Tokens t, int trigger, int at) {
        for (int k = at - 1; k > trigger + 1 && k >= at - 8; k--) {
            if (t.isLower(k, "that") && t.isWord(k - 1) && CLAIMING.contains(t.lower(k - 1))
                    && (!t.isLower(k - 1, "reported") || t.isLower(k - 2, "had"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAIMING = WordSets.of("claiming", "alleging", "reported", "saying", "claimed",
            "alleged");

    /**
     * {@code the Taliban's provincial spokesman, X, said}: the body whose spokesman speaks, named so, is no side (named
     * elsewhere in the sentence, it may be: {@code SPLA-IO fighters abducted X, the SPLA-IO's spokesman confirmed}).
     */
    private static boolean spokesmanOf(Tokens t, Resolved r) {
        int k = r.found().last() + 1;
        if (!t.isApostrophe(k)) {
            return false;
        }
        k = t.afterPossessive(k);
        for (int m = k; m <= k + 2 && t.isWord(m) && !t.isCapitalised(m); m++) {
            if (SPOKESMEN.contains(t.lower(m))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPOKESMEN = WordSets.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokespeople");

    /** Whether the actor opens a clause after a semicolon by demanding or judging: who answers the event, no side. */
    private static boolean answersAfterSemicolon(Tokens t, Resolved r) {
        int a = r.found().first();
        int before = t.beforeThe(a);
        int verb = pastAcronym(t, r.found().last() + 1);
        return t.isChar(before, ';') && t.isWord(verb) && (ANSWERS.contains(t.lower(verb)) || JUDGING.contains(t.lower(verb)));
    }

    private static final Set<String> ANSWERS = WordSets.of("demanded", "demands", "called", "calls", "demanding");

    /**
     * Whether the actor is the subject of an earlier clause with its own auxiliary (what has gone on, not what they did
     * alongside: {@code helped clear the square, and PU Ljubljana officers detained 31 people}), the trigger's clause
     * opening after {@code
     * , and} with a subject of its own right before the trigger ({@code Los Lobos and Los Choneros have fought over
     * Manta's port since 2023, and on Sunday Choneros gunmen killed two men}), or after {@code , while} ({@code X
     * called the raid a massacre, while REDHAC said BIM 21 soldiers had shot dead two farmers}).
     */
    private static boolean inEarlierClause(Tokens t, Sentence s, Resolved r, int trigger, List<Resolved> actors) {
        int subject = -1;
        for (Resolved o : actors) {
            if (o.found().last() < trigger && o.found().last() >= trigger - 2 && o.found().first() > r.found().last()) {
                subject = o.found().first();
            }
        }
        if (subject < 0) {
            return false;
        }
        for (int k = r.found().last() + 1; k < subject; k++) {
            if (t.isChar(k, ';')) { // X, whose secretary, Y, had led it; police and soldiers arrested 24 people
                return !isPassive(t, trigger) && t.hasWordIn(s.first(), k - 1, FINITE);
            }
            if (t.isChar(k, ',') && t.isLower(k + 1, "while")) {
                return true; // X called the raid a massacre, while Y said BIM 21 soldiers had shot dead two farmers
            }
            if (t.isChar(k, ',') && t.isLower(k + 1, "and") && !t.hasWordIn(k + 2, subject - 1, CLAUSE_STOPS)) {
                return t.hasWordIn(s.first(), k - 1, FINITE); // the march had been called by X and Y, and police ...
            }
        }
        return false;
    }

    private static final Set<String> FINITE = WordSets.of("have", "has", "had", "are", "is", "was", "were");
    private static final Set<String> CLAUSE_STOPS = WordSets.of("the", "of", "with", "by", "that");

    /** Whether the force is named as owning the post at which it happened: {@code at a FAN checkpoint}. */
    private static boolean ownPost(Tokens t, Resolved r) {
        int at = r.found().first();
        int before = t.isLower(at - 1, "a") || t.isLower(at - 1, "the") ? at - 2 : at - 1;
        return "security_force".equals(r.type()) && t.isLower(before, "at") && t.isWord(r.found().last() + 1)
                && POSTS.contains(t.lower(r.found().last() + 1));
    }

    private static final Set<String> BY = WordSets.of("by");
    private static final Set<String> POSTS = WordSets.of("checkpoint", "post", "roadblock", "barrier", "base", "camp",
            "barracks", "position");

    /** Whether a government body or an organisation is named only as owning the force named right after it. */
    private static boolean bodyOwningUnit(Tokens t, Resolved r, List<Resolved> actors) {
        int k = r.found().last() + 1;
        if (!t.isApostrophe(k) || !("government".equals(r.type()) || "organization".equals(r.type()))) {
            return false;
        }
        int unit = t.isLower(k + 1, "s") && t.adjacent(k) ? k + 2 : k + 1;
        for (Resolved o : actors) {
            if (o.found().first() == unit && "security_force".equals(o.type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name qualifies a former member: {@code a former ANDSF soldier}, {@code a retired police officer}. */
    private static boolean formerMember(Tokens t, Resolved r) {
        int before = r.found().first() - 1;
        int after = r.found().last() + 1;
        if (t.isLower(before, "former") && t.isApostrophe(after) && !"person".equals(r.type())) {
            return true; // dissidents of the former FARC's 10th Front: the front is the side
        }
        int of = t.isLower(before, "the") ? before - 1 : before;
        if (t.isLower(of, "of") && t.isWord(of - 1) && (FORMER_ONES.contains(t.lower(of - 1))
                || ActorWords.isTitle(t.lower(of - 1))) && t.isWord(of - 2) && FORMER.contains(t.lower(of - 2))) {
            return true; // a former soldier (a former captain) of the Afghan National Army (ANA), Gul Ahmad Achakzai
        }
        return t.isWord(before) && FORMER.contains(t.lower(before)) && (r.generic() || t.isWord(after)
                && FIGHTERS.contains(t.lower(after)) || t.isLower(after, "soldier") || t.isLower(after, "officer")
                || t.isLower(after, "policeman") || t.isLower(after, "member"));
    }

    private static final Set<String> FORMER_ONES = WordSets.of("soldier", "soldiers", "officer", "officers",
            "member", "members", "fighter", "fighters", "commander", "policeman", "agent");

    /** Of a force's man harmed as a civilian: {@code an off-duty police officer} among the people a gang killed. */
    private static final Set<String> OFF_DUTY = WordSets.of("off-duty", "retired", "unarmed");
    private static final Set<String> FORMER = WordSets.of("former", "retired", "ex", "ex-");
    private static final Set<String> WARNING = WordSets.of("warned", "warns", "cautioned", "appealed");
    private static final Set<String> WHEN = WordSets.of("when", "after", "as");
    /** Verbs by which a vehicle or a patrol meets the explosive laid for it: {@code ran over}, {@code struck a mine}. */
    private static final Set<String> MET = WordSets.of("ran", "drove", "stepped", "struck", "hit", "trod");
    private static final Set<String> WITH = WordSets.of("with", "using", "carrying", "loaded");
    private static final Set<String> FIGHTS = WordSets.of("gunfight", "gunfights", "firefight", "firefights", "clash",
            "clashes", "clashed", "fighting", "fight", "battle", "battles", "gunbattle", "shootout", "encounter",
            "exchange", "fought", "skirmish", "skirmishes");
    private static final Set<String> HARMED = WordSets.of("wounded", "killed", "injured", "hurt", "shot", "abducted",
            "kidnapped", "attacked", "targeted", "ambushed", "beaten", "hit");

    /** Whether token {@code i} is "said" or its like, as a force's statement is told. */
    private static boolean says(Tokens t, int i) {
        return t.isWord(i) && SAYS.contains(t.lower(i));
    }

    private static final Set<String> SAYS = WordSets.of("said", "say", "says", "stated");
    /** {@code a total of 12 explosions}, {@code 40 bursts of fire}, {@code shelling}: fire one observes or hears. */
    private static boolean firesSeen(Tokens t, int i) {
        if (t.isLower(i, "a") && t.isLower(i + 1, "total")) {
            return true;
        }
        return t.isWord(i) && (Character.isDigit(t.surface(i).charAt(0)) || FIRES_SEEN.contains(t.lower(i)));
    }

    private static final Set<String> FIRES_SEEN = WordSets.of("explosions", "explosion", "shots", "bursts",
            "shelling", "gunfire", "projectiles", "ceasefire", "violations", "several", "heavy", "sporadic");
    /** A side's own outlets, after its name: {@code Houthi media reported}. */
    private static final Set<String> OWN_MEDIA = WordSets.of("media", "television", "tv", "outlets", "channels");

    /**
     * Whether "said" (or "says", "added") after a comma or a quote comes right before the name that ends the sentence
     * or a clause, past the speaker's title and a comma: {@code ..., said the Enga Provincial Police Commander, Chief
     * Superintendent X}.
     */
    private static boolean saidBeforeName(Tokens t, Sentence s, Resolved r) {
        int a = r.found().first();
        int after = pastAcronym(t, r.found().last() + 1);
        if (after < s.last() && !t.isChar(after, ',')) {
            return false; // (said troops of the Frontier Corps had responded: what was said)
        }
        boolean comma = false;
        for (int k = a - 1; k > s.first() && k >= a - 12; k--) {
            if (t.isWord(k) && (SAYS.contains(t.lower(k)) || t.isLower(k, "added"))) {
                return t.isChar(k - 1, ',') || t.isDoubleQuote(k - 1);
            }
            if (t.isChar(k, ',') && !comma) {
                comma = true;
            } else if (!t.isWord(k) || !t.isCapitalised(k) && !t.isLower(k, "the") && !t.isLower(k, "of")
                    && !ActorWords.isTitle(t.lower(k)) && !ActorWords.isRoleNoun(t.lower(k))
                    && GenericActors.of(t.lower(k)) == null && !t.lower(k).endsWith("al")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word is a verb of saying ({@code said}, {@code told}). */
    static boolean isSpeech(String lower) {
        return SPEECH.contains(lower);
    }

    /** Whether the trigger's verb is passive: {@code were killed}, {@code was being held}, {@code X, arrested in May}. */
    static boolean isPassive(Tokens t, int trigger) {
        if (t.isWord(trigger) && t.lower(trigger).endsWith("ing") && t.isWord(trigger - 1)
                && (t.isLower(trigger - 1, "was") || t.isLower(trigger - 1, "were") || t.isLower(trigger - 1, "is")
                || t.isLower(trigger - 1, "are"))) {
            return false; // the BDM was fighting the Comando Vermelho: what it was doing
        }
        for (int i = trigger - 1; i >= trigger - 2 && i >= 0; i--) {
            if (t.isWord(i) && PASSIVE.contains(t.lower(i))
                    && !(t.is(i, Tokens.ALL_CAPS) && !t.is(i + 1, Tokens.ALL_CAPS))) { // not "IS fighters killed"
                return true;
            }
        }
        for (int i = trigger - 1; i >= Math.max(1, trigger - 7) && t.isWord(i) && !t.isCapitalised(i); i--) {
            if (t.isLower(i, "among") && (t.isLower(i - 1, "were") || t.isLower(i - 1, "was"))) {
                return true; // X and Y were among more than 500 people detained
            }
        }
        if (t.isWord(trigger) && HEADLINE_PASSIVES.contains(t.lower(trigger)) && t.isWord(trigger - 1)
                && !FunctionWords.isFunctionWord(t.lower(trigger - 1))
                && (t.isWord(trigger + 1) && AFTER_PARTICIPLE.contains(t.lower(trigger + 1))
                && !t.isLower(trigger + 2, "least") || t.isChar(trigger + 1, '('))) {
            return true; // KKEW observer beaten in Kizilajlo (4 October).: a heading's passive, told without "was"
        }
        // a participle after a comma, then when or by whom: Valcin, the leader of the gang, arrested in February
        return t.isChar(trigger - 1, ',') && t.isWord(trigger) && t.lower(trigger).endsWith("ed")
                && !INTRANSITIVE.contains(t.lower(trigger)) // (X, backed by Y, clashed on Wednesday with Z: X acts)
                && t.isWord(trigger + 1) && AFTER_PARTICIPLE.contains(t.lower(trigger + 1));
    }

    /** Participles that are never active before "in", "near" or a bracket: {@code observer beaten in X}. */
    private static final Set<String> HEADLINE_PASSIVES = WordSets.of("beaten", "killed", "wounded", "injured",
            "abducted", "kidnapped", "stabbed", "lynched", "murdered");

    /** Verbs of the past that are never a passive participle: what the subject did. */
    private static final Set<String> INTRANSITIVE = WordSets.of("clashed", "fought", "battled", "marched", "rioted",
            "protested", "demonstrated", "rallied", "skirmished");

    private static final Set<String> AFTER_PARTICIPLE = WordSets.of("in", "on", "last", "by", "during", "earlier",
            "overnight", "yesterday", "since", "at");

    /**
     * Whether the actor at {@code at} is named as backing the one before it ({@code X, backed by Y}, {@code X supported
     * by Y}, {@code X accompanied by Y}), not as a part of a joint force ({@code a joint patrol of gendarmes and
     * soldiers}).
     */
    private static boolean backedBy(Tokens t, Sentence s, int at) {
        int i = at - 1;
        while (t.isWord(i) && !t.isCapitalised(i)
                && (t.lower(i).startsWith("pro-") || t.lower(i).startsWith("anti-") || t.isLower(i, "allied"))) {
            i--; // the pro-junta X militia, fighters of the allied Koch County Youth Brigade
        }
        i = t.isLower(i, "the") ? i - 1 : i;
        if (t.isLower(i, "of") && t.isWord(i - 1) && MEMBERS.contains(t.lower(i - 1))) {
            i -= 2; // accompanied by members of the pro-junta X militia
            i = t.isWord(i) && t.isCapitalised(i) && t.isLower(i - 1, "by") ? i - 1 : i; // by Russian fighters of X
        } else if (t.isLower(i, "of") && t.isWord(i - 1) && ARMS.contains(t.lower(i - 1))) {
            i -= 2; // backed by air strikes of the Global Coalition
            i = t.isLower(i, "air") || t.isLower(i, "artillery") ? i - 1 : i;
        }
        return i - 1 >= s.first() && t.isLower(i, "by") && t.isWord(i - 1) && BACKING.contains(t.lower(i - 1));
    }

    private static final Set<String> MEMBERS = WordSets.of("members", "fighters", "militiamen", "elements", "men",
            "units", "troops", "officers", "soldiers", "agents", "police", "commandos");

    private static final Set<String> BACKING = WordSets.of("backed", "supported", "accompanied", "assisted", "aided",
            "reinforced", "joined");

    /** The arms a force backs another with: {@code backed by air strikes of X}, {@code backed by helicopters of X}. */
    private static final Set<String> ARMS = WordSets.of("strikes", "airstrikes", "helicopters", "warplanes", "jets",
            "drones", "aircraft", "fire", "artillery");

    /** {@code SULAIMANI (Rudaw) -}: a name in brackets after the dateline's town, then a dash, is who reports. */
    private static boolean inDatelineBrackets(Tokens t, Sentence s, Resolved r) {
        return NameChunker.datelineSource(t, s, r.found().first(), r.found().last());
    }

    private static final Set<String> AGAINST = WordSets.of("against", "targeting", "on", "at");
    private static final Set<String> JOINED_WITH = WordSets.of("with");

    private static boolean allyCue(Tokens t, Sentence s, int at) {
        for (int i = at - 1; i >= Math.max(s.first(), at - 4); i--) {
            if (!t.isWord(i) || t.isCapitalised(i)) {
                return false; // not the "Joint" of another name before: the Civilian Joint Task Force against X
            }
            String w = t.lower(i);
            if (AGAINST.contains(w)) {
                return false; // a joint operation against the Comando Vermelho: the other side
            }
            if ((w.equals("joint") || w.equals("together")) && !t.hasWordIn(i + 1, at - 1, JOINED_WITH)) {
                return false; // a joint checkpoint of the Iraqi Army: whose, not with whom
            }
            if (w.equals("alongside") || w.equals("joint") || w.equals("together") || w.equals("backed")
                    || w.equals("supported") || w.equals("accompanied") || w.equals("assisted")) {
                return true;
            }
            if (w.equals("with") && (t.isLower(i - 1, "together") || t.isLower(i - 1, "jointly")
                    || t.isWord(i - 1) && COOPERATING.contains(t.lower(i - 1)))) {
                return true; // together with; an operation coordinated with X, carried out in cooperation with X
            }
        }
        return false;
    }

    private static final Set<String> COOPERATING = WordSets.of("coordinated", "coordination", "co-ordinated",
            "co-ordination", "cooperation", "co-operation", "collaboration", "conjunction", "partnership",
            "cooperating", "collaborating", "partnering", "partnered");

    /** Whether the actor comes right after a {@code between} that follows the trigger ({@code between the X}). */
    private static boolean firstOfBetween(Tokens t, Sentence s, int trigger, int at) {
        for (int i = at - 1; i > trigger && i >= at - 3; i--) {
            if (t.isLower(i, "between")) {
                return true;
            }
            if (!t.isWord(i) || t.isCapitalised(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name is one of two that a boundary runs between ({@code at Kainuk, on the boundary between Turkana
     * and West Pokot counties}): where it happened, no side.
     */
    private static boolean boundaryOf(Tokens t, Resolved r) {
        return betweenEnds(t, r, BOUNDARIES);
    }

    /**
     * Whether the name is one of the two ends after "{@code <noun>} between", the noun one of {@code nouns}: {@code
     * the boundary between Turkana and West Pokot}, {@code the road between Hit and Kubaisa}.
     */
    static boolean betweenEnds(Tokens t, Resolved r, Set<String> nouns) {
        int k = r.found().first() - 1;
        k = t.isLower(k, "the") ? k - 1 : k;
        if (t.isLower(k, "and")) {
            for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
                if (t.isLower(j, "between")) {
                    k = j;
                    break;
                }
            }
        }
        return t.isLower(k, "between") && t.isWord(k - 1) && nouns.contains(t.lower(k - 1));
    }

    private static final Set<String> BOUNDARIES = WordSets.of("boundary", "border", "borders", "frontier", "road",
            "highway", "route", "line", "area", "stretch");

    /**
     * Whether the trigger names the attackers and the actor is who they belong to: {@code bomber from X}, {@code
     * gunmen of X}, {@code militants belonging to X}, {@code fighters linked to X}.
     */
    private static boolean memberOf(Tokens t, int trigger, int at) {
        int noun = isAgentNoun(t, trigger) ? trigger : isAgentNoun(t, trigger + 1) ? trigger + 1 : -1; // suicide bomber
        if (noun < 0 || at - noun > 6) {
            return false;
        }
        boolean link = false;
        for (int i = noun + 1; i < at; i++) {
            if (t.isCapitalised(i) && t.isPossessiveS(i + 2) && i + 2 < at) {
                i += 2; // a drone of Turkey's National Intelligence Organisation: the owner's country
                continue;
            }
            if (!t.isWord(i) || !MEMBER_LINKS.contains(t.lower(i))) {
                return false;
            }
            link |= !t.isLower(i, "the");
        }
        return link;
    }

    private static boolean isAgentNoun(Tokens t, int i) {
        return i < t.size() && t.isWord(i) && AGENT_NOUNS.contains(t.lower(i));
    }

    /** A press office speaks for a force and takes no part: {@code Inter-Services Public Relations (ISPR) said}. */
    private static boolean isPressOffice(Resolved r) {
        String id = r.id();
        return id.contains("public-relations") || id.contains("press-office") || id.contains("media-office")
                || id.contains("information-office") || id.contains("media-centre") || id.contains("media-center")
                || id.contains("media-cell");
    }

    private static final Set<String> AGENT_NOUNS = WordSets.of("bomber", "bombers", "gunmen", "gunman", "attackers",
            "attacker", "assailants", "assailant", "militants", "militant", "fighters", "fighter", "insurgents",
            "insurgent", "members", "member", "elements", "combatants", "raiders", "kidnappers", "abductors", "snipers",
            "sniper", "warplanes", "warplane", "jets", "jet", "drones", "drone", "aircraft", "helicopters",
            "helicopter", "gunboats", "gunboat"); // warplanes of the Turkish Armed Forces struck: the forces strike
    private static final Set<String> MEMBER_LINKS = WordSets.of("from", "of", "the", "belonging", "linked", "affiliated",
            "to", "with", "loyal");

    /** {@code attributed to X}, {@code blamed on X}, {@code claimed by X}: X did it. */
    private static boolean blamedOn(Tokens t, Sentence s, int at) {
        for (int i = at - 1; i >= Math.max(s.first() + 1, at - 3); i--) {
            if (t.isLower(i, "to") && (t.isLower(i - 1, "attributed") || t.isLower(i - 1, "attributable"))
                    || t.isLower(i, "on") && t.isLower(i - 1, "blamed") || t.isLower(i, "by") && t.isLower(i - 1, "claimed")) {
                return true;
            }
            if ((t.isLower(i, "to") || t.isLower(i, "on")) && t.isWord(i - 1) && !t.isCapitalised(i - 1)) {
                for (int k = i - 2; k >= Math.max(s.first(), i - 4) && t.isWord(k) && !t.isCapitalised(k); k--) {
                    if (t.isLower(k, t.isLower(i, "to") ? "attributed" : "blamed")) {
                        return true; // police attributed the killings to the Vatos Locos gang
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@code X claimed the attack}, {@code X (XY) has claimed responsibility}: X did it (not "X claimed that...").
     */
    private static boolean claims(Tokens t, int last) {
        int n = last + 1;
        if (t.isChar(n, '(') && t.isChar(n + 2, ')')) {
            n += 3; // the acronym defined after the name
        } else if (t.isChar(n, ')')) {
            n++; // the acronym itself
        } else if (t.isLower(n, "group") || t.isLower(n, "militia") || t.isLower(n, "faction") || t.isLower(n, "gang")) {
            n++; // the Hafiz Gul Bahadur group claimed responsibility
        }
        n = t.isLower(n, "also") ? n + 1 : n; // which Jaish al-Adl also claimed
        int v = t.isLower(n, "has") || t.isLower(n, "have") ? n + 1 : n;
        boolean claim = t.isLower(v, "claimed") || t.isLower(v, "claims");
        return claim && (t.isLower(v + 1, "responsibility") || t.isLower(v + 1, "the") || t.isLower(v + 1, "it")
                || t.isLower(v + 1, "this")) || t.isLower(v, "claimed") && t.isPunct(v + 1);
    }

    /**
     * {@code planted by X}, {@code carried out by (suspected) X}, {@code led by X}: a participle and {@code by} right
     * before the actor (with at most {@code the} or {@code suspected} between) say who did it, passive verb or not.
     */
    private static boolean doneBy(Tokens t, Sentence s, int at) {
        int by = at - 1;
        while (by > s.first() && by >= at - 3 && (t.isLower(by, "the") || t.isLower(by, "suspected")
                || t.isLower(by, "alleged"))) {
            by--;
        }
        if (by <= s.first() || !t.isLower(by, "by")) {
            return false;
        }
        int verb = t.isLower(by - 1, "out") ? by - 2 : by - 1; // carried out by
        return verb >= s.first() && t.isWord(verb) && !t.isCapitalised(verb) && !heldSite(t, verb)
                && (t.lower(verb).endsWith("ed") || PARTICIPLES.contains(t.lower(verb)));
    }

    /** {@code seized by a gang led by X}: the group whose leader X is did it. */
    private static boolean agentGroupLed(Tokens t, int at) {
        int by = beforeLeader(t, at);
        return t.wordJustBefore(by - 2, 3, BY);
    }

    /**
     * Whether the group led by the name at {@code at} is one an apposition describes ({@code the MPC, the armed group
     * led by X,}): a comma and "the" before its noun, and a comma after the name.
     */
    private static boolean describedGroup(Tokens t, Resolved r) {
        int at = r.found().first();
        int k = beforeLeader(t, at) - 2; // before "<noun> led by"
        while (k > at - 8 && t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "the")) {
            k--; // the armed, the rebel
        }
        return t.isLower(k, "the") && t.isChar(k - 1, ',') && t.isChar(r.found().last() + 1, ',');
    }

    /**
     * Whether the person is named after "a X officer," where X is a force the event already has acting ({@code
     * Officers of the FSB and Rosgvardia killed three men ...; a Rosgvardia officer, Lieutenant Ruslan Khamkhoev, was
     * wounded}): one of the acting side's own.
     */
    private static boolean ofActingForce(Tokens t, Resolved r, List<Resolved> actors, Map<String, String> roles) {
        int k = r.found().first() - 1;
        if (t.isWord(k) && ActorWords.isTitle(t.lower(k))) {
            k--;
        }
        if (!t.isChar(k, ',') || !t.isWord(k - 1) || !RANK_AND_FILE.contains(t.lower(k - 1))) {
            return false;
        }
        int nameEnd = k - 2;
        return actors.stream().anyMatch(o -> o.found().last() == nameEnd && ACTOR.equals(roles.get(o.id()))
                && "security_force".equals(o.type()) // (not "an Espartanos member", of a gang whose house was hit)
                && (t.isLower(o.found().first() - 1, "a") || t.isLower(o.found().first() - 1, "an")));
    }

    /**
     * Of {@link ActorWords#isMemberNoun}, the rank and file only: {@code a Liyu Police commander, X} killed in a clash
     * may stand on the side that was hit, not on the one that acted.
     */
    private static final Set<String> RANK_AND_FILE = WordSets.of("officer", "soldier", "policeman", "member",
            "fighter", "guard", "trooper", "agent", "serviceman");

    /** {@code led by a resident}, {@code led by a 28-year-old man}: a description of a leader, at {@code at}. */
    private static boolean ledByA(Tokens t, int at) {
        for (int k = at - 1; k >= Math.max(2, at - 4) && t.isWord(k) && !t.isCapitalised(k); k--) {
            if ((t.isLower(k, "a") || t.isLower(k, "an")) && t.isLower(k - 1, "by") && t.isLower(k - 2, "led")) {
                return true;
            }
        }
        return false;
    }

    /** The token before the leader's name at {@code at}, past "the" and a title: {@code led by General X}. */
    private static int beforeLeader(Tokens t, int at) {
        if (t.isChar(at - 1, ',')) { // led by a 28-year-old from Murcia, Adrián Sánchez: past the description
            for (int k = at - 2; k >= Math.max(0, at - 10) && !t.isChar(k, ',') && !t.isChar(k, '.'); k--) {
                if (t.isLower(k, "by") && (t.isLower(k + 1, "a") || t.isLower(k + 1, "an"))) {
                    return k;
                }
            }
        }
        return t.beforeThe(t.isWord(at - 1) && ActorWords.isTitle(t.lower(at - 1)) ? at - 1 : at);
    }

    /** {@code a local armed group led by X}, {@code a gang led by X}: who leads the group named just before. */
    private static boolean groupLedBy(Tokens t, int at) {
        int by = beforeLeader(t, at);
        return t.isLower(by, "by") && t.isLower(by - 1, "led") && t.isWord(by - 2)
                && (LED_GROUPS.contains(t.lower(by - 2)) || ActorWords.groupNounType(t.lower(by - 2)) != null);
    }

    private static final Set<String> LED_GROUPS = WordSets.of("group", "groups", "faction", "factions", "militia",
            "militias", "gang", "gangs", "battalion", "brigade", "movement", "coalition", "network", "cell");
    private static final Set<String> PARTICIPLES = WordSets.of("led", "held", "run", "fired", "shot", "set", "laid",
            "thrown", "driven", "made", "done", "struck", "hit", "sent", "built", "taken", "seen", "carried");

    /**
     * Whether the name is who called or organised what the sentence tells: {@code at the call of X}, {@code organised
     * by the X}, {@code called by X}, {@code after a call by X} (an adjective or two between: {@code at the call of the
     * nationalist youth movement X}).
     */
    private static boolean calledBy(Tokens t, int at) {
        int k = at - 1;
        for (int n = 0; n < 5 && (t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "of") && !t.isLower(k, "by")
                || t.isApostrophe(k) && n > 0); n++) {
            k--; // the, nationalist youth movement; the residents' association
        }
        if (t.isChar(k, ',')) { // called by a local group, Keep Bradford Safe
            int by = k - 1;
            while (by > k - 5 && t.isWord(by) && !t.isCapitalised(by) && !t.isLower(by, "by")) {
                by--;
            }
            k = t.isLower(by, "by") && by < k - 1 ? by : k;
        }
        if (t.isLower(k, "of")) {
            return t.isLower(k - 1, "call") && (t.isLower(k - 2, "the") || t.isLower(k - 2, "a"))
                    && (t.isLower(k - 3, "at") || t.isLower(k - 3, "answering") || t.isLower(k - 3, "following"));
        }
        int verb = t.isLower(k - 1, "jointly") || t.isLower(k - 1, "together") ? k - 2 : k - 1; // organised jointly by
        if (t.isLower(k, "by") && t.hasWordIn(Math.max(0, k - 4), k - 1, PROTEST_NOUNS) && !decisionBy(t, k)) {
            return true; // a planned protest over insecurity by the Concerned Youths of Faskari
        }
        return t.isLower(k, "by") && t.isWord(verb) && (ORGANISED.contains(t.lower(verb))
                || t.isLower(k - 1, "call") && (t.isLower(k - 2, "a") || t.isLower(k - 2, "the")) // after a call by X
                || organisedIn(t, k));
    }

    /** {@code a sit-in organised in Lubero town by}: where it was organised between the verb and its {@code by}. */
    private static boolean organisedIn(Tokens t, int by) {
        for (int k = by - 2; k >= by - 5; k--) {
            if (!t.isWord(k)) {
                return false;
            }
            if (t.isLower(k + 1, "in") && ORGANISED.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PROTEST_NOUNS = WordSets.of("protest", "protests", "march", "marches", "rally",
            "rallies", "demonstration", "demonstrations", "sit-in", "strike", "vigil");
    private static final Set<String> ARRESTING = WordSets.of("arrested", "detained", "arresting", "detaining");
    private static final Set<String> ORGANISED = WordSets.of("called", "organised", "organized", "convened",
            "co-organised", "co-organized", "sponsored");

    /**
     * Whether a name at {@code at} is joined by "and" to the one ending at {@code end}, with only lower-case words
     * between: {@code by the Concerned Citizens movement and the HRDC}.
     */
    static boolean joinedTo(Tokens t, int end, int at) {
        boolean and = false;
        int from = t.isChar(end + 1, '(') && t.isChar(end + 3, ')') ? end + 4 : end + 1; // X (AMM) and the Y
        from = pastLowerApposition(t, from, at); // the Liyu Police, the regional special force, and ENDF troops
        int most = branchAhead(t, from, at) ? 7 : 3;
        if (t.isWord(at + 1) && BRANCHES.contains(t.lower(at + 1)) && t.isLower(at + 2, "of")) {
            return false; // and the Atlanta chapter of the DSA: the chapter is the DSA's, Atlanta only says where
        }
        for (int k = from; k < at; k++) {
            boolean branch = k > from && t.isWord(k + 1) && BRANCHES.contains(t.lower(k + 1)) && t.isLower(k + 2, "of");
            if (!t.isWord(k) || t.isCapitalised(k) && !branch || k - from > most) {
                return false; // but "and the Atlanta chapter of the Y": the chapter of Y is Y's
            }
            and |= t.isLower(k, "and");
        }
        return and;
    }

    /**
     * Past an apposition in lower case between commas at {@code from} ({@code , the regional special force,}): the
     * token after the comma closing it; else {@code from}.
     */
    private static int pastLowerApposition(Tokens t, int from, int at) {
        if (!t.isChar(from, ',') || !t.isLower(from + 1, "the") && !t.isLower(from + 1, "a")) {
            return from;
        }
        for (int k = from + 2; k < at && k <= from + 7; k++) {
            if (t.isChar(k, ',')) {
                return k > from + 2 ? k + 1 : from;
            }
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return from;
            }
        }
        return from;
    }

    /** Whether a branch's noun and {@code of} come between {@code k} and the name at {@code at}. */
    private static boolean branchAhead(Tokens t, int k, int at) {
        for (int i = k; i + 1 < at; i++) {
            if (t.isWord(i) && BRANCHES.contains(t.lower(i)) && t.isLower(i + 1, "of")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BRANCHES = WordSets.of("branch", "chapter", "wing", "section", "cell", "office",
            "branches", "chapters");

    private static boolean byBefore(Tokens t, Sentence s, int at, boolean passive) {
        boolean of = false;
        for (int i = at - 1; i >= Math.max(s.first(), at - 6); i--) {
            if (t.isLower(i, "by")) {
                // a checkpoint held by X: X's, hit; beyond four words only a body's part: by a column of the MPCP
                return (i >= at - 4 || of && passive) && !heldSite(t, i - 1) && !decisionBy(t, i);
            }
            if (i < at - 4 && (!t.isWord(i) || t.isCapitalised(i))) {
                return false;
            }
            of |= t.isLower(i, "of");
        }
        return false;
    }

    /**
     * {@code blocked Tauke Khan Avenue in protest against a decision by the Shymkent City Akimat ..., and some of the
     * traders fought with guards}: what a protest told before the trigger was against, no side of those who acted.
     */
    private static boolean protestedAgainst(Tokens t, Sentence s, int at) {
        for (int k = at - 1; k > s.first() && k >= at - 8; k--) {
            if (t.isLower(k, "against")) {
                return t.isWord(k - 1) && PROTEST_NOUNS.contains(t.lower(k - 1));
            }
            if (t.isPunct(k) && !t.isApostrophe(k) || t.isWord(k) && t.isCapitalised(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the actor is named in what a protest is against, further on than {@link #protestedAgainst} looks: {@code in
     * protest against a plan by the X to lease the wharf to a Chinese-owned company, Y, and threw stones}.
     */
    private static boolean inProtestedPlan(Tokens t, Sentence s, int at) {
        for (int k = at - 1; k > s.first() && k >= at - 25; k--) {
            if (t.isLower(k, "against")) {
                return t.isWord(k - 1) && PROTEST_NOUNS.contains(t.lower(k - 1)) && t.isWord(k + 2)
                        && DECISIONS.contains(t.lower(k + 2));
            }
            if (t.isPunct(k) && !t.isApostrophe(k) && !t.isChar(k, ',') || t.isLower(k, "and") && t.isChar(k - 1, ',')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the {@code by} at {@code k} says whose decision it was: {@code in protest against a decision by the
     * Shymkent City Akimat}: what the protest was against, no protester.
     */
    private static boolean decisionBy(Tokens t, int k) {
        return t.isWord(k - 1) && DECISIONS.contains(t.lower(k - 1));
    }

    private static final Set<String> DECISIONS = WordSets.of("decision", "decisions", "plan", "plans", "order",
            "orders", "ruling", "move", "bid", "proposal", "policy", "directive", "decree", "announcement");

    /**
     * Whether the name is the object of the relative clause of the trigger right after it ({@code led by Miloš Perović,
     * whom ROSU officers arrested}): whom it was done to.
     */
    private static boolean whomTheTriggerHit(Tokens t, Resolved r, int trigger) {
        int whom = pastAcronym(t, r.found().last() + 1) + 1;
        return t.isLower(whom, "whom") && t.isChar(whom - 1, ',') && trigger > whom && trigger - whom <= 6;
    }

    /**
     * Whether the name follows a site's participle of holding and {@code by} ({@code attacked a base shared by the SNA
     * and clan militias, ... with a car bomb}): who held what was struck, also before the trigger.
     */
    private static boolean heldBy(Tokens t, Sentence s, int at) {
        int by = t.beforeThe(at);
        return by > s.first() && t.isLower(by, "by") && heldSite(t, by - 1);
    }

    /** Whether token {@code k} is a participle of holding after a site: {@code a checkpoint held (by X)}. */
    private static boolean heldSite(Tokens t, int k) {
        return t.isWord(k) && HOLDING.contains(t.lower(k)) && t.isWord(k - 1) && HELD_SITES.contains(t.lower(k - 1));
    }

    private static final Set<String> HOLDING = WordSets.of("held", "manned", "controlled", "guarded", "occupied",
            "run", "operated", "defended", "shared", "used");
    private static final Set<String> HELD_SITES = WordSets.of("checkpoint", "checkpoints", "position", "positions",
            "post", "posts", "outpost", "outposts", "base", "bases", "camp", "camps", "town", "towns", "village",
            "villages", "area", "areas", "territory", "barrier", "roadblock", "roadblocks", "trench", "trenches");
}
