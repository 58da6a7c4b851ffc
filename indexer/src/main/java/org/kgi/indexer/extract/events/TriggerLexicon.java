package org.kgi.indexer.extract.events;

import static org.kgi.indexer.extract.events.Acled.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;

/**
 * Trigger words and word pairs (lower case) with the event they signal. Priorities put the most specific
 * and most violent reading first: a sentence with {@code clashed} and {@code wounded} is a battle.
 */
public final class TriggerLexicon {
    private static final Map<String, Trigger> WORDS = new HashMap<>();
    /** Triggers of two words, and of three ({@code exchange of fire}), by their words joined with a space. */
    private static final Map<String, Trigger> PAIRS = new HashMap<>();
    private static final Set<String> PAIR_FIRSTS = new HashSet<>();
    /** The first words of the triggers of three words: the only ones a third word is looked up for. */
    private static final Set<String> TRIPLE_FIRSTS = new HashSet<>();
    /** What a force clears of a crowd, or the crowd: {@code cleared the square} (also read by EventFinder). */
    static final Set<String> CLEARED = WordSets.of("square", "streets", "street", "camp", "blockade", "barricades",
            "crowd", "protesters", "demonstrators");
    /** Fights among people, never an armed attack: {@code a scuffle}, {@code a brawl} (also read by EventRefiner). */
    static final Set<String> SCUFFLES = WordSets.of("scuffle", "scuffles", "scuffled", "brawl", "brawls", "brawled",
            "fistfight", "fistfights", "fisticuffs");
    /** The first words of a scuffle's pairs: {@code physical fight}, {@code fist fight}, {@code came to blows}. */
    static final Set<String> SCUFFLE_OPENERS = WordSets.of("physical", "fist", "came");

