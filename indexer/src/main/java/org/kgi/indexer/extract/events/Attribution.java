package org.kgi.indexer.extract.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.gazetteer.Countries;
import org.kgi.indexer.extract.gazetteer.Country;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Who an unnamed participant most likely is, from the rest of the report. A violent event or a looting
 * whose attackers are unnamed ({@code gunmen}, {@code the gang}) or absent is put on the named armed group
 * the paragraph speaks of nearest (up to five sentences before or after), else on the report's
 * only named armed group, else on the one it names most (at least twice); as a suspect when the report names it
 * somewhere as suspected, blamed or believed to have acted ({@link Sidelines#suspected}), as denying it ({@link
 * Sidelines#deniesIt}) or in a claim it says could not be confirmed ({@link #unconfirmedClaim}). A bare {@code police} is
 * the named police force the report mentions most, bare {@code soldiers} the report's one named army. A group named
 * only as what someone is accused of belonging to is none of these ({@code accused them of being scouts for the Twa
 * Kwa gang}). Protesters and rioters are the actors of their events, the state forces that meet them their targets.
 */
final class Attribution {
    private static final String GENERIC_POLICE = "actor:police";
    private static final String SETTLERS = "actor:" + GenericActors.SETTLERS.key();
    private static final int WINDOW = 5;
    private final Tokens t;
    private final List<Sentence> sentences;
    private final List<List<Resolved>> bySentence;
    private final String dominantGroup;
    /** Whether every mention of the dominant group is of what an inquiry looks into: then it is only suspected. */
    private final boolean dominantUnderInquiry;
    private final String dominantPolice;
    /** The report's one named army, which its unnamed soldiers belong to; null when it names none or several. */
    private final String onlyArmy;
    /** The named groups the report names somewhere as suspected, blamed or believed to have acted. */
    private final Set<String> suspectedGroups = new HashSet<>();
    /*
     * Per sentence, worked out when first asked (0: not yet, 1: no, 2: yes): whether it claims an event in a claim the
     * text says could not be confirmed ({@link #unconfirmedClaim}), whether what it tells is a rumour or a report the
     * text calls false ({@link #refuted}), whether it calls something false ({@link #callsFalse}), whether it rejects
     * an accusation ({@link #rejectsAccusation}).
     */
    private final byte[] unconfirmedClaims;
    private final byte[] refuted;
    private final byte[] callsFalse;
    private final byte[] rejectsAccusation;

    private static boolean known(byte[] memo, int i, BooleanSupplier compute) {
        if (memo[i] == 0) {
            memo[i] = (byte) (compute.getAsBoolean() ? 2 : 1);
        }
        return memo[i] == 2;
    }

    private static final Set<String> MEDIA = WordSets.of("channel", "channels", "account", "accounts", "website",
            "websites", "outlet", "outlets", "page", "pages", "media");
    private static final Set<String> LINKED = WordSets.of("linked", "affiliated", "close", "tied", "run", "loyal");

    /**
     * Whether the group is named as who a medium belongs to ({@code a Telegram channel linked to the Islamic State},
     * {@code media affiliated with the group}): a voice, not a side the report tells of.
     */
    private static boolean mediumsOwner(Tokens t, Resolved r) {
        int link = t.beforeThe(r.found().first()) - 1; // linked [to], affiliated [with], run [by]
        return t.isWord(link) && LINKED.contains(t.lower(link)) && t.isWord(link - 1)
                && MEDIA.contains(t.lower(link - 1));
    }

    private boolean callsFalse(int i) {
        return known(callsFalse, i, () -> callsFalse(t, sentences.get(i)));
    }

    Attribution(Tokens t, List<Sentence> sentences, List<List<Resolved>> bySentence) {
        this.t = t;
        this.sentences = sentences;
        this.bySentence = bySentence;
        Map<String, Integer> groups = new HashMap<>();
        Map<String, Integer> police = new HashMap<>();
        Set<String> armies = new HashSet<>();
        this.unconfirmedClaims = new byte[sentences.size()];
        this.refuted = new byte[sentences.size()];
        this.callsFalse = new byte[sentences.size()];
        this.rejectsAccusation = new byte[sentences.size()];
        for (int i = 0; i < bySentence.size(); i++) {
            for (Resolved r : bySentence.get(i)) {
                boolean acronymOfName = t.isChar(r.found().first() - 1, '(') && t.isChar(r.found().last() + 1, ')');
                // (the Jalisco New Generation Cartel (CJNG): one mention, its acronym no second)
                if (isNamedGroup(sentences.get(i), r) && !threatensOnly(sentences.get(i), r)
                        && !mediumsOwner(t, r) && !acronymOfName) {
                    groups.merge(r.id(), 1, Integer::sum);
                    if (Sidelines.suspected(t, sentences.get(i), r) || Sidelines.deniesIt(t, sentences.get(i), r)
                            || claimUnconfirmed(sentences.get(i))) {
                        suspectedGroups.add(r.id());
                    }
                }
                if (r.isActor() && !r.generic() && "security_force".equals(r.type()) && r.id().contains("police")
                        && !OFFICE_HOLDER.matcher(r.id()).find() // not the Police Commissioner, a man's office
                        && !premisesOf(t, r)) { // nor the Judicial Police, at whose headquarters a man is held
                    police.merge(r.id(), 1, Integer::sum);
                }
                if (r.isActor() && !r.generic() && "security_force".equals(r.type()) && isArmy(r.id())) {
                    armies.add(r.id());
                }
            }
        }
        String top = most(groups);
        this.dominantGroup = groups.size() == 1 || top != null && groups.get(top) >= 2 ? top : null;
        this.dominantUnderInquiry = dominantGroup != null && onlyUnderInquiry(dominantGroup);
        this.dominantPolice = most(police);
        String army = armies.size() == 1 ? armies.iterator().next() : null;
        // (not another country's: the Chadian National Army in a report from Cameroon)
        this.onlyArmy = army != null && !foreign(army, datelineCountry(t, sentences.get(0), bySentence.get(0)))
                ? army : null;
    }

    /**
     * Whether the body is named for its premises ({@code held at the headquarters of the Central Directorate of the
     * Judicial Police}): where someone is, not the force that acts in the report.
     */
    private static boolean premisesOf(Tokens t, Resolved r) {
        int of = t.beforeThe(r.found().first());
        return t.isLower(of, "of") && t.isWord(of - 1) && PREMISES.contains(t.lower(of - 1));
    }

    private static final Set<String> PREMISES = WordSets.of("headquarters", "offices", "premises", "cells",
            "custody", "station", "barracks", "compound");

    private static final String GENERIC_MILITARY = "actor:military";
    private static final Pattern OFFICE_HOLDER = Pattern.compile("-(?:commissioner|chief|commander|spokesman"
            + "|spokesperson|spokeswoman|inspector|superintendent|officer|minister)$");
    private static final Pattern ARMY = Pattern.compile("(?:^|-)(?:army|armed-forces?|defen[cs]e-forces|military)(?:$|-)");

    /**
     * Whether the id names a country's army ({@code actor:nigerian-army}, {@code actor:armed-forces-of-the-drc}), not
     * one of its numbered units ({@code actor:22nd-military-region}): the one the report's unnamed soldiers are.
     */
    private static boolean isArmy(String id) {
        String name = id.substring(id.indexOf(':') + 1);
        return !name.isEmpty() && !Character.isDigit(name.charAt(0)) && ARMY.matcher(name).find();
    }

    /** The country of the report's dateline ({@code KOUSSÉRI, Cameroon, Feb. 17}), or null. */
    private static Country datelineCountry(Tokens t, Sentence s, List<Resolved> first) {
        for (Resolved r : first) {
            int at = r.found().first();
            if (r.isPlace() && "country".equals(r.type()) && at <= s.first() + 6 && t.isChar(at - 1, ',')) {
                return Gazetteer.shared().countries().byKey(r.found().key());
            }
        }
        return null;
    }

    /**
     * Whether the army is another country's than the report's ({@code the Chadian National Army} in a report from
     * Cameroon): not the one its unnamed soldiers belong to.
     */
    private static boolean foreign(String id, Country home) {
        if (home == null) {
            return false;
        }
        int dash = id.indexOf('-');
        String lead = dash < 0 ? "" : id.substring(id.indexOf(':') + 1, dash);
        Countries countries = Gazetteer.shared().countries();
        Country c = countries.byDemonymKey(lead);
        c = c != null ? c : countries.byKey(lead);
        return c != null && !c.equals(home);
    }

    private static String most(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best))
                    && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    void apply(Sentence s, int trigger, EventRefiner.Reading reading, List<Participant> participants) {
        if (dominantPolice != null) {
            participants.replaceAll(p -> p.id().equals(GENERIC_POLICE) ? new Participant(dominantPolice, p.role()) : p);
        }
        if (onlyArmy != null && participants.stream().noneMatch(p -> p.id().equals(onlyArmy))) {
            participants.replaceAll(p -> p.id().equals(GENERIC_MILITARY) ? new Participant(onlyArmy, p.role()) : p);
        }
        if (Acled.PROTESTS.equals(reading.type()) || Acled.RIOTS.equals(reading.type())) {
            boolean stateActed = participants.stream().anyMatch(p -> Roles.ACTOR.equals(p.role()) && isState(s, p.id()));
            participants.replaceAll(p -> new Participant(p.id(), protestRole(s, p, stateActed)));
            stateAsTargets(s, participants);
            return;
        }
        if (Acled.isViolent(reading.type()) || Acled.LOOTING.equals(reading.subType())) {
            toGroup(s, participants);
        } else if (Acled.ARRESTS.equals(reading.subType())) {
            arrestedAttackers(s, trigger, participants);
        }
    }

    /**
     * {@code arrested two of the kidnappers}: the unnamed attackers a force arrests are of the named armed group the
     * paragraph speaks of nearest, when it acted (not only suspected) and the sentence names no armed group of its own.
     */
    private void arrestedAttackers(Sentence s, int trigger, List<Participant> participants) {
        String unnamed = null;
        for (Resolved r : bySentence.get(s.index())) {
            if (r.isActor() && !r.generic() && "armed_group".equals(r.type()) && !allied(participants, r.id())) {
                return;
            }
            if (r.isActor() && r.generic() && "armed_group".equals(r.type()) && t.isWord(r.found().last())
                    && PERPETRATORS.contains(t.lower(r.found().last())) && r.found().first() > trigger
                    && r.found().first() <= trigger + 5 && noPunctuation(trigger + 1, r.found().first() - 1)) {
                // (not "while the attackers were not questioned")
                unnamed = r.id();
            }
        }
        String id = unnamed;
        Participant near = id == null ? null : nearest(s.index());
        if (near == null || !Roles.ACTOR.equals(near.role())
                || participants.stream().noneMatch(p -> p.id().equals(id) && Roles.TARGET.equals(p.role()))
                || participants.stream().anyMatch(p -> p.id().equals(near.id()))) {
            return;
        }
        participants.replaceAll(p -> p.id().equals(id) ? new Participant(near.id(), Roles.TARGET) : p);
    }

    private boolean noPunctuation(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.isPunct(k)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PERPETRATORS = WordSets.of("kidnappers", "abductors", "attackers", "assailants",
            "perpetrators", "raiders");

    /**
     * A participant's side in a protest or riot before the state is made its target: the crowd acts; when the state
     * acted, whom it fired at are the crowd ({@code Officers of the ZRP fired tear gas at CCC supporters who marched})
     * and an armed group firing with it is on its side (the pro-government colectivo firing with the guard).
     */
    private String protestRole(Sentence s, Participant p, boolean stateActed) {
        if (isCivilians(s, p.id()) || Roles.TARGET.equals(p.role()) && ledTheCrowd(s, p.id())
                || stateActed && Roles.TARGET.equals(p.role()) && !isState(s, p.id())
                && (aimedAt(s, p.id()) || "person".equals(typeOf(s, p.id())) && harmedNamed(s, p.id()))) {
            return Roles.ACTOR; // and the crowd's dead and arrested: killing three people, among them X
        }
        return stateActed && Roles.ACTOR.equals(p.role()) && "armed_group".equals(typeOf(s, p.id())) ? Roles.ALLY
                : p.role(); // the state's ally: on its side (EventRelations), both the crowd's other side
    }

    /**
     * Whether the sentence names the participant, not of the state, as who led or organised the crowd, a few words
     * after {@code led by} and no punctuation between ({@code protesters, led by activists of the youth group Hami
     * Nepal,}).
     */
    private boolean ledTheCrowd(Sentence s, String id) {
        if (isState(s, id)) {
            return false;
        }
        for (Resolved r : bySentence.get(s.index())) {
            if (!r.id().equals(id)) {
                continue;
            }
            for (int k = r.found().first() - 1; k > Math.max(s.first(), r.found().first() - 8) && t.isWord(k); k--) {
                if (t.isLower(k, "by") && t.isWord(k - 1) && CROWD_LEADING.contains(t.lower(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> CROWD_LEADING = WordSets.of("led", "organised", "organized", "headed", "called");

    /** The id the report means by {@code id}: for "the police", its one named police force when it names one. */
    String policeId(String id) {
        return dominantPolice != null && id.equals(GENERIC_POLICE) ? dominantPolice : id;
    }

    /**
     * The acting participants that the next sentence of the paragraph opens with rejecting the accusation: suspects
     * ({@code The ministry said the violence had been organised by the Workers' Party, whose members had been identified
     * among those throwing stones. The Workers' Party called the accusation "a lie"}).
     */
    void accusedRejectNext(Sentence s, List<Participant> participants) {
        int n = s.index() + 1;
        if (n >= sentences.size() || sentences.get(n).paragraph() != s.paragraph()
                || !known(rejectsAccusation, n, () -> rejectsAccusation(t, sentences.get(n)))) {
            return;
        }
        for (Resolved r : bySentence.get(n)) {
            if (r.isActor() && r.found().first() <= sentences.get(n).first() + 2) {
                participants.replaceAll(p -> p.id().equals(r.id()) && Roles.ACTOR.equals(p.role())
                        ? new Participant(p.id(), Roles.SUSPECTED) : p);
            }
        }
    }

    /** {@code called the accusation "a lie"}, {@code rejected the allegations}, {@code dismissed these claims as false}. */
    private static boolean rejectsAccusation(Tokens t, Sentence s) {
        boolean rejecting = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            rejecting |= rejects(w) || w.equals("called") || w.equals("calls");
            if (rejecting && ACCUSATIONS.contains(w) && t.isWord(i - 1) && DEFINITE.contains(t.lower(i - 1))) {
                return t.isWord(i - 2) && rejects(t.lower(i - 2))
                        || t.hasWordIn(i + 1, Math.min(s.last(), i + 4), FALSE_OR_LIE);
            }
        }
        return false;
    }

    /** A denial, or a verb that sets a report aside ({@link #REFUTING}). */
    private static boolean rejects(String w) {
        return Sidelines.DENIALS.contains(w) || REFUTING.contains(w);
    }

    private static final Set<String> ACCUSATIONS = WordSets.of("accusation", "accusations", "allegation",
            "allegations", "claim", "claims", "charge", "charges");

    /**
     * Whether the next sentence of the paragraph has one of the event's acting participants deny the harm itself
     * ({@code ... two young men had been killed by police in a village near the junction. Police denied that any
     * civilians had been harmed}); not a denial of a part in it ({@code the gang denied any involvement}), which makes
     * a named group a suspect ({@link Sidelines#deniesIt}).
     */
    boolean harmDeniedNext(Sentence s, List<Participant> participants) {
        int n = s.index() + 1;
        if (n >= sentences.size() || sentences.get(n).paragraph() != s.paragraph()) {
            return false;
        }
        Sentence next = sentences.get(n);
        for (Resolved r : bySentence.get(n)) {
            if (!r.isActor()) {
                continue;
            }
            String id = r.id().equals(GENERIC_POLICE) && dominantPolice != null ? dominantPolice : r.id();
            boolean acting = participants.stream().anyMatch(p -> p.id().equals(id)
                    && (Roles.ACTOR.equals(p.role()) || Roles.SUSPECTED.equals(p.role())));
            if (acting && harmDenied(next, r.found().last() + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a denial follows token {@code from} closely, and a harm follows the denial: {@code (police) have denied
     * that anyone had been hurt}.
     */
    private boolean harmDenied(Sentence s, int from) {
        int denial = -1;
        for (int i = from; i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (denial < 0) {
                if (!Sidelines.DENIALS.contains(w) && i - from >= 3) {
                    return false; // the police, who denied it: who denies is named just before
                }
                denial = Sidelines.DENIALS.contains(w) ? i : -1;
            } else if (Sidelines.PARTS.contains(w)) {
                return false; // denied any involvement in the killings
            } else if (HARMS.contains(w)) {
                return i - denial <= 12;
            }
        }
        return false;
    }

    private static final Set<String> HARMS = WordSets.of("harmed", "killed", "hurt", "injured", "wounded", "shot",
            "abused", "mistreated", "executed", "tortured", "died", "killing", "killings", "abuses", "harm",
            "casualties");

    /**
     * Whether the sentence gives someone's account of violence by a crowd that the text disputes: after a "but" or a
     * semicolon in it ({@code A police spokesman said the vendors had thrown stones at officers, but the observatory
     * said the protest had been peaceful}; {@code ... said Palestinians threw stones; residents denied this}), or in
     * the next sentence of the paragraph, which says so ({@code Police said protesters had tried to storm the office.
     * The NHRC said its findings showed that the crowd had been unarmed}). The account's verb of saying comes before
     * the trigger, which may be the answer's ({@code the protest had been peaceful}).
     */
    boolean crowdViolenceDisputed(Sentence s, int trigger) {
        int said = -1;
        for (int i = s.first(); i < trigger && said < 0; i++) {
            if (t.isWord(i) && SAYING.contains(t.lower(i))) {
                said = i;
            }
        }
        if (said < 0) {
            return false;
        }
        for (int i = said + 1; i <= s.last(); i++) {
            if (t.isLower(i, "but") || t.isChar(i, ';')) {
                return contradicts(s, i + 1, true);
            }
        }
        int n = s.index() + 1;
        return n < sentences.size() && sentences.get(n).paragraph() == s.paragraph()
                && contradicts(sentences.get(n), sentences.get(n).first(), false);
    }

    /**
     * Whether, from token {@code from}, someone says the crowd was peaceful or unarmed ({@code the protest had been
     * peaceful}) or, when {@code denialToo}, denies what was just said ({@code residents denied this}) or saw none of
     * it ({@code our monitors saw no stones thrown}).
     */
    private boolean contradicts(Sentence s, int from, boolean denialToo) {
        boolean saying = denialToo;
        for (int i = from; i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            saying |= SAYING.contains(w) || w.equals("showed") || w.equals("found");
            if (saying && PEACEFUL.contains(w) && (t.isLower(i - 1, "been") || t.isLower(i - 1, "was")
                    || t.isLower(i - 1, "were"))) {
                return true;
            }
            if (denialToo && WITNESSED.contains(w) && t.isLower(i + 1, "no")) {
                return true; // ...; our monitors saw no stones thrown
            }
            if (denialToo && Sidelines.DENIALS.contains(w) && (t.isLower(i + 1, "this") || t.isLower(i + 1, "that")
                    || t.isLower(i + 1, "it")) && !t.isWord(i + 2)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAYING = WordSets.of("said", "says", "claimed", "claims", "alleged", "alleges",
            "insisted", "maintained");
    /** Verbs of what observers saw: {@code saw no stones thrown}. */
    private static final Set<String> WITNESSED = WordSets.of("saw", "observed", "witnessed", "found", "recorded");
    /** What a crowd was when it did no violence. */
    private static final Set<String> PEACEFUL = WordSets.of("peaceful", "unarmed", "nonviolent", "non-violent");

    /** Whether what the sentence tells is a rumour or a report the text calls false ({@link #refuted}). */
    boolean refuted(Sentence s) {
        int i = s.index();
        return known(refuted, i, () -> {
            boolean hasNext = i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph();
            Sentence next = hasNext ? sentences.get(i + 1) : null;
            return refuted(t, s, next, callsFalse(i), hasNext && (callsFalse(i + 1) || rejectsReport(t, next)))
                    || hasNext && ownClaimDeniedNext(t, s, next)
                    || t.hasWordIn(s, HEARSAY) && (noneTookPlace(t, s) || hasNext && noneTookPlace(t, next));
        });
    }

    /**
     * Whether the sentence says that nothing of the kind took place: {@code said that no strike had taken place},
     * {@code Partners in Al-Tuhayta reported no shelling}.
     */
    private static boolean noneTookPlace(Tokens t, Sentence s) {
        for (int i = s.first(); i + 1 <= s.last(); i++) {
            if (t.isLower(i, "no") && t.isWord(i - 1) && SAW_NONE.contains(t.lower(i - 1)) && t.isWord(i + 1)
                    && NONE_OF.contains(t.lower(i + 1))) {
                return true;
            }
            if (t.isLower(i, "no") && t.isWord(i + 1) && i + 3 <= s.last()) {
                int v = t.isLower(i + 2, "had") || t.isLower(i + 2, "has") ? i + 3 : i + 2;
                if ((t.isLower(v, "taken") || t.isLower(v, "took")) && t.isLower(v + 1, "place")
                        || t.isLower(v, "occurred")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> SAW_NONE = WordSets.of("reported", "recorded", "saw", "found", "confirmed");
    private static final Set<String> NONE_OF = WordSets.of("shelling", "strike", "strikes", "attack", "attacks",
            "fighting", "clashes", "clash", "explosion", "bombing", "shooting", "incident", "incidents", "airstrike");

    /**
     * Whether the sentence tells what a side said its own men had done and the next one opens with a denial of it:
     * {@code The NRF said on Wednesday that its fighters had killed six Taliban in an ambush. The Taliban denied it}.
     */
    private static boolean ownClaimDeniedNext(Tokens t, Sentence s, Sentence next) {
        boolean ownClaim = false;
        for (int i = s.first(); i + 2 <= s.last() && !ownClaim; i++) {
            if (!t.isWord(i) || !SAYING.contains(t.lower(i))) {
                continue;
            }
            for (int that = i + 1; that <= Math.min(s.last(), i + 4); that++) { // said on Wednesday that
                if (t.isLower(that, "that")) {
                    ownClaim = t.isLower(that + 1, "its") || t.isLower(that + 1, "their");
                    break;
                }
            }
        }
        if (!ownClaim) {
            return false;
        }
        for (int i = next.first(); i + 1 <= next.last() && i <= next.first() + 6; i++) {
            if (t.isWord(i) && rejects(t.lower(i)) && t.isLower(i + 1, "it")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what a sentence tells is refuted: a rumour that it or the next sentence calls false, or that a "but"
     * answers ({@code Rumours that the ELN had taken over the town centre spread on WhatsApp, but the mayor said the
     * town was calm}; {@code a rumour of an attack on Komanda caused panic; the FARDC later said no attack took
     * place});
     * a report the next sentence names and calls false, unless the sentence only blames someone for what happened
     * ({@code X said its forces had captured the barracks. The army dismissed the claim as "a fabrication"}; not
     * {@code ... accused Hamas of spreading false reports}); or one the sentence itself
     * denies ({@code The National Police denies the messages circulating about an alleged explosion}).
     */
    private static boolean refuted(Tokens t, Sentence s, Sentence next, boolean falseHere, boolean falseNext) {
        boolean hearsay = false;
        boolean rumour = false;
        boolean but = false;
        boolean blame = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (w.equals("falsely") && t.isWord(i + 1) && SAYING.contains(t.lower(i + 1))) {
                return true; // the Khawarij falsely claimed that they had overrun the base
            }
            boolean opensClause = i <= s.first() + 1 || t.isLower(i - 1, "that")
                    || t.isLower(i - 2, "that") && t.isWord(i - 1) && !t.isCapitalised(i - 1)
                    || t.isChar(i - 1, ':') // OUTLOOK AND CONTEXT: Reports circulating in Brazzaville that
                    || t.isLower(i - 1, "media") // Social media posts claiming that
                    || (t.isLower(i - 1, "a") || t.isLower(i - 1, "the")) && (t.isLower(i - 2, "and")
                    || t.isLower(i - 2, "but") || t.isChar(i - 2, ',')) // ..., and a message shared on social media
                    || t.isLower(i - 1, "said") || t.isLower(i - 1, "says") // Police said reports on social media that
                    || t.isPossessiveS(i - 1) // the TPNPB's claim on social media that
                    || t.isDash(i - 1) || t.isDash(i - 2) && t.isWord(i - 1) && DETERMINERS.contains(t.lower(i - 1));
                    // 3 Nov (Sun) - A message circulating on WhatsApp claiming that
            if (opensClause && REPORTS.contains(w) && (TriggerScan.wordAfter(t, s, i, 12, THAT_OR_SAYING)
                    || falseHere && TriggerScan.wordAfter(t, s, i, 5, OF_OR_ABOUT)) // Reports on 12 April of an attack on X
                    && (falseHere || setAside(t, s, i))) {
                // Reports on social media that dahalo had attacked the market were unfounded; ... were denied by the
                // LAF; ... could not be confirmed; The police inform the public that messages on social media claiming
                // that the gunmen set fire to a church are false
                return true;
            }
            if (falseHere && REPORTS.contains(w) && t.isLower(i - 1, "the") && t.isWord(i - 2)
                    && TriggerScan.DESCRIBED.contains(t.lower(i - 2))) {
                return true; // ...; the Armenian ministry called the claim "disinformation"
            }
            if (falseHere && REPORTS.contains(w) && t.isChar(i - 2, ',') && t.isLower(i - 1, "a")) {
                // the KNF claimed that its fighters had killed four soldiers, a claim the ISPR termed baseless; X said
                // Armenian forces had shelled its positions, a claim Yerevan called "disinformation"
                return true;
            }
            rumour |= w.startsWith("rumour") || w.startsWith("rumor");
            hearsay |= HEARSAY.contains(w);
            but |= rumour && w.equals("but");
            // "X suspects Y", not "the suspects had been beaten": a noun blames nobody
            blame |= BLAME.contains(w) && !(w.equals("suspects") && t.isWord(i - 1)
                    && (DEFINITE.contains(t.lower(i - 1)) || t.is(i - 1, Tokens.NUMBER)));
            if (rejects(w) && reportNounAfter(t, s, i)) {
                return true;
            }
        }
        if (rumour) {
            return falseHere || falseNext || but;
        }
        if (falseHere && claimCalledFalse(t, s)) {
            return true; // A purported statement claiming that the terrorists overran the location ... is false
        }
        return falseNext && !blame && namesTheReport(t, next) && (hearsay || callsFalse(t, next));
    }

    /**
     * Whether the sentence calls false, after it, a claim it tells ({@code A video in which a gang leader claims to
     * have taken control of the police station is false}, {@code a statement claiming that the terrorists overran the
     * location is false}).
     */
    private static boolean claimCalledFalse(Tokens t, Sentence s) {
        for (int i = s.first(); i + 2 <= s.last(); i++) {
            if (t.isWord(i) && CLAIMING.contains(t.lower(i))
                    && (t.isLower(i + 1, "that") || t.isLower(i + 1, "to") && t.isLower(i + 2, "have"))) {
                for (int k = i + 3; k <= s.last(); k++) {
                    if (t.isWord(k) && FALSITY.contains(t.lower(k)) && Modality.BE.contains(t.lower(k - 1))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CLAIMING = WordSets.of("claiming", "claims", "claim", "claimed");

    /**
     * Whether a sentence rejects a report told before ({@code The Kosovo Police categorically rejects these claims}):
     * enough to set aside what was reported or claimed ({@code Some media reported that the suspects had been
     * beaten}), not what witnesses said they saw ({@link #HEARSAY}).
     */
    private static boolean rejectsReport(Tokens t, Sentence s) {
        for (int i = s.first(); i + 2 <= s.last(); i++) {
            if (t.isWord(i) && rejects(t.lower(i))
                    && t.isWord(i + 1) && DEFINITE.contains(t.lower(i + 1)) && t.isWord(i + 2)
                    && TOLD.contains(t.lower(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Words of telling what one heard rather than saw. */
    private static final Set<String> HEARSAY = WordSets.of("reported", "reports", "claimed", "claims", "alleged",
            "allegedly", "circulated", "circulating", "posted", "rumoured", "rumored");

    /**
     * Whether a sentence names a report told before: {@code the claim}, {@code these allegations}; not {@code false
     * reports}.
     */
    private static boolean namesTheReport(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= s.last(); i++) {
            if (t.isWord(i) && REPORTS.contains(t.lower(i)) && t.isWord(i - 1) && DEFINITE.contains(t.lower(i - 1))
                    && !(t.isLower(i - 1, "that") && t.lower(i).endsWith("s"))
                    && !TriggerScan.wordAfter(t, s, i, 8, THAT)) { // (not "the claim by X that Y fired": its own)
                return true; // not "informs the public that messages ... are false": those are new messages
            }
        }
        return false;
    }

    /** Verbs that, besides a denial, set a report aside: {@code wishes to dispel reports circulating online}. */
    private static final Set<String> REFUTING = WordSets.of("dispel", "dispels", "dispelled", "debunk", "debunked",
            "debunks", "refute", "refutes", "refuted", "dismiss", "dismisses", "dismissed");
    private static final Set<String> DETERMINERS = WordSets.of("a", "an", "the");
    private static final Set<String> DEFINITE = WordSets.of("the", "this", "these", "those", "such", "that");

    /** Whether the sentence, after token {@code i}, denies what it reports or says it could not be confirmed. */
    private static boolean setAside(Tokens t, Sentence s, int i) {
        for (int k = i + 1; k <= s.last(); k++) {
            if (!t.isWord(k)) {
                continue;
            }
            if (Sidelines.DENIALS.contains(t.lower(k)) && t.isLower(k - 1, "were") || BORNE_OUT.contains(t.lower(k))
                    && (t.isLower(k - 1, "not") || t.isLower(k - 2, "not") || t.isLower(k - 3, "not"))) {
                // were not confirmed, could not be confirmed, is not supported by any source
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BORNE_OUT = WordSets.of("confirmed", "verified", "supported", "corroborated",
            "substantiated");
    private static final Set<String> THAT = WordSets.of("that");
    /** What opens a report's content: {@code reports that}, {@code posts saying the army had retaken X}. */
    private static final Set<String> THAT_OR_SAYING = WordSets.of("that", "saying", "claiming", "alleging");
    private static final Set<String> OF_OR_ABOUT = WordSets.of("of", "about", "regarding", "concerning");

    /** Whether a report noun follows a denial within four tokens: {@code denies the messages}. */
    private static boolean reportNounAfter(Tokens t, Sentence s, int denial) {
        for (int k = denial + 1; k <= Math.min(s.last(), denial + 4); k++) {
            if (t.isWord(k) && REPORTS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence calls something false: {@code a fabrication}, {@code no attack took place}. */
    private static boolean callsFalse(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (FALSITY.contains(w) || w.equals("lie") && t.isLower(i - 1, "a") && (t.isLower(i - 2, "is")
                    || t.isLower(i - 2, "was"))) { // the claim ... is a lie
                return true;
            }
            boolean happened = w.equals("place") && t.isWord(i - 1) && t.lower(i - 1).startsWith("t") // take/took place
                    || w.equals("happen") || w.equals("happened") || w.equals("occurred") || w.equals("occur");
            if (happened) {
                // (also "there is no evidence that any such incident took place")
                for (int k = i - 1; k >= Math.max(s.first(), i - 7) && (t.isWord(k) || t.isApostrophe(k)); k--) {
                    if (t.isLower(k, "no") || t.isLower(k, "not") || t.isLower(k, "never") || t.isLower(k, "n't")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> FALSITY = WordSets.of("false", "untrue", "baseless", "unfounded", "fabrication",
            "fabricated", "hoax", "fabrications", "propaganda", "lies", "disinformation", "misinformation",
            "invention", "fiction", "fanciful", "groundless");
    /** What an accusation is called when rejected: {@link #FALSITY}, or a lie. */
    private static final Set<String> FALSE_OR_LIE = WordSets.copyOf(Stream.concat(FALSITY.stream(),
            Stream.of("lie", "slander", "smear")).toList());
    private static final Set<String> REPORTS = WordSets.of("claim", "claims", "report", "reports", "rumour", "rumours",
            "rumor", "rumors", "messages", "message", "posts", "post", "allegation", "allegations", "accusation",
            "accusations",
            "information");
    /** Of {@link #REPORTS}, those of what happened, not accusations of who did it ({@code denied the accusation}). */
    private static final Set<String> TOLD = WordSets.copyOf(REPORTS.stream()
            .filter(w -> !w.startsWith("accusation") && !w.equals("information")).toList());
    private static final Set<String> BLAME = WordSets.of("blamed", "blames", "blaming", "accused", "accuses",
            "suspected", "suspects", "attributed");

    /** Whether the sentence claims an event in a claim the text says could not be confirmed. */
    boolean claimUnconfirmed(Sentence s) {
        return known(unconfirmedClaims, s.index(), () -> unconfirmedClaim(t, s));
    }

    /** The state forces and governments among the participants made the targets: who meets a crowd, a protest. */
    void stateAsTargets(Sentence s, List<Participant> participants) {
        participants.replaceAll(p -> isState(s, p.id()) ? new Participant(p.id(), Roles.TARGET) : p);
    }

    /**
     * Only the state forces of a sentence that tells how a crowd was dispersed, as that crowd's targets ({@code Police
     * fired tear gas to disperse the crowd}): the crowd it names is the protest's or the riot's own.
     */
    void onlyStateAsTargets(Sentence s, List<Participant> participants) {
        participants.removeIf(p -> !isState(s, p.id()));
        stateAsTargets(s, participants);
    }

    /**
     * The people and organisations a protest's sentence names as its targets, when it tells arrests ({@code The
     * blockade was organised by X, and among those arrested was Y}): those arrested, of the protest's crowd.
     */
    void arrestedInTheCrowd(Sentence s, List<Participant> participants) {
        participants.replaceAll(p -> Roles.TARGET.equals(p.role()) && arrestedHere(s, p.id())
                && ofTheCrowd(typeAnywhere(p.id())) ? new Participant(p.id(), Roles.ACTOR) : p);
    }

    /**
     * The people and organisations a protest's sentence names as whose its crowd is ({@code Rangers fired tear gas at
     * protesters of the JAAC}): of the crowd, though named in the force's object.
     */
    void crowdOwners(Sentence s, List<Participant> participants) {
        participants.replaceAll(p -> Roles.TARGET.equals(p.role()) && crowdOf(s, p.id())
                && ofTheCrowd(typeAnywhere(p.id())) ? new Participant(p.id(), Roles.ACTOR) : p);
    }

    private boolean crowdOf(Sentence s, String id) {
        for (Resolved r : bySentence.get(s.index())) {
            int k = t.beforeThe(r.found().first());
            if (r.id().equals(id) && t.isLower(k, "of") && t.isWord(k - 1) && CROWD_OF.contains(t.lower(k - 1))) {
                return true;
            }
            if (r.id().equals(id) && t.isLower(k, "of") && t.isLower(k - 1, "members") && marchingAfter(s, r)) {
                return true; // pushed back 80 members of MOVIR, led by its coordinator, who were marching
            }
        }
        return false;
    }

    /** Whether a clause of marching or protesting follows the name: {@code ..., who were marching towards}. */
    private boolean marchingAfter(Sentence s, Resolved r) {
        for (int k = r.found().last() + 1; k <= Math.min(s.last() - 2, r.found().last() + 16); k++) {
            if (t.isLower(k, "who") && (t.isLower(k + 1, "were") || t.isLower(k + 1, "had")) && t.isWord(k + 2)
                    && MARCHING.contains(t.lower(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MARCHING = WordSets.of("marching", "protesting", "demonstrating", "marched",
            "protested", "rallying", "gathered");

    private static final Set<String> CROWD_OF = WordSets.of("protesters", "protestors", "demonstrators", "supporters",
            "marchers");

    /** Whether an actor of this type can be of a protest's crowd: a person or an organisation, not a force. */
    private static boolean ofTheCrowd(String type) {
        return "person".equals(type) || "organization".equals(type);
    }

    /**
     * Whether the sentence names the actor in the object of {@code arrested} or {@code detained}, at most sixteen
     * tokens on, across no other verb in the past and no {@code by}, {@code for}, {@code against} or {@code and}
     * ({@code among those arrested was X}, {@code detained dozens of its activists, including its leader, X}); not
     * {@code protest against the arrest of X}.
     */
    private boolean arrestedHere(Sentence s, String id) {
        for (Resolved r : bySentence.get(s.index())) {
            if (!r.id().equals(id)) {
                continue;
            }
            int m = r.found().first();
            for (int k = m - 1; k >= Math.max(s.first(), m - 16)
                    && (t.isWord(k) || t.isChar(k, ',') || t.isApostrophe(k)); k--) {
                if (t.isLower(k, "arrested") || t.isLower(k, "detained")) {
                    return true;
                }
                if (t.isLower(k, "for") || t.isLower(k, "by") || t.isLower(k, "against") || t.isLower(k, "and")
                        || t.isWord(k) && t.lower(k).endsWith("ed")
                        || t.isLower(k, "of") && t.isLower(k - 1, "arrest")) {
                    break; // not "protest against the arrest of X", "released on bail, X"
                }
            }
        }
        return false;
    }

    /** The type of an actor named anywhere in the report; null when none. */
    String typeAnywhere(String id) {
        return typesAnywhere.computeIfAbsent(id, this::firstType);
    }

    /** {@link #typeAnywhere}'s answers: battles told again ask it of each side at each telling. */
    private final Map<String, String> typesAnywhere = new HashMap<>();

    private String firstType(String id) {
        for (List<Resolved> names : bySentence) {
            String type = EventFinder.typeOf(id, names);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private boolean isState(Sentence s, String id) {
        String type = typeOf(s, id);
        return type != null ? "security_force".equals(type) || "government".equals(type) : id.equals(dominantPolice);
    }

    /** The type of an actor named in the sentence, or in the one before (its participants may be taken from it). */
    private String typeOf(Sentence s, String id) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 1); i--) {
            for (Resolved r : bySentence.get(i)) {
                if (r.id().equals(id)) {
                    return r.type();
                }
            }
        }
        return null;
    }

    /** Whether the sentence names the actor as what tear gas or shots were aimed at ({@code fired tear gas at X}). */
    private boolean aimedAt(Sentence s, String id) {
        for (Resolved r : bySentence.get(s.index())) {
            if (r.id().equals(id) && Roles.aimedAt(t, s, r.found().first())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names the participant right after a word of harm or arrest, as the crowd's leader or as one
     * of it: {@code wounding X}, {@code a march led by X}, {@code a protester, X, died}.
     */
    private boolean harmedNamed(Sentence s, String id) {
        for (Resolved r : bySentence.get(s.index())) {
            int at = r.found().first();
            if (r.id().equals(id) && t.hasWordIn(Math.max(s.first(), at - 6), at - 1, HARMED)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HARMED = WordSets.of("killing", "killed", "wounding", "wounded", "injuring",
            "injured", "shot", "arrested", "detained", "arresting", "detaining", "among", "including", "led",
            "protester", "demonstrator", "marcher", "protestor");

    private boolean isCivilians(Sentence s, String id) {
        for (Resolved r : bySentence.get(s.index())) {
            if (r.id().equals(id)) {
                return "civilians".equals(r.type());
            }
        }
        return false;
    }

    private void toGroup(Sentence s, List<Participant> participants) {
        boolean named = false;
        boolean genericArmed = false;
        for (Resolved r : bySentence.get(s.index())) {
            named |= r.isActor() && !r.generic() && "armed_group".equals(r.type()) && !allied(participants, r.id())
                    || r.id().equals(SETTLERS) // settlers are a side of their own, not the report's group
                    || r.generic() && t.isLower(r.found().last() + 1, "led") && t.isLower(r.found().last() + 2, "by");
                    // bandits of a gang led by Dogo Maikasuwa: the gang its leader names, no other
            genericArmed |= r.isActor() && r.generic() && "armed_group".equals(r.type())
                    && !Roles.speaksByStatement(t, r) && !Sidelines.describesNameBefore(t, s, r);
        }
        boolean noActor = participants.stream().noneMatch(p -> Roles.ACTOR.equals(p.role())
                || Roles.SUSPECTED.equals(p.role()));
        boolean suspect = participants.stream().anyMatch(p -> Roles.SUSPECTED.equals(p.role()));
        if (named || suspect || !(genericArmed || noActor)) {
            return; // "suspected to have been carried out by Kuki militants": the suspects, not the report's main group
        }
        if (whoUnsaid(t, s) || EventFinder.unknownHands(t, bySentence.get(s.index()))) {
            // a drone hit a car ..., the committee said, without saying who had launched it; shot dead by unidentified
            // gunmen: no one guessed
            return;
        }
        Participant near = nearest(s.index());
        Participant group = near != null ? near : dominantGroup == null ? null
                : new Participant(dominantGroup, suspectedGroups.contains(dominantGroup) || dominantUnderInquiry
                ? Roles.SUSPECTED : Roles.ACTOR);
        if (group != null && allied(participants, group.id())) {
            return; // FAMa troops, supported by fighters of the Africa Corps, pursued the attackers: not the attackers
        }
        if (group != null && near == null && unclaimed(s)) {
            return; // "the council blamed criminal gangs but named no group", and none named near: no one guessed
        }
        if (group != null && Roles.ACTOR.equals(group.role()) && unclaimed(s)) {
            group = new Participant(group.id(), Roles.SUSPECTED); // "No group claimed responsibility": not said who
        }
        if (group != null) {
            String id = group.id();
            Set<String> unnamed = new HashSet<>();
            for (Resolved r : bySentence.get(s.index())) {
                if (r.generic() && "armed_group".equals(r.type())) {
                    unnamed.add(r.id()); // the gunmen are the group now named
                }
            }
            if (Roles.ACTOR.equals(group.role()) && struckOnly(participants, unnamed, id)) {
                group = new Participant(id, Roles.TARGET); // troops killed four militiamen: the group is struck
            }
            participants.removeIf(p -> p.id().equals(id) || unnamed.contains(p.id()));
            participants.add(0, group);
        }
    }

    /**
     * Whether the participant is an ally of those who act ({@code supported by members of Bwa Kale Latibonit, a
     * self-defence brigade}): a group on the force's side, not the one its unnamed enemies ({@code five gang members})
     * belong to.
     */
    private static boolean allied(List<Participant> participants, String id) {
        return participants.stream().anyMatch(p -> p.id().equals(id) && Roles.ALLY.equals(p.role()));
    }

    /**
     * Whether the sentence's unnamed armed actors are all targets of the event while someone else acts in it: then
     * they are the struck side, and so is the group they stand for.
     */
    private static boolean struckOnly(List<Participant> participants, Set<String> unnamed, String group) {
        boolean struck = false;
        boolean otherActs = false;
        for (Participant p : participants) {
            if (unnamed.contains(p.id())) {
                if (!Roles.TARGET.equals(p.role())) {
                    return false;
                }
                struck = true;
            } else if (!p.id().equals(group) && Roles.ACTOR.equals(p.role())) {
                otherActs = true;
            }
        }
        return struck && otherActs;
    }

    private static final Pattern UNCLAIMED = Pattern.compile("(?i)\\b(?:no|none of the) (?:armed )?(?:group|one|"
            + "party|parties|organi[sz]ation|faction)s? (?:has |have |had )?"
            + "(?:yet |immediately |publicly |officially )?claimed\\b"
            + "|\\bno (?:group|one) (?:has |had )?said (?:it|they) (?:had |was |were )?(?:carried out|behind)\\b"
            + "|\\bnobody (?:has |had )?"
            + "(?:yet |immediately |publicly |officially )?claimed\\b|\\bwithout naming (?:a|any) group\\b|\\bdid not say who\\b"
            + "|\\bnamed no (?:group|one|suspects?)\\b|\\bdid not name (?:a|any) (?:group|suspects?)\\b"
            + "|\\bidentity of the (?:attackers|gunmen|assailants|perpetrators|abductors|kidnappers) "
            + "(?:has|had|was|is) not\\b"
            + "|\\b(?:no one|nobody) (?:has|had) (?:yet )?been identified\\b"
            + "|\\b(?:identity|affiliation)(?: and (?:group )?affiliation)? of the (?:slain |dead |killed |arrested )?"
            + "(?:terrorist|militant|attacker|gunman|assailant|fighter|suspect)s? (?:is|are|was|were) (?:still )?(?:being|yet "
            + "to be) (?:established|determined|ascertained|identified)\\b"
            + "|\\b(?:origin|source|author|authors) of the (?:device|mine|bomb|blast|explosion|explosive|attack)s? "
            + "(?:has|have|had) not (?:yet )?been (?:determined|established|identified)\\b"
            + "|\\b(?:could not|cannot|can't|couldn't|were unable to|was unable to) "
            + "(?:establish|confirm|identify|determine|verify) "
            + "(?:who|the (?:kidnappers|attackers|gunmen|perpetrators|abductors|assailants))\\b");

    /** A sentence that says it does not say who did it. */
    private static final Pattern WHO_UNSAID = Pattern.compile("(?i)\\b(?:without saying|did not say|does not say|"
            + "didn't say|not known|unclear|not clear|not yet known) who\\b");

    /** Whether the sentence says it does not say who did it ({@code without saying who had launched it}). */
    static boolean whoUnsaid(Tokens t, Sentence s) {
        return WHO_UNSAID.matcher(t.text().substring(s.start(), s.end())).find();
    }

    /**
     * Whether the sentence's paragraph says that nobody claimed what happened or that who did it is unknown ({@code No
     * group has claimed responsibility}, {@code the identity of the attackers had not been established}).
     */
    private boolean unclaimed(Sentence s) {
        return unclaimedParagraphs.computeIfAbsent(s.paragraph(), p -> unclaimedParagraph(s));
    }

    /** Per paragraph, whether {@link #unclaimed} holds: worked out once, a paragraph may tell a thousand events. */
    private final Map<Integer, Boolean> unclaimedParagraphs = new HashMap<>();

    private boolean unclaimedParagraph(Sentence s) {
        int paragraph = s.paragraph();
        int i = s.index();
        while (i > 0 && sentences.get(i - 1).paragraph() == paragraph) {
            i--;
        }
        String text = t.text();
        // a lede's attack is told in detail, and its claim or lack of one, in the paragraph after it
        int last = paragraph == sentences.get(0).paragraph() ? paragraph + 1 : paragraph;
        for (; i < sentences.size() && sentences.get(i).paragraph() <= last; i++) {
            Sentence p = sentences.get(i);
            String sentence = text.substring(p.start(), p.end());
            if (mayBeUnclaimed(sentence) && UNCLAIMED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words one of which every match of {@link #UNCLAIMED} holds: the pattern is slow to try at every position. */
    private static final List<String> UNCLAIMED_WORDS = List.of("claimed", "without naming", "did not say who",
            "behind", "identity of the", "been identified", "been determined", "been established", "carried out",
            "affiliation of the", "named no", "did not name", "could not", "couldn't", "cannot", "can't", "unable to");

    private static boolean mayBeUnclaimed(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String w : UNCLAIMED_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The named group nearest in the paragraph: acting, or suspected when the report names it as a suspect. */
    private Participant nearest(int sentence) {
        int paragraph = sentences.get(sentence).paragraph();
        for (int d = 1; d <= WINDOW; d++) {
            for (int i : new int[] {sentence - d, sentence + d}) {
                if (i < 0 || i >= bySentence.size() || sentences.get(i).paragraph() != paragraph) {
                    continue;
                }
                for (Resolved r : bySentence.get(i)) {
                    if (isNamedGroup(sentences.get(i), r) && !threatensOnly(sentences.get(i), r)
                            && !mediumsOwner(t, r)) {
                        boolean suspect = suspectedGroups.contains(r.id())
                                || Sidelines.deniesIt(t, sentences.get(i), r) // (or denied it)
                                || underInquiry(sentences.get(i), r); // (or what police are investigating)
                        return new Participant(r.id(), suspect ? Roles.SUSPECTED : Roles.ACTOR);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the group is named as what an inquiry looks into ({@code police were investigating "a dispute over drug
     * sales points" between the SDC and the PCC}): a line of inquiry, the report's unnamed attackers only suspected.
     */
    private boolean underInquiry(Sentence s, Resolved r) {
        return t.hasWordIn(Math.max(s.first(), r.found().first() - 24), r.found().first() - 1, INQUIRY);
    }

    /** Whether every mention of the group is of what an inquiry looks into ({@link #underInquiry}). */
    private boolean onlyUnderInquiry(String id) {
        for (Sentence s : sentences) {
            for (Resolved r : bySentence.get(s.index())) {
                if (r.id().equals(id) && !underInquiry(s, r)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Set<String> INQUIRY = WordSets.of("investigating", "investigation", "investigations",
            "probing", "hypothesis", "inquiry");

    /**
     * Whether the group is named as one that threatens ({@code a group calling itself the Concerned Agatu Youths has
     * threatened to block the road}): not the author of the report's unnamed attacks for that.
     */
    private boolean threatensOnly(Sentence s, Resolved r) {
        int k = Sidelines.pastFillers(t, s, r);
        return k <= s.last() && t.isWord(k) && Modality.isThreat(t.lower(k));
    }

    /** A named armed group the sentence may make a side of: not one someone is accused of belonging to. */
    private boolean isNamedGroup(Sentence s, Resolved r) {
        return r.isActor() && !r.generic() && "armed_group".equals(r.type()) && !Sidelines.allegedTie(t, s, r)
                && !Sidelines.backer(t, r) && !Sidelines.disowned(t, s, r) && !Sidelines.parentInApposition(t, s, r);
    }

    // "claimed responsibility", "claimed the attack", "claimed, through its Amaq news agency, an attack"
    private static final Pattern CLAIM = Pattern.compile("(?i)\\bclaim(?:ed|s|ing)?(?:, [^,.]{1,60},)? "
            + "(?:responsibility|(?:the|an?) (?:attack|attacks|killing|killings|bombing|abduction|kidnapping|raid"
            + "|ambush|assault|strike|blast)|for the)\\b"
            + "|\\bclaims? (?:of responsibility|for the|in the name of|on behalf of)\\b");
    private static final Pattern UNCONFIRMED = Pattern.compile("(?i)\\b(?:could not|cannot|can't|couldn't|unable to|did "
            + "not|has not|have not|had not)(?: yet)?(?: be)?(?: been)?(?: independently)? (?:confirm|verif|authenticat)"
            + "|\\bunconfirmed\\b|\\bunverified\\b|\\bnot (?:been |yet been )?(?:confirmed|verified)\\b"
            + "|\\b(?:verifying|checking|analy[sz]ing|examining|establishing) (?:the |its )?authenticity\\b"
            + "|\\bauthenticity (?:is|was|has|had) (?:being|not|yet)\\b"
            + "|\\bwhether (?:the|its|this|that) (?:message|claim|statement|video|post) (?:is|was) "
            + "(?:authentic|genuine)\\b"
            + "|\\bnothing (?:links|connects|ties)\\b");

    /**
     * Whether the sentence claims an event for someone ({@code JNIM claimed the attack}, {@code published a claim for the
     * killings}; not a government's claim of success) that it, or the text within about two sentences after it, says
     * could not be confirmed or verified: then who acts in it is only suspected.
     */
    private static boolean unconfirmedClaim(Tokens t, Sentence s) {
        boolean claim = false;
        for (int i = s.first(); i <= s.last() && !claim; i++) {
            claim = t.isWord(i) && t.lower(i).startsWith("claim"); // the words first: most sentences claim nothing
        }
        String text = t.text();
        if (!claim || !CLAIM.matcher(text.substring(s.start(), s.end())).find()) {
            return false;
        }
        return UNCONFIRMED.matcher(text.substring(s.start(), Math.min(text.length(), s.end() + 400))).find();
    }
}
