package org.kgi.bench.generate;

import org.kgi.indexer.extract.text.Names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fictional world a corpus is written about, built from a seed: one republic, its regions, towns,
 * neighbourhoods, junctions and facilities; gangs, coalitions, police units, missions, NGOs, ministries
 * and the people who lead or speak for them. Its size grows with the square root of the corpus size, so
 * that a large corpus still has a long tail of rarely mentioned actors and places. Immutable.
 */
public final class World {
    /** Zipf exponent of actor and place popularity. */
    static final double POPULARITY_EXPONENT = 1.05;

    final List<WorldEntity> entities;
    final WorldEntity country;
    final String adjective;
    final WorldEntity nationalPolice;
    final int[] regions;
    final int[] towns;
    final int[][] hoodsOf;
    final int[][] junctionsOf;
    final int[][] facilitiesOf;
    final int[] gangs;
    final int[] coalitions;
    final int[][] membersOf;
    final int[] units;
    final int[] missions;
    final int[] ngos;
    final int[] ministries;
    /** Person leading or speaking for each organisation, by entity index; -1 when none. */
    final int[] leaderOf;
    final int[] spokespersonOf;
    final Zipf townPick;
    final Zipf gangPick;
    final Zipf coalitionPick;
    final Zipf unitPick;
    final Zipf ngoPick;

    private World(Builder b) {
        entities = List.copyOf(b.entities);
        country = entities.get(b.country);
        adjective = b.adjective;
        nationalPolice = entities.get(b.nationalPolice);
        regions = ints(b.regions);
        towns = ints(b.towns);
        hoodsOf = b.children(b.hoods);
        junctionsOf = b.children(b.junctions);
        facilitiesOf = b.children(b.facilities);
        gangs = ints(b.gangs);
        coalitions = ints(b.coalitions);
        membersOf = new int[entities.size()][];
        for (int i = 0; i < b.coalitionMembers.size(); i++) {
            membersOf[coalitions[i]] = b.coalitionMembers.get(i);
        }
        units = ints(b.units);
        missions = ints(b.missions);
        ngos = ints(b.ngos);
        ministries = ints(b.ministries);
        leaderOf = b.leaderOf;
        spokespersonOf = b.spokespersonOf;
        townPick = new Zipf(towns.length, POPULARITY_EXPONENT);
        gangPick = new Zipf(gangs.length, POPULARITY_EXPONENT);
        coalitionPick = new Zipf(coalitions.length, POPULARITY_EXPONENT);
        unitPick = new Zipf(units.length, POPULARITY_EXPONENT);
        ngoPick = new Zipf(ngos.length, POPULARITY_EXPONENT);
    }

    /** The world of corpora of about {@code reports} reports generated with {@code seed}. */
    public static World create(long seed, long reports) {
        double scale = Math.max(1, Math.min(40, Math.sqrt(reports / 1000.0)));
        return new Builder(new SplittableRandom(seed ^ 0x5DEECE66DL), scale).build();
    }

    public List<WorldEntity> entities() {
        return entities;
    }