    static {
        words(new Trigger(EXPLOSIONS, SUICIDE_BOMB, 95), "suicide-bomber", "suicide-bombing");
        pairs(new Trigger(EXPLOSIONS, SUICIDE_BOMB, 95), "suicide bomber", "suicide bombing", "suicide attack",
                "suicide bombers", "suicide vest", "blew himself", "blew herself", "suicide bombings", "suicide attacks");
        words(new Trigger(EXPLOSIONS, AIR_STRIKE, 90), "airstrike", "airstrikes", "air-strike", "drone-strike",
                "drones", "drone", "bombardment", "warplanes", "warplane", "airstrikes", "quadcopter", "quadcopters");
        pairs(new Trigger(EXPLOSIONS, AIR_STRIKE, 90), "air strike", "air strikes", "drone strike",
                "drone strikes", "air raid", "air raids", "armed drone", "kamikaze drone", "helicopter gunship",
                "jets bombed", "jets struck", "jets hit", "aircraft bombed", "aircraft struck", "aircraft hit",
                "helicopters bombed", "helicopters struck", "helicopter bombed", "planes bombed", "planes struck",
                "warplanes bombed", "aerial bombardment", "aerial bombing", "bombing raid", "bombing raids",
                "air interdiction", "air interdictions", "aerial strike", "aerial strikes");
        words(new Trigger(EXPLOSIONS, SHELLING, 88), "shelling", "shelled", "artillery", "mortar", "mortars",
                "missile", "missiles", "rocket", "rockets", "shells", "projectiles");
        words(new Trigger(EXPLOSIONS, GRENADE, 89), "grenade", "grenades");
        words(new Trigger(EXPLOSIONS, IED, 89), "ied", "ieds", "landmine", "landmines", "explosive", "explosives",
                "bomb", "bombs", "bombing", "bombings", "bombed", "detonated", "exploded", "explosion", "blast",
                "explosions", "blasts");
        pairs(new Trigger(EXPLOSIONS, IED, 89), "explosive device", "roadside bomb", "car bomb", "improvised explosive",
                "blew up", "blowing up", "blown up", "blow up", "anti-personnel mine", "anti-tank mine", "mine blast",
                "mine explosion", "mine exploded", "struck a mine", "hit a mine", "on a mine", "over a mine",
                "planted the", "planted a", "planted an"); // its fighters had planted the device
        words(new Trigger(VIOLENCE_AGAINST_CIVILIANS, SEXUAL_VIOLENCE, 86), "raped", "rape", "rapes", "gang-raped");
        pairs(new Trigger(VIOLENCE_AGAINST_CIVILIANS, SEXUAL_VIOLENCE, 86), "sexual violence", "sexually assaulted",
                "sexual assault");
        words(new Trigger(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION, 84), "kidnapped", "kidnapping", "kidnappings",
                "abducted", "abduction", "abductions", "hostage", "hostages", "kidnap", "kidnaps", "abducting",
                "kidnappers", "disappeared");
        pairs(new Trigger(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION, 84), "taken hostage", "held hostage",
                "forced disappearance", "took away", "taken away", "bundled into", "dragged into", "took him away",
                "took her away", "took them away", "led him away", "drove him away", "drove off with");
        // "forced X into a minibus": only with a vehicle after it (TriggerScan)
        words(new Trigger(VIOLENCE_AGAINST_CIVILIANS, ABDUCTION, 84), "forced", "bundled");
        words(new Trigger(RIOTS, MOB_VIOLENCE, 83), "lynched", "lynching", "lynch", "mob", "rampaged", "rampaging");
        // a scuffle over a property dispute led to firing: a fight among people, no armed side (EventRefiner)
        words(new Trigger(RIOTS, MOB_VIOLENCE, 83), SCUFFLES.toArray(String[]::new));
        pairs(new Trigger(RIOTS, MOB_VIOLENCE, 83), "mob justice", "vigilante justice", "burned alive",
                "beat to", "hacked to", "stoned to");
        // a physical fight broke out between the representatives of the ruling party and the opposition: as a scuffle
        pairs(new Trigger(RIOTS, MOB_VIOLENCE, 83), "physical fight", "physical confrontation",
                "physical confrontations", "physical altercation", "fist fight", "came to blows");
        words(new Trigger(BATTLES, NON_STATE_OVERTAKES, 82), "overran", "overrun", "seized", "stormed");
        pairs(new Trigger(BATTLES, NON_STATE_OVERTAKES, 82), "took control", "taken control", "seized control",
                "took over", "taken over", "fell to");
        words(new Trigger(BATTLES, GOVERNMENT_REGAINS, 81), "retook", "retaken", "recaptured", "regained", "retake",
                "recapture", "reclaimed", "liberated");
        pairs(new Trigger(BATTLES, GOVERNMENT_REGAINS, 81), "took back", "regained control", "back under");
        words(new Trigger(BATTLES, ARMED_CLASH, 80), "clashed", "clash", "clashes", "shootout", "shoot-out",
                "gunfight", "firefight", "fighting", "fought", "battle", "battled", "battles", "ambushed", "ambush",
                "crossfire", "skirmish", "skirmishes", "gunbattle", "encountered", "shoot-outs", "shootouts",
                "gunfights", "firefights", "gunbattles");
        pairs(new Trigger(BATTLES, ARMED_CLASH, 80), "exchanged fire", "exchange of fire", "gun battle",
                "exchanges of fire", "armed confrontation", "heavy fighting", "returned fire", "traded fire",
                "exchanging fire", "fire fight", "under fire", "exchanged gunfire", "traded gunfire", "exchanged heavy",
                "traded heavy", "exchanging gunfire", "under gunfire", "under rifle fire", "under heavy fire",
                "under sustained fire", "under intense fire", "under sniper fire", "under small-arms fire",
                "bursts of", "burst of"); // observed 14 shots/bursts of fire involving small arms
        words(new Trigger(BATTLES, ARMED_CLASH, 80), "encounter", "repelled", "repulsed", "clashing", "combat");
        words(new Trigger(BATTLES, ARMED_CLASH, 62), "engaged"); // troops engaged a group of militants
        // forces conducted an incursion against pro-Houthi groups
        words(new Trigger(BATTLES, ARMED_CLASH, 62), "incursion", "incursions");
        pairs(new Trigger(BATTLES, ARMED_CLASH, 80), "offensive against", "assault on", "assaults on", "gunfight with",
                "firefight with");
        // (above "assault on": beat back a Houthi assault on their positions, where the assault's side is the other)
        pairs(new Trigger(BATTLES, ARMED_CLASH, 81), "pushed back", "drove back", "beat back", "fought off",
                "forced back", "thwarted an attack", "thwarted the attack", "thwarted attacks", "thwarted an assault");
        words(new Trigger(PROTESTS, PEACEFUL_PROTEST, 70), "protest", "protests", "protested", "protesters",
                "protestors", "demonstrators", "demonstration", "demonstrations", "marched", "march", "marches",
                "rally", "rallied", "rallies", "sit-in", "marchers", "demonstrated", "protesting", "dharna", "dharnas");
        words(new Trigger(PROTESTS, PEACEFUL_PROTEST, 60), "gathered", "chanting", "chanted");
        // read a press statement outside the courthouse: a gathering, however small
        pairs(new Trigger(PROTESTS, PEACEFUL_PROTEST, 60), "statement outside", "statement in front");
        // only one held to demand something (TriggerScan): not a funeral's night vigil
        words(new Trigger(PROTESTS, PEACEFUL_PROTEST, 60), "vigil", "vigils");
        pairs(new Trigger(PROTESTS, PEACEFUL_PROTEST, 70), "human chain", "hunger strike", "staged a", "took to",
                "road blockades", "road blockade", "roadblocks across", "set off from", "set off towards",
                "walked in silence", "marched in silence", "silent walk", "silent march", "silent vigil", "peace walk",
                "peace march", "walk for peace", "march for peace", "solidarity walk", "peaceful gathering",
                "peaceful caravan", "slow caravan", "protest caravan", "unlawful gathering", "illegal gathering",
                "unauthorised gathering", "unauthorized gathering", "unlawful assembly", "illegal assembly");
        words(new Trigger(PROTESTS, PEACEFUL_PROTEST, 55), "blocked", "blocking", "blockade", "barricaded", "sit-ins",
                "dispersed");
        pairs(new Trigger(PROTESTS, PEACEFUL_PROTEST, 55), "to disperse"); // fired in the air to disperse them
        // what met a crowd, as "dispersed" (EventFinder.disperses): the Mobile Unit cleared the square
        pairs(new Trigger(PROTESTS, PEACEFUL_PROTEST, 55), CLEARED.stream().map(w -> "cleared the " + w)
                .toArray(String[]::new));
        words(new Trigger(RIOTS, VIOLENT_DEMONSTRATION, 72), "rioters", "riot", "riots", "rioting", "rioted");
        pairs(new Trigger(RIOTS, VIOLENT_DEMONSTRATION, 72), "stone pelting", "pelting stones", "turned violent",
                "threw stones", "hurled stones", "threw rocks",
                "hurled rocks", "pelted stones", "erected barricades", "set barricades", "burned barricades",
                "burnt barricades", "burned tyres", "burnt tyres", "burning tyres",
                "burned tires", "burning rubber", "burned rubber", "burnt rubber",
                "throwing stones", "threw petrol", "hurled petrol", "threw molotov",
                "hurled molotov", "threw firebombs", "hurled firebombs", "threw bottles",
                "hurled bottles", "threw masonry");
        words(new Trigger(RIOTS, VIOLENT_DEMONSTRATION, 72), "stone-throwing", "stone-pelting");
        words(new Trigger(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 75), "killed", "killing", "killings", "massacre",
                "massacred", "murdered", "murder", "executed", "shot", "shooting", "stabbed", "beheaded", "attacked",
                "attack", "attacks", "attacking", "raided", "raid", "wounded", "injured", "fired", "gunned",
                "assaulted", "beaten", "tortured", "dead", "gunshot", "wounding", "injuring", "torture", "beat", "beating",
                "beatings", "flogged", "whipped", "lashed", "punched", "assassinated", "assassination",
                "assassinations", "assassinate");
        pairs(new Trigger(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 76), "opened fire", "shot dead", "gunned down",
                "fired on", "fired at", "set ablaze", "opened gunfire", "firing tear", "firing at", "firing on",
                "firing live", "firing rubber");
        words(new Trigger(STRATEGIC, ARRESTS, 65), "arrested", "arrest", "arrests", "detained", "apprehended",
                "custody", "captured", "nabbed", "detains", "arresting", "extradited", "detaining");
        pairs(new Trigger(STRATEGIC, ARRESTS, 65), "rounded up", "round up", "rounding up"); // rounded up 40 men
        words(new Trigger(STRATEGIC, AGREEMENT, 64), "ceasefire", "cease-fire", "truce", "agreement", "accord",
                "signed", "treaty", "peace");
        pairs(new Trigger(STRATEGIC, AGREEMENT, 64), "peace deal", "peace agreement", "agreed to",
                "memorandum of");
        words(new Trigger(STRATEGIC, LOOTING, 62), "looted", "looting", "torched", "ransacked", "vandalised",
                "vandalized", "burned", "burnt", "destroyed", "plundered", "pillaged", "demolished", "razed",
                "uprooted", "bulldozed");
        pairs(new Trigger(STRATEGIC, LOOTING, 63), "set fire", "burned down", "burnt down", "setting fire",
                "set on", "on fire");
        words(new Trigger(STRATEGIC, DISRUPTED_WEAPONS, 61), "defused", "seizure", "cache", "dismantled",
                "confiscated", "intercepted");
        words(new Trigger(STRATEGIC, CHANGE_TO_GROUP, 58), "alliance", "merged", "formed", "split", "splinter",
                "coalition", "appointed", "disbanded", "dissolved", "joined", "defected", "rebranded");
        pairs(new Trigger(STRATEGIC, CHANGE_TO_GROUP, 58), "joined forces", "join forces", "new leader",
                "installed its", "installed their"); // the AFC installed its own governor of North Kivu
        // a faction that breaks with its leaders: what it rejects with them (a ceasefire) is not the event
        pairs(new Trigger(STRATEGIC, CHANGE_TO_GROUP, 65), "longer recognised", "longer recognise",
                "longer recognized", "longer recognize", "broke away", "breaking away", "break away");
        words(new Trigger(STRATEGIC, TRANSFER_OF_TERRITORY, 57), "withdrew", "withdrawal", "withdrawn",
                "retreated", "abandoned", "evacuated", "vacated");
        pairs(new Trigger(STRATEGIC, TRANSFER_OF_TERRITORY, 57), "handed control", "pulled out", "transferred control",
                "pulled back", "pulled their", "pulled its");
        words(new Trigger(STRATEGIC, OTHER, 50), "landed", "lands", "arrives", "arrived", "deployed", "deployment", "reopened", "reopen",
                "reopening", "surrender", "surrendered", "ordered", "handed", "patrol", "patrols", "operation",
                "operations", "offensive", "launched", "curfew", "warning", "ultimatum", "threatened", "sanctions",
                "deploy", "arrival", "released", "freed", "escaped", "escape", "jailbreak", "breakout", "banned",
                "suspended", "declared", "imposed", "announced", "visited", "extended", "declaring", "disband",
                "disbanded", "disbanding", "recruitment", "lockdown", "sit-at-home", "disarmament");
    }

