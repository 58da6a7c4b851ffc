package org.kgi.bench.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invents names in the style of the bundled corpus (a French- and Creole-speaking coastal republic):
 * place names such as {@code Saint-Ophir} or {@code Bois-Lenoir}, gang names, police units with an
 * acronym, people with a nickname. Pure functions of the random source they are given.
 */
final class NameForge {
    private static final String[] ONSETS = {"b", "br", "d", "f", "g", "gr", "j", "k", "l", "m", "n", "p", "pl",
        "r", "s", "t", "tr", "v", "z", "ch", "c", "h", "fl", "cl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "ou", "ai", "au", "é", "è", "a", "o", "i", "an", "on"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "x", "ne", "le", "re", "tte", "lle"};
    private static final String[] TOWN_PREFIX = {"", "", "", "Port-", "Saint-", "Sainte-", "Anse-", "Bois-", "Fond-",
        "Belle-", "Grand-", "Petit-", "Morne-", "Trou-", "Mont-", "Cap-", "Plaine-"};
    private static final String[] REGION_PREFIX = {"Haute-", "Basse-", "Grand-", "", "Nord-", "Sud-", "Plateau-"};
    private static final String[] HOOD_PREFIX = {"Cité ", "Bas-", "Bel-", "Quartier ", "", "Village ", "Morne ", "Haut-"};
    private static final String[] GANG_ADJ = {"Red", "Black", "Iron", "Silver", "Grey", "Young", "Wild", "Night",
        "Sea", "Mountain", "Five", "Seven", "Golden", "Blue", "Broken", "Lost", "Burning", "Hidden", "Shadow", "Stone"};
    private static final String[] GANG_NOUN = {"Scorpions", "Lions", "Wolves", "Cannons", "Crosses", "Vipers",
        "Sharks", "Dogs", "Hawks", "Bulls", "Soldiers", "Brothers", "Knives", "Machetes", "Ghosts", "Tigers",
        "Ravens", "Panthers", "Kings", "Boys"};
    private static final String[] UNIT_ADJ = {"Rapid", "Tactical", "Special", "Mobile", "Departmental", "Coastal",
        "Border", "Anti-Gang", "Public Order", "Crowd Control", "Highway", "Judicial", "Maritime", "Rural",
        "Counter-Kidnapping", "National"};
    private static final String[] UNIT_NOUN = {"Intervention", "Response", "Operations", "Security", "Patrol",
        "Protection", "Reaction", "Investigation", "Support", "Action"};
    private static final String[] UNIT_KIND = {"Brigade", "Unit", "Corps", "Squadron", "Force", "Group", "Command",
        "Battalion"};
    private static final String[] FIRST = {"Wilfrid", "Makenson", "Jean-Robert", "Ricardo", "Dieuseul", "Ernso",
        "Jocelyn", "Hervé", "Marlène", "Alix", "Yolette", "Samuel", "Lydia", "Évelyne", "Rodolphe", "Fabrice",
        "Ghislaine", "Josué", "Rosemond", "Junior", "Frantz", "Guerline", "Nadège", "Stanley", "Wesner", "Roseline",
        "Jeanne", "Pierre-Louis", "Mackenley", "Vladimir", "Esther", "Claudette", "Jonas", "Kervens", "Nathalie",
        "Dieudonné", "Fritznel", "Sonia", "Ketly", "Lionel", "Marie-Ange", "Patrice", "Renel", "Sylvie", "Thony",
        "Vanessa", "Wisly", "Yvon", "Zacharie", "Béatrice"};
    private static final String[] NICK = {"Chalumeau", "Zoklo", "Ti Bato", "Kouto", "Papa Lou", "Bazou", "Lanmò",
        "Ti Lion", "Krazé", "Sonson", "Gwo Pyè", "Djo", "Ti Chat", "Bòs Mak", "Vòlò", "Tonton", "Ti Blan", "Zòrèy",
        "Boulon", "Machin", "Kaptèn", "Ti Pis", "Gwo Zo", "Bèf", "Fanmi", "Kriz", "Pitbull", "Bandi", "Tizo", "Chèf"};
    private static final String[] NGO_FORM = {"%s Relief International", "Doctors for %s", "%s Human Rights Network",
        "%s Children's Fund", "%s Women's Collective", "Friends of %s", "%s Peace Initiative", "%s Legal Aid Centre"};
    static final String[] MINISTRIES = {"Ministry of the Interior", "Ministry of Justice and Public Security",
        "Ministry of Health", "Ministry of Defence", "Ministry of Foreign Affairs", "Ministry of Education",
        "Ministry of Finance", "Ministry of Agriculture", "Ministry of Social Affairs", "Ministry of Public Works",
        "Ministry of Trade and Industry", "Ministry of Women's Affairs"};

    private NameForge() {
    }

    static String word(SplittableRandom rng, int minSyllables, int maxSyllables) {
        int n = minSyllables + rng.nextInt(maxSyllables - minSyllables + 1);
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < n; i++) {
            sb.append(pick(rng, ONSETS)).append(pick(rng, VOWELS));
        }
        sb.append(pick(rng, CODAS));
        return capitalize(sb.toString());
    }

    static String town(SplittableRandom rng) {
        return pick(rng, TOWN_PREFIX) + word(rng, 1, 3);
    }

    static String region(SplittableRandom rng) {
        return pick(rng, REGION_PREFIX) + word(rng, 2, 3);
    }

    static String neighbourhood(SplittableRandom rng) {
        return pick(rng, HOOD_PREFIX) + word(rng, 1, 3);
    }

    static String gang(SplittableRandom rng) {
        return rng.nextInt(3) == 0 ? word(rng, 1, 2) + " " + word(rng, 1, 2)
                : pick(rng, GANG_ADJ) + " " + pick(rng, GANG_NOUN);
    }

    /** A police unit's full name; its acronym is {@link #acronym}. */
    static String unit(SplittableRandom rng) {
        return pick(rng, UNIT_ADJ) + " " + pick(rng, UNIT_NOUN) + " " + pick(rng, UNIT_KIND);
    }

    static String ngo(SplittableRandom rng) {
        return String.format(Locale.ROOT, pick(rng, NGO_FORM), word(rng, 2, 3));
    }

    static String firstName(SplittableRandom rng) {
        return pick(rng, FIRST);
    }

    static String surname(SplittableRandom rng) {
        return rng.nextInt(6) == 0 ? word(rng, 1, 2) + "-" + word(rng, 1, 2) : word(rng, 2, 3);
    }

    static String nickname(SplittableRandom rng) {
        return rng.nextInt(3) == 0 ? pick(rng, NICK) : (rng.nextBoolean() ? "Ti " : "") + word(rng, 1, 2);
    }

    /** Initials of the capitalised words: {@code Rapid Intervention Brigade} gives {@code RIB}. */
    static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[ -]")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static <T> T pick(SplittableRandom rng, T[] items) {
        return items[rng.nextInt(items.length)];
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
