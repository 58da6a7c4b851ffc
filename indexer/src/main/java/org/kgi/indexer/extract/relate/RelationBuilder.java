package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Relation;
import org.kgi.indexer.extract.events.Acled;
import org.kgi.indexer.extract.events.EventFinder;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * A report's relations: those its events imply ({@link EventRelations}, partners read within each sentence of an
 * event), those its sentences state ({@link SentenceRelations}, {@link Affiliations}, {@link Contingents}, {@link
 * Workplaces}, {@link Coalitions}), groups based in the place they are named after, and towns {@code located_in} the country the gazetteer puts them in when the report names that country. Dated with the
 * event's date, else the report's.
 */
public final class RelationBuilder {
    private final int maxRelations;

    public RelationBuilder(int maxRelations) {
        this.maxRelations = maxRelations;
    }

    public List<Relation> build(Tokens t, List<Sentence> sentences, List<List<Resolved>> bySentence,
                                List<Entity> entities, List<Event> events, EventFinder.Found told,
                                String reportDate) {
        RelationSink sink = new RelationSink(maxRelations);
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        for (int i = 0; i < events.size(); i++) {
            EventRelations.add(events.get(i), told.mentions().get(i), byId, told.bystanders().get(i), sink);
            if (told.coalitions().get(i) != null) {
                Coalitions.founders(events.get(i), told.coalitions().get(i), byId, sink);
            }
        }
        DocActors doc = new DocActors(entities, Gazetteer.shared().countries());
        String mainGroup = mainArmedGroup(entities);
        Resolved previousGroup = null;
        List<Resolved> previousNames = List.of();
        int paragraph = -1;
        Towns towns = new Towns();
        for (Sentence s : sentences) {
            List<Resolved> names = bySentence.get(s.index());
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                previousNames = List.of();
                towns.paragraph = null;
            }
            if (s.start() == 0 || t.text().charAt(s.start() - 1) == '\n') {
                towns.lead = null; // a line's first sentence: "Thursday 20 October - Baneh."
                towns.leadOpen = true;
            }
            if (!names.isEmpty()) {
                Mention ev = Mention.of(t.text(), s.start(), Math.min(s.end(), s.start() + 2000));
                towns.read(names, ev, s.index() == sentences.get(0).index() ? t.firstWord(s) : -1);
                towns.leadOpen = false;
                for (Resolved r : names) {
                    String ally = "armed_group".equals(r.type()) && !r.generic()
                            && t.isLower(r.found().first() - 1, "allied") ? alliedWith(t, names, r, mainGroup) : null;
                    if (ally != null && !ally.equals(r.id())) {
                        sink.addSymmetric(r.id(), ally, "acted_together", reportDate, ev); // the allied X gang
                    }
                }
                SentenceRelations.add(t, s, names, previousNames, doc, reportDate, ev, sink);
                Contingents.add(t, s, names, doc, reportDate, ev, sink);
                Workplaces.add(t, s, names, doc, reportDate, ev, sink);
                Coalitions.formation(t, s, names, previousNames, byId, reportDate, ev, sink);
                Coalitions.units(t, names, byId, reportDate, ev, sink);
                Affiliations.add(t, s, names, previousGroup, doc, reportDate, ev, sink);
            }
            previousGroup = names.stream().filter(Affiliations::isGroup).findFirst().orElse(null);
            previousNames = names;
        }
        namedAfterPlaces(t, sentences, entities, reportDate, sink);
        towns.placeRoads(reportDate, sink);
        for (Entity e : entities) {
            String cc = e.attributes().get("country");
            String country = cc == null ? null : doc.countryPlace(cc);
            if (e.kind() == Kind.PLACE && country != null && !country.equals(e.id()) && !e.mentions().isEmpty()
                    && e.attributes().containsKey("lat")) {
                sink.add(e.id(), country, "located_in", reportDate, sentenceOf(t, sentences, e.mentions().get(0).start()));
            }
        }
        Coalitions.partners(byId, sink);
        return withoutContradictions(sink.relations(), byId);
    }

    /**
     * Where the report's roads, streets and squares are: one the report places nowhere is in the town named last
     * before its first mention in its paragraph, else in the report's first town ({@code SUMY - ... rallied on
     * Independence Square}; {@code In Paramaribo, ... Protesters gathered on Independence Square}): streets are named
     * in the town the report is telling of. A neighbourhood or facility the report places nowhere is in the town
     * the first sentence of its line names, else in the dateline's town, else in the report's first town ({@code
     * KAYSERI - ... a bus stop on the edge of the Organised Industrial Zone}).
     */
    private static final class Towns {
        private String first;
        private String paragraph;
        /** The town of the report's dateline ({@code KAYSERI (Erciyes Postası) -}), if it has one. */
        private String dateline;
        /** The town the first sentence of the line names ({@code 9 February (Sunday), Hasakah city.}), if any. */
        private String lead;
        private boolean leadOpen;
        /** Each road's town at its first mention (null for none), with that mention's sentence. */
        private final Map<String, TownAt> roads = new LinkedHashMap<>();
        /** Each neighbourhood's and facility's town from its line (null for none), with its first mention. */
        private final Map<String, TownAt> sites = new LinkedHashMap<>();

        private record TownAt(String town, Mention evidence) {
        }

        /** The names of a sentence, in text order; {@code opening}: the report's first word, in its first sentence. */
        void read(List<Resolved> names, Mention ev, int opening) {
            for (Resolved r : names) {
                if (!r.isPlace()) {
                    continue;
                }
                if ("populated_place".equals(r.type()) && r.found().first() == opening) {
                    dateline = r.id();
                }
                if ("populated_place".equals(r.type()) && leadOpen && lead == null) {
                    lead = r.id();
                }
                if ("populated_place".equals(r.type())) {
                    paragraph = r.id();
                    first = first == null ? r.id() : first;
                } else if ("road".equals(r.type())) {
                    roads.putIfAbsent(r.id(), new TownAt(paragraph != null ? paragraph : first, ev));
                } else if ("neighbourhood".equals(r.type()) || "facility".equals(r.type())) {
                    sites.putIfAbsent(r.id(), new TownAt(lead, ev));
                }
            }
        }

        /** Adds each road's, neighbourhood's and facility's town, unless a relation already places it. */
        void placeRoads(String reportDate, RelationSink sink) {
            Set<String> placed = new HashSet<>();
            for (Relation r : sink.relations()) {
                if (r.type().equals("located_in")) {
                    placed.add(r.source());
                }
            }
            roads.forEach((road, at) -> {
                if (at.town() != null && !placed.contains(road)) {
                    sink.add(road, at.town(), "located_in", reportDate, at.evidence());
                }
            });
            String town = dateline != null ? dateline : first;
            sites.forEach((site, at) -> {
                String in = at.town() != null ? at.town() : town;
                if (in != null && !placed.contains(site) && !site.equals(in)) {
                    sink.add(site, in, "located_in", reportDate, at.evidence());
                }
            });
        }
    }

    /**
     * The relations without an {@code opposed} the report contradicts or cannot mean: between a leader or a member and
     * its own group ({@code Ernso Jérôme, leader of the Bois-Lenoir Brotherhood}, a brigade of the national police),
     * between two forces of one state that the report has acting together ({@code the MSS on patrol alongside their
     * HNP counterparts}: a shootout's toll then names both, and puts neither against the other), and between two
     * state forces when either is only a generic one ({@code the army} and {@code the National
     * Guard}, {@code police} and {@code the Border Security Force}: the same state, told twice); and without an {@code
     * acted_together} across the two camps through a leader ({@link #leaderAcrossCamps}).
     */
    private static List<Relation> withoutContradictions(List<Relation> relations, Map<String, Entity> byId) {
        Set<String> members = new HashSet<>();
        Map<String, String> leadersCamps = new HashMap<>();
        for (Relation r : relations) {
            if (r.type().equals("leads") || r.type().equals("part_of")
                    || r.type().equals("acted_together") && oneState(byId.get(r.source()), byId.get(r.target()))) {
                members.add(pair(r.source(), r.target()));
            }
            Entity led = byId.get(r.target());
            if (r.type().equals("leads") && led != null && Acled.camp(led.type()) != null) {
                leadersCamps.merge(r.source(), Acled.camp(led.type()), (x, y) -> x.equals(y) ? x : "");
            }
        }
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            boolean contradicted = r.type().equals("opposed") && (members.contains(pair(r.source(), r.target()))
                    || sameStateTwice(byId.get(r.source()), byId.get(r.target())))
                    || r.type().equals("acted_together") && leaderAcrossCamps(r, byId, leadersCamps);
            if (!contradicted) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A partnership between the two camps through a person who leads one of them ({@code the police} and {@code
     * Wilfrid Mérisier}, leader of the Red Scorpions, named in one sentence): the events' own check
     * ({@link EventRelations}) knows the types of forces and groups only.
     */
    private static boolean leaderAcrossCamps(Relation r, Map<String, Entity> byId, Map<String, String> leadersCamps) {
        String a = campOf(r.source(), byId, leadersCamps);
        String b = campOf(r.target(), byId, leadersCamps);
        boolean person = isPerson(byId.get(r.source())) || isPerson(byId.get(r.target()));
        return person && a != null && b != null && !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private static boolean isPerson(Entity e) {
        return e != null && "person".equals(e.type());
    }

    private static String campOf(String id, Map<String, Entity> byId, Map<String, String> leadersCamps) {
        Entity e = byId.get(id);
        if (e == null) {
            return null;
        }
        return "person".equals(e.type()) ? leadersCamps.get(id) : Acled.camp(e.type());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
    }

    private static boolean sameStateTwice(Entity a, Entity b) {
        return bothState(a, b) && (isGeneric(a) || isGeneric(b));
    }

    /**
     * Two forces of one state, as far as the report tells: both of the state's camp, and not of two countries (the
     * border guards of two states acted together once and fought another time).
     */
    private static boolean oneState(Entity a, Entity b) {
        if (!bothState(a, b)) {
            return false;
        }
        String ca = a.attributes().get("country");
        String cb = b.attributes().get("country");
        return ca == null || cb == null || ca.equals(cb);
    }

    private static boolean bothState(Entity a, Entity b) {
        return a != null && b != null && "state".equals(Acled.camp(a.type())) && "state".equals(Acled.camp(b.type()));
    }

    /** A name in lower case is a common noun ({@code the gang}, {@code security forces}): no name of its own. */
    static boolean isGeneric(Entity e) {
        return e.name().equals(e.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Whom {@code allied G} is allied with: the actor right before {@code and (its) allied G} (the FARDC and its
     * allied Wazalendo militias), else the report's main armed group (the leader of the allied Kanno Lanmè gang).
     */
    private static String alliedWith(Tokens t, List<Resolved> names, Resolved g, String mainGroup) {
        int k = g.found().first() - 2;
        if (t.isLower(k, "its") || t.isLower(k, "their")) {
            k--;
        }
        if (!t.isLower(k, "and")) {
            return mainGroup;
        }
        for (Resolved r : names) {
            if (r.isActor() && r.found().last() == k - 1) {
                return r.id();
            }
        }
        return null;
    }

    /**
     * The armed group the report names most, when one is named more than any other and at least twice: whom {@code the
     * allied X gang} is allied with.
     */
    private static String mainArmedGroup(List<Entity> entities) {
        String best = null;
        int most = 1;
        boolean tie = false;
        for (Entity e : entities) {
            if (e.kind() != Kind.ACTOR || !"armed_group".equals(e.type()) || isGeneric(e)) {
                continue; // "the gang": no name
            }
            int n = e.mentions().size();
            if (n > most) {
                best = e.id();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * A group named after a place the report names is based there: the Lacombe Self-Defence Committee in Lacombe, the
     * Saint-Ophir Traders' Association in Saint-Ophir.
     */
    private static void namedAfterPlaces(Tokens t, List<Sentence> sentences, List<Entity> entities, String date,
                                         RelationSink sink) {
        List<Entity> places = entities.stream().filter(p -> p.kind() == Kind.PLACE).toList();
        List<String> placeNames = places.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        for (Entity a : entities) {
            if (a.kind() != Kind.ACTOR || "person".equals(a.type()) || "civilians".equals(a.type())
                    || a.mentions().isEmpty()) {
                continue;
            }
            String name = a.name().toLowerCase(Locale.ROOT);
            for (int k = 0; k < places.size(); k++) {
                Entity p = places.get(k);
                String place = placeNames.get(k);
                if (place.length() >= 3 && name.length() > place.length() + 1
                        && name.startsWith(place) && (name.charAt(place.length()) == ' '
                        || name.startsWith("'s ", place.length()) || name.startsWith("’s ", place.length()))
                        && !p.name().equals(place)) { // (a name in lower case is a common noun, no place's name)
                    sink.add(a.id(), p.id(), "based_in", date, sentenceOf(t, sentences, a.mentions().get(0).start()));
                }
            }
        }
    }

    private static Mention sentenceOf(Tokens t, List<Sentence> sentences, int charPos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= charPos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Sentence s = sentences.get(lo);
        return Mention.of(t.text(), s.start(), Math.min(s.end(), s.start() + 2000));
    }
}
