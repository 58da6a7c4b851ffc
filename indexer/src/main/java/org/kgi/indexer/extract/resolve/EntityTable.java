package org.kgi.indexer.extract.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.gazetteer.City;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.lexicon.GivenNames;
import org.kgi.indexer.extract.lexicon.Synonyms;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.text.Names;

/**
 * Resolves a report's names to entities. The strongest guess for a name key decides its kind, type and
 * canonical name for the whole report; acronyms, nicknames and surnames the report defines point to
 * their full names; the aliases file adds names, merges ids and fixes types. Ids are
 * {@code kind:} + {@link Names#slug} of the canonical name, so the same name gets the same id in every report.
 */
public final class EntityTable {
    /** Entities and the resolved names, in text order. */
    public record Resolution(List<Entity> entities, List<Resolved> mentions) {
    }

    private static final int MAX_MENTIONS_PER_ENTITY = 1000;
    /** Place types a gazetteer town can give coordinates to (not a region or road that shares its name). */
    private static final Set<String> TOWN_TYPES = Set.of("populated_place", "neighbourhood", "other");
    private final AliasBook book;
    private final Gazetteer gazetteer;
    private final int maxEntities;

    public EntityTable(AliasBook book, Gazetteer gazetteer, int maxEntities) {
        this.book = book;
        this.gazetteer = gazetteer;
        this.maxEntities = maxEntities;
    }

