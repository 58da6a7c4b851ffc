package org.kgi.indexer.extract.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * The scene of a sentence's event: the most specific place it names (facility or junction, then neighbourhood,
 * town, a road's stretch, region, country), a dateline and where people fled to being no place and a place
 * someone comes from, a road's end or a hospital the wounded were taken to only when there is no other; then a
 * place the sentence names as held in it ({@code Ywa Thit village in Kani township}), whatever its kind.
 */
final class Scenes {
    private static final List<String> PLACE_SPECIFICITY = List.of("facility", "road", "neighbourhood",
            "populated_place", "other", "region", "country");

    private Scenes() {
    }

    static String of(Tokens t, Sentence s, List<Resolved> names) {
        Resolved best = null;
        Resolved bestOrigin = null;
        Resolved label = null;
        Resolved dateline = null;
        boolean townNear = false; // "on the Milimani-Basuba road ... near Milimani": the town
        for (Resolved r : names) {
            townNear |= r.isPlace() && ("populated_place".equals(r.type()) || "neighbourhood".equals(r.type()))
                    && near(t, r);
        }
        for (Resolved r : names) {
            if (r.isPlace() && isDateline(t, s, r)) {
                dateline = r; // where the report was filed: the scene only when the sentence names no other
                continue;
            }
            if (!r.isPlace() || afterDateline(t, r, dateline) || fledTo(t, r) || namesAnEvent(t, r)
                    || inRoadName(r, names) || sinceItsLoss(t, r) || speaksFor(t, r) || byCountry(t, r)
                    || underStation(t, r) || outskirtsOfAnother(t, r, names) || whoDidItThere(t, r)
                    || groupsTurf(t, r) || TriggerScan.whoTheyAre(t, s, t.beforeThe(r.found().first()))
                    || disputedWith(t, r) || accordingTo(t, r) || TriggerScan.whereTheHeldAre(t, s, r.found().first())
                    || TriggerScan.inSparkedClause(t, s, r.found().first()) // the unrest it set off near Mushere
                    || NonEvents.inWeekSummed(t, s, r.found().first())) { // a week that also saw a bombing in X
                // "the rest fled towards the Ruvuma", "600 people fled towards Bocaranga and Paoua", "taking part in
                // the Msawize violence": no scene
                continue;
            }
            if (inEntryLabel(t, s, r)) {
                label = better(t, r, label, townNear) ? r : label;
            } else if (isOrigin(t, r) || roadEnd(t, r) || placeOfCare(t, r) || demanded(t, s, r) || roadTo(t, r)
                    || Roles.betweenEnds(t, r, ROADS) && names.stream().anyMatch(o -> o.isPlace()
                    && o.found().first() > r.found().last() && (near(t, o) || nearItsEdge(t, o)))) {
                bestOrigin = better(t, r, bestOrigin, townNear) ? r : bestOrigin;
            } else {
                best = better(t, r, best, townNear) ? r : best;
            }
        }
        Resolved scene = best != null ? best : label != null ? label : bestOrigin != null ? bestOrigin : dateline;
        // in the village of Campo Dos, in the rural area of Tibu: the village, whatever the kinds of the two
        for (int hops = 0; scene != null && hops < 3; hops++) {
            Resolved held = heldIn(t, scene, names);
            if (held == null) {
                break;
            }
            scene = held;
        }
        return scene == null ? null : scene.id();
    }

    /**
     * {@code Kuida village under Goilkera police station}: the station whose area holds the place named before it, not
     * the scene.
     */
    private static boolean underStation(Tokens t, Resolved r) {
        int k = t.beforeThe(r.found().first());
        return "facility".equals(r.type()) && t.isLower(k, "under") && t.isWord(k - 1) && !t.isCapitalised(k - 1)
                && PlaceWords.nounAfterType(t.lower(k - 1)) != null; // (after "village", "area", "district")
    }

    /** {@code soldiers held prisoner by Russia}: a country named as who did something, not where. */
    private static boolean byCountry(Tokens t, Resolved r) {
        return "country".equals(r.type()) && t.isLower(r.found().first() - 1, "by");
    }

