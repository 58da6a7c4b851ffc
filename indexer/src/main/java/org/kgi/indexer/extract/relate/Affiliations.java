package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.mention.NameChunker;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Who leads what, who belongs to what and where a group is based, as one sentence words it; the words between two
 * names are read without what brackets or quotes hold ({@code the Twa Kwa gang ("Three Crosses"), led by X}) and
 * without articles.
 * <ul>
 * <li>leads: {@code G, which is led by P}; {@code the G gang of P}; {@code Director General P of the G} (a leader's
 * title); {@code Its leader, P} (the group the sentence before names first); {@code the Mayor of Q, P} and {@code P,
 * mayor of Q} (a place); {@code the Minister of Justice, P} and {@code Justice minister P} (the report's Ministry of
 * Justice);</li>
 * <li>part of: {@code P of the G} (a member), {@code P, spokesperson for G}, {@code G spokesperson P}, {@code police
 * spokesperson P} (the report's one named police); {@code A is part of G}, {@code A belongs to G}, {@code G, to which
 * A belongs}, {@code G, which groups A and B};</li>
 * <li>based in: {@code the G gang of Q}, {@code G, which is based in Q}, {@code G controls Q}, {@code Q, under the
 * control of G}.</li>
 * </ul>
 */
final class Affiliations {
    private static final Set<String> ARTICLES = WordSets.of("the", "a", "an");
    private static final Set<String> LEADER_NOUNS = WordSets.of("leader", "leaders", "head", "chief", "commander",
            "boss", "founder", "ringleader", "kingpin", "chairman", "chairwoman", "chairperson", "president",
            "director", "second-in-command", "deputy", "co-founder", "coordinator", "ombudsman", "ombudswoman",
            "director-general", "secretary-general", "emir", "chief-of-staff");
    private static final Set<String> MEMBER_NOUNS = WordSets.of("spokesperson", "spokesman", "spokeswoman",
            "representative", "member", "members", "official", "officer", "envoy", "negotiator", "lawyer", "fighter",
            "militant", "employee", "staff", "adviser", "advisor", "unit", "faction", "wing", "branch", "cell", "part",
            "affiliate");
    private static final Set<String> LED_VERBS = WordSets.of("led", "headed", "commanded", "run", "founded", "directed",
            "chaired");
    /** Words that may come between a group and {@code led by}: {@code , which is now led by}. */
    private static final Set<String> BEFORE_LED = WordSets.of(",", "which", "who", "that", "is", "are", "was", "were",
            "has", "have", "had", "been", "be", "now", "also", "still", "reportedly", "allegedly", "currently",
            "long", "will");
    /** Verbs right before the group a person leads: {@code P, who has led G}. */
    private static final Set<String> LEADING_VERBS = WordSets.of("led", "leads", "heads", "headed", "commands",
            "commanded", "founded", "runs", "chairs", "chaired", "directs", "directed");
    /** Words before {@code leader of}: {@code P is considered one of the main leaders of G}. */
    private static final Set<String> CONSIDERED = WordSets.of("is", "was", "are", "were", "has", "been", "became",
            "remains", "considered", "believed", "thought", "said", "seen", "described", "named", "appointed", "elected",
            "to", "be", "as", "one", "of", "among", "main", "top", "senior", "key", "former", "new", "alleged",
            "reputed", "self-proclaimed", "self-styled", "also", "now", "still", "most", "powerful", "feared",
            "notorious", "historic", "founding", "de", "facto", "military", "political", "spiritual", "supreme");
    private static final Set<String> NAMED = WordSets.of("known", "as", "named", "called", "nicknamed", "alias");
    private static final Set<String> BE = WordSets.of("is", "are", "was", "were", "has", "have", "been", "became",
            "becomes", "remains", "remained", "also", "now", "still", ",", "which", "itself");
    private static final Set<String> GROUPS_VERBS = WordSets.of("groups", "grouped", "includes", "included",
            "including", "comprises", "comprising", "unites", "brings", "gathers", "federates", "particular",
            "particularly", "notably", "especially");
    /** What may come before those: {@code , which groups}, {@code , in particular}. */
    private static final Set<String> BEFORE_GROUPS = WordSets.of("is", "are", "was", "were", "has", "have", "been",
            "also", "now", "still", ",", "which", "itself", "in");
    /** Nouns of a coalition, after its name: {@code the Fòs Inite coalition}. */
    private static final Set<String> COALITION_NOUNS = WordSets.of("coalition", "alliance", "front", "federation",
            "union", "bloc");
    /** Words between a coalition and {@code with} when it was formed with a group: {@code formed in May with}. */
    private static final Set<String> FORMED_WORDS = WordSets.of("formed", "created", "founded", "established", "set",
            "up", "in", "on", "earlier", "last", "this", "year", "month", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> BASE_WORDS = WordSets.of("based", "headquartered", "active", "operating",
            "operates", "operate", "present", "entrenched", "stationed");
    private static final Set<String> CONTROL_VERBS = WordSets.of("controls", "control", "controlled", "controlling",
            "holds", "dominates", "runs");
    /** Words of a list of names: {@code A, B and C}, {@code the Red Scorpions of Cité Marguerite and Kanno Lanmè}. */
    private static final Set<String> LIST_WORDS = WordSets.of(",", "and", "of", "as", "well", "together", "with");

    private Affiliations() {
    }

    static void add(Tokens t, Sentence s, List<Resolved> all, Resolved previousGroup, DocActors doc, String date,
                    Mention ev, RelationSink sink) {
        List<Resolved> names = new ArrayList<>(all.size());
        for (Resolved r : all) {
            String one = r.found().first() == r.found().last() ? t.lower(r.found().first()) : null;
            boolean commonNoun = one != null && r.id().equals("actor:" + one)
                    && (GenericActors.of(one) != null || DocActors.isOwnerWord(one));
            if (!r.generic() && !commonNoun) {
                names.add(r); // "the gang", "police", "Mission spokesperson": no one to link by these rules
            }
        }
        opening(t, s, names, previousGroup, date, ev, sink);
        for (Resolved p : names) {
            if (isPerson(p)) {
                ownedRole(t, s, p, doc, date, ev, sink);
                apposedRole(t, s, p, doc, date, ev, sink);
                quotedSpokesperson(t, s, p, all, date, ev, sink);
                unityOf(t, s, p, names, date, ev, sink);
            } else if (isGroup(p)) {
                apposedUnit(t, s, p, doc, date, ev, sink);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Resolved a = names.get(i);
            int j = next(names, i);
            String[] g = null;
            for (int tries = 0; j >= 0 && tries < 3; tries++, j = next(names, j)) {
                g = core(t, a.found().last() + 1, names.get(j).found().first() - 1);
                if (g != null) {
                    break; // else the name is in brackets or quotes after a: the Twa Kwa gang ("Three Crosses"), led by
                }
            }
            if (j < 0 || g == null || g.length > 8 && !leaderOfGroupKnownAs(g)) {
                continue;
            }
            Resolved b = names.get(j);
            if (isGroup(a) && isPerson(b) && !doc.isLabel(a.id())
                    && NameChunker.oneOfGroupBefore(t, a.found().first(), a.found().last(), b.found().first(), true)) {
                sink.add(b.id(), a.id(), "part_of", date, ev); // a soldier of the 19 Rashtriya Rifles, Havildar P
            } else if (isGroup(a) && isPerson(b) && !doc.isLabel(a.id())) {
                groupThenPerson(a, b, g, fightersOf(t, s, a), date, ev, sink);
            } else if (isPerson(a) && isGroup(b)) {
                personThenGroup(t, s, a, b, g, date, ev, sink);
            } else if (isGroup(a) && isGroup(b)) {
                groupThenGroup(t, s, names, i, j, g, date, ev, sink);
            } else if (a.isPlace() || b.isPlace()) {
                withPlace(t, a, b, g, date, ev, sink);
            }
        }
    }

    /** Two names of which one or both are places: where a group is based, a place within another, a mayor's town. */
    private static void withPlace(Tokens t, Resolved a, Resolved b, String[] g, String date, Mention ev,
                                  RelationSink sink) {
        if (isGroup(a) && b.isPlace()) {
            if (ofGroupNoun(g) && !"government".equals(a.type()) || endsWith(g, CONTROL_VERBS)
                    || g.length >= 2 && "in".equals(g[g.length - 1]) && BASE_WORDS.contains(g[g.length - 2])) {
                sink.add(a.id(), b.id(), "based_in", date, ev);
            }
        } else if (a.isPlace() && isGroup(b)) {
            if (g.length >= 2 && "control".equals(g[g.length - 2]) && "of".equals(g[g.length - 1])) {
                sink.add(b.id(), a.id(), "based_in", date, ev); // Bord-de-Mer, under the control of G
            }
        } else if (a.isPlace() && b.isPlace()) {
            boolean noun = g.length == 2 && PlaceWords.nounAfterType(g[0]) != null
                    || g.length == 1 && PlaceWords.nounAfterType(t.lower(a.found().last())) != null;
            if (noun && "of".equals(g[g.length - 1]) && !"country".equals(a.type())) {
                sink.add(a.id(), b.id(), "located_in", date, ev); // the Delmont neighbourhood of Port-Lazare
            }
        } else if (a.isPlace() && isPerson(b)) {
            int of = a.found().first() - 1;
            if (g.length == 1 && ",".equals(g[0]) && t.isLower(of, "of") && ActorWords.isPlaceOffice(t.lower(of - 1))) {
                sink.add(b.id(), a.id(), "leads", date, ev); // the Mayor of Q, P
            }
        } else if (isPerson(a) && b.isPlace()) {
            if (g.length == 3 && ",".equals(g[0]) && ActorWords.isPlaceOffice(g[1]) && "of".equals(g[2])) {
                sink.add(a.id(), b.id(), "leads", date, ev); // P, mayor of Q
            }
        }
    }

    /**
     * Whether the group is named after some of its men ({@code a group of fighters of the Bois-Lenoir Brotherhood},
     * {@code a faction of G}): what follows of them ({@code led by P}) is said of those men, not of the group.
     */
    private static boolean fightersOf(Tokens t, Sentence s, Resolved group) {
        int of = t.beforeThe(group.found().first());
        if (of <= s.first() + 1 || !t.isLower(of, "of") || !t.isWord(of - 1)) {
            return false;
        }
        // a faction of G; a group of fighters of G (not "members of the gang led by P": P leads the gang)
        return PART_OF_A_GROUP.contains(t.lower(of - 1)) || ITS_MEN.contains(t.lower(of - 1)) && t.isLower(of - 2, "of")
                && t.isWord(of - 3) && PART_OF_A_GROUP.contains(t.lower(of - 3));
    }

    private static final Set<String> PART_OF_A_GROUP = WordSets.of("group", "band", "faction", "splinter", "wing",
            "cell", "unit", "dissidents");
    private static final Set<String> ITS_MEN = WordSets.of("fighters", "members", "militants", "gunmen", "men",
            "commanders");

    /** @param fightersOf the group named after some of its men: who leads them is of the group, not its leader */
    private static void groupThenPerson(Resolved g0, Resolved p, String[] g, boolean fightersOf, String date,
                                        Mention ev, RelationSink sink) {
        for (int k = 0; k + 1 < g.length; k++) {
            if (LED_VERBS.contains(g[k]) && "by".equals(g[k + 1]) && beforeLed(g, k) && afterBy(g, k + 2)) {
                // G ("gloss"), which is led by P; a group of fighters of G led by P: a commander of G (but members
                // of G, a self-described "defence group" led by P: G renamed, and P leads it)
                sink.add(p.id(), g0.id(), fightersOf && k == 0 ? "part_of" : "leads", date, ev);
                return;
            }
        }
        int own = "and".equals(g.length > 0 ? g[0] : "") ? 1 : 0;
        if (own + 1 < g.length && ("its".equals(g[own]) || "their".equals(g[own])) && roleOf(g[own + 1]) != null
                && allTitles(g, own + 2)) {
            // the officers of the TRB and their commander, Divisional Commissioner P
            sink.add(p.id(), g0.id(), roleOf(g[own + 1]), date, ev);
            return;
        }
        if ("armed_group".equals(g0.type()) && ofGroupNoun(g)) {
            sink.add(p.id(), g0.id(), "leads", date, ev); // the Twa Kwa gang of Dieuseul Mondésir
            return;
        }
        int role = g.length > 1 && ActorWords.groupNounType(g[0]) != null ? 1 : 0; // the X gang spokesman P
        if (role < g.length && MEMBER_NOUNS.contains(g[role]) && allTitles(g, role + 1)) { // (or "spokesperson, P")
            sink.add(p.id(), g0.id(), "part_of", date, ev); // G spokesperson Inspector P
        }
    }

    private static void personThenGroup(Tokens t, Sentence s, Resolved p, Resolved g0, String[] g, String date,
                                        Mention ev, RelationSink sink) {
        if (g.length == 1 && "of".equals(g[0])) {
            // Director General P of the G leads it; P of the G belongs to it
            sink.add(p.id(), g0.id(), leaderTitleBefore(t, s, p) || coLeader(t, s, p) ? "leads" : "part_of", date, ev);
        } else if (g.length == 3 && ",".equals(g[0]) && MEMBER_NOUNS.contains(g[1])
                && ("of".equals(g[2]) || "for".equals(g[2]) || "with".equals(g[2]))) {
            sink.add(p.id(), g0.id(), "part_of", date, ev); // P, spokesperson for G
        } else if (g.length >= 3 && "of".equals(g[g.length - 1]) && LEADER_NOUNS.contains(g[g.length - 2])
                && allIn(g, 0, g.length - 2, CONSIDERED, false)) {
            sink.add(p.id(), g0.id(), "leads", date, ev); // P is considered one of the main leaders of G
        } else if (leaderOfGroupKnownAs(g)) {
            sink.add(p.id(), g0.id(), "leads", date, ev); // P, alias "Q", the leader of the armed gang known as G
        } else if (g.length >= 1 && LEADING_VERBS.contains(g[g.length - 1]) && allIn(g, 0, g.length - 1, BEFORE_LED, false)) {
            sink.add(p.id(), g0.id(), "leads", date, ev); // P, who has led G since 2019
        } else if (g.length == 1 && ",".equals(g[0])) {
            // P, the WSN coordinator; P, LRI country director for Marivelle
            int k = g0.found().last() + 1;
            if (t.isWord(k) && !t.isCapitalised(k) && roleOf(t.lower(k)) == null && t.isWord(k + 1)) {
                k++; // country director, regional spokesperson
            }
            if (t.isWord(k) && !t.isCapitalised(k) && roleOf(t.lower(k)) != null
                    && !(t.isWord(k + 1) && t.isCapitalised(k + 1))) { // not P, OPSH spokesman Major Q said: Q's role
                sink.add(p.id(), g0.id(), roleOf(t.lower(k)), date, ev);
            }
        }
    }

    /**
     * A person named beside another as one of a coalition's leaders, by the group they come from ({@code X is one of
     * the main leaders of the Fòs Inite coalition, together with P of the Red Scorpions gang}): who speaks for that
     * group among the leaders, its leader.
     */
    private static boolean coLeader(Tokens t, Sentence s, Resolved p) {
        int k = p.found().first() - 1;
        boolean together = t.isLower(k, "with") && t.isLower(k - 1, "together") || t.isLower(k, "alongside");
        if (!together) {
            return false;
        }
        for (int i = s.first(); i < k; i++) {
            if (t.isWord(i) && (t.isLower(i, "leaders") || t.isLower(i, "leader")) && t.isLower(i + 1, "of")) {
                return true;
            }
        }
        return false;
    }

    private static void groupThenGroup(Tokens t, Sentence s, List<Resolved> names, int i, int j, String[] g,
                                       String date, Mention ev, RelationSink sink) {
        Resolved a = names.get(i);
        Resolved b = names.get(j);
        if (g.length == 1 && "and".equals(g[0])) {
            for (int k = a.found().first() - 1; k >= Math.max(s.first(), a.found().first() - 4); k--) {
                if (t.isLower(k, "joint")) {
                    sink.addSymmetric(a.id(), b.id(), "acted_together", date, ev); // joint operations by A and B
                    return;
                }
            }
        }
        int member = -1;
        for (int k = 0; k < g.length && member < 0; k++) {
            if (MEMBER_NOUNS.contains(g[k]) || "part".equals(g[k])) {
                member = k;
            }
        }
        if (member > 0 && allIn(g, 0, member, BE, false) && "of".equals(g[g.length - 1]) && member == g.length - 2) {
            sink.add(a.id(), b.id(), "part_of", date, ev); // A is part of G, A is a member of G
            return;
        }
        if (g.length >= 2 && "to".equals(g[g.length - 1]) && g[g.length - 2].startsWith("belong")
                && allIn(g, 0, g.length - 2, BE, false)) {
            sink.add(a.id(), b.id(), "part_of", date, ev); // A belongs to G
            return;
        }
        int after = b.found().last() + 1;
        if (g.length >= 2 && "to".equals(g[g.length - 2]) && "which".equals(g[g.length - 1])
                && t.isWord(after) && t.lower(after).startsWith("belong")) {
            sink.add(b.id(), a.id(), "part_of", date, ev); // G, to which A belongs
            return;
        }
        if (formedWith(t, a, g)) {
            sink.add(b.id(), a.id(), "part_of", date, ev); // the Fòs Inite coalition formed in May with the G
            return;
        }
        int verb = -1;
        for (int k = 0; k < g.length && verb < 0; k++) {
            if (GROUPS_VERBS.contains(g[k])) {
                verb = k;
            }
        }
        if (verb >= 0 && g.length <= 5 && allIn(g, 0, verb, BEFORE_GROUPS, true)) {
            // G, which groups A and B: each group of the list is part of G
            sink.add(b.id(), a.id(), "part_of", date, ev);
            int last = j;
            for (int k = next(names, j); k >= 0; k = next(names, k)) {
                Resolved c = names.get(k);
                String[] between = core(t, names.get(last).found().last() + 1, c.found().first() - 1);
                if (between == null || !allIn(between, 0, between.length, LIST_WORDS, false)) {
                    break;
                }
                if (isGroup(c)) {
                    sink.add(c.id(), a.id(), "part_of", date, ev);
                } else if (!c.isPlace()) {
                    break;
                }
                last = k;
            }
        }
    }

    /**
     * {@code the C coalition (formed in May) with the G} (after {@code formation of}, or with {@code formed}): G is
     * part of coalition C.
     */
    private static boolean formedWith(Tokens t, Resolved c, String[] g) {
        boolean coalition = COALITION_NOUNS.contains(t.lower(c.found().last()));
        int k = 0;
        if (!coalition && g.length > 0 && COALITION_NOUNS.contains(g[0])) {
            coalition = true;
            k = 1;
        }
        if (!coalition || g.length < k + 1 || !"with".equals(g[g.length - 1])) {
            return false;
        }
        boolean formed = false;
        for (int i = k; i < g.length - 1; i++) {
            if (!FORMED_WORDS.contains(g[i])) {
                return false;
            }
            formed |= g[i].equals("formed") || g[i].equals("created") || g[i].equals("founded")
                    || g[i].equals("established") || g[i].equals("set");
        }
        int before = t.beforeThe(c.found().first());
        return formed || t.isLower(before, "of") && t.isWord(before - 1) && t.lower(before - 1).startsWith("formation");
    }

    /**
     * {@code Its leader, P}, {@code Their spokesman P}: at the sentence's start, a group's noun of role and the first
     * person after it, of the group the sentence before names first.
     */
    private static void opening(Tokens t, Sentence s, List<Resolved> names, Resolved previousGroup, String date,
                                Mention ev, RelationSink sink) {
        int w = t.firstWord(s);
        if (previousGroup == null || !(t.isLower(w, "its") || t.isLower(w, "their"))) {
            return;
        }
        String relation = t.isWord(w + 1) ? roleOf(t.lower(w + 1)) : null;
        if (relation == null) {
            return;
        }
        for (Resolved p : names) {
            if (p.found().first() > w + 5) {
                return;
            }
            if (isPerson(p) && p.found().first() > w + 1) {
                sink.add(p.id(), previousGroup.id(), relation, date, ev);
                return;
            }
        }
    }

    /**
     * A person after a role of a group the report names elsewhere: {@code police spokesperson Inspector P} (the
     * report's one named police), {@code the Minister of Justice and Public Security, P} and {@code Justice minister
     * P} (its one Ministry of Justice).
     */
    private static void ownedRole(Tokens t, Sentence s, Resolved p, DocActors doc, String date, Mention ev,
                                  RelationSink sink) {
        int k = p.found().first() - 1;
        while (k > s.first() && t.isWord(k) && t.isCapitalised(k) && ActorWords.isTitle(t.lower(k))
                && !ActorWords.isPortfolioTitle(t.lower(k))) {
            k--; // Inspector, Director General
        }
        if (t.isWord(k) && MEMBER_NOUNS.contains(t.lower(k)) && k - 1 >= s.first() && t.isWord(k - 1)) {
            String owner = doc.owner(t.lower(k - 1));
            if (owner != null) {
                sink.add(p.id(), owner, "part_of", date, ev);
            }
            return;
        }
        if (t.isLower(k, "by") && t.isWord(k - 1) && LED_VERBS.contains(t.lower(k - 1))) {
            int m = k - 2;
            while (m > s.first() && BEFORE_LED.contains(t.lower(m))) {
                m--; // will be, is now
            }
            if (t.isWord(m) && DocActors.isOwnerWord(t.lower(m)) && (t.isLower(m - 1, "the") || t.isLower(m - 1, "its"))) {
                String owner = doc.owner(t.lower(m));
                if (owner != null) {
                    sink.add(p.id(), owner, "leads", date, ev); // the mission will be commanded by General P
                }
            }
            return;
        }
        String portfolio = null;
        if (t.isWord(k) && ActorWords.isPortfolioTitle(t.lower(k)) && k - 1 >= s.first() && t.isWord(k - 1)) {
            portfolio = t.lower(k - 1); // Justice minister P
        } else if (t.isChar(k, ',') || t.isWord(k) && ActorWords.isPortfolioWord(t.lower(k))) {
            for (int m = k - 1; m >= Math.max(s.first(), k - 8) && portfolio == null; m--) {
                if (t.isLower(m, "of") && ActorWords.isPortfolioTitle(t.lower(m - 1)) && t.isWord(m + 1)) {
                    portfolio = t.lower(m + 1); // the Minister of Justice and Public Security, P
                }
            }
        }
        String ministry = portfolio == null ? null : doc.ministry(portfolio);
        if (ministry != null) {
            sink.add(p.id(), ministry, "leads", date, ev);
        }
    }

    /** Words that may describe a group between {@code leader of the} and its name: {@code armed gang known as}. */
    private static final Set<String> GROUP_DESCRIPTION = WordSets.of("armed", "criminal", "so-called", "known", "as",
            "called", "named", "powerful", "notorious", "feared", "main", "local", "rival", "allied");

    /**
     * {@code , (alias ,) leader of (armed gang known as)}: a person's apposition naming him the leader of the
     * group after it, his alias (in quotes, already dropped) and a description of the group allowed.
     */
    private static boolean leaderOfGroupKnownAs(String[] g) {
        int k = 0;
        if (k < g.length && ",".equals(g[k])) {
            k++;
        }
        if (k + 1 < g.length && NAMED.contains(g[k]) && ",".equals(g[k + 1])) {
            k += 2; // alias "Ti Bato",
        }
        if (k == 0 || k + 1 >= g.length || !LEADER_NOUNS.contains(g[k]) || !"of".equals(g[k + 1])) {
            return false;
        }
        for (int i = k + 2; i < g.length; i++) {
            if (!GROUP_DESCRIPTION.contains(g[i]) && ActorWords.groupNounType(g[i]) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person's role in a group the report names elsewhere, in an apposition: {@code P, the president of the
     * traders' association}, {@code P, the federation's spokesman} (the report's one association, one federation).
     */
    private static void apposedRole(Tokens t, Sentence s, Resolved p, DocActors doc, String date, Mention ev,
                                    RelationSink sink) {
        int k = p.found().last() + 1;
        if (!t.isChar(k, ',')) {
            return;
        }
        k = t.isLower(k + 1, "the") ? k + 2 : k + 1;
        String role = t.isWord(k) ? roleOf(t.lower(k)) : null;
        String owner = null;
        if (role != null && t.isLower(k + 1, "of")) {
            int head = commonNounEnd(t, s, t.isLower(k + 2, "the") ? k + 3 : k + 2);
            owner = head < 0 ? null : doc.owner(t.lower(head)); // the president of the traders' association
        } else if (t.isWord(k) && DocActors.isOwnerWord(t.lower(k)) && t.isApostrophe(k + 1)) {
            int r = t.afterPossessive(k + 1);
            role = t.isWord(r) ? roleOf(t.lower(r)) : null;
            owner = role == null ? null : doc.owner(t.lower(k)); // the federation's spokesman
        }
        if (owner != null && !owner.equals(p.id())) {
            sink.add(p.id(), owner, role, date, ev);
        }
    }

    /**
     * The last word of a run of up to four lower-case words (possessive apostrophes between them) from {@code from},
     * when the run ends there (punctuation or the sentence's end after it) and no name is in it; else -1.
     */
    private static int commonNounEnd(Tokens t, Sentence s, int from) {
        int last = -1;
        for (int i = from; i <= s.last() && i < from + 5; i++) {
            if (t.isApostrophe(i) || t.isPossessiveS(i)) {
                continue;
            }
            if (!t.isWord(i)) {
                return last;
            }
            if (t.isCapitalised(i)) {
                return -1;
            }
            last = i;
        }
        return last == s.last() ? last : -1;
    }

    /** Nouns of a unit within a force: {@code the force's specialised intervention unit}. */
    private static final Set<String> UNIT_NOUNS = WordSets.of("unit", "wing", "branch", "arm", "division", "brigade",
            "squad", "section");

    /**
     * A group named as a unit of a force the report names elsewhere: {@code the Tactical Response Brigade (TRB),
     * the force's specialised intervention unit} (the force: the report's one force, else its one police).
     */
    private static void apposedUnit(Tokens t, Sentence s, Resolved g, DocActors doc, String date, Mention ev,
                                    RelationSink sink) {
        int k = g.found().last() + 1;
        if (t.isChar(k, '(') && t.isChar(k + 2, ')')) {
            k += 3;
        }
        if (!t.isChar(k, ',') || !t.isLower(k + 1, "the") || !t.isWord(k + 2) || !t.isApostrophe(k + 3)) {
            return;
        }
        String word = t.lower(k + 2);
        int r = t.afterPossessive(k + 3);
        int head = DocActors.isOwnerWord(word) ? commonNounEnd(t, s, r) : -1;
        if (head < 0 || head - r > 2 || !UNIT_NOUNS.contains(t.lower(head))) {
            return;
        }
        String owner = doc.owner(word);
        if (owner == null && (word.equals("force") || word.equals("forces"))) {
            owner = doc.owner("police");
        }
        if (owner != null && !owner.equals(g.id())) {
            sink.add(g.id(), owner, "part_of", date, ev);
        }
    }

    /**
     * Whether the words before {@code led by} let it be said of the group: {@code , which is now led by}; after a
     * comma, a short apposition too ({@code , a self-described "defence group" led by}), but no other verb.
     */
    private static boolean beforeLed(String[] g, int k) {
        for (int i = 0; i < k; i++) {
            boolean apposed = ",".equals(g[0]) && k <= 5 && !g[i].endsWith("ed") || g[i].indexOf('-') > 0;
            if (!BEFORE_LED.contains(g[i]) && ActorWords.groupNounType(g[i]) == null && !apposed) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words after {@code led by} only introduce the person: titles, {@code a commander known as}. */
    private static boolean afterBy(String[] g, int from) {
        for (int k = from; k < g.length; k++) {
            if (!ActorWords.isTitle(g[k]) && !LEADER_NOUNS.contains(g[k]) && !NAMED.contains(g[k])) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SPOKESPEOPLE = WordSets.of("spokesperson", "spokesman", "spokeswoman");

    /**
     * {@code "JSAM does not operate armed drones," spokesperson P said}: a spokesperson named by the bare noun speaks
     * for the group the quote before opens with, when it names no other actor.
     */
    private static void quotedSpokesperson(Tokens t, Sentence s, Resolved p, List<Resolved> names, String date,
                                           Mention ev, RelationSink sink) {
        int role = p.found().first() - 1;
        int close = role - 1;
        boolean quoted = t.isChar(close, '"') || t.isChar(close, '\u201d');
        if (!t.isWord(role) || !SPOKESPEOPLE.contains(t.lower(role)) || !quoted || !t.isChar(close - 1, ',')
                || !t.isChar(s.first(), '"') && !t.isChar(s.first(), '\u201c')) {
            return;
        }
        Resolved group = null;
        for (Resolved r : names) {
            if (r.found().last() < close && r.isActor()) {
                if (group != null && !group.id().equals(r.id()) || !isGroup(r)) {
                    return; // another actor in the quote: no telling whose spokesperson
                }
                group = r;
            }
        }
        int opens = t.isLower(s.first() + 1, "the") ? s.first() + 2 : s.first() + 1;
        if (group != null && group.found().first() == opens) { // the group the quote opens with speaks of itself
            sink.add(p.id(), group.id(), "part_of", date, ev);
        }
    }

    /** The relation a noun of role gives a person with a group: {@code leads} (a leader), {@code part_of}, or null. */
    private static String roleOf(String noun) {
        return LEADER_NOUNS.contains(noun) ? "leads" : MEMBER_NOUNS.contains(noun) ? "part_of" : null;
    }

    /** Whether a leader's title stands right before the person: {@code Director General P}, {@code Ombudsman P}. */
    private static boolean leaderTitleBefore(Tokens t, Sentence s, Resolved p) {
        for (int k = p.found().first() - 1; k >= s.first() && t.isWord(k) && ActorWords.isTitle(t.lower(k)); k--) {
            if (LEADER_NOUNS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** {@code of} alone or after a group's noun: {@code the G gang of X}, {@code the G of X}. */
    private static boolean ofGroupNoun(String[] g) {
        return g.length == 1 && "of".equals(g[0])
                || g.length == 2 && "of".equals(g[1]) && ActorWords.groupNounType(g[0]) != null;
    }

    /** Whether the gap ends with one of the words ({@code G, which controls Q}), all before it of {@link #BE}. */
    private static boolean endsWith(String[] g, Set<String> words) {
        return g.length >= 1 && words.contains(g[g.length - 1]) && allIn(g, 0, g.length - 1, BE, false);
    }

    private static boolean allIn(String[] g, int from, int to, Set<String> words, boolean groupNouns) {
        for (int k = from; k < to; k++) {
            if (!words.contains(g[k]) && !(groupNouns && ActorWords.groupNounType(g[k]) != null)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code from} are titles, and maybe a comma first: {@code spokesperson, Inspector P}. */
    private static boolean allTitles(String[] g, int from) {
        for (int k = from; k < g.length; k++) {
            if (!ActorWords.isTitle(g[k]) && !(k == from && ",".equals(g[k]))) {
                return false;
            }
        }
        return true;
    }

    /** The next name that starts after name {@code i} ends (names nested in it skipped), or -1. */
    private static int next(List<Resolved> names, int i) {
        for (int j = i + 1; j < names.size(); j++) {
            if (names.get(j).found().first() > names.get(i).found().last()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The lower-case words and punctuation of tokens {@code from..to}, without articles and without what brackets
     * or quotes hold; null when a bracket or quote opened there is not closed there.
     */
    static String[] core(Tokens t, int from, int to) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        if (from <= to && from > 0 && t.isDoubleQuote(from) && t.end(from - 1) == t.start(from)
                && (from == to || t.end(from) != t.start(from + 1) || t.isPunct(from + 1))) {
            from++; // "the alliance known as Fòs Inite", in particular: the quote the name closes
        }
        for (int i = from; i <= to; i++) {
            String w = t.lower(i);
            if (t.isChar(i, '(') || t.isChar(i, '[')) {
                depth++;
            } else if (t.isChar(i, ')') || t.isChar(i, ']')) {
                depth--;
            } else if (t.isDoubleQuote(i)) {
                quoted = !quoted;
            } else if (depth == 0 && !quoted && !ARTICLES.contains(w)) {
                out.add(w);
            }
            if (depth < 0) {
                return null;
            }
        }
        return depth != 0 || quoted ? null : out.toArray(String[]::new);
    }

    private static final Set<String> LEADER_WORDS = WordSets.of("leader", "commander", "chief", "boss", "head");
    private static final Set<String> SPEAKS = WordSets.of("said", "says", "insisted", "declared", "stated", "added");
    private static final Set<String> REMAINS = WordSets.of("remained", "remains", "remain", "stays", "stayed", "is",
            "was", "stands", "stood");
    private static final Set<String> UNITED = WordSets.of("united", "intact", "strong", "together", "solid",
            "unbroken");

    /**
     * A group's leader who says that another group remains united speaks for it as one of its members ({@code the Red
     * Scorpions leader Wilfrid Mérisier said ... that Fòs Inite remained united}).
     */
    private static void unityOf(Tokens t, Sentence s, Resolved p, List<Resolved> names, String date, Mention ev,
                                RelationSink sink) {
        int a = p.found().first();
        boolean leader = false;
        for (int k = a - 1; k >= Math.max(s.first(), a - 3) && !leader; k--) {
            leader = t.isWord(k) && LEADER_WORDS.contains(t.lower(k));
        }
        int verb = p.found().last() + 1;
        if (!leader || !t.isWord(verb) || !SPEAKS.contains(t.lower(verb))) {
            return;
        }
        for (Resolved g : names) {
            int after = g.found().last() + 1;
            if (g.found().first() > verb && isGroup(g) && t.isWord(after) && REMAINS.contains(t.lower(after))
                    && t.isWord(after + 1) && UNITED.contains(t.lower(after + 1))) {
                sink.add(p.id(), g.id(), "part_of", date, ev);
            }
        }
    }

    private static boolean isPerson(Resolved r) {
        return r.isActor() && !r.generic() && "person".equals(r.type());
    }

    /** A named actor that is no person and no civilians: one that can be led, be based, have members. */
    static boolean isGroup(Resolved r) {
        return r.isActor() && !r.generic() && !"person".equals(r.type()) && !"civilians".equals(r.type());
    }
}
