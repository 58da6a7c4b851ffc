package org.kgi.bench.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one report's text into a reused buffer: names entities the way a reporter does (full form
 * first, then the acronym, nickname or surname) and records every entity named in {@link #mentions}.
 * One instance per generating thread.
 */
final class Prose {
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    final World world;
    final StringBuilder sb = new StringBuilder(1 << 16);
    final Mentions mentions = new Mentions();
    SplittableRandom rng;
    /** Where the sentence being written starts: its first letter is capitalised when it ends. */
    private int sentenceStart;

    Prose(World world) {
        this.world = world;
    }

    void reset(SplittableRandom random) {
        this.rng = random;
        sb.setLength(0);
        mentions.clear();
        sentenceStart = 0;
    }

    Prose w(String s) {
        sb.append(s);
        return this;
    }

    Prose pick(String... options) {
        sb.append(options[rng.nextInt(options.length)]);
        return this;
    }

    /** An actor as the subject or object of a sentence, with its article. */
    Prose actor(int e) {
        WorldEntity x = world.entity(e);
        boolean first = mentions.add(e);
        String type = x.type();
        if (type.startsWith("person:")) {
            return person(x, first);
        }
        switch (type) {
            case "armed_group" -> {
                boolean coalition = world.membersOf[e] != null;
                if (first || rng.nextInt(3) == 0) {
                    sb.append("the ").append(x.name()).append(coalition ? " coalition" : " gang");
                } else {
                    sb.append("the ").append(x.name());
                }
            }
            case "security_force", "international_force" -> {
                if (first) {
                    sb.append("the ").append(x.name()).append(" (").append(x.alias()).append(')');
                } else {
                    sb.append(rng.nextBoolean() ? "the " + x.alias() : x.alias() + " officers");
                }
            }
            case "ngo" -> sb.append(first && !x.alias().isEmpty() ? x.name() + " (" + x.alias() + ")" : x.shortName());
            default -> sb.append("the ").append(x.name());
        }
        return this;
    }

    private Prose person(WorldEntity p, boolean first) {
        if (!first) {
            sb.append(p.alias());
            return this;
        }
        String org = p.parent() < 0 ? "" : world.entity(p.parent()).name();
        switch (p.type()) {
            case "person:gang_leader" -> sb.append("gang leader ").append(p.name());
            case "person:commissioner" -> sb.append(rng.nextBoolean() ? "Commissioner " : "Divisional Commissioner ").append(p.name());
            case "person:director_general" -> sb.append("Director General ").append(p.name());
            case "person:minister" -> sb.append(org.replace("Ministry", "Minister")).append(' ').append(p.name());
            case "person:commander" -> sb.append("General ").append(p.name());
            case "person:mayor" -> sb.append("Mayor ").append(p.name());
            case "person:spokesperson" -> sb.append("police spokesperson Inspector ").append(p.name());
            default -> sb.append(p.name());
        }
        return this;
    }

    /** A place by its name; junctions and facilities take {@code the}. */
    Prose place(int e) {
        WorldEntity x = world.entity(e);
        mentions.add(e);
        if ("junction".equals(x.type()) || "facility".equals(x.type()) && !x.name().startsWith("Port of")) {
            sb.append("the ");
        }
        sb.append(x.name());
        return this;
    }

    /** A town with its region on first mention: {@code Saint-Ophir, in the Haute-Vallée region}. */
    Prose townInRegion(int town) {
        boolean first = !mentions.contains(town);
        place(town);
        int region = world.entity(town).parent();
        if (first && region >= 0 && rng.nextInt(3) > 0) {
            sb.append(rng.nextBoolean() ? ", " : ", in the ");
            int at = sb.length();
            place(region);
            if (sb.charAt(at - 2) != ',') {
                sb.append(" region");
            }
        }
        return this;
    }

    Prose num(int n) {
        sb.append(n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n));
        return this;
    }

    Prose date(LocalDate d) {
        sb.append(d.getDayOfMonth()).append(' ')
                .append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ').append(d.getYear());
        return this;
    }

    Prose weekday(LocalDate d) {
        sb.append(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return this;
    }

    /** Ends a sentence; the next one follows after a space. */
    Prose end() {
        capitalizeSentence();
        sb.append(". ");
        sentenceStart = sb.length();
        return this;
    }

    private void capitalizeSentence() {
        if (sentenceStart < sb.length()) {
            char c = sb.charAt(sentenceStart);
            if (Character.isLowerCase(c)) {
                sb.setCharAt(sentenceStart, Character.toUpperCase(c));
            }
        }
    }

    Prose paragraph() {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        sb.append("\n\n");
        sentenceStart = sb.length();
        return this;
    }

    /** Words written so far (spaces counted). */
    int words() {
        int n = 0;
        for (int i = 0, len = sb.length(); i < len; i++) {
            if (sb.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    int leaderOf(int org) {
        return world.leaderOf[org];
    }
}
