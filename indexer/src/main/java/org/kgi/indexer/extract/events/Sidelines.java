package org.kgi.indexer.extract.events;

import java.util.Set;
import java.util.stream.Stream;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.mention.NameChunker;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Names a sentence puts beside its event without making them a side of it: who is only accused of belonging to a group,
 * who watched, who got away ({@link Roles} leaves them out), and who is only suspected of acting, in someone's belief,
 * blame or suspicion or in a denial ({@link Roles#SUSPECTED}).
 */
final class Sidelines {
    private Sidelines() {
    }

    /**
     * A group someone is accused of being part of ({@code accused them of being scouts for the Twa Kwa gang}, {@code
     * accused of links with al-Shabaab}, {@code accusing them of membership in the PKK}, {@code accused of supplying the
     * EPP}): what is said of a side, not a side; not a force's description of those it arrested ({@code arrested three
     * men whom it described as members of the Red Scorpions}). Not a suspicion: {@code arrested on suspicion of
     * belonging to X} names X as the arrest's target.
     */
    static boolean allegedTie(Tokens t, Sentence s, Resolved r) {
        int at = r.found().first();
        if (suspectedWorkFor(t, s, at) || suspectedPassingTo(t, s, at)) {
            return true;
        }
        for (int k = at - 1; k >= Math.max(s.first() + 1, at - 12); k--) {
            if (t.isPunct(k) && !t.isChar(k, '-') && !t.isDoubleQuote(k) && !goodsListComma(t, k, at)) {
                return false; // (but accused of supplying food, fuel and SIM cards to the gang)
            }
            if (t.isWord(k) && (TIES.contains(t.lower(k)) || t.isLower(k, "members") && t.isLower(k - 1, "as"))) {
                // (accuses them of having killed civilians as members of the UÇPMB)
                // accused the pickers who joined it of working; accused of collecting zakat from herders on behalf of
                for (int j = k - 1; j >= Math.max(s.first(), k - 10); j--) {
                    if (t.isWord(j) && ALLEGING.contains(t.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the comma at {@code k} is one between lower-case words of a list that "and" ends before the name at
     * {@code at}: {@code food, fuel and SIM cards to the X gang}.
     */
    private static boolean goodsListComma(Tokens t, int k, int at) {
        if (!t.isChar(k, ',') || !t.isWord(k - 1) || t.isCapitalised(k - 1) || !t.isWord(k + 1)
                || t.isCapitalised(k + 1)) {
            return false;
        }
        for (int j = k + 1; j < at; j++) {
            if (t.isLower(j, "and")) {
                return true;
            }
            if (!t.isWord(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code the PNH reported killing five gang members and freeing six of the hostages, among them a nurse, X}: a person
     * freed (after the event's trigger, or before it: {@code freed the other two men, X and Y, and arrested two of the
     * kidnappers}) is who the other side held, no side of those who freed him.
     */
    static boolean freedAfter(Tokens t, Sentence s, Resolved r, int trigger) {
        int at = r.found().first();
        if (!"person".equals(r.type()) || t.isWord(trigger) && TAKING.contains(t.lower(trigger))) {
            return false; // (but whom the gang had abducted: the abduction's target)
        }
        int from = at > trigger ? trigger - 1 : s.first();
        for (int k = at - 1; k > from && k >= at - 12; k--) {
            if (t.isPunct(k) && !t.isChar(k, ',') || t.isLower(k, "from") || t.isLower(k, "by")) {
                return false;
            }
            if (t.isWord(k) && TriggerScan.FREEING.contains(t.lower(k)) && !t.isLower(k, "released")) {
                return true; // (not "detained five men and later released X": the arrest's target)
            }
        }
        return false;
    }

    private static final Set<String> TAKING = WordSets.of("abducted", "kidnapped", "abducting", "kidnapping",
            "abduction", "kidnappings", "abductions", "hostage", "hostages", "captive", "captives", "seized");

    /**
     * {@code Officers of the SLMPD arrested two men in connection with a shooting ... that wounded six people}: those who
     * arrested are no side of the crime the arrest is in connection with, told after it (the trigger), and whom that
     * crime harmed ({@code including a girl, Amari Jackson}) is no side of the arrest (the trigger before the cue).
     */
    static boolean heldForCrime(Tokens t, Sentence s, Resolved r, int trigger) {
        int at = r.found().first();
        if (at < trigger) {
            int cue = connectionCue(t, trigger - 1, Math.max(at + 1, trigger - 20));
            return cue > 0 && arrestBefore(t, r.found().last() + 1, cue - 2);
        }
        if (!arrestWord(t, trigger)) {
            return false;
        }
        int cue = connectionCue(t, at - 1, trigger + 1);
        return cue > 0 && t.hasWordIn(cue + 1, at - 1, HARMS);
    }

    /** The "with" of "in connection with" between {@code from} and {@code to} (going back), or -1. */
    private static int connectionCue(Tokens t, int from, int to) {
        for (int k = from; k >= to; k--) {
            if (t.isLower(k, "with") && t.isLower(k - 1, "connection") && t.isLower(k - 2, "in")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean arrestBefore(Tokens t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (arrestWord(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is one of the trigger words of an arrest ({@link TriggerLexicon}). */
    private static boolean arrestWord(Tokens t, int k) {
        Trigger word = t.isWord(k) ? TriggerLexicon.word(t.lower(k)) : null;
        return word != null && Acled.ARRESTS.equals(word.subType());
    }

    private static final Set<String> HARMS = WordSets.of("wounded", "killed", "injured", "shooting", "murder",
            "killing", "attack", "stabbing", "died");

    /**
     * {@code arrested two suspects in connection with the murder of ward councillor Sibusiso Mkhize}, {@code a court
     * they will appear before}: the victim of the crime someone is held for, or the court that will try him, is no side
     * of the arrest.
     */
    static boolean crimeVictimOrCourt(Tokens t, Sentence s, Resolved r) {
        int k = r.found().first() - 1;
        k = t.isLower(k, "the") ? k - 1 : k;
        if (t.isLower(k, "of") && t.isWord(k - 1) && t.isCapitalised(k - 1)) {
            k--; // the murder of ward councillor Sibusiso Mkhize of the IFP: his party too
            while (k > s.first() && t.isWord(k) && t.isCapitalised(k) && !ActorWords.isTitle(t.lower(k))) {
                k--;
            }
        }
        while (k > s.first() && t.isWord(k) && (ActorWords.isTitle(t.lower(k)) || !t.isCapitalised(k)
                && (ActorWords.isRoleNoun(t.lower(k)) || t.isLower(k, "the") || t.isLower(k, "ward")))) {
            k--; // the murder of (ward councillor) X, the death of Mr Ramoni
        }
        if (t.isLower(k, "before") && (t.isLower(k - 1, "appear") || t.isLower(k - 1, "appeared")
                || t.isLower(k - 1, "brought") || t.isLower(k - 1, "arraigned"))) {
            return true; // will appear before the Auki Magistrates' Court
        }
        if (!t.isLower(k, "of") || !t.isWord(k - 1) || !CRIMES.contains(t.lower(k - 1))) {
            return false;
        }
        int cue = t.isLower(k - 2, "the") ? k - 3 : k - 2;
        return t.isLower(cue, "with") && (t.isLower(cue - 1, "connection") || t.isLower(cue - 1, "charged"))
                || t.isLower(cue, "for") || t.isLower(cue, "of") && (t.isLower(cue - 1, "accused")
                || t.isLower(cue - 1, "suspected") || t.isLower(cue - 1, "suspicion"));
    }

    private static final Set<String> CRIMES = WordSets.of("death", "killing", "murder", "shooting", "abduction",
            "kidnapping", "assassination", "rape", "deaths", "killings", "murders");

    /**
     * {@code stormed the collation centre, accusing officials of the Electoral Commission of delaying the results}:
     * whom those who acted blame, in a clause after their act, is their grievance, not a side of it.
     */
    static boolean grievance(Tokens t, Sentence s, Resolved r) {
        for (int k = r.found().first() - 1; k > s.first() && k >= r.found().first() - 24; k--) {
            if (t.isWord(k) && GRIEVING.contains(t.lower(k))) {
                return t.isChar(k - 1, ',');
            }
            if (t.isPunct(k) && !t.isChar(k, '-') && !t.isChar(k, '(') && !t.isChar(k, ')')) {
                return false; // (past an acronym: officials of the Electoral Commission (EC) of delaying)
            }
        }
        return false;
    }

    private static final Set<String> GRIEVING = WordSets.of("accusing", "blaming");

    /**
     * {@code attacked a Houthi checkpoint in protest against the arrest of a tribal sheikh, Ahmed al-Qaisi, by Houthi
     * fighters}, {@code attacked police positions, in what the gang called a response to the arrest of its leader, X},
     * {@code in retaliation for the killing of X}: who took part in the deed a fight was waged in protest against, in
     * answer to or to avenge (not a protest's own target) is named as its motive, no side of the fight.
     */
    static boolean protestedDeed(Tokens t, Sentence s, Resolved r, int trigger) {
        if (t.isWord(trigger) && TriggerScan.PROTEST_WORDS.contains(t.lower(trigger))) {
            return false;
        }
        boolean deed = false;
        for (int k = r.found().first() - 1; k > s.first() + 2 && k >= r.found().first() - 18 && k != trigger; k--) {
            if (t.isChar(k, ';') || t.isChar(k, '.')) {
                return false;
            }
            deed |= t.isWord(k) && DEEDS.contains(t.lower(k));
            if ((t.isLower(k, "against") || t.isLower(k, "over")) && t.isLower(k - 1, "protest")
                    && t.isLower(k - 2, "in")) {
                return deed;
            }
            if (trigger < k && (t.isLower(k, "to") && t.isLower(k - 1, "response") || t.isLower(k, "avenge")
                    || t.isLower(k, "for") && (t.isLower(k - 1, "revenge") || t.isLower(k - 1, "retaliation")
                    || t.isLower(k - 1, "reprisal")))) {
                return deed; // (the fight told before its motive: not the avenged killing, told after it)
            }
        }
        return false;
    }

    /** What a protest is against: the crimes an arrest is for ({@link #CRIMES}), and arrests and evictions. */
    private static final Set<String> DEEDS = WordSets.copyOf(Stream.concat(CRIMES.stream(),
            Stream.of("arrest", "arrests", "detention", "eviction", "demolition")).toList());

    /**
     * {@code The Minister of the Interior, Fabrice Augustin, and the Bishop of Mirebois signed as witnesses}: who
     * signs an agreement as its witness, guarantor or mediator is no party to it.
     */
    static boolean signedAsWitness(Tokens t, Resolved r, int trigger) {
        return r.found().last() < trigger && t.isLower(trigger + 1, "as") && t.isWord(trigger + 2)
                && (WITNESSES.contains(t.lower(trigger + 2))
                || t.isLower(trigger + 2, "a") && t.isWord(trigger + 3) && WITNESSES.contains(t.lower(trigger + 3)));
    }

    private static final Set<String> WITNESSES = WordSets.of("witness", "witnesses", "guarantor", "guarantors",
            "mediator", "mediators", "observer", "observers", "facilitator", "facilitators");

    /** Whether the name follows a medium's noun ({@code read on state broadcaster RTN}): where it was said. */
    static boolean medium(Tokens t, Resolved r) {
        int at = r.found().first();
        return t.isWord(at - 1) && ActorWords.isMediaNoun(t.lower(at - 1));
    }

    /**
     * Whether the person is the dead a protest is held over ({@code gathered in protest at the death of Jamal Roberts},
     * {@code to protest against the killing of X}): why they protest, no side of it.
     */
    static boolean protestedDeath(Tokens t, Sentence s, Resolved r) {
        if (!"person".equals(r.type())) {
            return false;
        }
        int of = t.beforeThe(r.found().first());
        if (!t.isLower(of, "of") || !t.isWord(of - 1) || !DEATHS.contains(t.lower(of - 1))) {
            return false;
        }
        int k = t.isLower(of - 2, "the") ? of - 3 : of - 2;
        return t.isWord(k) && (PROTEST_LINKS.contains(t.lower(k)) && t.isWord(k - 1)
                && t.lower(k - 1).startsWith("protest") || t.lower(k).startsWith("protest") && t.isLower(k - 1, "to"));
    }

    private static final Set<String> DEATHS = WordSets.of("death", "killing", "murder", "shooting", "deaths",
            "killings");
    private static final Set<String> PROTEST_LINKS = WordSets.of("at", "against", "over");

    /**
     * {@code in the context of the conflict between Los Chapitos and La Mayiza}: the sides of a feud named as the
     * background of what happened, not as who did it.
     */
    static boolean feudContext(Tokens t, Sentence s, Resolved r) {
        if (rivalInRelative(t, r.found().first())) {
            return true;
        }
        for (int k = r.found().first() - 1; k > s.first() && k >= r.found().first() - 10; k--) {
            if (t.isLower(k, "between")) {
                return t.isWord(k - 1) && FEUDS.contains(t.lower(k - 1));
            }
            if (!t.isWord(k) || !t.isCapitalised(k) && !t.isLower(k, "and") && !t.isLower(k, "the")) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code the Vatos Locos gang, which has been fighting Barrio 18 for control of the area}: the rival a relative
     * clause names, whom the group "has fought" or "has been fighting", at token {@code at}.
     */
    private static boolean rivalInRelative(Tokens t, int at) {
        if (!t.isWord(at - 1) || !LASTING_FIGHTS.contains(t.lower(at - 1))) {
            return false;
        }
        int have = t.isLower(at - 2, "been") ? at - 3 : at - 2;
        return t.isWord(have) && HAVE.contains(t.lower(have))
                && (t.isLower(have - 1, "which") || t.isLower(have - 1, "who"));
    }

    private static final Set<String> LASTING_FIGHTS = WordSets.of("fighting", "fought", "battling", "battled");
    private static final Set<String> HAVE = WordSets.of("has", "have", "had");

    /** Nouns of a lasting feud between two sides, before "between" (also read by the refiner). */
    static final Set<String> FEUDS = WordSets.of("conflict", "war", "feud", "dispute", "rivalry", "struggle");

    /**
     * Where a person named works or studies ({@code Zubair Baloch, 22, a student at the University of Turbat}): who he
     * is, no side; so is the body on whose grounds people gathered ({@code at the Pattani campus of X University}).
     */
    static boolean workplace(Tokens t, Resolved r) {
        int at = r.found().first();
        int p = t.beforeThe(at);
        return t.isLower(p, "at") && t.isWord(p - 1) && WORKERS.contains(t.lower(p - 1)) || premisesOf(t, p);
    }

    /** Whether {@code of} at {@code p} follows the grounds where people were: {@code at the Pattani campus of}. */
    private static boolean premisesOf(Tokens t, int p) {
        if (!t.isLower(p, "of") || !t.isWord(p - 1) || !PREMISES.contains(t.lower(p - 1))) {
            return false;
        }
        int k = t.beforeCapitals(p - 2, -1, 3);
        return t.isLower(k, "the") && (t.isLower(k - 1, "at") || t.isLower(k - 1, "outside") || t.isLower(k - 1, "on"));
    }

    private static final Set<String> PREMISES = WordSets.of("campus", "premises", "grounds");

    /**
     * Who employs someone named ({@code Simeon Dimitrov, a driver employed by Vasilev}): whose he is, not a side (but
     * {@code workers hired by the firm demolished homes}: the firm's side).
     */
    static boolean employer(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        for (int n = 0; n < 4 && t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "by"); n++) {
            k--; // the ruby miner
        }
        return t.isLower(k, "by") && t.isWord(k - 1) && EMPLOYING.contains(t.lower(k - 1));
    }

    /** Employing, or issuing what a force acts on ({@code on a warrant issued by the War Crimes Department}). */
    private static final Set<String> EMPLOYING = WordSets.of("employed", "issued");

    /** {@code struck what the Joint Operations Command (JOC) called IS hideouts}: who names the target, no side. */
    static boolean namer(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        int after = r.found().last() + 1;
        if (t.isChar(after, '(') && t.isChar(after + 2, ')')) {
            after += 3; // its acronym
        }
        if (t.isLower(k, "the") && t.isLower(k - 1, "name") && t.isWord(after)
                && GIVING_A_NAME.contains(t.lower(after))) {
            return true; // the Khawarij, the name the Federal Government gives to al-Shabaab
        }
        if (t.isLower(k, "the") && t.isWord(k - 1) && !t.isCapitalised(k - 1)
                && PlaceWords.isFacilityNoun(t.lower(k - 1))
                && (t.isLower(after, "call") || t.isLower(after, "calls"))) {
            return true; // drove up to the camp the Guarani-Kaiowá call Yvy Ajhere
        }
        return (t.isLower(k, "what") || t.isLower(k, "the") && t.isLower(k - 1, "what")) && t.isWord(after)
                && NAMING.contains(t.lower(after));
    }

    private static final Set<String> GIVING_A_NAME = WordSets.of("gives", "gave", "uses", "used");

    private static final Set<String> NAMING = WordSets.of("called", "calls", "described", "describes", "termed",
            "terms", "labelled", "labeled", "branded", "said", "says");

    private static final Set<String> WORKERS = WordSets.of("student", "students", "teacher", "teachers", "lecturer",
            "professor", "nurse", "nurses", "doctor", "doctors", "worker", "workers", "employee", "employees",
            "pupil", "pupils", "guard", "cleaner", "cook", "surgeon", "researcher");

    /**
     * Whom a side is said to back in a clause of its own ({@code members of Jany Jol, which backs the businessman Talant
     * Mamytov, and of the Ak-Jol Union}): who they are, not who took part. A person only: a force backed is an ally.
     */
    static boolean backedInClause(Tokens t, Sentence s, Resolved r) {
        if (!"person".equals(r.type()) && !"civilians".equals(r.type())) {
            return false; // "the Saudi-led coalition, which backs the army, said": the army's ally
        }
        int at = r.found().first();
        for (int k = at - 1; k >= Math.max(s.first() + 2, at - 6) && t.isWord(k); k--) {
            if (BACKING.contains(t.lower(k))) {
                return (t.isLower(k - 1, "which") || t.isLower(k - 1, "who")) && t.isChar(k - 2, ',');
            }
            if (t.isCapitalised(k) && !ActorWords.isTitle(t.lower(k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BACKING = WordSets.of("backs", "supports", "backed", "supported", "support",
            "back");

    /**
     * Whether the name at {@code at} is whom those arrested are suspected or accused of doing something for ({@code on
     * suspicion of collecting money for the Islamic State}, {@code accusing them of selling drugs for X}): the cause of
     * the arrest, not its side.
     */
    private static boolean suspectedWorkFor(Tokens t, Sentence s, int at) {
        int f = t.beforeThe(at);
        if (!t.isLower(f, "for")) {
            return false;
        }
        boolean doing = false;
        for (int k = f - 1; k >= Math.max(s.first() + 1, f - 10) && t.isWord(k); k--) {
            String w = t.lower(k);
            doing |= w.endsWith("ing") && !t.isCapitalised(k);
            if (doing && (t.isLower(k, "of") && t.isWord(k - 1) && (t.isLower(k - 1, "suspicion")
                    || t.isLower(k - 1, "suspected") || ALLEGING.contains(t.lower(k - 1))) || ALLEGING.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a woman suspected of passing the locations of the city's power substations to Russia's Federal Security
     * Service}: whom those arrested are suspected of giving something to, the cause of the arrest, not its side.
     */
    private static boolean suspectedPassingTo(Tokens t, Sentence s, int at) {
        int f = t.beforeThe(at);
        if (t.isPossessiveS(f) && t.isWord(f - 2)) {
            f -= 3; // to Russia's Federal Security Service
        }
        if (!t.isLower(f, "to")) {
            return false;
        }
        for (int k = f - 1; k >= Math.max(s.first() + 2, f - 16) && !t.isChar(k, ',') && !t.isChar(k, ';'); k--) {
            if (t.isWord(k) && GIVING.contains(t.lower(k))) {
                int by = t.isWord(k - 2) && OBJECT_PRONOUNS.contains(t.lower(k - 2)) ? k - 3 : k - 2; // accusing them
                return t.isLower(k - 1, "of") && (t.isLower(by, "suspected") || t.isLower(by, "suspicion")
                        || t.isWord(by) && ALLEGING.contains(t.lower(by)));
            }
        }
        return false;
    }

    /** Object pronouns, which stand for people named before: {@code accusing them}, {@code executed them}. */
    static final Set<String> OBJECT_PRONOUNS = WordSets.of("them", "him", "her");
    private static final Set<String> GIVING = WordSets.of("passing", "handing", "selling", "leaking", "sending",
            "supplying", "providing", "transmitting", "giving");

    /**
     * Whether the name is only the one behind the group named after it: {@code the al-Qaeda-linked JNIM}, {@code the
     * Rwanda-backed M23}. The group acts, not its sponsor.
     */
    static boolean backer(Tokens t, Resolved r) {
        int k = r.found().last();
        // a name after it: not "JNIM-affiliated fighters attacked", JNIM's fighters
        if (r.found().end() < t.end(k)) { // one token: "al-Qaeda-linked"
            String w = t.lower(k);
            return SPONSORED.contains(w.substring(w.lastIndexOf('-') + 1)) && t.isCapitalised(k + 1);
        }
        return t.isChar(k + 1, '-') && t.isWord(k + 2) && SPONSORED.contains(t.lower(k + 2)) && t.isCapitalised(k + 3);
    }

    private static final Set<String> SPONSORED = WordSets.of("linked", "affiliated", "aligned", "allied", "backed",
            "inspired", "sponsored", "funded", "supported");

    /**
     * A person another stands in for ({@code a man who introduced himself as W, a representative of the Twa Kwa leader
     * Dieuseul Mondésir}): the representative takes part, the one represented does not.
     */
    static boolean represented(Tokens t, Sentence s, Resolved r) {
        if (!"person".equals(r.type())) {
            return false;
        }
        int at = r.found().first();
        for (int k = at - 1; k >= Math.max(s.first() + 1, at - 6); k--) {
            if (!t.isWord(k) && !t.isChar(k, '-') && !t.isApostrophe(k)) {
                return false;
            }
            if (t.isLower(k, "of") && t.isWord(k - 1) && STAND_INS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is whom the actors were escorting, in a clause before the trigger ({@code troops of the 4th
     * Special Forces Battalion, escorting engineers of the DPWH on a road project, clashed with MILF fighters}): those
     * they guarded, no side of the fight.
     */
    static boolean escorted(Tokens t, Sentence s, Resolved r, int trigger) {
        int at = r.found().first();
        if (at > trigger) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(s.first() + 1, at - 6); k--) {
            if (!t.isWord(k)) {
                return false;
            }
            if (ESCORTING.contains(t.lower(k))) {
                return t.isChar(k - 1, ',');
            }
        }
        return false;
    }

    private static final Set<String> ESCORTING = WordSets.of("escorting", "guarding", "protecting", "accompanying");

    /**
     * Whether the person is whom those named are kin or colleagues of ({@code relatives and colleagues of Wilmer
     * Patricio Chicaiza held a vigil}): the dead or the absent, not one of them.
     */
    static boolean kinOf(Tokens t, Resolved r) {
        int of = r.found().first() - 1;
        return "person".equals(r.type()) && t.isLower(of, "of") && t.isWord(of - 1) && KIN.contains(t.lower(of - 1));
    }

    /** Kin and colleagues of a person named after them ({@code the sons of}, {@code relatives and colleagues of}). */
    static final Set<String> KIN = WordSets.of("relatives", "families", "colleagues", "friends", "parents", "widow",
            "widows", "mother", "father", "son", "sons", "daughter", "daughters", "brother", "brothers", "sisters",
            "children", "family", "nephew", "nephews", "heirs");

    /**
     * Whether a generic actor is only what the name before it is said to be ({@code fighters of the Union of Sinai
     * Tribes, a pro-government militia, combed the groves}): the named group acts, no second one.
     */
    static boolean describesNameBefore(Tokens t, Sentence s, Resolved r) {
        if (!r.generic()) {
            return false;
        }
        for (int k = r.found().first() - 1; k >= Math.max(s.first() + 3, r.found().first() - 4); k--) {
            if (t.isLower(k, "a") || t.isLower(k, "an")) {
                return NameChunker.appositionAfterName(t, k + 1) && t.isChar(r.found().last() + 1, ',');
            }
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name is the parent an apposition gives another actor ({@code Members of the Imbonerakure, the youth
     * league of Burundi's ruling CNDD-FDD party, beat ...}): a description, no side of the event.
     */
    static boolean parentInApposition(Tokens t, Sentence s, Resolved r) {
        int at = r.found().first();
        if (t.isWord(at - 1) && FOLLOWING.contains(t.lower(at - 1)) && t.isLower(at - 2, "who")
                && t.isChar(at - 3, ',')) {
            return true; // the Ultras Zrinjski, who follow HŠK Zrinjski, clashed
        }
        if (t.isLower(at - 1, "the") && t.isChar(at - 2, ',') && (t.isCapitalised(at - 3) || t.isChar(at - 3, ')'))
                && t.isWord(r.found().last() + 1) && WINGS.contains(t.lower(r.found().last() + 1))) {
            return true; // fighters of JAS, the Boko Haram faction once led by Abubakar Shekau, raided
        }
        int end = r.found().last();
        int comma = t.beforeThe(at);
        if (t.isChar(comma, ',') && (t.isCapitalised(comma - 1) || t.isChar(comma - 1, ')')) && t.isApostrophe(end + 1)
                && t.isWord(t.afterPossessive(end + 1)) && WINGS.contains(t.lower(t.afterPossessive(end + 1)))) {
            return true; // fighters of JNIM, al-Qaeda's branch in the Sahel, stormed
        }
        int link = t.beforeThe(at);
        if ((t.isLower(link, "for") || t.isLower(link, "of")) && t.isWord(link - 1)
                && FRONTS.contains(t.lower(link - 1)) && (t.isLower(link - 2, "a") || t.isLower(link - 2, "an"))) {
            for (int k = link - 3; k >= Math.max(s.first() + 1, link - 10); k--) {
                if (t.isChar(k, ',')) {
                    return true; // the TRF, which police describe as a front for the Lashkar-e-Taiba, said
                }
            }
        }
        if (t.isLower(at - 1, "a") && NameChunker.appositionAfterName(t, at)) {
            for (int k = r.found().last() + 1; k <= Math.min(s.last(), r.found().last() + 3); k++) {
                if (!t.isWord(k) || t.isCapitalised(k)) {
                    break;
                }
                if ("armed_group".equals(ActorWords.groupNounType(t.lower(k)))) {
                    return true; // fighters of Twirwaneho, a Banyamulenge self-defence militia, attacked: its people
                }
            }
        }
        for (int k = at - 1; k >= Math.max(s.first() + 3, at - 6); k--) {
            if (!t.isWord(k) && !t.isApostrophe(k)) {
                return false;
            }
            if (partOfAfterName(t, k)) {
                return true; // members of the Grand Ravine gang, part of the Viv Ansanm coalition, attacked
            }
            if (t.isLower(k, "of") && t.isWord(k - 1) && WINGS.contains(t.lower(k - 1))) {
                int c = k - 2;
                while (c > s.first() && c >= k - 4 && (t.isWord(c) && !t.isCapitalised(c) || t.isApostrophe(c))) {
                    c--; // the youth league of, the armed wing of, the supporters' group of
                }
                boolean member = t.isLower(k - 1, "member");
                // (the X gang, a member of the Viv Ansanm gang coalition: a group's, not a person's, membership)
                return t.isChar(c, ',') && (t.isLower(c + 1, "the") && !member || t.isLower(c + 1, "a") && member
                        && t.isWord(c - 1) && ActorWords.groupNounType(t.lower(c - 1)) != null)
                        && (t.isCapitalised(c - 1) || t.isChar(c - 1, ')') || member
                        || t.isWord(c - 1) && FIGHTERS_AFTER_NAME.contains(t.lower(c - 1))
                        && (t.isCapitalised(c - 2) || t.isChar(c - 2, ')'))); // Al-Quds Brigades fighters, the wing of
            }
        }
        return false;
    }

    /** Whether {@code of} at {@code k} is in {@code , part of} right after a name: {@code the X gang, part of}. */
    static boolean partOfAfterName(Tokens t, int k) {
        return t.isLower(k, "of") && t.isLower(k - 1, "part") && t.isChar(k - 2, ',') && (t.isChar(k - 3, ')')
                || t.isWord(k - 3) && (ActorWords.groupNounType(t.lower(k - 3)) != null || t.isCapitalised(k - 3)));
    }

    /**
     * Whether the name is in the clause that describes the parent an apposition gives the actors before it ({@code X
     * and Y, part of the Joint Forces that fight alongside the SAF, attacked}): what the parent does, no side of the
     * event. The apposition ends with a comma before the trigger.
     */
    static boolean inPartOfApposition(Tokens t, Sentence s, Resolved r, int trigger) {
        int at = r.found().first();
        int end = at < trigger ? trigger : s.last() + 1; // (after the trigger in a clause: Fighting resumed when X,
        if (!t.hasCharBetween(r.found().last(), end, ',')) { // part of Y that fights alongside Z, attacked)
            return false;
        }
        for (int k = at - 1; k >= Math.max(s.first() + 3, at - 15); k--) {
            if (t.isChar(k, ',') || t.isChar(k, ';')) {
                return false;
            }
            if (partOfAfterName(t, k)) {
                boolean article = t.isLower(k + 1, "the") || t.isLower(k + 1, "a") || t.isLower(k + 1, "an");
                return at > (article ? k + 2 : k + 1); // not the parent itself
            }
        }
        return false;
    }

    /**
     * Whether the name owns the site where two sides clashed ({@code X and Y clashed outside a shaft of the platinum
     * miner Sibanye-Stillwater}): where it happened, no side.
     */
    static boolean ownsWhereTheyClashed(Tokens t, Sentence s, Resolved r, int trigger) {
        int at = r.found().first();
        if (at < trigger || !t.isWord(trigger) || !CLASHING.contains(t.lower(trigger))) {
            return false;
        }
        int k = at - 1;
        while (k > at - 4 && t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "of")) {
            k--; // the platinum miner
        }
        if (!t.isLower(k, "of") || !t.isWord(k - 1) || !CLASH_SITES.contains(t.lower(k - 1))) {
            return false;
        }
        for (int p = k - 2; p >= Math.max(trigger + 1, k - 5) && t.isWord(p) && !t.isCapitalised(p); p--) {
            if (CLASH_SITE_PREPOSITIONS.contains(t.lower(p))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLASHING = WordSets.of("clashed", "clash", "fought", "brawled", "scuffled");
    /** Where two sides may clash outside of: a body's {@link Roles#SITES} and a company's works. */
    private static final Set<String> CLASH_SITES = WordSets.copyOf(Stream.concat(Roles.SITES.stream(),
            Stream.of("shaft", "mine", "plantation", "factory", "plant", "farm", "warehouse", "site", "hostel",
                    "estate", "concession")).toList());
    private static final Set<String> CLASH_SITE_PREPOSITIONS = WordSets.of("outside", "near", "at", "beside",
            "behind", "inside");

    /**
     * Whether the name is one another actor is said to be apart from ({@code members of the Jaintia Youth Forum, an
     * organisation separate from the JYF, marched}): no side of the event.
     */
    static boolean apart(Tokens t, Resolved r) {
        int at = r.found().first();
        int from = t.beforeThe(at);
        return t.isWord(from) && APART.contains(t.lower(from)) && t.isWord(from - 1)
                && APART_ADJECTIVES.contains(t.lower(from - 1));
    }

    private static final Set<String> APART = WordSets.of("from", "to", "with");
    private static final Set<String> APART_ADJECTIVES = WordSets.of("separate", "distinct", "unrelated", "unconnected",
            "unaffiliated", "affiliated", "different");
    private static final Set<String> FIGHTERS_AFTER_NAME = WordSets.of("fighters", "militants", "members", "gunmen",
            "militiamen");
    /** What a group may be said to be for another: {@code a front for}, {@code a proxy of}. */
    private static final Set<String> FRONTS = WordSets.of("front", "proxy", "offshoot", "cover", "façade", "facade");
    private static final Set<String> WINGS = WordSets.of("wing", "league", "branch", "arm", "affiliate", "offshoot",
            "body", "group", "club", "member", "faction", "splinter");

    /**
     * Whether the name is who once led or founded a group ({@code the Boko Haram faction once led by Abubakar
     * Shekau}): the group's past, no side of the event.
     */
    static boolean formerHead(Tokens t, Resolved r) {
        int by = t.beforeThe(r.found().first());
        return t.isLower(by, "by") && (t.isLower(by - 1, "founded") || HEADED.contains(t.lower(by - 1))
                && t.isWord(by - 2) && FORMERLY.contains(t.lower(by - 2)));
    }

    private static final Set<String> HEADED = WordSets.of("led", "headed", "commanded");
    private static final Set<String> FORMERLY = WordSets.of("once", "formerly", "previously", "originally", "long");
    private static final Set<String> FOLLOWING = WordSets.of("follow", "follows", "support", "supports");

    private static final Set<String> STAND_INS = WordSets.of("representative", "representatives", "envoy", "envoys",
            "emissary", "emissaries", "delegate", "delegates", "delegation", "intermediary", "messenger", "proxy");

    /**
     * Whether the name is the object of a suspicion, a blame or a belief told before it in its sentence ({@code had
     * strong reasons to believe that the attack had been ordered by the X gang}, {@code the investigation was focusing
     * on X}, {@code fishermen's associations blamed X}, {@code examining the possibility that it was carried out by X}),
     * not in a clause of its own that the name opens.
     */
    static boolean suspected(Tokens t, Sentence s, Resolved r) {
        int at = r.found().first();
        int be = Roles.pastAcronym(t, r.found().last() + 1);
        if (t.isWord(be) && Modality.BE.contains(t.lower(be))) {
            int k = t.isLower(be + 1, "the") || t.isLower(be + 1, "a") ? be + 2 : be + 1;
            k += t.isWord(k) && SUSPECT_RANKS.contains(t.lower(k)) ? 1 : 0;
            if (t.isLower(k, "suspect") || t.isLower(k, "suspects")) {
                return true; // a state security official said the CSRL was the main suspect
            }
        }
        int claim = t.beforeThe(at);
        claim = t.isLower(claim, "that") ? claim - 1 : claim;
        if (t.isLower(claim, "claimed") && t.isWord(claim - 1) && CLAIMANTS.contains(t.lower(claim - 1))) {
            return true; // some residents claimed al-Shabaab had armed the Jiido side
        }
        for (int k = r.found().last() + 1; k <= s.last(); k++) {
            if (t.isLower(k, "evidence") && (t.isLower(k - 1, "no") || t.isLower(k - 1, "without")
                    || t.isLower(k - 2, "without") || t.isLower(k - 2, "no"))) {
                return true; // said the shells had been fired by "the same Khawarij", but gave no evidence
            }
        }
        for (int k = at - 1; k >= Math.max(s.first(), at - SUSPICION_REACH); k--) {
            if (t.isChar(k, ';') || t.isLower(k, "but") || t.isLower(k, "and") && t.isPunct(k - 1)) {
                return false;
            }
            if (t.isWord(k) && (SUSPICION.contains(t.lower(k))
                    || t.isLower(k, "may") && !t.isCapitalised(k) && t.isLower(k + 1, "belong"))) {
                return true; // intelligence suggests that the attackers may belong to Comandos de la Frontera
            }
            if (k >= at - 2 && t.isWord(k) && ALLEGING.contains(t.lower(k)) && !t.isLower(at - 1, "of")) {
                return true; // villagers accused armed Mbororo herdsmen: named by an accusation only
            }
        }
        return false;
    }

    /**
     * Whether the name denies the event or will not speak of it ({@code the group denied any involvement in the attack},
     * {@code Al-Shabaab has not commented on the Afgoye blast}): named as a possible author, no more.
     */
    static boolean deniesIt(Tokens t, Sentence s, Resolved r) {
        if (r.generic()) {
            return false;
        }
        int k = pastFillers(t, s, r);
        String w = k <= s.last() && t.isWord(k) ? t.lower(k) : "";
        return DENIALS.contains(w) || w.equals("commented") && (t.isLower(k - 1, "not") || t.isLower(k - 1, "never"))
                || w.equals("comment") && (t.isLower(k - 1, "to") || t.isLower(k - 1, "not"));
    }

    /**
     * Whether the group is said not to have claimed the event ({@code The Islamic State did not claim the attack}) or
     * is only what another swore allegiance to ({@code pledged allegiance to the Islamic State}): no one to put an
     * unnamed attack on.
     */
    static boolean disowned(Tokens t, Sentence s, Resolved r) {
        if (allegianceTo(t, r)) {
            return true;
        }
        int k = pastFillers(t, s, r);
        return (t.isLower(k, "claim") || t.isLower(k, "claimed")) && (t.isLower(k - 1, "not")
                || t.isLower(k - 1, "never") || t.isLower(k - 1, "yet") && t.isLower(k - 2, "not"));
    }

    /** Whether the actor is what a group swore allegiance to ({@code pledged allegiance to the Islamic State}). */
    static boolean allegianceTo(Tokens t, Resolved r) {
        int to = t.beforeThe(r.found().first());
        return t.isLower(to, "to") && t.isWord(to - 1) && ALLEGIANCE.contains(t.lower(to - 1));
    }

    private static final Set<String> ALLEGIANCE = WordSets.of("allegiance", "loyalty", "fealty", "bay'ah", "baya");

    /** {@code the state police unit created by Governor X}: who made the body that acts, no side of its deed. */
    static boolean createdBy(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        while (k > 0 && t.isWord(k) && (ActorWords.isTitle(t.lower(k)) || t.isLower(k, "the"))
                && r.found().first() - k < 4) {
            k--;
        }
        return t.isLower(k, "by") && t.isWord(k - 1) && (CREATING.contains(t.lower(k - 1))
                || t.isLower(k - 1, "up") && t.isLower(k - 2, "set"));
    }

    private static final Set<String> CREATING = WordSets.of("created", "founded", "formed", "established");

    /**
     * {@code coca growers loyal to former president Evo Morales}: the politician those who act are loyal to, who
     * takes no part (unlike a warlord's men: {@code bandits loyal to the warlord X}).
     */
    static boolean loyalToPolitician(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        boolean political = false;
        while (k > 0 && t.isWord(k) && !t.isCapitalised(k) && POLITICIANS.contains(t.lower(k))) {
            political |= !t.isLower(k, "former");
            k--;
        }
        return political && t.isLower(k, "to") && (t.isLower(k - 1, "loyal") || t.isLower(k - 1, "close"));
    }

    private static final Set<String> POLITICIANS = WordSets.of("former", "president", "ex-president", "minister",
            "premier", "senator", "governor", "mayor", "deputy", "lawmaker", "mp", "candidate");

    /**
     * The first token after the name, its acronym, the one who speaks for it ({@code a local AFNM commander}) and the
     * words before a denial ({@code has, not, declined to}).
     */
    static int pastFillers(Tokens t, Sentence s, Resolved r) {
        int k = Roles.pastAcronym(t, r.found().last() + 1);
        if (k <= s.last() && t.isWord(k) && !t.isCapitalised(k) && SPEAKERS.contains(t.lower(k))) {
            k++;
        }
        while (k <= s.last() && t.isWord(k) && DENIAL_FILLERS.contains(t.lower(k))) {
            k++;
        }
        return k;
    }

    private static final Set<String> SPEAKERS = WordSets.of("commander", "commanders", "spokesman", "spokeswoman",
            "spokesperson", "official", "officials", "leader", "leaders", "representative", "source", "sources");

    private static final Set<String> DENIAL_FILLERS = WordSets.of("has", "have", "had", "also", "strongly", "quickly",
            "later", "repeatedly", "not", "never", "did", "does", "declined", "refused", "to", "yet");

    /** Words of denial: {@code the gang denied}, {@code the army rejects}. */
    static final Set<String> DENIALS = WordSets.of("denied", "denies", "deny", "denying", "rejected", "rejects");
    /** What a denial can be of, other than the event itself: {@code denied any involvement}, {@code responsibility}. */
    static final Set<String> PARTS = WordSets.of("involvement", "responsibility", "role", "part", "link", "links",
            "participation", "connection", "complicity");
    /** Who claims what they cannot know: {@code some residents claimed X had armed them}. */
    private static final Set<String> CLAIMANTS = WordSets.of("residents", "witnesses", "villagers", "locals", "some",
            "others", "sources", "activists", "elders", "relatives", "families", "rumours", "rumors");
    private static final Set<String> SUSPECT_RANKS = WordSets.of("main", "prime", "chief", "key", "principal",
            "likely", "likeliest", "only");
    private static final int SUSPICION_REACH = 18;
    private static final Set<String> SUSPICION = WordSets.of("believe", "believed", "believes", "suspect", "suspects",
            "suspected", "suspecting", "suspicion", "suspicions", "blamed", "blame", "blames", "blaming", "possibility",
            "possibly", "focusing", "focused", "attributed", "attributes", "attributing", "allegedly", "alleged",
            "presumed", "presumably", "probably", "likely", "thought", "hypothesis", "theory", "purportedly",
            "suggests", "suggested", "might");

    /**
     * Whether the name is who ordered or asked for what is told ({@code deployed on the orders of the Calcutta High
     * Court}, {@code at the request of the governor}): no side of it.
     */
    static boolean orderedBy(Tokens t, Resolved r) {
        int of = t.beforeThe(r.found().first());
        return t.isLower(of, "of") && t.isWord(of - 1) && ORDERS.contains(t.lower(of - 1))
                && (t.isLower(of - 2, "the") || t.isLower(of - 2, "on") || t.isLower(of - 2, "at"));
    }

    private static final Set<String> ORDERS = WordSets.of("orders", "order", "request", "behest", "instructions",
            "instruction", "direction", "directive");

    /**
     * Whether the name, after the trigger, is of the fighting people fled ({@code detained 37 Rohingya who had crossed
     * the river fleeing fighting between the Arakan Army and the Myanmar military}): why they came, no side.
     */
    static boolean fledFighting(Tokens t, Resolved r, int trigger) {
        for (int k = r.found().first() - 1; k > trigger && k >= r.found().first() - 12
                && (t.isWord(k) || t.isChar(k, '(') || t.isChar(k, ')')); k--) { // (past "the Arakan Army (AA) and")
            if (FIGHTING.contains(t.lower(k))) {
                int f = t.isLower(k - 1, "the") ? k - 2 : k - 1;
                return t.isWord(f) && TriggerScan.FLEEING.contains(t.lower(f));
            }
        }
        return false;
    }

    private static final Set<String> FIGHTING = WordSets.of("fighting", "clashes", "violence", "war", "battles",
            "hostilities", "combat");

    /**
     * A named one who got away after the trigger ({@code arrested the second-in-command..., but the gang's leader, X,
     * escaped}): in the sentence, but not in the event.
     */
    static boolean escaped(Tokens t, Sentence s, Resolved r, int trigger) {
        if (r.generic() || r.found().first() < trigger) {
            return false;
        }
        for (int k = r.found().last() + 1; k <= Math.min(s.last(), r.found().last() + 6); k++) {
            if (t.isWord(k) && ESCAPES.contains(t.lower(k))) {
                return true;
            }
            if (t.isPunct(k) && !t.isChar(k, ',')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name is who suspects, blames or believes ({@code she said the NPM had "strong reasons to believe" that
     * the attack had been ordered by X}, {@code police suspect X}, {@code fishermen's associations blamed X}): the one
     * telling of the event, no side of it. Not who is suspected ({@code X, suspected of}, {@code X was blamed for},
     * {@code X is believed to}).
     */
    static boolean suspects(Tokens t, Sentence s, Resolved r) {
        for (int k = Roles.pastAcronym(t, r.found().last() + 1); k <= Math.min(s.last() - 1, r.found().last() + 8); k++) {
            if (t.isDoubleQuote(k)) {
                continue;
            }
            if (!t.isWord(k) || !SUSPECTING.contains(t.lower(k)) && !SUSPECTING_FILLERS.contains(t.lower(k))) {
                return false; // the police arrested four suspected members: no belief of the police's
            }
            if (SUSPECTING.contains(t.lower(k))) {
                boolean passive = t.isLower(k - 1, "was") || t.isLower(k - 1, "were") || t.isLower(k - 1, "is")
                        || t.isLower(k - 1, "are") || t.isLower(k - 1, "been") || t.isLower(k - 1, "be");
                boolean ofIt = t.isLower(k + 1, "of") || t.isLower(k + 1, "for") || t.isLower(k + 1, "to");
                return !passive && !ofIt;
            }
        }
        return false;
    }

    private static final Set<String> SUSPECTING_FILLERS = WordSets.of("had", "has", "have", "also", "now", "strongly",
            "still", "strong", "good", "every", "reason", "reasons", "to", "openly", "publicly", "quickly");
    private static final Set<String> SUSPECTING = WordSets.of("believe", "believed", "believes", "suspect", "suspects",
            "suspected", "blamed", "blame", "blames", "accused", "accuse", "accuses", "attributed", "attribute",
            "attributes");

    private static final Set<String> ESCAPES = WordSets.of("escaped", "fled", "evaded", "eluded", "escapes", "flees",
            "slipped");

    /** Who watched it happen: {@code beaten in the market square in front of a large crowd}. */
    static boolean watching(Tokens t, Sentence s, Resolved r) {
        for (int k = r.found().first() - 2; k >= Math.max(s.first() + 1, r.found().first() - 5); k--) {
            if (t.isLower(k, "front") && t.isLower(k - 1, "in") && t.isLower(k + 1, "of")) {
                return true;
            }
            if (!t.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ALLEGING = WordSets.of("accused", "accusing", "accuse", "accuses", "accusations");
    private static final Set<String> TIES = WordSets.of("being", "belonging", "links", "ties", "working", "spying",
            "collaborating", "collaboration", "colluding", "collusion", "supporting", "informants", "scouts", "spies",
            "membership", "recruiting", "supplying", "behalf");
}