    /** {@code near the entrance of Kubaisa}, {@code at the edge of X}: where the event was. */
    private static boolean nearItsEdge(Tokens t, Resolved r) {
        int of = r.found().first() - 1;
        int the = of - 2;
        return t.isLower(of, "of") && t.isWord(of - 1) && EDGES.contains(t.lower(of - 1)) && t.isLower(the, "the")
                && (t.isLower(the - 1, "near") || t.isLower(the - 1, "at"));
    }

    private static final Set<String> EDGES = WordSets.of("entrance", "edge", "outskirts", "gates", "exit");
    /** Roads named by their ends: {@code on the road between Hit and Kubaisa, near the entrance of Kubaisa}. */
    private static final Set<String> ROADS = WordSets.of("road", "highway", "route", "motorway", "track", "axis",
            "stretch", "section");

    /** Whether the place is where a road leads: {@code blocked the main road to Aden}. */
    private static boolean roadTo(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        return t.isLower(k, "to") && t.isWord(k - 1) && PlaceWords.isRoadNoun(t.lower(k - 1));
    }

    /**
     * Whether the place is in what a march demands ({@code demanding the release of the four men held in Kibua}): not
     * where the march went.
     */
    private static boolean demanded(Tokens t, Sentence s, Resolved r) {
        for (int k = r.found().first() - 1; k >= Math.max(s.first(), r.found().first() - 15); k--) {
            if (t.isPunct(k) && !t.isChar(k, ',') && !t.isApostrophe(k)) {
                return false;
            }
            if (t.isWord(k) && TriggerScan.DEMANDS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place is in a log entry's label, a date's before a colon ({@code 2 September (Monday), Mudiyah
     * district: A roadside bomb hit ... in Wadi Omran}): the entry's area, where it happened only if the entry names no
     * place of its own.
     */
    private static boolean inEntryLabel(Tokens t, Sentence s, Resolved r) {
        boolean dated = false;
        for (int k = s.first(); k <= s.last() && k <= s.first() + 12; k++) {
            dated |= t.is(k, Tokens.NUMBER);
            if (t.isChar(k, ':')) {
                return dated && r.found().last() < k;
            }
        }
        return false;
    }

    /** {@code a charge Kabul rejected}, {@code Moscow denied it}: a capital for its government, speaking; no scene. */
    private static boolean speaksFor(Tokens t, Resolved r) {
        int k = r.found().last() + 1;
        return ("populated_place".equals(r.type()) || "country".equals(r.type()) || "facility".equals(r.type()))
                && t.isWord(k) && SPEAKING.contains(t.lower(k)) && !t.isLower(r.found().first() - 1, "in");
                // (and Gharyan General Hospital said it had received eight wounded)
    }

    private static final Set<String> SPEAKING = WordSets.of("rejected", "denied", "denies", "rejects", "said", "says",
            "accused", "accuses", "condemned", "condemns", "warned", "warns", "insisted", "insists", "blamed");

    /**
     * {@code cut off since the destruction of the Kakhovka dam in June 2023}: a place of what happened before, named
     * by the time since.
     */
    private static boolean sinceItsLoss(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        k = t.isLower(k, "the") ? k - 1 : k;
        return t.isLower(k, "of") && t.isWord(k - 1) && !t.isCapitalised(k - 1) && t.isLower(k - 2, "the")
                && t.isLower(k - 3, "since");
    }

    /** {@code JNIM, al Qaeda's affiliate in the Sahel}: where the group is one of its kind, no scene. */
    private static boolean groupsTurf(Tokens t, Resolved r) {
        int k = t.beforeThe(r.found().first());
        return t.isLower(k, "in") && t.isWord(k - 1) && GROUP_KINDS.contains(t.lower(k - 1));
    }

    /** {@code a land dispute with the neighbouring municipality of Tajumulco}: the other party's place, no scene. */
    private static boolean disputedWith(Tokens t, Resolved r) {
        for (int k = r.found().first() - 1; k > 0 && r.found().first() - k <= 6 && t.isWord(k); k--) {
            if (t.isLower(k, "with")) {
                return t.isWord(k - 1) && DISPUTES.contains(t.lower(k - 1));
            }
        }
        return false;
    }

    /**
     * {@code ..., according to the health centre in Ixchiguán}: where the source a sentence ends on is, no scene (but
     * "According to the Mayor of Dufresne, gunmen ..." opens on the place of what follows).
     */
    private static boolean accordingTo(Tokens t, Resolved r) {
        for (int k = r.found().first() - 1; k > 0 && r.found().first() - k <= 7 && t.isWord(k); k--) {
            if (t.isLower(k, "to") && t.isLower(k - 1, "according")) {
                return t.isChar(k - 2, ',');
            }
        }
        return false;
    }

    private static final Set<String> DISPUTES = WordSets.of("dispute", "disputes", "feud", "feuds", "conflict",
            "rivalry", "quarrel", "row", "tensions");
    private static final Set<String> GROUP_KINDS = WordSets.of("affiliate", "affiliates", "branch", "franchise",
            "offshoot", "wing", "faction", "ally", "allies", "proxy", "proxies");

    /** Whether the place is the words of a road's name: {@code Hulugho-Kolbio} in {@code the Hulugho-Kolbio road}. */
    private static boolean inRoadName(Resolved r, List<Resolved> names) {
        for (Resolved o : names) {
            if (o != r && o.isPlace() && "road".equals(o.type()) && o.found().first() <= r.found().first()
                    && o.found().last() > r.found().last()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place names an event told elsewhere: {@code the Msawize violence}, {@code the Galessa attack}. */
    private static boolean namesAnEvent(Tokens t, Resolved r) {
        int after = r.found().last() + 1;
        return t.isLower(r.found().first() - 1, "the") && t.isWord(after) && EVENT_NOUNS.contains(t.lower(after));
    }

    private static final Set<String> EVENT_NOUNS = WordSets.of("violence", "attack", "attacks", "raid", "raids",
            "massacre", "killings", "killing", "clashes", "fighting", "riots", "riot", "bombing", "unrest", "protest",
            "protests", "abduction", "kidnapping", "ambush", "uprising");

    /**
     * Whether the sentence names places and all of them are where the wounded were cared for ({@code Seven officers
     * were injured, one of whom was treated at the X hospital in Schiedam}) or where someone came from ({@code Four
     * passengers were killed, among them a trader from X}): no scene of its own.
     */
    static boolean asideOnly(Tokens t, List<Resolved> names) {
        boolean any = false;
        for (Resolved r : names) {
            if (r.isPlace()) {
                if (!placeOfCare(t, r) && !insideCare(t, r, names) && !isOrigin(t, r) && !accordingTo(t, r)) {
                    return false; // (the town inside "Beledweyne General Hospital" is the hospital's name)
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean insideCare(Tokens t, Resolved r, List<Resolved> names) {
        for (Resolved c : names) {
            if (c != r && c.isPlace() && c.found().first() <= r.found().first() && r.found().last() <= c.found().last()
                    && c.found().last() > c.found().first() && placeOfCare(t, c)) {
                return true;
            }
        }
        return false;
    }

    /** The place the sentence names as held in {@code container} ({@link #containerOf}), or null. */
    private static Resolved heldIn(Tokens t, Resolved container, List<Resolved> names) {
        for (Resolved r : names) {
            if (r != container && r.isPlace() && !r.id().equals(container.id()) && containerOf(t, container, r)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the place is named only as the end of a road, inside the road's name ({@code the Gumla-Ranchi highway
     * near Kamdara}): a scene only when there is no other.
     */
    private static boolean roadEnd(Tokens t, Resolved r) {
        return r.found().start() > t.start(r.found().first()) || r.found().end() < t.end(r.found().last());
    }

    /**
     * Whether place {@code r} is more specific than {@code best} (or as specific and named after a preposition where
     * {@code best} is not, or later after a comma: {@code On 9 January, in Saint-Tazesanx, police arrested ... in
     * Village Nidecaix}: the later place is the scene).
     */
    private static boolean better(Tokens t, Resolved r, Resolved best, boolean townNear) {
        if (best == null) {
            return true;
        }
        if ("road".equals(r.type()) && !"road".equals(best.type()) && !"facility".equals(best.type())
                && r.found().first() > best.found().last() && r.found().first() - best.found().last() <= 10
                && t.hasWordIn(best.found().last() + 1, r.found().first() - 1, DISTANCES)) {
            return false; // at Gbangou, 12 km west of Zemio on the Rafai road: the village, which is on the road
        }
        int rank = rank(t, r, townNear);
        int bestRank = rank(t, best, townNear);
        if (rank == bestRank && near(t, r) && !near(t, best) && atOrIn(t, best)) {
            return false; // attacked a post at Bamessing, near the town of Ndop: where it was, not what it was near
        }
        return rank < bestRank || rank == bestRank && afterPreposition(t, r) && (!afterPreposition(t, best)
                || t.isChar(best.found().last() + 1, ',') && r.found().first() > best.found().last()
                && !containerOf(t, r, best));
    }

    /**
     * Whether {@code r} is named as the place that holds {@code inner}, right after it: {@code near El Plateado, in the
     * municipality of Argelia}, {@code near the village of Los Ranchitos, in the Apatzingán municipality}, {@code on
     * Ywa Thit village in Kani township}, {@code in the village of Campo Dos, in the rural area of Tibú}, {@code near
     * Isoanala (Betroka district)}. Whatever their kinds, the place held is the more specific.
     */
    private static boolean containerOf(Tokens t, Resolved r, Resolved inner) {
        int k = inner.found().last() + 1;
        if (t.isChar(k, '(') && r.found().first() == k + 1 && !"country".equals(inner.type())) {
            return true; // near Isoanala (Betroka district)
        }
        if (t.isWord(k) && SETTLEMENTS.contains(t.lower(k))) {
            k++; // Ywa Thit village in Kani township
        }
        boolean comma = t.isChar(k, ',');
        k += comma ? 1 : 0;
        if (comma && r.found().first() == k && ADMIN_AREAS.contains(t.lower(r.found().last()))
                && !ADMIN_AREAS.contains(t.lower(inner.found().last()))) {
            return true; // near the Arroyito settlement, Horqueta district; in Zerovnica, Zubin Potok municipality
        }
        if (comma && t.isLower(k, "the") && t.isWord(k + 1) && SEATS.contains(t.lower(k + 1)) && t.isLower(k + 2, "of")
                && r.found().first() == k + 3) {
            return true; // in Rajbiraj, the headquarters of Saptari district
        }
        boolean settlement = k > inner.found().last() + 1 || SETTLEMENTS.contains(t.lower(inner.found().last()));
        if (!t.isLower(k, "in") || !comma && !settlement) {
            return false; // "X in Y" with neither a comma nor a settlement noun between: which holds which is unsaid
        }
        k++;
        if (t.isLower(k, "the")) {
            k++;
            int words = 0;
            while (words < 2 && t.isWord(k) && !t.isCapitalised(k) && !SETTLEMENTS.contains(t.lower(k))) {
                k++; // the rural area of Tibu
                words++;
            }
            if (t.isWord(k) && SETTLEMENTS.contains(t.lower(k)) && t.isLower(k + 1, "of")) {
                k += 2; // in the municipality of Argelia
            } else if (words > 0) {
                return false;
            }
        }
        return k == r.found().first();
    }

    /**
     * Whether the place is a hospital or clinic that the wounded were taken to or died in, or the town of one ({@code
     * treated at the X hospital in Schiedam}), a verb of care or death in the eight words before ({@code shot outside a
     * gym at X and died later that evening at Karolinska University Hospital}): the scene only when there is no other.
     */
    private static boolean placeOfCare(Tokens t, Resolved r) {
        int first = r.found().first();
        int last = r.found().last();
        if ((t.isLower(first - 1, "in") || t.isChar(first - 1, ',')) && careNounEndsAt(t, first - 2)) {
            // treated at the Franciscus Vlietland hospital in Schiedam, taken to the Comprehensive Health Centre,
            // Obagaji: the hospital's town (the verb of care is looked for before the hospital's name)
            last = first - 2;
            first = last - 1;
            while (first > 0 && t.isCapitalised(first)) {
                first--;
            }
        } else if (!NonEvents.CARE.contains(t.lower(last)) && !CARE_FIRST.contains(t.lower(first))
                && !(t.isWord(last + 1) && NonEvents.CARE.contains(t.lower(last + 1)) && t.isCapitalised(last))
                && !(t.isWord(last + 1) && HOSPITAL_KINDS.contains(t.lower(last + 1)) && t.isWord(last + 2)
                && NonEvents.CARE.contains(t.lower(last + 2)))) {
            return false; // neither "X Hospital", "Ospedale del X", "the X hospital" nor "the X district hospital"
        }
        return t.wordJustBefore(first, 8, CARED);
    }

    /** Whether a word of care ends at token {@code k}: {@code hospital}, {@code Health Centre}. */
    private static boolean careNounEndsAt(Tokens t, int k) {
        return t.isWord(k) && (NonEvents.CARE.contains(t.lower(k)) || (t.isLower(k, "centre") || t.isLower(k, "center"))
                && (t.isLower(k - 1, "health") || t.isLower(k - 1, "medical")));
    }

    private static final Set<String> HOSPITAL_KINDS = WordSets.of("district", "general", "regional", "referral",
            "provincial", "county", "teaching", "military", "main", "central");

    /** Care words that open a hospital's name in other languages: {@code Ospedale del Mare}, {@code Hôpital X}. */
    private static final Set<String> CARE_FIRST = WordSets.of("ospedale", "hôpital", "hopital", "hospital", "clínica",
            "clinica", "policlinico", "klinikum", "krankenhaus");

    /** Verbs of the wounded taken to care, or of dying there. */
    private static final Set<String> CARED = WordSets.copyOf(Stream.concat(NonEvents.CARRIED.stream(),
            Stream.of("died", "succumbed", "carried", "brought")).toList());

    private static final Set<String> FLED = WordSets.of("fled", "fleeing", "flee", "retreated", "withdrew",
            "escaped", "ran");
    /** Where people were brought after the event: {@code the passengers were taken on to Sumy}. */
    private static final Set<String> TAKEN_AWAY = WordSets.of("evacuated", "transferred", "relocated", "moved",
            "taken");

    /**
     * Whether the place is what a relative clause says the same actor did before ({@code fired by "the same Khawarij
     * who attacked Lafoole"}): who they are, not the scene.
     */
    private static boolean whoDidItThere(Tokens t, Resolved r) {
        int v = t.beforeThe(r.found().first());
        return t.isWord(v) && t.lower(v).endsWith("ed") && (t.isLower(v - 1, "who") || t.isLower(v - 1, "that"))
                && (t.isLower(v - 3, "same") || t.isLower(v - 4, "same")); // (not "gunmen who stormed X killed")
    }

    /** Whether the place is one of those the fleeing went to: {@code fled to Chad}, {@code fled towards X and Y}. */
    private static boolean fledTo(Tokens t, Resolved r) {
        int k = r.found().first() - 1;
        while (k > 0 && k >= r.found().first() - 8 && (t.isCapitalised(k) || t.isChar(k, ',') || t.isLower(k, "and")
                || t.isLower(k, "the") || t.isLower(k, "or") || t.isChar(k, '-'))) {
            k--;
        }
        int verb = t.isLower(k - 1, "on") ? k - 2 : k - 1; // were taken on to Sumy
        return (t.isLower(k, "towards") || t.isLower(k, "toward") || t.isLower(k, "to") || t.isLower(k, "into"))
                && t.isWord(verb) && (FLED.contains(t.lower(verb)) || TAKEN_AWAY.contains(t.lower(verb)));
    }

    /**
     * {@code a surgeon from X}, {@code a coalition of factions from X}: a place after {@code from} that follows a noun,
     * no verb of taking or leaving in the six words before ({@code abducted 12 men from X}).
     */
    private static boolean isOrigin(Tokens t, Resolved r) {
        int k = t.beforeThe(r.found().first());
        if (t.isLower(k, "of") && t.isWord(k - 1) && PEOPLE_OF.contains(t.lower(k - 1)) && t.isWord(k - 2)
                && (t.is(k - 2, Tokens.NUMBER) || COUNTED.contains(t.lower(k - 2)))) {
            return true; // about 500 villagers of the Goilkera area held a dharna in Chaibasa: where they came from
        }
        if (t.isLower(k, "from") && t.isChar(k - 1, ',') && t.isWord(k - 2) && t.isCapitalised(k - 2)
                && t.isChar(k - 3 - (t.isWord(k - 3) && t.isCapitalised(k - 3) ? 1 : 0), ',')) {
            return true; // a Pakistani national, Abu Talha, from Bahawalpur: where the man came from
        }
        if (!t.isLower(k, "from") || !t.isWord(k - 1) || t.isCapitalised(k - 1)) {
            return false;
        }
        for (int i = k - 1; i >= Math.max(0, k - 6) && t.isWord(i); i--) {
            if (FROM_VERBS.contains(t.lower(i))) {
                return false; // abducted 12 men from Kyondoe village: where it happened
            }
        }
        return true;
    }

    private static final Set<String> COUNTED = WordSets.of("hundreds", "dozens", "thousands", "some", "several",
            "many");
    private static final Set<String> PEOPLE_OF = WordSets.of("villagers", "residents", "people", "inhabitants",
            "farmers", "women", "youths");

    /** Words before {@code from} that make the place a scene all the same: {@code fled from X}, {@code away from X}. */
    private static final Set<String> FROM_VERBS = WordSets.of("fled", "fleeing", "flee", "away", "kidnapped",
            "abducted", "taken", "seized", "stolen", "looted", "escaped", "evacuated", "withdrew", "expelled",
            "driven", "displaced", "released", "freed", "rescued", "miles", "kilometres", "kilometers", "km", "abducting",
            "kidnapping", "took", "seizing", "snatched", "dragged", "removed", "stole", "looting", "grabbed");

    /**
     * Whether a place comes right after {@code in}, {@code at}, {@code near} (with or without {@code the}), or is named
     * as a settlement: {@code the village of X}, {@code captured the town of X}.
     */
    private static boolean afterPreposition(Tokens t, Resolved r) {
        int p = r.found().first() - 1;
        if (t.isLower(p, "of") && p > 0 && t.isWord(p - 1) && SETTLEMENTS.contains(t.lower(p - 1))) {
            return true;
        }
        if (t.isLower(p, "the")) {
            p--;
        }
        return t.isLower(p, "in") || t.isLower(p, "at") || t.isLower(p, "near") || t.isLower(p, "outside")
                || t.isLower(p, "off");
    }

    /**
     * Whether the town is the one whose outskirts hold the place named right before ({@code around Kanyaruchinya, on
     * the northern outskirts of Goma}): the place before is the scene.
     */
    private static boolean outskirtsOfAnother(Tokens t, Resolved r, List<Resolved> names) {
        int of = r.found().first() - 1;
        if (!t.isLower(of, "of") || !t.isWord(of - 1) || !OUTSKIRTS.contains(t.lower(of - 1))) {
            return false;
        }
        int k = of - 2;
        while (k > of - 6 && t.isWord(k) && !t.isCapitalised(k)) {
            k--; // on the northern
        }
        int comma = k;
        return t.isChar(comma, ',') && names.stream().anyMatch(o -> o != r && o.isPlace()
                && o.found().last() == comma - 1);
    }

    private static final Set<String> OUTSKIRTS = WordSets.of("outskirts", "edge", "fringes", "edges", "periphery");

    /** Last words of an administrative area's name that, after a comma, hold the place before it. */
    private static final Set<String> ADMIN_AREAS = WordSets.of("district", "department", "province", "county",
            "municipality", "governorate", "prefecture", "region", "state", "township", "territory", "commune", "oblast",
            "woreda", "upazila", "tehsil", "lga");
    /** What a town is of the area that holds it: {@code the headquarters of Saptari district}. */
    private static final Set<String> SEATS = WordSets.of("headquarters", "capital", "seat");
    private static final Set<String> SETTLEMENTS = WordSets.of("town", "village", "city", "locality", "commune",
            "municipality", "district", "neighbourhood", "neighborhood", "suburb", "hamlet", "area", "outskirts",
            "vicinity", "township", "county", "sector", "barangay", "province", "department", "territory", "settlement",
            "suco");

    /** {@code CIZRE, Turkey, Nov. 6}: the country or region right after the dateline's town, part of the dateline. */
    private static boolean afterDateline(Tokens t, Resolved r, Resolved dateline) {
        return dateline != null && r.found().first() == dateline.found().last() + 2
                && t.isChar(dateline.found().last() + 1, ',') && t.isChar(r.found().last() + 1, ',');
    }

    /** A place that opens the sentence in capitals before a comma is a dateline: where the report was filed. */
    private static boolean isDateline(Tokens t, Sentence s, Resolved r) {
        int first = r.found().first();
        int after = r.found().last() + 1;
        if (first == s.first() && t.isChar(after, '(') && t.isChar(after + 2, ')') && t.isDash(after + 3)) {
            return true; // Cotonou (Banouto) – The Beninese army ...
        }
        return first == s.first() && t.is(first, Tokens.ALL_CAPS) && t.isChar(after, ',');
    }

    /**
     * The place's rank, a facility or road only {@code near} (next to, close to) which it happened counting as a
     * neighbourhood ({@code landed in the Wadajir district of Mogadishu, near Aden Adde International Airport}: the
     * district is the scene).
     */
    private static int rank(Tokens t, Resolved r, boolean townNear) {
        int rank = rank(r.type());
        if (townNear && rank == rank("road") && !isPoint(r)) {
            // a road runs through towns: the town it happened near is where, as ACLED codes it ("on the Milimani-Basuba
            // road ... near Milimani"); a junction or a bridge is a point of its own
            return rank("other");
        }
        return rank <= rank("road") && near(t, r) ? rank("neighbourhood") : rank;
    }

    /** Words of a road's name that make it a point, not a stretch: {@code Carrefour Joute junction}. */
    private static final List<String> POINTS = List.of("junction", "carrefour", "crossroad", "roundabout", "square",
            "bridge");

    private static boolean isPoint(Resolved r) {
        for (String w : POINTS) {
            if (r.id().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place follows {@code at} or {@code in}: {@code a post at Bamessing}. */
    private static boolean atOrIn(Tokens t, Resolved r) {
        int p = t.beforeThe(r.found().first());
        return t.isLower(p, "at") || t.isLower(p, "in");
    }

    /** Whether the place is named after {@code near}, {@code next to} or {@code close to}. */
    private static boolean near(Tokens t, Resolved r) {
        int p = r.found().first() - 1;
        if (t.isLower(p, "of") && t.isWord(p - 1) && SETTLEMENTS.contains(t.lower(p - 1))) {
            p -= 2; // near the town of Ndop
        }
        if (t.isLower(p, "the")) {
            p--;
        }
        return t.isLower(p, "near") || t.isLower(p, "to") && (t.isLower(p - 1, "next") || t.isLower(p - 1, "close"))
                || t.isLower(p, "from") && t.isWord(p - 1) && DISTANCES.contains(t.lower(p - 1)); // 12 km from Hulugho
    }

    private static final Set<String> DISTANCES = WordSets.of("km", "kilometres", "kilometers", "miles", "metres",
            "meters", "kms");

    private static int rank(String placeType) {
        int i = PLACE_SPECIFICITY.indexOf(placeType);
        return i < 0 ? PLACE_SPECIFICITY.size() : i;
    }
}
