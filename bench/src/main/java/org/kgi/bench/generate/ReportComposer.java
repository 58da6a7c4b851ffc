package org.kgi.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Composes report number {@code i} of a corpus from the world and its own random stream (seeded by the
 * corpus seed and {@code i}), so any report can be written by any thread in any order and come out
 * the same. Lengths are log-normal (median {@value #MEDIAN_WORDS} words); every report leads with an
 * event, then mixes background, reactions, earlier events and everyday detail until it is long enough.
 * One instance per thread: it reuses its text buffer.
 */
final class ReportComposer {
    static final int MEDIAN_WORDS = 450;
    static final double LENGTH_SIGMA = 0.6;
    static final int MIN_WORDS = 120;
    static final int MAX_WORDS = 6_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final int DAYS = 6 * 365;

    private final World world;
    private final long seed;
    private final Prose p;
    private final String[] sources;

    ReportComposer(World world, long seed) {
        this.world = world;
        this.seed = seed;
        this.p = new Prose(world);
        String land = world.country.alias();
        this.sources = new String[] {"Radio Soleil Levant", "The " + land + " Herald", "Agence " + land + " Presse",
            "Radio Vision Littoral", "Coastal Times", "Humanitarian Field Bulletin", "Le Courrier du Matin",
            "Observatoire des Droits Humains", "Radio Tambou", "Security Monitor " + land};
    }

    /** The report's text, valid until the next {@link #compose}. */
    StringBuilder text() {
        return p.sb;
    }

    /** Entities the last composed report named, in first-mention order. */
    Mentions mentions() {
        return p.mentions;
    }

    ComposedReport compose(long i) {
        SplittableRandom rng = new SplittableRandom(mix(seed, i));
        p.reset(rng);
        LocalDate date = FIRST_DAY.plusDays(rng.nextInt(DAYS));
        int target = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS,
                Math.exp(Math.log(MEDIAN_WORDS) + LENGTH_SIGMA * gaussian(rng))));
        Scene lead = Scene.draw(world, rng, SubEvent.draw(rng), date.minusDays(rng.nextInt(3)));
        List<EventFact> events = new ArrayList<>(4);

        p.mentions.add(lead.town()); // the dateline names the town
        p.w(world.entity(lead.town()).name().toUpperCase(Locale.ROOT)).w(", ").date(date).w(" \u2014 ");
        events.add(EventSentences.write(p, lead));
        Noise.paragraph(p, -1);
        p.paragraph();
        int words = countWords(0);
        int counted = p.sb.length();
        boolean toldBackground = false;
        while (words < target) {
            int roll = rng.nextInt(100);
            if (roll < 25) {
                Scene earlier = Scene.draw(world, rng, SubEvent.draw(rng), date.minusDays(1 + rng.nextInt(60)));
                events.add(EventSentences.write(p, earlier));
            } else if (roll < 37 && !toldBackground) {
                background(lead.gang());
                toldBackground = true;
            } else if (roll < 49) {
                reaction(lead.unit());
            } else if (roll < 59) {
                official(lead.town());
            } else if (roll < 66) {
                ngo();
            } else {
                Noise.paragraph(p, rng.nextInt(3) == 0 ? world.towns[world.townPick.next(rng)] : -1);
            }
            p.paragraph();
            words += countWords(counted);
            counted = p.sb.length();
        }
        trimEnd();
        return new ComposedReport(headline(lead), date, sources[rng.nextInt(sources.length)], events, words);
    }

    private void background(int gang) {
        int leader = world.leaderOf[gang];
        p.w("The ").w(world.entity(gang).name());
        p.mentions.add(gang);
        if (leader >= 0) {
            p.w(", led by ").actor(leader).w(",");
        }
        p.pick(" has controlled the area since ", " emerged as a neighbourhood gang in ", " has been expanding since ")
                .w(Integer.toString(2014 + gang % 6)).end();
        p.w("Residents accuse it of collecting \"tolls\" from minibuses and trucks").end();
        if (leader >= 0) {
            p.actor(leader).pick(" is wanted on several warrants for murder and kidnapping",
                    " posted a voice message on social media threatening the police",
                    " denied any involvement in the attack").end();
        }
        if (world.coalitions.length > 0 && p.rng.nextInt(3) == 0) {
            int c = world.coalitions[world.coalitionPick.next(p.rng)];
            p.w("The ").w(world.entity(c).name()).w(" coalition, formed in ").w(Integer.toString(2018 + c % 6));
            p.mentions.add(c);
            p.w(", brings together ");
            int[] members = world.membersOf[c];
            for (int k = 0; k < members.length; k++) {
                p.w(k == 0 ? "" : k == members.length - 1 ? " and " : ", ").actor(members[k]);
            }
            p.end();
        }
    }

    private void reaction(int unit) {
        int speaker = world.spokespersonOf[unit] >= 0 ? world.spokespersonOf[unit] : world.leaderOf[unit];
        p.w("\"").pick("Our officers were ambushed while doing their job",
                "We will not let criminals take this city hostage", "The operation will continue until order is restored",
                "We need more vehicles, more ammunition and more men").w(",\" ");
        if (speaker >= 0) {
            p.actor(speaker);
        } else {
            p.w("a police officer");
        }
        p.pick(" told reporters", " said in a statement", " said on local radio").end();
        p.actor(unit).pick(" has fewer than 300 officers for the whole department",
                " said reinforcements would be deployed in the coming days",
                " did not say whether any gang members had been killed").end();
    }

    private void official(int town) {
        if (p.rng.nextBoolean() && world.leaderOf[town] >= 0) {
            p.actor(world.leaderOf[town]).w(" of ").place(town)
                    .pick(" called for calm", " asked the government for help", " announced a curfew").end();
            return;
        }
        int ministry = world.ministries[p.rng.nextInt(world.ministries.length)];
        p.actor(ministry).w(" said in a statement that it ")
                .pick("\"strongly condemns this cowardly act\"", "was following the situation closely",
                        "would open an investigation").end();
        if (world.leaderOf[ministry] >= 0 && p.rng.nextBoolean()) {
            p.actor(world.leaderOf[ministry]).pick(" promised that those responsible would be brought to justice",
                    " is expected to visit the area this week").end();
        }
    }

    private void ngo() {
        int ngo = world.ngos[world.ngoPick.next(p.rng)];
        p.actor(ngo).pick(" said its teams had treated ", " reported that it had registered ", " estimated that ")
                .num(10 + p.rng.nextInt(3000)).pick(" people", " displaced people", " wounded").end();
        int director = world.leaderOf[ngo];
        if (director >= 0 && p.rng.nextBoolean()) {
            p.w("\"The needs are enormous,\" said ").actor(director).end();
        }
    }

    private String headline(Scene s) {
        String town = world.entity(s.town()).name();
        String gang = world.entity(s.gang()).name();
        return switch (s.kind()) {
            case ARMED_CLASH -> gang + " gang clashes with police in " + town;
            case GOVERNMENT_REGAINS -> "Police retake ground from " + gang + " in " + town;
            case NON_STATE_OVERTAKES -> gang + " gang seizes control of parts of " + town;
            case ATTACK -> "Civilians killed in attack blamed on " + gang + " in " + town;
            case ABDUCTION -> "Kidnapping in " + town + " blamed on " + gang + " gang";
            case IED -> "Roadside bomb hits police convoy near " + town;
            case GRENADE -> "Grenade attack in " + town + " wounds several";
            case DRONE_STRIKE -> "Drone strike targets " + gang + " in " + town;
            case PEACEFUL_PROTEST -> "Residents march in " + town + " against gang violence";
            case PROTEST_INTERVENTION -> "Police disperse protest in " + town;
            case VIOLENT_DEMONSTRATION -> "Riot in " + town + " as protesters torch vehicles";
            case MOB_VIOLENCE -> "Mob kills suspected gang members in " + town;
            case ARREST -> "Police arrest suspected " + gang + " members in " + town;
            case AGREEMENT -> "Ceasefire agreement signed in " + town;
            case BASE_ESTABLISHED -> "New security base set up in " + town;
            case LOOTING -> "Market looted in " + town;
        };
    }

    private int countWords(int from) {
        int n = 0;
        StringBuilder sb = p.sb;
        for (int i = from, len = sb.length(); i < len; i++) {
            if (sb.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private void trimEnd() {
        StringBuilder sb = p.sb;
        int n = sb.length();
        while (n > 0 && Character.isWhitespace(sb.charAt(n - 1))) {
            n--;
        }
        sb.setLength(n);
        sb.append('\n');
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** A well-spread 64-bit seed for report {@code i} (SplitMix64's finaliser). */
    static long mix(long seed, long i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
