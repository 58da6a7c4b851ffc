package org.kgi.indexer.extract.events;

import static org.kgi.indexer.extract.events.Acled.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Settles a trigger's reading with the rest of the sentence: an attack on armed men is a battle; a
 * protest met with tear gas is a protest with intervention, with live fire excessive force, with
 * barricades a violent demonstration; a clash with protesters is a riot, and one with sticks and stones and no
 * armed side mob violence; a seizure of weapons or explosives is disrupted weapons use; a territory taken by the
 * police is regained; a town, base or outpost captured is territory taken, not an arrest.
 */
final class EventRefiner {
    private static final Set<String> PROTEST = WordSets.of("protest", "protests", "protesters", "protestors",
            "demonstrators", "demonstration", "demonstrations", "marchers", "march", "marched", "rally",
            "protesting", "protested", "demonstrating", "demonstrated", "rallied", "sit-in", "dharna");
    /** Words that end what a march demands and go on telling the march: {@code demanding statehood turned violent}. */
    private static final Set<String> DEMAND_ENDS = WordSets.of("turned", "became", "erupted", "descended",
            "degenerated", "escalated", "when", "while", "but", "as", "until", "before");
    private static final Set<String> INTERVENTION = WordSets.of("teargas", "tear", "dispersed", "disperse", "cannon",
            "cannons", "rubber", "arrested", "detained", "batons", "charged", "pepper", "pepper-spray",
            "pepper-sprayed", "truncheons", "pushed");
    private static final Set<String> LETHAL = WordSets.of("killed", "shot", "dead", "live", "wounded", "killing",
            "bullets", "injured");
    private static final Set<String> VIOLENT = WordSets.of("barricades", "barricade", "tyres", "tires", "stones",
            "rocks", "torched", "looted", "vandalised", "vandalized", "violent", "clashed", "burning", "rioters",
            "molotov", "smashed", "ransacked", "alight", "ablaze", "toppled", "stoned", "pelted", "burned", "burnt",
            "storm", "stormed", "storming", "hurled", "fireworks", "barricaded", "violently");
    /** Words of a ground attack on a force, which makes explosives used in it part of a battle. */
    private static final Set<String> GROUND_ASSAULT = WordSets.of("ambushed", "ambush", "stormed", "storming",
            "gunbattle", "gunfight", "firefight", "overran", "clashed", "clashes", "fighting", "fought", "battled");
    /**
     * Whether fighters on the ground are the subject of "attacked" ({@code fighters of the SPLM-N attacked army
     * positions}, {@code Taliban fighters attacked checkpoints}), with no aircraft or drones before it.
     */
    private static boolean fightersAttacked(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= s.last(); i++) {
            if (!t.isLower(i, "attacked")) {
                continue;
            }
            boolean fighters = false;
            for (int k = i - 1; k >= Math.max(s.first(), i - 10); k--) {
                if (t.isWord(k) && STRIKERS.contains(t.lower(k))) {
                    return false;
                }
                fighters |= t.isWord(k) && GROUND_FIGHTERS.contains(t.lower(k));
            }
            return fighters;
        }
        return false;
    }

    private static final Set<String> GROUND_FIGHTERS = WordSets.of("fighters", "militants", "gunmen", "rebels",
            "insurgents", "militiamen", "jihadists", "guerrillas", "combatants");
    private static final Set<String> STRIKERS = WordSets.of("drone", "drones", "aircraft", "warplanes", "jets",
            "helicopters", "missiles", "rockets", "artillery", "mortars", "airstrikes", "airstrike");
    /** Forces and their sites, the target of a ground attack: {@code ambushed an army patrol}. */
    private static final Set<String> ASSAULTED = WordSets.of("patrol", "patrols", "base", "bases", "camp",
            "post", "posts", "position", "positions", "checkpoint", "barracks", "convoy", "soldiers", "troops", "army",
            "garrison", "outpost", "headquarters", "forces");
    /** What protesters destroy or throw: a riot's, whatever the police do. */
    private static final Set<String> DESTRUCTION = WordSets.of("looted", "torched", "ransacked", "vandalised",
            "vandalized", "smashed", "molotov", "ablaze", "alight", "hurled", "pelted", "stoned", "looting");
    private static final Set<String> WEAPONS = WordSets.of("weapons", "weapon", "guns", "rifles", "firearms",
            "ammunition", "arms", "drugs", "cocaine", "explosives", "pistols", "rounds", "cartridges", "materials",
            "detonators", "grenades", "components", "bomb-making");

    /** What a seizure says: explosives found or defused did not explode. */
    private static final Set<String> SEIZED = WordSets.of("seized", "seize", "seizure", "recovered", "found",
            "discovered", "confiscated", "defused", "cache", "caches", "dismantled", "seizing", "recovering",
            "confiscating", "located", "unearthed", "deactivated", "neutralised", "neutralized", "disposal");
    /** What unarmed people fight with: a clash with these and no armed side is mob violence, not a battle. */
    private static final Set<String> RIOT_WEAPONS = WordSets.of("sticks", "stones", "rocks", "clubs", "bottles",
            "fists", "stick", "machetes");

    /** Arrest words that also take places. */
    private static final Set<String> CAPTURE = WordSets.of("captured", "capture", "captures", "capturing");
    /** What is captured when territory changes hands ({@code captured a Tatmadaw outpost}). */
    private static final Set<String> TERRITORY = WordSets.of("town", "towns", "village", "villages", "outpost",
            "outposts", "base", "bases", "position", "positions", "camp", "camps", "checkpoint", "checkpoints", "city",
            "area", "areas", "district", "territory", "locality", "barracks", "post", "posts", "hill", "airport",
            "garrison", "headquarters", "stronghold", "strongholds", "township", "commune", "bridge", "crossing");
    /** Where the captured object's words end. */
    private static final Set<String> STOPS = WordSets.of("in", "at", "near", "from", "during", "after", "with", "on",
            "and", "while");

    /** Harm short of killing: {@code broke the arm of a cameraman}, {@code beat two reporters}. */
    private static final Set<String> HURT = WordSets.of("beat", "beaten", "broke", "stabbed", "hurt", "assaulted",
            "attacked");
    /** People in a crowd: what they storm or fight is a riot's, not a battle's. */
    private static final Set<String> CROWD = WordSets.of("crowd", "crowds", "mob", "mobs", "rioters", "supporters",
            "mourners", "looters", "youths", "blockaders");
    /** What a force fires tear gas for, with no crowd named: {@code to clear the road}. */
    private static final Set<String> CLEARING = WordSets.of("clear", "cleared", "clearing", "disperse", "dispersed",
            "dispersing", "reopen", "reopened");
    /** Weapons of crowd control, which say whom the police fired at was a crowd. */
    private static final Set<String> CROWD_CONTROL = WordSets.of("teargas", "tear", "cannon", "cannons", "rubber",
            "pepper", "pepper-spray", "batons", "truncheons", "baton-charged", "lathi-charged");
    /** People gathered in numbers: {@code hundreds of students}. */
    private static final Set<String> GATHERED = WordSets.of("hundreds", "thousands", "dozens", "students", "residents",
            "traders", "villagers", "workers", "farmers");
    private static final Set<String> CUES = union(PROTEST, INTERVENTION, LETHAL, VIOLENT, WEAPONS, SEIZED, RIOT_WEAPONS,
            CROWD, DESTRUCTION, GROUND_ASSAULT, ASSAULTED, CROWD_CONTROL, GATHERED, HURT);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return WordSets.copyOf(all);
    }

    /** Whether the weapon at {@code at} is what was seized: {@code a grenade were seized}. */
    private static boolean seizedRightAfter(Tokens t, Sentence s, int at) {
        int k = at + 1;
        if (t.isLower(k, "was") || t.isLower(k, "were") || t.isLower(k, "had") || t.isLower(k, "have")) {
            k++;
        }
        if (t.isLower(k, "been")) {
            k++;
        }
        return k <= s.last() && t.isWord(k) && SEIZED.contains(t.lower(k));
    }

    /** Goods seized ({@link #goodsSeized}): no event of its own beside another the sentence tells. */
    static final Reading GOODS_SEIZED = new Reading(STRATEGIC, OTHER);

    /** People who, fighting with no armed actor named, make a fight a riot. */
    private static final Set<String> UNARMED_SIDES = WordSets.of("students", "activists", "villagers", "residents",
            "workers", "traders", "vendors", "farmers", "fans", "supporters", "partisans", "farmer", "neighbours",
            "neighbors", "families", "relatives", "refugees");
    private static final Set<String> RETALIATED = WordSets.of("retaliated", "retaliating");
    private static final Set<String> FIREARMS = WordSets.of("armed", "firearms", "guns", "rifles", "gunfire",
            "gunshots", "shot", "shooting");

    record Reading(String type, String subType) {
    }

    /** Victims who are nobody's fighters. */
    private static final Set<String> CIVILIAN_VICTIMS = WordSets.of("civilians", "civilian", "villagers", "children",
            "women", "worshippers", "passengers", "farmers", "residents", "students", "journalist", "journalists");
    /** Men of a force, the object of an attack: {@code the Divisional Police Officer}, {@code two soldiers}. */
    private static final Set<String> FORCE_MEMBERS = WordSets.of("soldier", "soldiers", "policeman", "policemen",
            "officer", "officers", "gendarme", "gendarmes", "troops", "militiaman", "militiamen", "servicemen",
            "serviceman", "guardsmen", "sergeant", "corporal", "inspector");
    /** Who is no longer a force's man: {@code a former ANDSF soldier}. */
    private static final Set<String> FORMER = WordSets.of("former", "retired", "off-duty", "ex", "demobilised",
            "demobilized");

    /** Whether a force's man is the trigger's object, within six words: {@code shot and injured the police officer}. */
    private static boolean forceMemberAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 6); i++) {
            if (!t.isWord(i) || t.isLower(i, "near") || t.isLower(i, "in") || t.isLower(i, "at")
                    || t.isLower(i, "by")) {
                return false; // (shot by soldiers: who shot)
            }
            if (FORCE_MEMBERS.contains(t.lower(i)) && !t.hasWordIn(Math.max(at + 1, i - 3), i - 1, FORMER)) {
                return true;
            }
        }
        return false;
    }

    /** Whether armed men are named on both sides of the trigger, one before it and another after it. */
    private static boolean armedEitherSide(Tokens t, Sentence s, int at, List<Resolved> actors) {
        String before = null;
        String after = null;
        for (Resolved r : actors) {
            if (!isArmed(r.type())) {
                continue;
            }
            int first = r.found().first();
            if (r.found().last() < at) {
                before = before == null ? r.id() : before;
            } else if (first > at && (first - at <= 6 || t.isLower(first - 1, "by") || t.isLower(first - 2, "by"))) {
                after = after == null ? r.id() : after; // its object, or who did it ("following attacks by X")
            }
        }
        return before != null && after != null && !before.equals(after) && !t.hasWordIn(s, CLAIMS);
    }

    /** Words of a claim of responsibility, which names who attacked, not whom. */
    private static final Set<String> CLAIMS = WordSets.of("claimed", "claim", "claiming");

    /** Guns that fire at an area from afar: {@code heavy and medium weapons}, {@code 12.7mm machine guns}. */
    private static final Set<String> HEAVY = WordSets.of("heavy", "medium", "machine", "machineguns", "mortars",
            "artillery", "rpgs", "recoilless");

    /** Whether heavy weapons ({@code heavy ... weapons}, {@code machine guns}) were fired, before their target. */
    private static boolean heavyGunsAfter(Tokens t, Sentence s, int at) {
        boolean heavy = false;
        for (int i = at + 1; i <= Math.min(s.last(), at + 16); i++) {
            if (t.isLower(i, "at") || t.isLower(i, "on") || t.isLower(i, "towards")) {
                return false;
            }
            heavy |= t.isWord(i) && HEAVY.contains(t.lower(i));
            if (heavy && (t.isLower(i, "weapons") || t.isLower(i, "guns") || t.isLower(i, "machineguns"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code fired} is followed by its shots going {@code into the air} or {@code in the air}. */
    private static boolean intoTheAir(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 8); i++) {
            if (t.isLower(i, "air") && t.isLower(i - 1, "the")
                    && (t.isLower(i - 2, "into") || t.isLower(i - 2, "in"))) {
                return true;
            }
        }
        return false;
    }

    /** A force, its men or its sites, what small arms are fired at in a clash: {@code the governmental positions}. */
    private static final Set<String> FORCE_TARGETS_FIRED_AT = WordSets.of("positions", "position", "patrol",
            "patrols", "checkpoint", "checkpoints", "soldiers", "troops", "convoy", "barracks", "garrison", "outpost",
            "outposts", "police", "policemen", "army");
    /** What a monitor of a front line counts: {@code observed 28 explosions/shots involving small arms}. */
    private static final Set<String> MONITORED = WordSets.of("observed", "recorded", "directions");
    /** What a crowd throws: {@code attacked with stones and bottles}. */
    private static final Set<String> THROWN = WordSets.of("stones", "rocks", "bottles", "bricks", "stone", "rock");
    private static final Set<String> RIOT_WORDS = WordSets.of("riot", "riots", "rioting", "rioters");
    /** What protesters burn on a road. */
    private static final Set<String> TYRES = WordSets.of("tyres", "tires", "tyre", "tire");

    /** What a side does with its fire when the other fires back: {@code exchanged artillery}. */
    private static final Set<String> EXCHANGED = WordSets.of("exchanged", "traded", "exchanging", "trading",
            "exchange", "exchanges");
    /** A soldier's own guns, one word: {@code firearms}, {@code rifles} (heavy machine guns are not). */
    private static final Set<String> DIRECT_FIRE = WordSets.of("firearms", "rifles", "gunfire", "small-arms",
            "kalashnikovs");

    /**
     * Whether the sentence names small arms fired: firearms, rifles, small arms, ACLED's mark of an armed clash (the
     * NAF fired heavy machine guns and grenade launchers at the positions: shelling; ... and small arms: a clash).
     */
    private static boolean directFire(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && (DIRECT_FIRE.contains(t.lower(i))
                    || t.isLower(i, "arms") && t.isLower(i - 1, "small"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence tells an attack beaten off: {@code thwarted a pro-Houthi incursion}. */
    private static boolean thwartedAttack(Tokens t, Sentence s) {
        for (int i = s.first(); i < s.last(); i++) {
            if (t.isWord(i) && THWARTED.contains(t.lower(i)) && TriggerScan.wordAfter(t, s, i, 4, ASSAULTS)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> THWARTED = WordSets.of("thwarted", "repelled", "repulsed", "thwarting",
            "repelling", "repulsing");
    private static final Set<String> ASSAULTS = WordSets.of("attack", "attacks", "incursion", "incursions", "assault",
            "assaults", "offensive", "advance");

    /**
     * Whether people with no arms named beat, burn or kill a suspect right after token {@code at}: {@code a group beat
     * a suspected robber}, {@code villagers beat to death two men suspected of burglary}. ACLED's mob violence.
     */
    private static boolean suspectPunished(Tokens t, Sentence s, int at) {
        boolean byPeople = false;
        for (int i = Math.max(s.first(), at - 3); i < at; i++) {
            byPeople |= t.isWord(i) && PUNISHING_PEOPLE.contains(t.lower(i));
        }
        if (!byPeople || t.hasWordIn(s, FIREARMS)) {
            return false;
        }
        for (int i = at + 1; i <= Math.min(s.last(), at + 8); i++) {
            if ((t.isLower(i, "suspected") || t.isLower(i, "alleged"))
                    && (TriggerScan.wordAfter(t, s, i, 2, SUSPECTS) || t.isLower(i + 1, "of"))) {
                return true;
            }
        }
        return false;
    }

    /** Who punishes a suspect, unarmed: {@code a group}, {@code a mob}, {@code residents}. */
    private static final Set<String> PUNISHING_PEOPLE = WordSets.of("group", "mob", "crowd", "residents", "locals",
            "villagers", "youths", "people", "inhabitants", "community", "neighbours", "neighbors");
    /** Whom a crowd punishes: {@code a suspected robber}, {@code an alleged witch}. */
    private static final Set<String> SUSPECTS = WordSets.of("robber", "robbers", "thief", "thieves", "burglar",
            "burglars", "criminal", "criminals", "kidnapper", "kidnappers", "witch", "witches", "rapist", "rapists",
            "rustler", "rustlers", "pickpocket", "pickpockets", "murderer");

    /** Whether the sentence tells fire {@code in both directions}: fire exchanged. */
    private static boolean bothDirections(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= s.last(); i++) {
            if (t.isLower(i, "directions") && t.isLower(i - 1, "both")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an unnamed armed group is named as two rivals: {@code members of two rival gangs}. */
    private static boolean rivals(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        return t.isLower(k, "rival") && (t.isLower(k - 1, "two") || t.lower(r.found().last()).endsWith("s"));
    }

    /** Spans before {@code before} or {@code after} that open a clause of another event: {@code hours before}. */
    private static final Set<String> TIME_SPANS = WordSets.copyOf(Stream.concat(EventFinder.SHORTLY.stream(),
            Stream.of("days", "weeks")).toList());

    /**
     * Whether the barricade at {@code i} is one the police set or that marchers tried to pass: {@code tried to pass a
     * barricade}, {@code a police barricade}, not one a crowd put up (nor one it broke through).
     */
    private static boolean policeBarrier(Tokens t, int i) {
        return (t.isLower(i, "barricade") || t.isLower(i, "barricades")) && t.wordJustBefore(i, 3, PASSED_BARRIERS);
    }

    private static final Set<String> TRIBE_NOUNS = WordSets.of("tribe", "clan", "tribes", "clans");
    private static final Set<String> CROWD_COUNTS = WordSets.of("hundred", "hundreds", "thousand", "thousands",
            "dozens", "scores");

    /**
     * Whether the armed group is a tribe or a clan whose people came in their hundreds, demanding something ({@code
     * several hundred members of the Bani Tamim tribe blocked the road for four hours, demanding that the killers be
     * found}): a protest, not an armed group's deed.
     */
    private static boolean tribesmenDemanding(Tokens t, Sentence s, int at, Resolved r) {
        int members = t.beforeThe(r.found().first());
        if (!t.isLower(members, "of") || !t.isLower(members - 1, "members")
                || !t.hasWordIn(Math.max(s.first(), members - 4), members - 2, CROWD_COUNTS)) {
            return false;
        }
        int last = r.found().last();
        boolean tribe = t.isWord(last + 1) && TRIBE_NOUNS.contains(t.lower(last + 1))
                || t.isWord(last) && TRIBE_NOUNS.contains(t.lower(last));
        return tribe && t.hasWordIn(at + 1, s.last(), TriggerScan.DEMANDS);
    }

    /**
     * Whether the word is what a road was blocked with ({@code blocked the Garissa-Modogashe road with stones and
     * branches}): a blockade's material, not thrown.
     */
    private static boolean blockedWith(Tokens t, int i) {
        return t.isLower(i - 1, "with") && t.wordJustBefore(i - 1, 6, BLOCKED);
    }

    private static final Set<String> BEATING = WordSets.of("beating", "torturing", "whipping", "killing", "robbing");

    /** Verbs a slogan follows: {@code placards reading "..."}, {@code chanting '...'}. */
    private static final Set<String> SLOGAN_VERBS = WordSets.of("reading", "read", "chanting", "chanted", "bearing",
            "saying", "shouting", "shouted");

    private static boolean quoteOpens(Tokens t, int i) {
        return t.isDoubleQuote(i) || t.isApostrophe(i) || t.isChar(i, '\u2018');
    }

    private static final Set<String> BLOCKED = WordSets.of("blocked", "blocking", "barricaded", "blocks", "block");

    private static final Set<String> PASSED_BARRIERS = WordSets.of("police", "pass", "passed", "cross", "crossed",
            "past", "behind", "removed", "remove", "surrounded", "sealed", "cordoned", "fenced");

    /** @param at the trigger's token */
    Reading refine(Trigger trigger, Tokens t, Sentence s, int at, List<Resolved> actors) {
        if (RIOTS.equals(trigger.type()) && peacefulBefore(t, s, at)) {
            // students held a peaceful protest, demanding the release of those arrested during a riot a day earlier:
            // the riot is what the protest is about
            return new Reading(PROTESTS, PEACEFUL_PROTEST);
        }
        Set<String> words = new HashSet<>();
        boolean march = Acled.PROTESTS.equals(trigger.type());
        int demand = -1; // what a march demands: "demanding the release of the four men held and an end to the looting"
        for (int i = s.first(); i <= s.last(); i++) {
            if (march && i > at && t.isWord(i) && TriggerScan.DEMANDS.contains(t.lower(i))) {
                demand = i;
            } else if (demand >= 0 && (t.isPunct(i) && !t.isChar(i, ',') && !t.isApostrophe(i) && !t.isDash(i)
                    || t.isWord(i) && DEMAND_ENDS.contains(t.lower(i)) || t.isLower(i, "with") && t.isChar(i - 1, ',')
                    || t.isWord(i) && !t.isCapitalised(i) && t.lower(i).endsWith("ed") && t.isWord(i - 1)
                    && t.isCapitalised(i - 1))) { // demanding the resignation of X hurled bottles at police
                demand = -1; // a rally demanding statehood turned violent, with protesters setting fire to a vehicle
            }
            if (demand >= 0 && i > demand) {
                continue;
            }
            if (quoteOpens(t, i) && t.isWord(i - 1) && SLOGAN_VERBS.contains(t.lower(i - 1))) {
                int close = i + 1; // placards reading "Our sons are not bullets": a slogan's words, no deed told
                while (close <= s.last() && close < i + 20 && !quoteOpens(t, close)) {
                    close++;
                }
                i = close;
                continue;
            }
            if (i > at && (t.isLower(i, "before") || t.isLower(i, "after")) && t.isWord(i - 1)
                    && TIME_SPANS.contains(t.lower(i - 1))) {
                break; // police broke up a march, hours before armed men ransacked a radio station: another event
            }
            if (t.isWord(i) && (!t.isCapitalised(i) || t.opensSentence(s, i) || t.isLower(i, "molotov"))
                    && CUES.contains(t.lower(i)) // Supporters of X...; NAIROBI — Protesters broke...
                    && !(t.isLower(i - 1, "armed") && CROWD.contains(t.lower(i))) // armed youths: no crowd
                    && !TriggerScan.dispersedOnItsOwn(t, i) && !TriggerScan.deadRemembered(t, i)
                    && !TriggerScan.placeWhere(t, i) && !TriggerScan.afterSince(t, i) && !policeBarrier(t, i)
                    && !blockedWith(t, i) && !TriggerScan.sparked(t, i) && !TriggerScan.attributive(t, i)
                    && !(t.isLower(i, "found") && t.isLower(i + 1, "no")) // found no sign of any attack
                    && !TriggerScan.protestersSaying(t, i) // whom protesters described as thugs
                    && !TriggerScan.nearTheProtest(t, i)) { // beat a cameraman near the rally
                // walked to the place where X was shot: no shooting here; news of sons detained since the election
                words.add(t.lower(i));
            }
        }
        boolean protest = containsAny(words, PROTEST);
        String armed = null;
        boolean armedCount2 = false;
        Set<String> namedArmed = new HashSet<>(2); // types of the named armed actors, which unnamed ones of theirs echo
        for (Resolved r : actors) {
            if (isArmed(r.type()) && !r.generic()) {
                namedArmed.add(r.type());
            }
        }
        for (Resolved r : actors) {
            if (r.generic() && namedArmed.contains(r.type())) {
                continue; // "armed men believed to belong to the Hidden Ravens gang": one side, not two
            }
            if (isArmed(r.type()) && (compoundBefore(t, r, actors) || unitOf(t, r, actors)
                    || Sidelines.parentInApposition(t, s, r))) {
                continue; // NATO-led KFOR, the One Order faction of the Klansman gang, X, a member of the Y coalition
            }
            if (isArmed(r.type())) {
                armedCount2 |= armed != null && !armed.equals(r.id()) || r.generic() && rivals(t, r);
                armed = armed == null ? r.id() : armed;
            }
        }
        boolean armedOpponent = armed != null;
        String sub = trigger.subType();
        if (MOB_VIOLENCE.equals(sub) && t.lower(at).startsWith("rampag")
                && actors.stream().anyMatch(r -> isArmed(r.type()) && r.found().first() < at)) {
            // hundreds of Israeli settlers rampaged through Huwara; RSF fighters rampaged through Al-Sireha: armed
            // men's attack on the people there, no mob's
            return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
        }
        switch (trigger.type()) {
            case BATTLES:
                if (ARMED_CLASH.equals(sub) && noFightingReported(t, s)) {
                    // brigades arrived and took up positions around the city ahead of an offensive; no fighting was
                    // reported: a force's move, no battle
                    return new Reading(STRATEGIC, OTHER);
                }
                if (ARMED_CLASH.equals(sub) && !protest && !armedOpponent && containsAny(words, CROWD)
                        && containsAny(words, RIOT_WEAPONS)) {
                    // supporters of two rival candidates fought with stones, iron bars and knives: no demonstration
                    return new Reading(RIOTS, MOB_VIOLENCE);
                }
                if ((protest || containsAny(words, CROWD)) && !armedCount2) {
                    // a crowd of his supporters stormed the residence (but a crowd seized two herders and beat one of
                    // them to death, blockaders seized two men and beat them: a mob)
                    boolean mob = !protest && t.hasWordIn(s, PERSON_DEEDS)
                            && (containsAny(words, DEMONSTRATION_CROWDS) || !demonstration(false, words));
                    return new Reading(RIOTS, mob ? MOB_VIOLENCE : VIOLENT_DEMONSTRATION);
                }
                if (ARMED_CLASH.equals(sub) && !armedOpponent && (t.hasWordIn(s, UNARMED_SIDES) || groupOfPeople(t, s))
                        && !t.hasWordIn(s, FIREARMS)) { // not "armed herders and farmers"
                    // students demanding reform fought activists of the ruling party's student wing: no armed side
                    return t.hasWordIn(s, TriggerScan.DEMANDS) ? new Reading(RIOTS, VIOLENT_DEMONSTRATION)
                            : new Reading(RIOTS, MOB_VIOLENCE);
                }
                if (crowdActs(t, s, at, actors)) {
                    return new Reading(RIOTS, MOB_VIOLENCE); // residents seized 13 suspects from a police vehicle
                }
                if ((NON_STATE_OVERTAKES.equals(sub) || GOVERNMENT_REGAINS.equals(sub)) && peacefulTakeover(t, s)) {
                    // took control of the palace without major fighting; handed over its positions without a fight
                    return new Reading(STRATEGIC, TRANSFER_OF_TERRITORY);
                }
                if (GOVERNMENT_REGAINS.equals(sub) && t.lower(at).startsWith("recaptur")
                        && personAfter(t, at, actors)) {
                    return new Reading(STRATEGIC, ARRESTS); // recaptured Los Choneros gang leader X: an escaped man
                }
                if (t.isLower(at, "seized") && vesselAfter(t, s, at)) {
                    return new Reading(STRATEGIC, OTHER); // seized the car carrier Galaxy Leader: a hijacking
                }
                if (NON_STATE_OVERTAKES.equals(sub) && t.isLower(at, "stormed") && crowdFirst(t, s, at, actors)) {
                    // protesters stormed the parliament compound; angry mobs stormed the residences of ministers
                    return new Reading(RIOTS, demonstration(protest, words) ? VIOLENT_DEMONSTRATION : MOB_VIOLENCE);
                }
                if (NON_STATE_OVERTAKES.equals(sub) && t.isLower(at, "stormed") && securitySiteAfter(t, s, at)
                        && !t.hasWordIn(s, TAKEN_OR_HELD)) {
                    return new Reading(BATTLES, ARMED_CLASH); // stormed a detachment of the army: nothing taken
                }
                if (t.isLower(at, "stormed") && !armedCount2 && !securitySiteAfter(t, s, at) && (killsPeople(t, s, at)
                        || killedBefore(t, s, at) || t.hasWordIn(at + 1, s.last(), STORMING_HARM))) {
                    // stormed a mosque, killing 311 people; 100 people were killed when gunmen stormed Yelwata;
                    // stormed a massage parlour, beating employees
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (t.isLower(at, "seized") && personAfter(t, at, actors)) {
                    // four gunmen seized Abdelsalam Ghaith outside a mosque: a person taken, no territory
                    return firstActorIsState(actors) ? new Reading(STRATEGIC, ARRESTS)
                            : new Reading(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION);
                }
                if (NON_STATE_OVERTAKES.equals(sub) && civiliansHit(t, s, at) && !t.isLower(at + 1, "over")
                        && !territoryAfter(t, s, at)) {
                    // seized two fishermen (not "took over a group of houses", nor "seized two villages": places)
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION);
                }
                if (t.lower(at).startsWith("ambush") && !armedCount2 && ambushedCivilians(t, s, at)) {
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK); // gunmen ambushed a bus on the road
                }
                if (NON_STATE_OVERTAKES.equals(sub) && t.lower(at).startsWith("storm")
                        && TriggerScan.wordAfter(t, s, at, 3, CIVIL_BUILDINGS)
                        && actors.stream().noneMatch(r -> isArmed(r.type()) && r.found().first() > at
                        && r.found().first() <= at + 4) // (police who intervened later: no side of the storming)
                        && !t.hasWordIn(s, FOUGHT_BACK)) { // (not "and security forces fought them for 30 hours")
                    // hooded gunmen stormed the studios of TC Televisión and held staff at gunpoint: an attack on the
                    // people inside, no territory taken
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if ((NON_STATE_OVERTAKES.equals(sub) || t.lower(at).startsWith("ambush")) && killsCivilians(t, s, s.first() - 1)) {
                    // stormed the village, killing nine residents; ambushed and killed three men; 12 civilians were
                    // killed when RSF soldiers stormed the area (anywhere in the sentence)
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (NON_STATE_OVERTAKES.equals(sub) && containsAny(words, WEAPONS) && t.lower(at).startsWith("seiz")) {
                    return new Reading(STRATEGIC, DISRUPTED_WEAPONS);
                }
                if (NON_STATE_OVERTAKES.equals(sub) && goodsSeized(t, s, at)) {
                    return GOODS_SEIZED; // seized 14 elephant tusks: no territory
                }
                if (NON_STATE_OVERTAKES.equals(sub) && firstActorIsState(actors)) {
                    return new Reading(BATTLES, GOVERNMENT_REGAINS);
                }
                if (ARMED_CLASH.equals(sub) && !armedCount2 && t.lower(at).startsWith("raid")
                        && (killedBefore(t, s, at) || killsCivilians(t, s, at))) {
                    // two elderly residents were killed when military troops raided the village: no one fought back
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (ARMED_CLASH.equals(sub) && !armedOpponent && containsAny(words, RIOT_WEAPONS)) {
                    return new Reading(RIOTS, MOB_VIOLENCE); // rival student groups clashed with sticks and stones
                }
                if (ARMED_CLASH.equals(sub) && !armedCount2 && containsAny(words, RIOT_WEAPONS) && actors.stream()
                        .noneMatch(r -> "armed_group".equals(r.type()))) {
                    // masked young men clashed with police, throwing rocks and bottles: a riot against the one force
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (ARMED_CLASH.equals(sub) && armedOpponent && !armedCount2
                        && actors.stream().anyMatch(r -> "civilians".equals(r.type()) && aSide(t, r, at))) {
                    // opposition supporters clashed with police: one armed side and people, a riot, not a battle
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                return new Reading(BATTLES, sub);
            case VIOLENCE_AGAINST_CIVILIANS:
                if (ATTACK.equals(sub) && deviceSetOff(t, s)) {
                    // two soldiers were killed when their vehicle ran over an IED: killed by the device, no battle
                    return new Reading(EXPLOSIONS, IED);
                }
                if (ATTACK.equals(sub) && suspectPunished(t, s, at)
                        && actors.stream().noneMatch(r -> isArmed(r.type()) && r.found().first() < at)) {
                    // a group beat a suspected robber before handing him over to the police: mob justice
                    return new Reading(RIOTS, MOB_VIOLENCE);
                }
                if (ABDUCTION.equals(sub) && (killedBefore(t, s, at) || killedThemAfter(t, s, at))) {
                    // (took five men from their homes and shot them dead: a killing)
                    // killing at least 12 civilians and abducting three; killed five civilians and took away the chief
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (ABDUCTION.equals(sub) && (inPoliceVehicle(t, s, at) || firstActorIsState(actors)
                        && (t.isLower(at, "took") || t.isLower(at, "taken")))) {
                    // dozens were taken away in police buses; police took the suspect from his home: arrests
                    return new Reading(STRATEGIC, ARRESTS);
                }
                if (ATTACK.equals(sub) && (t.isLower(at, "fired") || t.isLower(at, "attacked")) && armed != null
                        && positionsAfter(t, s, at)) {
                    return new Reading(BATTLES, ARMED_CLASH); // Armenian units fired at its positions
                }
                if (ATTACK.equals(sub) && t.isLower(at, "fired") && heavyGunsAfter(t, s, at)
                        && !containsAny(words, LETHAL) && !t.hasWordIn(s, FORCE_TARGETS_FIRED_AT)) {
                    // forces fired heavy and medium weapons at scattered areas of a neighbourhood; fired 12.7mm machine
                    // guns at farms and villages: fire at an area from afar, ACLED's shelling
                    return new Reading(EXPLOSIONS, SHELLING);
                }
                if (ATTACK.equals(sub) && armedEitherSide(t, s, at, actors) && !containsAny(words, CROWD)
                        && !crowdActs(t, s, at, actors) && !killsPeople(t, s, s.first() - 1)
                        && !killedBefore(t, s, at) && !t.hasWordIn(s, CIVILIAN_VICTIMS)) {
                    // GNA forces attacked LNA forces; militia members were killed following attacks by Taliban
                    // militants; a member of the Sharqiya Army shot a member of a rebel group: armed men on both
                    // sides, a battle
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (ATTACK.equals(sub) && t.isLower(at, "fired") && !protest && !containsAny(words, LETHAL)
                        && intoTheAir(t, s, at)) {
                    // border police fired at least 50 shots into the air: warning shots, no attack
                    return new Reading(STRATEGIC, OTHER);
                }
                if (ATTACK.equals(sub) && armedCount2 && Roles.eachOtherAfter(t, at)) {
                    return new Reading(BATTLES, ARMED_CLASH); // members of two gangs shot at each other
                }
                if (ATTACK.equals(sub) && armedOpponent && armedWithGuns(t, s, at) && crowdActs(t, s, at, actors)) {
                    // villagers armed with hunting rifles opened fire on a Taliban team: a fight, no riot
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (ATTACK.equals(sub) && TriggerScan.wordAfter(t, s, at, 4, THROWN) && t.isLower(at + 1, "with")
                        && actors.stream().noneMatch(r -> "armed_group".equals(r.type()))) {
                    // (police officers) were attacked with stones and bottles: what a crowd throws, a riot
                    return new Reading(RIOTS, protest ? VIOLENT_DEMONSTRATION : MOB_VIOLENCE);
                }
                if (ATTACK.equals(sub) && crowdActs(t, s, at, actors)) {
                    // youths threw stones at security forces, one person killed; a crowd beat and set on fire a man
                    return new Reading(RIOTS, demonstration(protest, words) ? VIOLENT_DEMONSTRATION : MOB_VIOLENCE);
                }
                if (ATTACK.equals(sub) && (words.contains("rioters") || words.contains("mob")
                        || containsAny(words, CROWD) && containsAny(words, VIOLENT))) {
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION); // rioters attacked; youths burned tyres and attacked
                }
                if (ATTACK.equals(sub) && (securitySiteAfter(t, s, at) || forceHitInPassive(t, s, at)
                        || armedOpponent && forceMemberAfter(t, s, at) && !t.hasWordIn(s, CIVILIAN_VICTIMS))) {
                    // militants attacked a checkpoint, an army camp; unidentified gunmen shot and injured the
                    // Divisional Police Officer (a force's man named, capitalised, up to six words on)
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (ATTACK.equals(sub) && protest && containsAny(words, DESTRUCTION)) {
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (ATTACK.equals(sub) && protest && actors.stream().anyMatch(r -> "armed_group".equals(r.type())
                        && r.generic() && r.found().first() < at)
                        && actors.stream().noneMatch(r -> "security_force".equals(r.type()))) {
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK); // masked men attacked the protest camp
                }
                if (ATTACK.equals(sub) && protest) {
                    return containsAny(words, LETHAL) || !containsAny(words, INTERVENTION)
                            ? new Reading(PROTESTS, EXCESSIVE_FORCE) : new Reading(PROTESTS, PROTEST_WITH_INTERVENTION);
                }
                if (ATTACK.equals(sub) && containsAny(words, CROWD_CONTROL)
                        && (containsAny(words, CROWD) || containsAny(words, GATHERED)
                        || !containsAny(words, LETHAL) && !containsAny(words, HURT) && t.hasWordIn(s, CLEARING))) {
                    // (or with nothing else: fired tear gas shells to clear the road, a crowd the report told before)
                    // police fired tear gas at hundreds of opposition supporters who had blocked a road: a crowd met
                    return containsAny(words, LETHAL) ? new Reading(PROTESTS, EXCESSIVE_FORCE)
                            : new Reading(PROTESTS, PROTEST_WITH_INTERVENTION);
                }
                if (ATTACK.equals(sub) && thwartedAttack(t, s)) {
                    // forces thwarted a Houthi attack on the city, incurring a number of fatalities: the attack met
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (ATTACK.equals(sub) && armedOpponent && t.hasWordIn(at + 1, s.last(), RETALIATED)) {
                    return new Reading(BATTLES, ARMED_CLASH); // the Maoists opened fire on the team, which retaliated
                }
                if (ATTACK.equals(sub) && armedCount2 && !Roles.armedTogether(t, actors, at, false)
                        && !civiliansHit(t, s, at) && !killsPeople(t, s, at) && !feudBetween(t, s, at)) {
                    // two armed sides, and no civilians or people harmed (killing 20 people, including 12 children)
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                return new Reading(VIOLENCE_AGAINST_CIVILIANS, sub);
            case PROTESTS:
                if (!protest && !containsAny(words, DEMONSTRATION) && containsAny(words, CROWD)
                        && (t.hasWordIn(s, MOB_DEEDS) || setAlight(t, s)) && noForceIn(t, s, actors)) {
                    // a crowd of some 200 men gathered in Sortobe and beat a resident, set fire to six houses: a mob,
                    // no demonstration
                    return new Reading(RIOTS, MOB_VIOLENCE);
                }
                if (protest && (containsAny(words, DESTRUCTION) || setAlight(t, s))) {
                    // protesters torched a police station and looted shops; police fired live rounds: a riot
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (!protest && actors.stream().anyMatch(r -> "armed_group".equals(r.type())
                        // not the withdrawal demanded of them
                        && !t.hasWordIn(at + 1, r.found().first() - 1, TriggerScan.DEMANDS)
                        && !tribesmenDemanding(t, s, at, r))) {
                    // gunmen opened fire on people gathered outside, killing two; gunmen blocked a highway and shot dead
                    // 23 passengers: an attack, not a protest
                    return containsAny(words, LETHAL) || containsAny(words, HURT)
                            ? new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK)
                            : t.hasWordIn(s, ABDUCTING) ? new Reading(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION)
                            : new Reading(STRATEGIC, OTHER); // (armed men blocked the highway and abducted nine)
                }
                boolean violent = containsAny(words, VIOLENT);
                if (protest && violent) {
                    // demonstrators tried to storm the embassy, hurled stones: a riot, whatever the police did
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (containsAny(words, LETHAL) && !lethalOnlyAsCause(t, s)) {
                    // (but "protesters at the blockade had shot dead a police sergeant": the crowd killed, a riot)
                    return crowdKilled(t, s, actors) ? new Reading(RIOTS, VIOLENT_DEMONSTRATION)
                            : new Reading(PROTESTS, EXCESSIVE_FORCE);
                }
                if (containsAny(words, INTERVENTION)) {
                    return new Reading(PROTESTS, PROTEST_WITH_INTERVENTION);
                }
                if (violent) {
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                return new Reading(PROTESTS, PEACEFUL_PROTEST);
            case EXPLOSIONS:
                if ((IED.equals(sub) || GRENADE.equals(sub)) && destroyedSafely(t, s) && !containsAny(words, LETHAL)
                        && !t.hasWordIn(s, WENT_OFF)) {
                    // the Bomb Disposal Squad detected an IED near a culvert and destroyed it in situ: made safe (a
                    // grenade too, destroyed in a controlled detonation)
                    return new Reading(STRATEGIC, DISRUPTED_WEAPONS);
                }
                if (containsAny(words, SEIZED) && (!containsAny(words, LETHAL) || seizedRightAfter(t, s, at))) {
                    // a cache of explosives seized; "the three dead were CV members and four rifles and a grenade were
                    // seized": what was seized
                    return new Reading(STRATEGIC, DISRUPTED_WEAPONS);
                }
                if ((protest || containsAny(words, CROWD))
                        && (containsAny(words, VIOLENT) || containsAny(words, RIOT_WEAPONS)) && !armedCount2) {
                    // protesters hurled stones and bottles at police, who fired grenades: a riot (petrol bombs and stun
                    // grenades are no trigger of remote violence at all: TriggerScan)
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (containsAny(words, GROUND_ASSAULT) && (words.contains("stormed") || words.contains("storming"))
                        && killsCivilians(t, s, s.first() - 1)) {
                    // fighters stormed the camp, shelling and burning shelters and killing hundreds of civilians: an
                    // attack on civilians, the shelling its means
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (containsAny(words, ASSAULTED) && (containsAny(words, GROUND_ASSAULT) || fightersAttacked(t, s))
                        && !killsCivilians(t, s, s.first() - 1)) {
                    // fighters of the SPLM-N attacked army positions, shelling the area before advancing on foot: a
                    // battle, its shelling a means
                    // militants ambushed an army patrol with grenades; a car bomb, then they stormed the base: a battle
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (!AIR_STRIKE.equals(sub) && !SUICIDE_BOMB.equals(sub) && bothDirections(t, s)) {
                    // observed 102 projectiles/explosions/shots in both directions of the frontline: an exchange
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (SHELLING.equals(sub) && t.wordJustBefore(at, 3, EXCHANGED)) {
                    // Houthi forces exchanged artillery with pro-Hadi forces: fire both ways, ACLED's armed clash
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                if (!AIR_STRIKE.equals(sub) && !SUICIDE_BOMB.equals(sub) && directFire(t, s)
                        && (t.hasWordIn(s, FORCE_TARGETS_FIRED_AT) || armedCount2 || t.hasWordIn(s, MONITORED))
                        && !killsPeople(t, s, s.first() - 1)) {
                    // the NAF fired mortars, heavy machine guns and small arms at the governmental positions; armed
                    // men attacked a police patrol with grenades and firearms: explosives and gunfire at a force, a
                    // battle
                    return new Reading(BATTLES, ARMED_CLASH);
                }
                return new Reading(EXPLOSIONS, sub);
            default:
                if (TRANSFER_OF_TERRITORY.equals(sub) && t.hasWordIn(s, TAKEN_OVER) && t.hasWordIn(s, FIGHTING)
                        && !peacefulTakeover(t, s)) {
                    // Fano militiamen took control of Lalibela following clashes with the ENDF, which withdrew: taken
                    // in a fight
                    return new Reading(BATTLES, firstActorIsState(actors) ? GOVERNMENT_REGAINS : NON_STATE_OVERTAKES);
                }
                if (VIOLENT_DEMONSTRATION.equals(sub) && !protest && !containsAny(words, DEMONSTRATION)
                        && containsAny(words, CROWD) && noForceIn(t, s, actors)) {
                    // a crowd of some 200 men threw stones at houses and beat a resident: a mob, nobody demonstrating
                    return new Reading(RIOTS, MOB_VIOLENCE);
                }
                if (ARRESTS.equals(sub) && t.isLower(at, "detaining") && t.isLower(at + 1, "and") && t.isWord(at + 2)
                        && BEATING.contains(t.lower(at + 2))) {
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK); // raided farms, detaining and beating men
                }
                if (ARRESTS.equals(sub) && CAPTURE.contains(t.lower(at)) && (territoryAfter(t, s, at)
                        || t.isCapitalised(at + 1) && actors.stream().noneMatch(r -> r.found().first() == at + 1))) {
                    // captured Lashio: a town, no one named (captured Ahmed Musa is an arrest)
                    return new Reading(BATTLES, firstActorIsState(actors) ? GOVERNMENT_REGAINS : NON_STATE_OVERTAKES);
                }
                if (MOB_VIOLENCE.equals(sub) && (TriggerLexicon.SCUFFLES.contains(t.lower(at))
                        || TriggerLexicon.SCUFFLE_OPENERS.contains(t.lower(at)))) {
                    // a scuffle over a property dispute; protesters scuffled with police: people fighting, unarmed
                    return new Reading(RIOTS, protest || t.hasWordIn(s, RIOT_WORDS) ? VIOLENT_DEMONSTRATION
                            : MOB_VIOLENCE); // (a brawl ..., and police declared a riot: the riot's)
                }
                if (LOOTING.equals(sub) && TriggerScan.wordAfter(t, s, at, 3, TYRES)) {
                    // workers set fire to tires, eight days after being told their workplace would close: a barricade
                    // of burning tyres, a violent demonstration
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                if (MOB_VIOLENCE.equals(sub) && !containsAny(words, CROWD) && !suspectPunished(t, s, at)
                        && !crowdActs(t, s, at, actors) && !t.lower(at).startsWith("lynch") && !t.isLower(at, "vigilante")
                        && !t.lower(at).startsWith("rampag")
                        && (actors.stream().anyMatch(r -> isArmed(r.type()) && r.found().first() < at)
                        || actors.stream().noneMatch(r -> r.found().first() < at && !(Roles.isPassive(t, at)
                        && "civilians".equals(r.type()))) // (three farmers were hacked to death: the victims before)
                        || actors.stream().anyMatch(r -> isArmed(r.type()) && armedBy(t, at, r.found().first())))) {
                    // vigilantes beat a suspected thief to death; three men were hacked to death (by whom, not a mob)
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (LOOTING.equals(sub) && destroyedSafely(t, s)) {
                    // explosives "destroyed in a controlled manner by the explosive ordnance disposal team"
                    return new Reading(STRATEGIC, DISRUPTED_WEAPONS);
                }
                if (LOOTING.equals(sub) && crowdActs(t, s, at, actors)) {
                    // youths burned tyres and looted a supermarket; supporters set fire to a police station
                    return new Reading(RIOTS, demonstration(protest, words) || containsAny(words, VIOLENT)
                            ? VIOLENT_DEMONSTRATION : MOB_VIOLENCE);
                }
                if (armedOpponent && LOOTING.equals(sub) && containsAny(words, LETHAL)) {
                    return new Reading(VIOLENCE_AGAINST_CIVILIANS, ATTACK);
                }
                if (LOOTING.equals(sub) && (!armedOpponent || onlyStateForces(actors) && crowdBefore(t, s, at))
                        && (protest || containsAny(words, CROWD))) {
                    // supporters burned tyres and looted shops; protesters clashed with police, setting fire to a house
                    return new Reading(RIOTS, VIOLENT_DEMONSTRATION);
                }
                return new Reading(trigger.type(), sub);
        }
    }

    /** Who makes explosives safe: {@code explosive ordnance disposal team}, {@code deminers}. */
    private static final Set<String> DISPOSERS = WordSets.of("disposal", "ordnance", "demining", "deminers", "sappers");
    /** Words of a bomb that went off: {@code exploded}, {@code detonated}. */
    private static final Set<String> WENT_OFF = WordSets.of("exploded", "detonated", "blast", "explosion", "went");
    /** What follows "controlled" when explosives are destroyed on purpose: {@code in a controlled manner}. */
    private static final Set<String> CONTROLLED = WordSets.of("manner", "explosion", "explosions", "detonation",
            "detonations");

    /** Whether what was destroyed is explosives made safe, not property. */
    private static boolean destroyedSafely(Tokens t, Sentence s) {
        for (int i = s.first(); i < s.last(); i++) {
            if (t.isLower(i, "controlled") && CONTROLLED.contains(t.lower(i + 1))) {
                return true;
            }
        }
        return t.hasWordIn(s, DISPOSERS);
    }

    /**
     * Whether civilians are a side of the clash: before it, or after "with" (not those forced to flee by it, nor
     * those killed in it: {@code 32 people were killed in clashes between armed groups}).
     */
    private static boolean aSide(Tokens t, Resolved r, int at) {
        int a = r.found().first();
        return a < at && !inTheClash(t, at) && !t.hasWordIn(r.found().last() + 1, Math.min(at - 1, r.found().last() + 2),
                DIED) // (six people died when fighters clashed: its dead)
                || t.isLower(a - 1, "with") || t.isLower(a - 2, "with");
    }

    private static final Set<String> DIED = WordSets.of("died", "were", "was", "killed", "dead", "perished");

    /** Words before a clash that make it the circumstance of what came before ({@code killed in clashes}). */
    private static final Set<String> AMID = WordSets.of("in", "during", "amid", "amidst", "after", "following");

    /** {@code in clashes}, {@code during heavy fighting}, {@code amid renewed clashes}: the clash as a circumstance. */
    private static boolean inTheClash(Tokens t, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3) && t.isWord(i); i--) {
            if (AMID.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every armed actor of the sentence is a state force (the police a crowd fights). */
    private static boolean onlyStateForces(List<Resolved> actors) {
        return actors.stream().filter(r -> isArmed(r.type())).allMatch(r -> "security_force".equals(r.type()));
    }

    /** Whether what was taken away went in the police's vehicles: {@code taken away in police buses}. */
    private static boolean inPoliceVehicle(Tokens t, Sentence s, int at) {
        for (int k = at + 1; k <= Math.min(s.last() - 1, at + 4); k++) {
            if ((t.isLower(k, "in") || t.isLower(k, "into") || t.isLower(k, "by")) && t.isLower(k + 1, "police")
                    || t.isLower(k, "in") && t.isLower(k + 1, "a") && t.isLower(k + 2, "police")) {
                return true;
            }
        }
        return false;
    }

    /** Whether protesters or a crowd are named before the trigger: {@code protesters clashed with police, looting}. */
    private static boolean crowdBefore(Tokens t, Sentence s, int at) {
        for (int i = s.first(); i < at; i++) {
            if (t.isWord(i) && (PROTEST.contains(t.lower(i)) || CROWD_SUBJECTS.contains(t.lower(i)))
                    && !t.isLower(i - 1, "armed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code by} opens the agent at {@code at}, in the trigger's clause: {@code were hacked to death in their
     * fields on Friday by rebels of the ADF}.
     */
    private static boolean armedBy(Tokens t, int trigger, int at) {
        for (int k = at - 1; k > trigger && k >= at - 4; k--) {
            if (t.isLower(k, "by")) {
                return at - trigger <= 24 && !t.hasWordIn(trigger + 1, k - 1, CLAUSE_BREAKS);
            }
            if (!t.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_BREAKS = WordSets.of("and", "but", "while", "when", "after", "before");

    /** What a demonstration is about besides its own words: a strike, a barricade, an election. */
    private static final Set<String> DEMONSTRATION = WordSets.of("strike", "barricades", "barricade", "tyres", "tires",
            "election", "opposition", "sentenced", "verdict", "blockaders");
    /** Of those words, the crowds that may turn on a man as a mob: {@code blockaders seized two men, beat them}. */
    private static final Set<String> DEMONSTRATION_CROWDS = WordSets.of("blockaders");
    /** What a mob does to people: {@code beat him to death}. */
    private static final Set<String> PERSON_DEEDS = WordSets.of("beat", "beaten", "lynched", "hacked", "stabbed",
            "killed");
    /** What a mob does to people and homes: {@code beat a resident}, {@code threw stones at houses}. */
    private static final Set<String> MOB_DEEDS = WordSets.of("beat", "beaten", "lynched", "stoned", "stones", "torched",
            "looted", "ransacked", "burned", "burnt", "hacked", "stabbed", "killed");

    /** Whether no force is named in the sentence, nor police or soldiers: a crowd that meets none. */
    private static boolean noForceIn(Tokens t, Sentence s, List<Resolved> actors) {
        return actors.stream().noneMatch(r -> "security_force".equals(r.type())) && !t.hasWordIn(s, FORCE_WORDS);
    }

    private static final Set<String> FORCE_WORDS = WordSets.of("police", "policemen", "soldiers", "troops",
            "gendarmes", "officers");

    /** Whether a crowd's violence belongs to a demonstration: a protest, a strike, barricades, an election told. */
    private static boolean demonstration(boolean protest, Set<String> words) {
        return protest || containsAny(words, DEMONSTRATION);
    }

    /** Who, unarmed, acts as a crowd when named before the trigger. */
    private static final Set<String> CROWD_SUBJECTS = union(CROWD, WordSets.of("youth", "protesters", "protestors",
            "demonstrators", "residents", "villagers", "locals", "inhabitants"));
    /** Whether token {@code i} follows {@code group of} or {@code groups of}: {@code a group of people}. */
    private static boolean groupOf(Tokens t, int i) {
        return t.isLower(i - 1, "of") && (t.isLower(i - 2, "group") || t.isLower(i - 2, "groups"));
    }

    /** Whether the sentence names {@code a group of people} or {@code two groups}, no one armed. */
    private static boolean groupOfPeople(Tokens t, Sentence s) {
        for (int i = s.first() + 2; i <= s.last(); i++) {
            if (t.isLower(i, "people") && groupOf(t, i)
                    || t.isLower(i, "groups") && (t.isLower(i - 1, "two") || t.isLower(i - 1, "rival")
                    || t.isWord(i - 1) && PEOPLES_GROUPS.contains(t.lower(i - 1))
                    && (t.isLower(i - 2, "two") || t.isLower(i - 2, "rival")))) {
                return true; // two groups clashed over a property dispute, two village groups (not "two armed groups")
            }
        }
        return false;
    }

    /**
     * Whether a peaceful protest is told before the riot word at {@code at}, with nothing between that says it turned
     * violent ({@code a peaceful march turned into a riot} is a riot).
     */
    private static boolean peacefulBefore(Tokens t, Sentence s, int at) {
        for (int i = s.first(); i + 1 < at; i++) {
            if (t.isLower(i, "peaceful") && t.isWord(i + 1) && PEACEFUL_GATHERINGS.contains(t.lower(i + 1))) {
                return !t.hasWordIn(i + 2, at, TURNED_VIOLENT);
            }
        }
        return false;
    }

    private static final Set<String> PEACEFUL_GATHERINGS = WordSets.of("protest", "protests", "demonstration",
            "demonstrations", "march", "rally", "sit-in", "vigil", "gathering");
    private static final Set<String> TURNED_VIOLENT = WordSets.of("turned", "degenerated", "escalated", "became",
            "erupted", "descended", "broke", "then", "later", "when", "until", "but", "ended", "ending", "into", "led",
            "sparked", "triggered");

    /** What groups of people are of: {@code two village groups}, {@code two youth groups}. */
    private static final Set<String> PEOPLES_GROUPS = WordSets.of("village", "youth", "student", "family", "clan",
            "community", "ethnic", "religious");

    /** Numbers of people that make a crowd of the people after them: {@code hundreds of local men}. */
    private static final Set<String> MANY = WordSets.of("hundreds", "dozens", "thousands", "scores");

    /** Whether those who acted were {@code armed with} guns before the trigger ({@code armed with hunting rifles}). */
    private static boolean armedWithGuns(Tokens t, Sentence s, int at) {
        for (int k = s.first(); k < at - 2; k++) {
            if (t.isLower(k, "armed") && t.isLower(k + 1, "with") && t.nounWithin(s, k + 1, 3, TriggerScan.GUNS) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a crowd is who did the sentence's first killing ({@code protesters had shot dead a sergeant}). */
    private static boolean crowdKilled(Tokens t, Sentence s, List<Resolved> actors) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && LETHAL.contains(t.lower(i))) {
                return crowdActs(t, s, i, actors);
            }
        }
        return false;
    }

    /**
     * Whether a crowd is the subject of the trigger: one of its words before it in the sentence, and no armed actor
     * before it ({@code youths threw stones}, {@code a crowd in the village beat a man}).
     */
    private static boolean crowdActs(Tokens t, Sentence s, int at, List<Resolved> actors) {
        if (byCrowd(t, s, at)) {
            return true; // three men were killed by a crowd; the killing of three men by a mob
        }
        if (Roles.isPassive(t, at)) {
            return false; // supporters were killed: the victims
        }
        for (int i = Math.max(s.first(), at - 20); i < at; i++) {
            final int crowd = i;
            boolean named = t.isWord(i) && CROWD_SUBJECTS.contains(t.lower(i)) && !t.isLower(i - 1, "on")
                    && !t.isLower(i - 1, "armed") // (armed youths: gunmen, no crowd)
                    && !t.isLower(i - 1, "at") && !t.isLower(i - 1, "against") && !subordinate(t, i)
                    || (t.isLower(i, "men") || t.isLower(i, "people")) && (t.isLower(i - 2, "of")
                    && MANY.contains(t.lower(i - 3)) || t.isLower(i - 1, "of") && MANY.contains(t.lower(i - 2)))
                    || t.isLower(i, "people") && groupOf(t, i); // a group of people attacked police officers
            // (hundreds of local men attacked hostels, not "hundreds of lives")
            if (named) {
                // not when an armed side acts before it (the victims); within twelve words, or further when the
                // crowd opens the clause's run of deeds (a crowd of youths stopped a bus, dragged out two travellers
                // and beat one of them)
                return (at - i <= 12 || t.hasWordIn(i + 1, at - 1, CROWD_DEEDS)) && actors.stream()
                        .noneMatch(r -> isArmed(r.type()) && r.found().first() < at && (r.found().first() < crowd
                        || !civilianAfter(t, r.found().last() + 1))); // (dragged out two Fulani travellers)
            }
        }
        return false;
    }

    /**
     * Whether every word of killing in the sentence names what a protest is about ({@code held a candle march to condemn
     * the killing}, {@code protested against the killing of X}): no force used on the marchers.
     */
    private static boolean lethalOnlyAsCause(Tokens t, Sentence s) {
        boolean any = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && LETHAL.contains(t.lower(i))) {
                if (!t.hasWordIn(Math.max(s.first(), i - 3), i - 1, CAUSE_CUES) && !listedCause(t, s, i)
                        && !mournedDead(t, s, i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether the lethal word at {@code i} names the dead whom the marchers are kin of or carry pictures of ({@code
     * relatives of the young men killed in X marched}, {@code carrying photographs of the dead}).
     */
    private static boolean mournedDead(Tokens t, Sentence s, int i) {
        if (t.isLower(i, "live") || t.isLower(i, "bullets") || t.isLower(i - 1, "were") || t.isLower(i - 1, "was")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(s.first() + 1, i - 4) && t.isWord(k); k--) {
            if (t.isLower(k, "of")) {
                return t.isWord(k - 1) && KIN_OR_PICTURES.contains(t.lower(k - 1));
            }
        }
        return false;
    }

    private static final Set<String> KIN_OR_PICTURES = WordSets.of("relatives", "families", "family", "photographs",
            "photos", "pictures", "portraits", "images", "mothers", "parents", "widows", "friends", "memory", "names",
            "coffins", "neighbours", "neighbors");

    /**
     * Whether the lethal word at {@code i} is a later item of a cause's list ({@code to protest against extortion by
     * criminal groups and the killing of a colleague}).
     */
    private static boolean listedCause(Tokens t, Sentence s, int i) {
        boolean and = false;
        for (int k = i - 1; k >= Math.max(s.first(), i - 12) && (t.isWord(k) || t.isChar(k, ',')); k--) {
            and |= t.isLower(k, "and");
            if (and && t.isWord(k) && CAUSE_CUES.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ABDUCTING = WordSets.of("abducted", "kidnapped", "abducting", "kidnapping",
            "seized", "snatched");

    /** Words right before what a protest is about: {@code to condemn the killing}, {@code over the shooting}. */
    static final Set<String> CAUSE_CUES = WordSets.of("condemn", "condemning", "denounce", "denouncing",
            "against", "over", "mourn", "mourning", "protest", "protesting", "justice");

    /** Whether token {@code k} is a civilian noun: {@code two Fulani travellers} are civilians, whatever Fulani are. */
    private static boolean civilianAfter(Tokens t, int k) {
        return t.isWord(k) && GenericActors.isCivilians(t.lower(k));
    }

    /** Deeds a crowd does before the one that harms: {@code stopped a bus, dragged out two travellers and beat}. */
    private static final Set<String> CROWD_DEEDS = WordSets.of("stopped", "dragged", "seized", "grabbed", "pulled",
            "surrounded", "chased", "cornered", "captured", "caught", "stormed");

    private static final Set<String> BE_PAST = WordSets.of("were", "was", "been");

    /**
     * Whether a crowd is named before the trigger ahead of any armed side ({@code Hundreds of protesters angered by
     * repeated killings of civilians by the ADF stormed part of the MONUSCO base}): the crowd did it.
     */
    private static boolean crowdFirst(Tokens t, Sentence s, int at, List<Resolved> actors) {
        int armedAt = actors.stream().filter(r -> isArmed(r.type()) && !r.generic()).mapToInt(r -> r.found().first())
                .min().orElse(Integer.MAX_VALUE);
        for (int i = s.first(); i < at && i < armedAt; i++) {
            if (t.isWord(i) && (CROWD_SUBJECTS.contains(t.lower(i)) || t.isLower(i, "mobs"))
                    && !t.isLower(i - 1, "on") && !t.isLower(i - 1, "at") && !t.isLower(i - 1, "against")) {
                return !Roles.isPassive(t, Math.min(at, i + 6))
                        && !t.hasWordIn(i + 1, Math.min(at - 1, i + 6), BE_PAST);
                // (not "100 villagers were killed when RSF fighters stormed Wad al-Noura": the victims)
            }
        }
        return false;
    }

    /**
     * Whether the crowd at {@code i} is the subject of a clause that only says when ({@code Riot police, when the crowd
     * refused to disperse, beat protesters with batons}): not who beat whom.
     */
    private static boolean subordinate(Tokens t, int i) {
        int k = t.isLower(i - 1, "the") || t.isLower(i - 1, "a") ? i - 2 : i - 1;
        return t.isWord(k) && WHEN.contains(t.lower(k));
    }

    private static final Set<String> WHEN = WordSets.of("when", "as", "after", "until", "before", "while", "once");

    /** Whether {@code by (a|the) crowd} comes within the eight words after the trigger, in its clause. */
    private static boolean byCrowd(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last() - 1, at + 8) && t.isWord(i); i++) {
            if (t.isLower(i, "by")) {
                int k = t.isLower(i + 1, "a") || t.isLower(i + 1, "the") || t.isLower(i + 1, "an") ? i + 2 : i + 1;
                while (k <= s.last() && k <= i + 4 && t.isWord(k) && !CROWD_SUBJECTS.contains(t.lower(k))
                        && !t.isCapitalised(k)) {
                    k++; // by an angry crowd
                }
                return k <= s.last() && t.isWord(k) && CROWD_SUBJECTS.contains(t.lower(k));
            }
        }
        return false;
    }

    /** Words of killing or harming whose object may be civilians. */
    private static final Set<String> HARM = WordSets.of("killing", "killed", "shooting", "shot", "burning", "massacring",
            "executing", "executed", "wounding", "injuring", "murdering", "beheading", "raping");

    /** Words that say a place changed hands without a fight. */
    private static final Set<String> UNOPPOSED = WordSets.of("unopposed", "handover", "uncontested");
    private static final Set<String> NO_FIGHT = WordSets.of("resistance", "fight", "fighting", "shot", "bloodshed",
            "firing", "clashes", "opposition", "casualties", "battle");
    private static final Set<String> LEFT = WordSets.of("left", "withdrew", "departed", "vacated", "evacuated",
            "abandoned");
    /** Words of a fight, which make a takeover after a withdrawal no peaceful one. */
    private static final Set<String> TAKEN_OVER = WordSets.of("control", "captured", "seized", "overran", "recaptured",
            "retook");
    /** Words of a place taken or held: a storming that took something ({@code occupied}, {@code captured}). */
    private static final Set<String> TAKEN_OR_HELD = union(TAKEN_OVER, WordSets.of("occupied", "occupy", "took",
            "taken", "holding", "held", "overrunning", "capturing", "seizing"));
    private static final Set<String> FIGHTING = WordSets.of("clashes", "fighting", "gunfire", "battle", "battles",
            "gunfight", "gunfights", "firefight", "shelling");
    private static final Set<String> FIGHT = WordSets.of("fighting", "clashes", "clashed", "battle", "killed", "killing",
            "fierce", "heavy", "assault", "attack", "offensive", "fire", "gunfire", "torched", "burned", "gunfight",
            "gunfights", "firefight", "shootout", "gunbattle", "clash");
    /** Vessels and aircraft, whose seizure is a hijacking. */
    private static final Set<String> VESSELS = WordSets.of("ship", "vessel", "tanker", "carrier", "boat", "freighter",
            "aircraft", "plane", "helicopter", "trawler", "dhow", "ferry");

    /**
     * A takeover without a fight: {@code without resistance}, {@code without major fighting}, {@code handed over},
     * {@code unopposed}, or {@code after} the holders {@code left} (in a sentence with no word of fighting).
     */
    private static boolean peacefulTakeover(Tokens t, Sentence s) {
        if (takenWithoutFight(t, s)) {
            return true; // without major resistance; without reported casualties; no shots were fired
        }
        boolean after = false;
        boolean left = false;
        boolean fight = false;
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (w.equals("handed") && t.isLower(i + 1, "over")) {
                return true;
            }
            after |= w.equals("after");
            left |= after && LEFT.contains(w);
            fight |= FIGHT.contains(w);
        }
        return left && !fight;
    }

    /**
     * Whether a sentence says a place changed hands without a fight ({@code the facility was secured without major
     * resistance}, {@code No clashes were reported}, {@code Authorities said no shots were fired}): also read of the
     * takeover told just before it.
     */
    static boolean takenWithoutFight(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && (UNOPPOSED.contains(t.lower(i)) || t.isLower(i, "without") && noFightAfter(t, i))) {
                return true;
            }
        }
        return noFightingReported(t, s);
    }

    /** Whether the sentence says none fought: {@code no fighting was reported}, {@code no shots were fired}. */
    private static boolean noFightingReported(Tokens t, Sentence s) {
        for (int i = s.first(); i + 3 <= s.last(); i++) {
            if (t.isLower(i, "no") && t.isWord(i + 1) && (NO_FIGHT.contains(t.lower(i + 1))
                    || t.isLower(i + 1, "shots")) && t.isWord(i + 2) && Modality.BE.contains(t.lower(i + 2))
                    && t.isWord(i + 3) && NO_FIGHT_SEEN.contains(t.lower(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NO_FIGHT_SEEN = WordSets.of("reported", "recorded", "fired", "heard");

    /** Words between {@code without} and a word of fighting: {@code without meeting any resistance}. */
    private static final Set<String> BEFORE_NO_FIGHT = WordSets.of("a", "major", "any", "armed", "meeting",
            "encountering", "facing", "much", "serious", "significant", "reported", "further");

    /** {@code without resistance}, {@code without major fighting}, {@code without meeting any resistance}. */
    private static boolean noFightAfter(Tokens t, int without) {
        for (int i = without + 1; i <= without + 3 && t.isWord(i); i++) {
            if (NO_FIGHT.contains(t.lower(i))) {
                return true;
            }
            if (!BEFORE_NO_FIGHT.contains(t.lower(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a person is named within the six words after the trigger, with only a group's name and role words
     * before him ({@code recaptured Los Choneros gang leader Jose Adolfo Macias}).
     */
    private static boolean personAfter(Tokens t, int at, List<Resolved> actors) {
        for (Resolved r : actors) {
            int a = r.found().first();
            if ("person".equals(r.type()) && a > at && a <= at + 6) {
                for (int i = at + 1; i < a; i++) {
                    if (!t.isWord(i) || !t.isCapitalised(i) && !ActorWords.isTitle(t.lower(i))
                            && !t.isLower(i, "the") && ActorWords.groupNounType(t.lower(i)) == null
                            && !t.isLower(i, "leader") && !t.isLower(i, "boss")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a vessel or an aircraft is named within four words after the trigger ({@code seized the car carrier}). */
    private static boolean vesselAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 4) && !t.isPunct(i); i++) {
            if (t.isWord(i) && VESSELS.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of harm after token {@code at} has civilians for object ({@code killing nine residents}), or, in
     * the passive, for subject; from {@code s.first() - 1}, anywhere in the sentence.
     */
    static boolean killsCivilians(Tokens t, Sentence s, int at) {
        return harms(t, s, at, false);
    }

    /** As {@link #killsCivilians}, with "people" counted too ({@code stormed the mosque, killing 311 people}). */
    private static boolean killsPeople(Tokens t, Sentence s, int at) {
        return harms(t, s, at, true);
    }

    private static final Set<String> KILLED_PEOPLE = WordSets.of("people", "villagers", "civilians", "residents",
            "worshippers", "farmers", "passengers", "persons");
    private static final Set<String> STORMING_HARM = WordSets.of("beating", "attacking", "assaulting", "stabbing",
            "hacking", "raping", "whipping", "torturing");

    /** {@code attacked Bulo, killing at least 12 civilians and abducting three women}: people killed before. */
    private static boolean killedBefore(Tokens t, Sentence s, int at) {
        for (int i = s.first(); i < at; i++) {
            if ((t.isLower(i, "killing") || t.isLower(i, "killed")) && (civiliansHit(t, s, i) || peopleAfter(t, s, i)
                    || (t.isLower(i - 1, "were") || t.isLower(i - 1, "been"))
                    && t.hasWordIn(s.first(), i - 2, KILLED_PEOPLE))) { // at least 100 villagers were killed when
                return true;
            }
        }
        return false;
    }

    /** Whether those taken are killed later in the sentence: {@code took five men ... and shot them dead}. */
    private static boolean killedThemAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i < s.last(); i++) {
            if (t.isWord(i) && KILLED_THEM.contains(t.lower(i)) && t.isWord(i + 1) && TAKEN.contains(t.lower(i + 1))
                    && (!t.isLower(i, "shot") || t.isLower(i + 2, "dead"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> KILLED_THEM = WordSets.of("shot", "killed", "executed", "beheaded", "murdered",
            "hacked", "slaughtered");
    private static final Set<String> TAKEN = WordSets.of("them", "him", "her");

    private static boolean harms(Tokens t, Sentence s, int at, boolean people) {
        for (int i = at + 1; i <= s.last(); i++) {
            if (t.isWord(i) && HARM.contains(t.lower(i)) && (civiliansHit(t, s, i) || people && peopleAfter(t, s, i))
                    && !TriggerScan.accusedOf(t, s, i)) { // (not "residents accused soldiers of killing civilians")
                return true;
            }
        }
        return false;
    }

    /** {@code killing 26 people}: "people" or "persons" within five words after token {@code i}, before punctuation. */
    private static boolean peopleAfter(Tokens t, Sentence s, int i) {
        boolean forceMen = t.isWord(i + 2) && (FORCE_PEOPLE.contains(t.lower(i + 2))
                || t.isWord(i + 3) && FORCE_PEOPLE.contains(t.lower(i + 3))); // killing 11 police officers
        if (t.is(i + 1, Tokens.NUMBER) && !t.isChar(i + 2, '%') && !forceMen) {
            return true; // opened fire on the guests, killing 12 and injuring more than a dozen
        }
        for (int k = i + 1; k <= Math.min(s.last(), i + 5) && !t.isPunct(k); k++) {
            if (t.isLower(k, "people") || t.isLower(k, "persons")) {
                return true;
            }
        }
        return false;
    }

    /** Civilians as the object of violence ({@code killed at least 45 civilians}). */
    private static final Set<String> CIVILIAN_OBJECTS = WordSets.of("civilians", "residents", "villagers", "passengers",
            "farmers", "worshippers", "children", "women", "students", "teachers", "traders", "herders", "fishermen",
            "displaced", "refugees", "pupils", "patients", "mourners", "commuters", "miners", "shoppers", "civilian",
            "resident", "villager", "farmer", "trader", "teacher", "student", "woman", "girl", "boy", "child", "herder",
            "fisherman", "pastor", "priest", "imam", "journalist", "journalists", "official", "officials", "chief",
            "doctor", "doctors", "nurse", "nurses", "driver", "drivers", "vendor", "vendors", "man", "men", "owner",
            "owners", "businessman", "businessmen", "teenagers", "activist", "activists", "idps", "travellers",
            "leader", "elder", "elders", "worker", "family", "families", "musicians",
            "villages", "village", "homes", "houses",
            "operator", "shopkeeper", "worshipers", "workers", "signatories", "leaders", "relatives");

    /**
     * Whether the trigger's object, within its next five words, is civilians: then an armed group named elsewhere in
     * the sentence ({@code during searches following clashes with Fano militia}) is not the other side.
     */
    private static boolean civiliansHit(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 5); i++) {
            if (t.isWord(i) && !t.isCapitalised(i) && CIVILIAN_OBJECTS.contains(t.lower(i))) {
                return true;
            }
            if (t.isPunct(i)) {
                break; // capitalised words may be the victims' people: killed four Peuhl herders
            }
        }
        if (Roles.isPassive(t, at)) { // two traders were shot dead by unidentified gunmen
            for (int i = at - 1; i >= Math.max(s.first(), at - 6) && !t.isPunct(i); i--) {
                if (t.isWord(i) && !t.isCapitalised(i) && CIVILIAN_OBJECTS.contains(t.lower(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Besides a force's sites ({@link PlaceWords#isForceSite}), what attacking is fighting it: its garrison, its men. */
    private static final Set<String> FORCE_TARGETS = WordSets.of("garrison", "soldiers", "troops", "detachment");
    /** A force on patrol: {@code a patrol of X}, {@code agents of the National Guard patrolling X}. */
    private static final Set<String> PATROLS = WordSets.of("patrol", "patrols", "patrolling");

    /** {@code fired at its positions}, {@code attacked Azerbaijani positions}: a force's positions, the object. */
    private static boolean positionsAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 6) && t.isWord(i); i++) {
            if (t.isLower(i, "positions") || t.isLower(i, "position")) {
                return true; // fired with unspecified weapons on the positions of the military forces of Azerbaijan
            }
            if (NOT_AT.contains(t.lower(i))) {
                return false; // fired at a house near army positions
            }
        }
        return false;
    }

    /** Where the thing fired at lies, not what it is: {@code near army positions}. */
    private static final Set<String> NOT_AT = WordSets.of("near", "in", "from", "inside", "outside", "behind",
            "towards", "toward", "beside", "around");
    /** Whether the trigger's object, within three words, is a vehicle of people (no force's): {@code a bus}. */
    private static boolean civilVehicleAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 3) && t.isWord(i); i++) {
            if (FORCE_VEHICLE_WORDS.contains(t.lower(i))) {
                return false;
            }
            if (CIVIL_VEHICLES.contains(t.lower(i))) {
                return true;
            }
            if ((t.isLower(i, "carrying") || t.isLower(i, "transporting"))
                    && t.hasWordIn(i + 1, Math.min(s.last(), i + 3), CARRIED_PEOPLE)) {
                return true; // ambushed a vehicle carrying Chinese road workers
            }
        }
        return false;
    }

    private static final Set<String> FOUGHT_BACK = WordSets.of("fought", "clashed", "gunfight", "firefight", "battle",
            "battled", "exchanged", "siege", "shootout", "returned", "repelled");

    /**
     * {@code bodies with signs of torture were found ..., in the context of the conflict between Los Chapitos and La
     * Mayiza}: the two armed sides named after the trigger as the feud it happened in, not as who fought.
     */
    private static boolean feudBetween(Tokens t, Sentence s, int at) {
        for (int k = at + 1; k < s.last(); k++) {
            if (t.isLower(k, "between") && t.isWord(k - 1) && Sidelines.FEUDS.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Civilian buildings a storming can be aimed at: {@code stormed the studios of X}. */
    private static final Set<String> CIVIL_BUILDINGS = WordSets.of("studios", "studio", "newsroom", "school", "church",
            "mosque", "temple", "hospital", "clinic", "hotel", "bar", "restaurant", "nightclub", "house", "home",
            "homes", "shop", "shops", "store", "supermarket", "bank", "university", "campus");

    private static final Set<String> CARRIED_PEOPLE = WordSets.of("workers", "labourers", "laborers", "engineers",
            "traders", "passengers", "students", "teachers", "pilgrims", "villagers", "civilians", "miners",
            "tourists", "merchants", "farmers", "families", "staff");

    /**
     * Whether those ambushed at {@code at} are civilians: a bus or passengers after it ({@link #civilVehicleAfter});
     * or, with no force named in the sentence, a vehicle or a house after it, or drivers, herders, passengers before
     * it ({@code bandits ambushed a vehicle, killing three}, {@code a Red Cross driver was ambushed and shot}).
     */
    private static boolean ambushedCivilians(Tokens t, Sentence s, int at) {
        return civilVehicleAfter(t, s, at) || !t.hasWordIn(s, FORCE_VEHICLE_WORDS)
                && (TriggerScan.wordAfter(t, s, at, 3, AMBUSHED_THINGS)
                || t.hasWordIn(s.first(), at - 1, CIVIL_VEHICLES) || t.hasWordIn(s.first(), at - 1, DRIVERS));
    }

    /**
     * Whether the sentence tells a device set off by those it hit: {@code their vehicle ran over an IED}, {@code
     * stepped on a landmine} (not "arrested over the IED attack").
     */
    private static boolean deviceSetOff(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && REMOTE_DEVICES.contains(t.lower(i))
                    && t.hasWordIn(Math.max(s.first(), i - 4), i - 1, SET_OFF)) {
                return true;
            }
        }
        return false;
    }

    /** Devices that kill from afar whoever sets them off: {@code ran over an IED}, {@code stepped on a landmine}. */
    private static final Set<String> REMOTE_DEVICES = WordSets.of("ied", "ieds", "landmine", "landmines");
    private static final Set<String> SET_OFF = WordSets.of("ran", "run", "hit", "struck", "stepped", "triggered",
            "drove", "trod");
    /** What an ambush with no force named hits that makes it an attack on civilians: {@code ambushed a vehicle}. */
    private static final Set<String> AMBUSHED_THINGS = WordSets.of("vehicle", "vehicles", "car", "cars", "truck",
            "trucks", "lorry", "lorries", "house", "home", "houses", "homes", "motorcycle", "motorbike");
    /** Besides {@link #CIVIL_VEHICLES}, who are no fighters before "ambushed": {@code a Red Cross driver}. */
    private static final Set<String> DRIVERS = WordSets.of("driver", "drivers", "herders", "herder", "trader",
            "farmers", "farmer", "villagers", "worker", "workers");
    private static final Set<String> CIVIL_VEHICLES = WordSets.of("bus", "buses", "minibus", "minibuses", "taxi",
            "taxis", "passenger", "passengers", "travellers", "travelers", "motorists", "traders", "pilgrims");
    private static final Set<String> FORCE_VEHICLE_WORDS = WordSets.of("military", "army", "police", "security",
            "patrol", "convoy", "soldiers", "troops", "escort", "escorted", "armoured", "armored");
    /** Whether the sentence sets something on fire: {@code set fire to}, {@code set part of it on fire}. */
    private static boolean setAlight(Tokens t, Sentence s) {
        for (int i = s.first(); i < s.last(); i++) {
            if (!t.isLower(i, "set")) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(s.last(), i + 5) && t.isWord(k); k++) {
                if (t.isLower(k, "fire") && (k == i + 1 || t.isLower(k - 1, "on")) || t.isLower(k, "ablaze")
                        || t.isLower(k, "alight")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Men of a force or a group, whose number after "killing" counts no civilians: {@code killing 11 officers}. */
    private static final Set<String> FORCE_PEOPLE = union(GROUND_FIGHTERS, WordSets.of("soldiers", "troops",
            "officers", "policemen", "police", "attackers", "guards", "members", "terrorists", "bandits"));
    /** What a convoy of people carries or is made of: {@code a convoy of passenger vehicles}, {@code of aid trucks}. */
    private static final Set<String> CIVIL_LOADS = union(CIVIL_VEHICLES, WordSets.of("civilian", "civilians", "aid",
            "humanitarian", "relief", "trucks", "lorries", "tankers", "commercial", "private", "fuel", "cargo"));
    /** Words before "camp" that make it people's, not a force's ({@code an IDP camp}). */
    private static final Set<String> SHELTERS = WordSets.of("idp", "displacement", "refugee", "displaced", "idps",
            "cattle", "fishing", "mining", "herders", "herders'", "nomad", "nomadic", "transit", "migrant", "migrants",
            "protest", "protesters", "protesters'", "activists", "activists'", "peace", "sit-in", "strikers");

    /** Whether the trigger's object, within four words, is a force's post or men ({@code attacked Moroccan positions}). */
    private static boolean securitySiteAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 4) && !t.isPunct(i); i++) {
            if (t.isWord(i) && SHELTERS.contains(t.lower(i))) {
                return false;
            }
            if (t.isLower(i, "at") || t.isLower(i, "near") || t.isLower(i, "outside")) {
                return false; // a driver shot dead at a checkpoint: where, not whom
            }
            if (t.isWord(i) && CLAUSE_OPENERS.contains(t.lower(i))) {
                return false; // two residents were killed when military troops raided: who did it, not whom
            }
            String w = t.isWord(i) && !t.isCapitalised(i) ? t.lower(i) : "";
            if (w.equals("convoy") && t.isLower(i + 1, "of") && t.hasWordIn(i + 2, Math.min(s.last(), i + 4),
                    CIVIL_LOADS)) {
                return false; // a convoy of passenger vehicles, of aid trucks: people on the road, no force's
            }
            if ((w.equals("camp") || w.equals("camps")) && t.isLower(i + 1, "of") && campOfCivilians(t, s, i + 2)) {
                return false; // a camp of Fulani herders, of displaced people: people's homes, no force's
            }
            if (PlaceWords.isForceSite(w) || FORCE_TARGETS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether civilians are named within three words from {@code from}: {@code (a camp of) Fulani herders}. */
    private static boolean campOfCivilians(Tokens t, Sentence s, int from) {
        for (int k = from; k <= Math.min(s.last(), from + 2) && t.isWord(k); k++) {
            if (GenericActors.isCivilians(t.lower(k)) || t.isLower(k, "displaced")) {
                return true;
            }
        }
        return false;
    }

    /** Words after the trigger that open who did it or when: {@code killed when troops raided}, {@code killed by}. */
    private static final Set<String> CLAUSE_OPENERS = WordSets.of("when", "as", "after", "while", "by", "before",
            "during");

    /**
     * Whether the trigger, in the passive, tells what a force's patrol, convoy or post underwent ({@code a patrol of the
     * Tirúa police station was fired upon}): a fight, whoever fired.
     */
    private static boolean forceHitInPassive(Tokens t, Sentence s, int at) {
        if (!Roles.isPassive(t, at)) {
            return false;
        }
        // (across the commas and brackets of the subject's own description: troops of the 64th Infantry Battalion
        // (64IB) delivering relief goods to displaced families in Barangay X, Sumisip, were fired upon)
        boolean near = true; // no punctuation yet between the word and the trigger
        for (int i = at - 1; i >= Math.max(s.first(), at - 30) && (!t.isPunct(i) || t.isChar(i, ',')
                || t.isChar(i, '(') || t.isChar(i, ')')) && !Clauses.breaksAt(t, i); i--) {
            near &= !t.isPunct(i);
            String w = t.isWord(i) && !t.isCapitalised(i) ? t.lower(i) : "";
            if (near && PlaceWords.isForceSite(w) || FORCE_TARGETS.contains(w) || PATROLS.contains(w)) {
                return true;
            }
            if (w.equals("who") || w.equals("which") || CLAUSE_OPENERS.contains(w)) {
                return false; // after a local youth was shot; the man who was shot: a clause's own subject
            }
        }
        return false;
    }

    /** Whether a word of territory is among the (up to four) words the trigger takes as its object. */
    private static boolean territoryAfter(Tokens t, Sentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.last(), at + 6); i++) {
            if (!t.isWord(i) || STOPS.contains(t.lower(i))) {
                return false;
            }
            if (TERRITORY.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "seized" takes a thing that is no territory and names no place: {@code seized 14 elephant tusks}, {@code
     * seized jars of petrol and fireworks}; not {@code seized two villages}, {@code seized 3 positions in X}, {@code
     * seized Kidal}, {@code seized power}.
     */
    private static boolean goodsSeized(Tokens t, Sentence s, int at) {
        if (!t.isLower(at, "seized") || !t.isWord(at + 1) && !t.is(at + 1, Tokens.NUMBER) || t.isLower(at + 1, "power")
                || t.isLower(at + 1, "control")) {
            return false;
        }
        for (int i = at + 1; i <= Math.min(s.last(), at + 7) && (t.isWord(i) || t.isApostrophe(i))
                && !STOPS.contains(t.lower(i)); i++) { // the junta's Western Command headquarters
            if (TERRITORY.contains(t.lower(i)) || t.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstActorIsState(List<Resolved> actors) {
        return !actors.isEmpty() && "security_force".equals(actors.get(0).type());
    }

    static boolean isArmed(String type) {
        return "armed_group".equals(type) || "security_force".equals(type);
    }

    /**
     * Whether the armed actor is named as the group an armed unit named just before belongs to ({@code the Bloque
     * Magdalena Medio of the FARC dissidents}, {@code the One Order faction of the Klansman gang}).
     */
    private static boolean unitOf(Tokens t, Resolved r, List<Resolved> actors) {
        int k = r.found().first() - 1;
        k = t.isLower(k, "the") ? k - 1 : k;
        if (!t.isLower(k, "of")) {
            return false;
        }
        int end = t.isWord(k - 1) && UNIT_NOUNS.contains(t.lower(k - 1)) ? k - 2 : k - 1;
        for (Resolved o : actors) {
            if (o != r && !o.generic() && isArmed(o.type()) && (o.found().last() == end
                    || o.found().first() < r.found().first()
                    && o.found().last() >= r.found().first())) { // (or a name that holds it: X of the FARC dissidents)
                return true;
            }
        }
        return false;
    }

    private static final Set<String> UNIT_NOUNS = WordSets.of("faction", "wing", "unit", "cell", "branch", "column",
            "splinter", "front", "battalion", "brigade", "commando");

    /**
     * Whether the actor is a compound's head right before another actor: {@code NATO-led KFOR}, {@code JNIM-linked X}.
     */
    private static boolean compoundBefore(Tokens t, Resolved r, List<Resolved> actors) {
        int at = r.found().first();
        if (at != r.found().last() || t.lower(at).indexOf('-') <= 0) {
            return false;
        }
        for (Resolved o : actors) {
            if (o.found().first() == at + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence's cue words include one of {@code cues} (walks the few words, not the long list). */
    private static boolean containsAny(Set<String> words, Set<String> cues) {
        for (String w : words) {
            if (cues.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