    public WorldEntity entity(int index) {
        return entities.get(index);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Builds the world in a fixed order from one random source, so the same seed gives the same world. */
    private static final class Builder {
        final SplittableRandom rng;
        final double scale;
        final List<WorldEntity> entities = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Set<String> aliases = new HashSet<>();
        final List<Integer> regions = new ArrayList<>();
        final List<Integer> towns = new ArrayList<>();
        final List<Integer> hoods = new ArrayList<>();
        final List<Integer> junctions = new ArrayList<>();
        final List<Integer> facilities = new ArrayList<>();
        final List<Integer> gangs = new ArrayList<>();
        final List<Integer> coalitions = new ArrayList<>();
        final List<int[]> coalitionMembers = new ArrayList<>();
        final List<Integer> units = new ArrayList<>();
        final List<Integer> missions = new ArrayList<>();
        final List<Integer> ngos = new ArrayList<>();
        final List<Integer> ministries = new ArrayList<>();
        final List<int[]> leads = new ArrayList<>();
        int[] leaderOf;
        int[] spokespersonOf;
        int country;
        int nationalPolice;
        String adjective;

        Builder(SplittableRandom rng, double scale) {
            this.rng = rng;
            this.scale = scale;
        }

        World build() {
            String land = NameForge.word(rng, 2, 3);
            adjective = land + (land.endsWith("e") ? "se" : "ian");
            country = add("place", "country", "Republic of " + land, land, -1);
            for (int i = 0, n = (int) (10 + 2 * scale); i < n; i++) {
                regions.add(unique("place", "region", () -> NameForge.region(rng), "", country));
            }
            for (int i = 0, n = (int) (150 * scale); i < n; i++) {
                int region = regions.get(rng.nextInt(regions.size()));
                towns.add(unique("place", "populated_place", () -> NameForge.town(rng), "", region));
            }
            for (int town : towns) {
                String t = entities.get(town).name();
                for (int k = rng.nextInt(5); k > 0; k--) {
                    hoods.add(unique("place", "neighbourhood", () -> NameForge.neighbourhood(rng), "", town));
                }
                if (rng.nextInt(2) == 0) {
                    junctions.add(unique("place", "junction", () -> NameForge.word(rng, 1, 3) + " junction", "", town));
                }
                for (int k = rng.nextInt(4); k > 0; k--) {
                    facilities.add(unique("place", "facility", () -> facility(t), "", town));
                }
            }
            nationalPolice = add("actor", "security_force", "National Police of " + land, "NP" + land.charAt(0), country);
            aliases.add("NP" + land.charAt(0));
            for (int i = 0, n = (int) (12 + 3 * scale); i < n; i++) {
                units.add(unit());
            }
            for (int i = 0, n = (int) (120 * scale); i < n; i++) {
                gangs.add(unique("actor", "armed_group", () -> NameForge.gang(rng), "", -1));
            }
            for (int i = 0, n = (int) (10 * scale); i < n; i++) {
                coalitions.add(unique("actor", "armed_group",
                        () -> (rng.nextBoolean() ? "Fòs " : "") + NameForge.word(rng, 2, 3), "", -1));
                int[] members = new int[2 + rng.nextInt(2)];
                for (int k = 0; k < members.length; k++) {
                    members[k] = gangs.get(Math.min(gangs.size() - 1, (int) (gangs.size() * Math.pow(rng.nextDouble(), 3))));
                }
                coalitionMembers.add(members);
            }
            for (String m : new String[] {"Joint Security Assistance Mission", "Multinational Stabilisation Mission",
                "Regional Police Support Mission"}) {
                missions.add(add("actor", "international_force", m, NameForge.acronym(m), -1));
            }
            for (int i = 0, n = (int) (30 * scale); i < n; i++) {
                ngos.add(unique("actor", "ngo", () -> NameForge.ngo(rng), null, -1));
            }
            for (String m : NameForge.MINISTRIES) {
                ministries.add(add("actor", "government", m, "", country));
            }
            people();
            return new World(this);
        }

        private void people() {
            List<int[]> pairs = new ArrayList<>();
            for (int g : gangs) {
                pairs.add(new int[] {g, person("gang leader", true, g)});
            }
            for (int u : units) {
                pairs.add(new int[] {u, person("commissioner", false, u)});
            }
            pairs.add(new int[] {nationalPolice, person("director general", false, nationalPolice)});
            for (int m : ministries) {
                pairs.add(new int[] {m, person("minister", false, m)});
            }
            for (int m : missions) {
                pairs.add(new int[] {m, person("commander", false, m)});
            }
            for (int n : ngos) {
                pairs.add(new int[] {n, person("director", false, n)});
            }
            for (int t : towns) {
                if (rng.nextInt(3) == 0) {
                    pairs.add(new int[] {t, person("mayor", false, t)});
                }
            }
            List<int[]> spokes = new ArrayList<>();
            for (int u : units) {
                spokes.add(new int[] {u, person("spokesperson", false, u)});
            }
            spokes.add(new int[] {nationalPolice, person("spokesperson", false, nationalPolice)});
            leaderOf = filled(pairs);
            spokespersonOf = filled(spokes);
        }

        private int[] filled(List<int[]> pairs) {
            int[] of = new int[entities.size()];
            java.util.Arrays.fill(of, -1);
            for (int[] p : pairs) {
                of[p[0]] = p[1];
            }
            return of;
        }

        private int person(String role, boolean nick, int org) {
            String first = NameForge.firstName(rng);
            for (int attempt = 0; ; attempt++) {
                String last = NameForge.surname(rng);
                String alias = nick ? NameForge.nickname(rng) : last;
                String name = nick ? first + " \"" + alias + "\" " + last : first + " " + last;
                String id = "actor:" + Names.slug(first + " " + last);
                if (!ids.contains(id) && (!nick || !aliases.contains(alias)) || attempt > 50) {
                    if (ids.contains(id)) {
                        id = id + "-" + entities.size();
                    }
                    if (nick) {
                        aliases.add(alias);
                    }
                    return add("actor", "person:" + role.replace(' ', '_'), name, alias, org, id);
                }
            }
        }

        private int unit() {
            for (int attempt = 0; ; attempt++) {
                String name = NameForge.unit(rng);
                if (attempt > 30) {
                    name = NameForge.word(rng, 2, 2) + " " + name;
                }
                String acronym = NameForge.acronym(name);
                if (!aliases.contains(acronym) && !ids.contains("actor:" + Names.slug(name))) {
                    aliases.add(acronym);
                    return add("actor", "security_force", name, acronym, nationalPolice);
                }
            }
        }

        private String facility(String town) {
            return switch (rng.nextInt(7)) {
                case 0 -> town + " police station";
                case 1 -> "Sainte-" + NameForge.word(rng, 1, 2) + " Hospital";
                case 2 -> town + " central market";
                case 3 -> NameForge.word(rng, 2, 3) + " Civil Prison";
                case 4 -> "Port of " + town;
                case 5 -> NameForge.word(rng, 2, 3) + " National School";
                default -> town + " customs house";
            };
        }

        /** Adds an entity with a fresh name from {@code names}; {@code alias == null} means its acronym. */
        private int unique(String kind, String type, java.util.function.Supplier<String> names, String alias, int parent) {
            for (int attempt = 0; ; attempt++) {
                String name = names.get();
                if (attempt > 100) {
                    name = name + " " + NameForge.word(rng, 2, 3);
                }
                if (!ids.contains(kind + ":" + Names.slug(name))) {
                    String a = alias;
                    if (a == null) {
                        a = NameForge.acronym(name);
                        a = a.length() >= 2 && aliases.add(a) ? a : "";
                    }
                    return add(kind, type, name, a, parent);
                }
            }
        }

        private int add(String kind, String type, String name, String alias, int parent) {
            return add(kind, type, name, alias, parent, kind + ":" + Names.slug(name));
        }

        private int add(String kind, String type, String name, String alias, int parent, String id) {
            int index = entities.size();
            ids.add(id);
            entities.add(new WorldEntity(index, id, kind, type, name, alias, parent));
            return index;
        }

        /** For each town, the entities of {@code members} whose parent it is. */
        int[][] children(List<Integer> members) {
            List<List<Integer>> by = new ArrayList<>(Collections.nCopies(entities.size(), null));
            for (int m : members) {
                int p = entities.get(m).parent();
                if (by.get(p) == null) {
                    by.set(p, new ArrayList<>());
                }
                by.get(p).add(m);
            }
            int[][] out = new int[entities.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = by.get(i) == null ? new int[0] : ints(by.get(i));
            }
            return out;
        }
    }
}