    private static void words(Trigger t, String... ws) {
        for (String w : ws) {
            WORDS.putIfAbsent(w, t);
        }
    }

    private static void pairs(Trigger t, String... ps) {
        for (String p : ps) {
            PAIRS.putIfAbsent(p, t);
            PAIR_FIRSTS.add(p.substring(0, p.indexOf(' ')));
            if (p.indexOf(' ') != p.lastIndexOf(' ')) {
                TRIPLE_FIRSTS.add(p.substring(0, p.indexOf(' ')));
            }
        }
    }

    /** Every word that starts a trigger, or is a verb of setting up or a base noun ({@link TriggerScan}). */
    private static final Set<String> CUES = new HashSet<>(WORDS.keySet());

    static {
        CUES.addAll(PAIR_FIRSTS);
        CUES.addAll(TriggerScan.SET_UP_VERBS);
        CUES.addAll(TriggerScan.BASE_NOUNS);
    }

    private TriggerLexicon() {
    }

    /** Whether a word can matter to a trigger at all (one lookup that rules out most words). */
    public static boolean isCue(String lower) {
        return CUES.contains(lower);
    }

    /** The trigger of a single lower-case word, or null. */
    public static Trigger word(String lower) {
        return WORDS.get(lower);
    }

    /**
     * The trigger of three lower-case words in a row, else of the first two, or null.
     *
     * @param third the word after the second, or null
     */
    public static Trigger pair(String first, String second, String third) {
        if (!PAIR_FIRSTS.contains(first)) {
            return null;
        }
        Trigger three = third == null || !TRIPLE_FIRSTS.contains(first) ? null
                : PAIRS.get(first + " " + second + " " + third);
        return three != null ? three : PAIRS.get(first + " " + second);
    }
}