    /**
     * @param text    the report text the founds point into
     * @param founds  names found, in text order
     * @param aliases alias key to the surface and key of the name it stands for
     * @param <A>     the alias link type: its {@code toString} is unused; see {@link AliasSource}
     */
    public <A extends AliasSource> Resolution resolve(String text, List<Found> founds, Map<String, A> aliases) {
        Map<String, Guess> best = new HashMap<>();
        for (Found f : founds) {
            if (f.guess() != null && f.guess().beats(best.get(f.key()))) {
                best.put(f.key(), f.guess());
            }
        }
        aliases.forEach((k, v) -> {
            Guess own = best.get(k);
            Guess full = best.get(v.target());
            if (v.stated() && own != null && full != null && own.kind() == Kind.ACTOR && full.kind() == Kind.ACTOR
                    && !k.equals(v.target())) {
                if (own.strength() > full.strength()) {
                    // the Kangleipak Communist Party (KCP), KCP a well-known armed group: one entity, typed as KCP is
                    best.put(v.target(), new Guess(Kind.ACTOR, own.type(), full.name(), own.strength(), full.generic(),
                            full.attributes()));
                }
                best.remove(k); // the Autodefensas Gaitanistas de Colombia (AGC), both well known: "the AGC" later too
            }
        });
        Map<String, String> links = new HashMap<>();
        aliases.forEach((k, v) -> links.put(k, v.target()));
        Map<String, String> surnames = addSurnames(best, links);
        surnames.putAll(addGivenNames(best, links));
        surnames.putAll(addInitials(best, links));
        surnames.putAll(addNationalArmies(best, links));
        surnames.putAll(addSynonyms(founds, best, links));
        addPlurals(best, links);
        addMinistries(best, links);
        addCountrylessNames(best, links);
        addHeadlessNames(best, links);
        addArticlelessNames(best, links);
        addServicelessNames(best, links);
        addOflessNames(best, links);
        addPlacelessForces(best, links);
        addBracketedNames(best, links);
        Set<String> docCountries = new HashSet<>();
        best.values().stream().filter(g -> "country".equals(g.type()))
                .forEach(g -> docCountries.add(g.attributes().getOrDefault("country", "")));
        Map<String, Builder> byId = new LinkedHashMap<>();
        Map<Guess, String> ids = new IdentityHashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Found f : founds) {
            String key = target(f.key(), best, links);
            Guess g = best.get(key);
            if (g == null) {
                continue;
            }
            String id = idOf(f.key(), g, ids);
            Builder b = byId.get(id);
            if (b == null) {
                if (byId.size() >= maxEntities) {
                    continue;
                }
                b = new Builder(id, g, docCountries);
                byId.put(id, b);
            }
            b.offer(g);
            b.add(text, f);
            resolved.add(new Resolved(f, id, g.kind(), b.type, g.generic()));
        }
        aliases.forEach((k, v) -> {
            Guess g = best.get(target(k, best, links));
            Builder b = g == null ? null : byId.get(idOf(k, g));
            if (b != null && v.stated()) {
                b.alias(v.surface());
            }
        });
        surnames.forEach((surname, key) -> {
            Guess g = best.get(key);
            Builder b = g == null ? null : byId.get(idOf(key, g));
            if (b != null) {
                b.alias(surname);
            }
        });
        List<Entity> entities = new ArrayList<>();
        for (Builder b : byId.values()) {
            entities.add(b.build());
        }
        return new Resolution(entities, resolved);
    }

    private String idOf(String foundKey, Guess g, Map<Guess, String> cache) {
        if (book.aliasTarget(foundKey) == null) {
            return cache.computeIfAbsent(g, x -> idOf(foundKey, x));
        }
        return idOf(foundKey, g);
    }

    private String idOf(String foundKey, Guess g) {
        String forced = book.aliasTarget(foundKey);
        String id = forced != null ? forced : g.kind().label() + ":" + Names.slug(g.name());
        return book.canonicalId(id);
    }

    private static String target(String key, Map<String, Guess> best, Map<String, String> links) {
        String cur = key;
        for (int hops = 0; hops < 4; hops++) {
            String next = links.get(cur);
            Guess own = best.get(cur);
            if (next == null || next.equals(cur) || own != null && own.strength() >= Strength.COUNTRY) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }

    /** What separates the words of a name for its initials. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[ \\-]+");
    /** Words left out of an acronym: {@code European Union} is EU, {@code Forces Armées de la RDC} FARDC. */
    private static final Set<String> ACRONYM_SKIPS = WordSets.of("of", "the", "for", "and", "de", "du", "des", "la",
            "le", "del", "di", "in", "on", "to");

    /** A name's generational suffix: {@code Jr}, {@code Sr.}. */
    private static final Pattern SUFFIX = Pattern.compile(",? (Jr|Sr)\\.?$");

    /**
     * A given name alone stands for the one person of the report who bears it ({@code Hussein's son}, after {@code
     * Hussein Abu Zeid}), when it is found as a person's name or an unknown one and is no one's surname. Returns each
     * given name used so (as written) with the key of its person.
     */
    private static Map<String, String> addGivenNames(Map<String, Guess> best, Map<String, String> links) {
        return linkNameParts(best, links, words -> words.length >= 2
                && GivenNames.isGivenName(words[0].toLowerCase(Locale.ROOT)) ? List.of(words[0]) : List.of(),
                (first, key) -> {
                    Guess own = best.get(first);
                    return own != null && own.kind() == Kind.ACTOR
                            && ("person".equals(own.type()) || "other".equals(own.type()));
                });
    }

    /**
     * Links each part of persons' names ({@code parts} of its words, without a generational suffix) that one person
     * of the report alone has, and that {@code allowed} lets stand for them (the part's key, the person's), to that
     * person. Returns each part used so (as written) with the key of its person.
     */
    private static Map<String, String> linkNameParts(Map<String, Guess> best, Map<String, String> links,
                                                     Function<String[], List<String>> parts,
                                                     BiPredicate<String, String> allowed) {
        Map<String, String> byPart = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        best.forEach((key, g) -> {
            if (g.kind() != Kind.ACTOR || !"person".equals(g.type()) || g.generic()) {
                return;
            }
            for (String part : parts.apply(SUFFIX.matcher(g.name()).replaceFirst("").split(" "))) { // John Mills Jr
                String k = Names.key(part);
                if (k.length() < 3 || k.equals(key)) {
                    continue;
                }
                written.putIfAbsent(k, part);
                String prior = byPart.putIfAbsent(k, key);
                if (prior != null && !prior.equals(key)) {
                    ambiguous.add(k);
                }
            }
        });
        Map<String, String> used = new HashMap<>();
        byPart.forEach((part, key) -> {
            if (!ambiguous.contains(part) && !links.containsKey(part) && allowed.test(part, key)) {
                links.put(part, key);
                used.put(written.get(part), key);
            }
        });
        return used;
    }

    /**
     * An acronym the report uses without defining it, made of the initials of exactly one group it names in full,
     * is that group ({@code EU} and {@code European Union}).
     */
    private static Map<String, String> addInitials(Map<String, Guess> best, Map<String, String> links) {
        Map<String, List<String>> byInitials = new HashMap<>();
        best.forEach((key, g) -> {
            if (g.kind() != Kind.ACTOR || "person".equals(g.type()) || g.generic()) {
                return;
            }
            String[] words = WORD_BREAKS.split(g.name());
            if (words.length < 2) {
                return;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && !ACRONYM_SKIPS.contains(w.toLowerCase(Locale.ROOT))) {
                    initials.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            if (initials.length() >= 2) {
                byInitials.computeIfAbsent(initials.toString(), k -> new ArrayList<>()).add(key);
            }
        });
        Map<String, String> used = new HashMap<>();
        best.forEach((key, g) -> {
            String name = g.name();
            if (g.kind() != Kind.ACTOR || links.containsKey(key) || name.length() < 2 || name.length() > 6
                    || !name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return;
            }
            List<String> full = byInitials.get(key);
            if (full != null && full.size() == 1 && !full.get(0).equals(key)) {
                links.put(key, full.get(0));
                used.put(name, full.get(0));
            }
        });
        // an acronym known on its own ("RSF", a well-known group) would keep its own entity, the link not followed
        // from a strong name: one entity under the full name, typed as the stronger of the two says
        used.forEach((acronym, fullKey) -> {
            String key = acronym.toLowerCase(Locale.ROOT);
            Guess own = best.get(key);
            Guess whole = best.get(fullKey);
            if (own != null && whole != null && own.strength() >= Strength.COUNTRY) {
                if (own.strength() > whole.strength()) {
                    best.put(fullKey, new Guess(Kind.ACTOR, own.type(), whole.name(), own.strength(), whole.generic(),
                            whole.attributes()));
                }
                best.remove(key);
            }
        });
        return used;
    }

    /**
     * An actor the report names by two of its well-known names ({@code suspect Daesh cells}, then {@code Islamic State
     * militants}; {@code synonyms.tsv}): one actor, under the usual one of the names the report uses, the others its
     * aliases.
     */
    private static Map<String, String> addSynonyms(List<Found> founds, Map<String, Guess> best,
                                                   Map<String, String> links) {
        Map<String, String> usual = new HashMap<>();
        for (Found f : founds) {
            Guess g = best.get(f.key());
            String set = synonymSet(f.key(), g, links);
            if (set != null && (!usual.containsKey(set) || Synonyms.rank(f.key()) < Synonyms.rank(usual.get(set)))) {
                usual.put(set, f.key());
            }
        }
        Map<String, String> used = new HashMap<>();
        for (Found f : founds) {
            Guess g = best.get(f.key());
            String set = synonymSet(f.key(), g, links);
            if (set != null && !usual.get(set).equals(f.key())) {
                links.put(f.key(), usual.get(set));
                used.put(g.name(), usual.get(set));
                best.remove(f.key()); // (a well-known name follows no link while it has a guess of its own)
            }
        }
        return used;
    }

    /** The synonym set of a found actor's name ({@link Synonyms#setOf}), or null. */
    private static String synonymSet(String key, Guess g, Map<String, String> links) {
        return g == null || g.kind() != Kind.ACTOR || "person".equals(g.type()) || links.containsKey(key) ? null
                : Synonyms.setOf(key);
    }

    /**
     * {@code Malian soldiers} (the nationality's {@code Malian military}) in a report that names the {@code Malian
     * Armed Forces}, {@code Ugandan troops} beside the {@code Uganda People's Defence Force}: the report's one named
     * army of that country, named after it or its people; so {@code Cypriot police} beside the {@code Cyprus Police},
     * its one named police force. Returns each such label with the key of its army or police.
     */
    private static Map<String, String> addNationalArmies(Map<String, Guess> best, Map<String, String> links) {
        Map<String, String> used = new HashMap<>();
        best.forEach((key, g) -> {
            String nationality = g.attributes().get("nationality");
            boolean police = g.name().endsWith(" police");
            if (g.kind() != Kind.ACTOR || !"security_force".equals(g.type()) || nationality == null
                    || links.containsKey(key) || !(g.name().endsWith(" military") || g.name().endsWith(" forces")
                    || police)) {
                return;
            }
            String people = g.name().substring(0, g.name().indexOf(' ')).toLowerCase(Locale.ROOT);
            String country = nationality.toLowerCase(Locale.ROOT);
            String army = null;
            for (Map.Entry<String, Guess> e : best.entrySet()) {
                Guess o = e.getValue();
                String lower = o.name().toLowerCase(Locale.ROOT);
                if (o.kind() == Kind.ACTOR && "security_force".equals(o.type()) && !o.attributes().containsKey("nationality")
                        && (lower.startsWith(people + " ") || lower.startsWith(country + " ")
                        || lower.startsWith(country + "'s ") || ofCountry(lower, country)) // Armed Forces of Ukraine
                        && (police ? lower.contains(" police") : isArmyName(lower))) {
                    if (army != null && !army.equals(e.getKey())) {
                        return; // two armies: which one is not said
                    }
                    army = e.getKey();
                }
            }
            if (army != null) {
                links.put(key, army);
                used.put(g.name(), army);
            }
        });
        return used;
    }

    /**
     * {@code Federal Police lines} after {@code the Argentine Federal Police}: a force named again without its country's
     * or its people's name (two words at least) is that force, when the report names only one such.
     */
    private void addCountrylessNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> {
            int space = g.name().indexOf(' ');
            if (!"security_force".equals(g.type()) || space < 0 || g.name().indexOf(' ', space + 1) < 0) {
                return null;
            }
            String lead = Names.key(g.name().substring(0, space));
            if (gazetteer.countries().byKey(lead) == null && gazetteer.countries().byDemonymKey(lead) == null) {
                return null;
            }
            String shortKey = Names.key(g.name().substring(space + 1));
            Guess shorter = best.get(shortKey);
            return shorter != null && ("security_force".equals(shorter.type()) || "armed_group".equals(shorter.type()))
                    ? shortKey : null;
        });
    }

    /**
     * {@code the Polisario} beside {@code the Polisario Front}: a one-word actor's name that is another's without its
     * last word, a group's or a movement's ({@code Front}, {@code Movement}, {@code Party}), is that actor, when the
     * report names only one such; so is an armed group's two-word name ({@code Coastal Shield fighters} beside {@code
     * the Coastal Shield Brigade}).
     */
    private static void addHeadlessNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> {
            int words = g.name().split(" ").length;
            return words == 2 || words == 3 && "armed_group".equals(g.type()) ? withoutLast(g.name(), GROUP_HEADS)
                    : null;
        });
    }

    /** The key of {@code name} without its last word when that word is one of {@code heads}; else null. */
    private static String withoutLast(String name, Set<String> heads) {
        int space = name.lastIndexOf(' ');
        return space < 0 || !heads.contains(name.substring(space + 1).toLowerCase(Locale.ROOT)) ? null
                : Names.key(name.substring(0, space));
    }

    /** The key of {@code name} without its first word when that word is one of {@code openers}; else null. */
    private static String withoutFirst(String name, Set<String> openers) {
        int space = name.indexOf(' ');
        return space < 0 || !openers.contains(name.substring(0, space).toLowerCase(Locale.ROOT)) ? null
                : Names.key(name.substring(space + 1));
    }

    /**
     * Links each shorter name to the one actor of the report that {@code shorterOf} says it shortens (the key of an
     * actor, or null), and only when no other actor shortens to it too (the Kenyan and the Ugandan Defence Forces: which
     * one is not said).
     */
    private static void linkWhereOne(Map<String, Guess> best, Map<String, String> links,
                                     BiFunction<String, Guess, String> shorterOf) {
        Map<String, String> found = new HashMap<>();
        Set<String> twice = new HashSet<>();
        best.forEach((key, g) -> {
            String shortKey = g.kind() == Kind.ACTOR && !links.containsKey(key) ? shorterOf.apply(key, g) : null;
            Guess shorter = shortKey == null || shortKey.equals(key) ? null : best.get(shortKey);
            if (shorter != null && shorter.kind() == Kind.ACTOR && !links.containsKey(shortKey)
                    && found.putIfAbsent(shortKey, key) != null) {
                twice.add(shortKey);
            }
        });
        found.forEach((shortKey, key) -> {
            if (!twice.contains(shortKey)) {
                links.put(shortKey, key);
                best.remove(shortKey);
            }
        });
    }

    /**
     * {@code General Security members} beside {@code the General Security Service}: a force's name of three words or more
     * without its last, a service's or an agency's, is that force, when the report names only one such.
     */
    private static void addServicelessNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> !"security_force".equals(g.type())
                || g.name().indexOf(' ') == g.name().lastIndexOf(' ') ? null : withoutLast(g.name(), SERVICE_HEADS));
    }

    private static final Set<String> SERVICE_HEADS = WordSets.of("service", "services", "agency", "directorate");

    /**
     * {@code which the Southern Defence Forces denied} beside {@code the Southern Defence Forces of the Armed Forces of
     * Ukraine}: a force's or a group's name of two words or more before its "of" is that force, when the report names
     * only one such.
     */
    private static void addOflessNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> {
            int of = g.name().indexOf(" of ");
            if (!"security_force".equals(g.type()) && !"armed_group".equals(g.type()) || of < 0
                    || g.name().lastIndexOf(' ', of - 1) < 0) {
                return null;
            }
            return Names.key(g.name().substring(0, of));
        });
    }

    /**
     * {@code Civil Police officers} beside {@code the Civil Police of Rio Grande do Norte}: a force's name without the
     * {@code of ...} that says where it serves, of two words or more and ending as a force's, is that force, when the
     * report names only one such.
     */
    private static void addPlacelessForces(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> {
            int of = g.name().indexOf(" of ");
            String head = of < 0 ? null : g.name().substring(0, of);
            int space = head == null ? -1 : head.lastIndexOf(' ');
            return !"security_force".equals(g.type()) || space <= 0
                    || !FORCE_HEADS.contains(head.substring(space + 1).toLowerCase(Locale.ROOT)) ? null
                    : Names.key(head);
        });
    }

    /**
     * {@code Maoist guerrillas} beside {@code the Communist Party of India (Maoist)}: the one word a group's name ends
     * with in brackets is that group, when the report names only one such.
     */
    private static void addBracketedNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> {
            String name = g.name();
            int open = name.lastIndexOf(" (");
            String inside = !"armed_group".equals(g.type()) || open <= 0 || !name.endsWith(")")
                    || name.indexOf(' ', open + 2) >= 0 ? null : Names.key(name.substring(open + 2, name.length() - 1));
            Guess other = inside == null ? null : best.get(inside);
            return other == null || "person".equals(other.type()) ? null : inside; // (not a faction's leader)
        });
    }

    private static final Set<String> FORCE_HEADS = WordSets.of("police", "gendarmerie", "guard", "army",
            "constabulary");

    /**
     * {@code Choneros gunmen} beside {@code Los Choneros}: a group's name without its leading article ({@code Los},
     * {@code Las}, {@code El}, {@code La}, {@code Os}) is that group, when the report names only one such.
     */
    private static void addArticlelessNames(Map<String, Guess> best, Map<String, String> links) {
        linkWhereOne(best, links, (key, g) -> "armed_group".equals(g.type()) ? withoutFirst(g.name(), LEADING_ARTICLES)
                : null);
    }

    private static final Set<String> LEADING_ARTICLES = WordSets.of("los", "las", "el", "la", "os");

    private static final Set<String> GROUP_HEADS = WordSets.of("front", "movement", "party", "militia", "brigade",
            "brigades", "gang", "group", "coalition", "alliance");

    /** {@code the Houthis} after {@code Houthi}: a one-word group's name in the plural is the group. */
    private static void addPlurals(Map<String, Guess> best, Map<String, String> links) {
        List<String> plurals = new ArrayList<>();
        best.forEach((key, g) -> {
            if (g.kind() != Kind.ACTOR || !"armed_group".equals(g.type()) || links.containsKey(key) || key.length() < 5
                    || !key.endsWith("s") || key.indexOf(' ') >= 0) {
                return;
            }
            Guess one = best.get(key.substring(0, key.length() - 1));
            if (one != null && one.kind() == Kind.ACTOR && "armed_group".equals(one.type())) {
                plurals.add(key);
            }
        });
        for (String key : plurals) {
            links.put(key, key.substring(0, key.length() - 1));
            best.remove(key); // a known name in the plural too: the link is followed (see target)
        }
    }

    /**
     * One ministry however the report names it: the Ministry of Defence and the Defence Ministry, the Ministry of
     * Internal Affairs and the Interior Ministry, the Ministry of Foreign Affairs and the Foreign Ministry. Each other
     * name links to the formal one ({@code Ministry of ...}), else to the first in key order.
     */
    private static void addMinistries(Map<String, Guess> best, Map<String, String> links) {
        Map<String, List<String>> bySubject = new TreeMap<>();
        best.forEach((key, g) -> {
            String subject = g.kind() == Kind.ACTOR && !links.containsKey(key) ? ministrySubject(key) : null;
            if (subject != null) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(key);
            }
        });
        for (List<String> keys : bySubject.values()) {
            if (keys.size() < 2) {
                continue;
            }
            keys.sort(Comparator.comparing((String k) -> !k.startsWith("ministryof")).thenComparing(k -> k));
            for (String key : keys.subList(1, keys.size())) {
                links.put(key, keys.get(0));
                best.remove(key);
            }
        }
    }

    /**
     * {@code defence} for {@code ministryofdefence} and {@code defenceministry}, {@code interior} for {@code
     * ministryofinternalaffairs}; null for a key that names no ministry so.
     */
    private static String ministrySubject(String key) {
        String subject = key.startsWith("ministryofthe") ? key.substring(13) : key.startsWith("ministryof")
                ? key.substring(10) : key.endsWith("ministry") ? key.substring(0, key.length() - 8) : null;
        if (subject == null || subject.length() < 3) {
            return null;
        }
        return switch (subject) {
            case "internalaffairs" -> "interior";
            case "homeaffairs" -> "home";
            case "foreignaffairs" -> "foreign";
            default -> subject;
        };
    }

    /** {@code armed forces of ukraine}: a country's own forces named after it (not the Gaitanist Army of Colombia). */
    private static boolean ofCountry(String lower, String country) {
        return (lower.startsWith("armed forces of ") || lower.startsWith("army of ")
                || lower.startsWith("defence forces of ") || lower.startsWith("defense forces of "))
                && (lower.endsWith(" of " + country)
                || lower.endsWith(" of the " + country));
    }

    private static boolean isArmyName(String lower) {
        return (lower.contains(" army") || lower.contains("armed forces") || lower.contains("defence force")
                || lower.contains("defense force") || lower.contains(" military")) && !lower.contains("police")
                && !lower.contains("air force") && !lower.contains("navy");
    }

    /**
     * A person's last name stands for the person, unless two persons share it or it is something else.
     * Returns each surname used so (as written) with the key of its person.
     */
    private Map<String, String> addSurnames(Map<String, Guess> best, Map<String, String> links) {
        return linkNameParts(best, links, words -> words.length < 2 ? List.of() : words.length >= 3
                // Elmer Cusi Ayala: Ayala, and Cusi Ayala
                ? List.of(words[words.length - 1], words[words.length - 2] + " " + words[words.length - 1])
                : List.of(words[words.length - 1]), (last, key) -> {
                    Guess own = best.get(last);
                    return own == null || own.strength() < Strength.SPEECH || "person".equals(own.type())
                            || contextPlace(last, own, best.get(key));
                });
    }

    /**
     * Whether {@code own} is a place only by the words around it, a name no gazetteer knows: {@code for Sampras in},
     * {@code in Sampras 's half}, when the report names Pete Sampras. (Only a two-word name's: in longer ones the last
     * word is often a home town's name, the village of Kairu and its ward head, Sani Garba Kairu.)
     */
    private boolean contextPlace(String key, Guess own, Guess person) {
        return person.name().split(" ").length == 2 && own.kind() == Kind.PLACE
                && own.strength() <= Strength.PLACE_CONTEXT && !gazetteer.isPlace(key);
    }

    private Map<String, String> attributes(Guess g, Collection<String> docCountries) {
        if (g.kind() == Kind.PLACE && "region".equals(g.type()) && g.attributes().isEmpty()) {
            String country = gazetteer.regions().country(Names.key(g.name()));
            if (country != null && (docCountries.isEmpty() || docCountries.contains(country))) {
                return Map.of("country", country); // Oromia, however the text named it a region: Ethiopia's
            }
        }
        if (g.kind() != Kind.PLACE || !TOWN_TYPES.contains(g.type()) || !g.attributes().isEmpty()) {
            return g.attributes();
        }
        City c = gazetteer.city(Names.key(g.name()), docCountries);
        // a namesake in a country the report does not name: a large city, or with no country named a town, is taken
        // to be it; a smaller one is more likely a place the gazetteer does not hold (Delmont, a neighbourhood of the
        // report's city, is not Delmont, Pennsylvania)
        int namesake = docCountries.isEmpty() ? 15_000 : 100_000;
        if (c == null || !docCountries.contains(c.country()) && c.population() < namesake) {
            return g.attributes();
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("country", c.country());
        a.put("lat", Double.toString(c.lat()));
        a.put("lon", Double.toString(c.lon()));
        if (!c.admin1().isEmpty()) {
            a.put("admin", c.admin1());
        }
        return a;
    }

    /** Something that names an alias: its surface and target key. */
    public interface AliasSource {
        String surface();

        String target();

        boolean stated();
    }

    private final class Builder {
        final String id;
        final Kind kind;
        String type;
        String name;
        Guess best;
        Map<String, String> attributes;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> surfaces = new HashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        String nameKey;

        final Collection<String> docCountries;

        Builder(String id, Guess g, Collection<String> docCountries) {
            this.id = id;
            this.kind = g.kind();
            this.docCountries = docCountries;
            take(g);
        }

        /** Two names with one id (an alias, a merge): the stronger guess names and types the entity. */
        void offer(Guess g) {
            if (g != best && g.kind() == kind && g.beats(best)) {
                if (name != null && !Names.key(g.name()).equals(nameKey)) {
                    aliases.add(name);
                }
                take(g);
            }
        }

        private void take(Guess g) {
            best = g;
            String fixed = book.typeFix(id);
            type = fixed != null ? fixed : g.type();
            name = g.name();
            nameKey = Names.key(g.name());
            aliases.removeIf(a -> Names.key(a).equals(nameKey));
            Map<String, String> a = new LinkedHashMap<>(attributes(g, docCountries));
            if (g.generic()) {
                a.put("generic", "true");
            }
            this.attributes = a;
        }

        void add(String text, Found f) {
            if (mentions.size() < MAX_MENTIONS_PER_ENTITY) {
                int len = f.end() - f.start();
                if (len == name.length() && text.regionMatches(f.start(), name, 0, len)) {
                    mentions.add(new Mention(f.start(), f.end(), name)); // the usual case: no copy, no new alias
                    return;
                }
                Mention m = Mention.of(text, f.start(), f.end());
                mentions.add(m);
                if (best.generic() || !m.text().equals(m.text().toLowerCase(Locale.ROOT))) {
                    alias(m.text()); // "the gang" that refers to a named one is a mention of it, not another name
                }
            }
        }

        void alias(String surface) {
            if (!surfaces.add(surface) || aliases.size() >= 50) {
                return;
            }
            String s = collapseSpaces(surface);
            if (!Names.key(s).equals(nameKey)) {
                aliases.add(s);
            }
        }

        private static String collapseSpaces(String surface) {
            StringBuilder b = new StringBuilder(surface.length());
            boolean space = false;
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = b.length() > 0;
                } else {
                    if (space) {
                        b.append(' ');
                    }
                    b.append(c);
                    space = false;
                }
            }
            return b.toString();
        }

        Entity build() {
            return new Entity(id, kind, type, name, new ArrayList<>(aliases), mentions, attributes);
        }
    }
}
