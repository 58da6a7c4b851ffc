package org.kgi.bench.generate;

/**
 * Writes the sentence that states an event, in varied wording per ACLED sub-type, and returns the
 * event as the manifest records it.
 */
final class EventSentences {
    private EventSentences() {
    }

    static EventFact write(Prose p, Scene s) {
        opening(p, s);
        int place = s.town();
        switch (s.kind()) {
            case ARMED_CLASH -> {
                switch (p.rng.nextInt(3)) {
                    case 0 -> {
                        p.w("members of ").actor(s.gang()).w(" clashed with ").actor(s.unit());
                        place = near(p, s);
                        p.w("; ").num(2 + p.rng.nextInt(5)).w(" officers were wounded");
                    }
                    case 1 -> {
                        p.w("heavy gunfire was exchanged between ").actor(s.unit()).w(" and gunmen of ").actor(s.gang());
                        place = near(p, s);
                        p.w(" for several hours; ").num(1 + p.rng.nextInt(9)).w(" people were killed");
                    }
                    default -> {
                        p.actor(s.unit()).w(" came under fire from ").actor(s.gang());
                        place = near(p, s);
                        p.w(" and returned fire");
                    }
                }
            }
            case GOVERNMENT_REGAINS -> {
                p.actor(s.unit()).pick(" retook control of ", " regained control of ", " recaptured ");
                place = area(p, s);
                p.w(" from ").actor(s.gang()).pick(" after a two-day operation", " after weeks of fighting", "");
            }
            case NON_STATE_OVERTAKES -> {
                p.actor(s.gang()).pick(" seized control of ", " took over ", " overran ");
                place = area(p, s);
                p.pick(", forcing hundreds of families to flee", " after police withdrew", "");
            }
            case ATTACK -> {
                if (p.rng.nextBoolean()) {
                    p.w("gunmen of ").actor(s.gang()).w(" attacked residents");
                    place = near(p, s);
                    p.w(", killing ").num(2 + p.rng.nextInt(12)).w(" civilians and burning houses");
                } else {
                    p.w("armed men believed to belong to ").actor(s.gang()).w(" opened fire on a minibus");
                    place = near(p, s);
                    p.w("; ").num(1 + p.rng.nextInt(8)).w(" passengers died");
                }
            }
            case ABDUCTION -> {
                switch (p.rng.nextInt(3)) {
                    case 0 -> {
                        p.num(3 + p.rng.nextInt(15)).w(" passengers were kidnapped by members of ").actor(s.gang());
                        place = near(p, s);
                    }
                    case 1 -> {
                        p.pick("a doctor", "a priest", "a schoolteacher", "a businessman").w(" was abducted");
                        place = near(p, s);
                        p.w(" by armed men linked to ").actor(s.gang());
                    }
                    default -> {
                        p.actor(s.gang()).w(" abducted ").num(2 + p.rng.nextInt(6)).w(" aid workers");
                        place = near(p, s);
                    }
                }
            }
            case IED -> {
                if (p.rng.nextBoolean()) {
                    p.w("a roadside bomb exploded");
                    place = near(p, s);
                    p.w(" as a convoy of ").actor(s.unit()).w(" passed, wounding ").num(1 + p.rng.nextInt(6)).w(" officers");
                } else {
                    p.w("an improvised explosive device (IED) hit a vehicle of ").actor(s.unit());
                    place = near(p, s);
                    p.w("; police blamed ").actor(s.gang());
                }
            }
            case GRENADE -> {
                p.pick("a grenade was thrown at ", "unknown assailants hurled a grenade at ");
                if (s.facility() >= 0) {
                    p.place(s.facility());
                    place = s.facility();
                } else {
                    p.actor(s.unit()).w(" officers");
                    place = near(p, s);
                }
                p.w(", wounding ").num(1 + p.rng.nextInt(7)).w(" people");
            }
            case DRONE_STRIKE -> {
                p.pick("a drone strike hit a house used by ", "security forces carried out a drone strike on positions of ")
                        .actor(s.gang());
                place = near(p, s);
                p.w("; officials said ").num(1 + p.rng.nextInt(6)).w(" gang members were killed");
            }
            case PEACEFUL_PROTEST -> {
                p.pick("hundreds of residents marched peacefully", "a peaceful march of several thousand people moved",
                        "demonstrators gathered peacefully");
                place = near(p, s);
                p.w(" to demand protection from ").actor(s.gang());
            }
            case PROTEST_INTERVENTION -> {
                p.actor(s.unit()).pick(" fired tear gas to disperse protesters", " dispersed a demonstration");
                place = near(p, s);
                p.pick(" against rising fuel prices", " against insecurity", " calling for the release of detainees");
            }
            case VIOLENT_DEMONSTRATION -> {
                p.pick("rioters torched vehicles and looted shops", "angry demonstrators set up burning barricades",
                        "a riot broke out and protesters torched a police car");
                place = near(p, s);
                p.w(" during protests against the violence of ").actor(s.gang());
            }
            case MOB_VIOLENCE -> {
                p.w("a mob lynched ").num(1 + p.rng.nextInt(4)).w(" suspected members of ").actor(s.gang());
                place = near(p, s);
            }
            case ARREST -> {
                int leader = p.leaderOf(s.gang());
                p.actor(s.unit()).pick(" arrested ", " detained ");
                if (leader >= 0 && p.rng.nextInt(3) == 0) {
                    p.actor(leader).w(", the leader of ").actor(s.gang());
                } else {
                    p.num(2 + p.rng.nextInt(9)).w(" suspected members of ").actor(s.gang());
                }
                place = near(p, s);
            }
            case AGREEMENT -> {
                int other = p.rng.nextBoolean() && p.world.coalitions.length > 0
                        ? p.world.coalitions[p.world.coalitionPick.next(p.rng)]
                        : p.world.gangs[p.world.gangPick.next(p.rng)];
                if (other == s.gang()) {
                    other = s.unit();
                }
                if (p.rng.nextBoolean()) {
                    p.w("a ceasefire agreement was signed between ").actor(s.gang()).w(" and ").actor(other)
                            .pick(" under the mediation of church leaders", "");
                } else {
                    p.w("leaders of ").actor(s.gang()).w(" and ").actor(other).w(" signed a peace agreement");
                }
            }
            case BASE_ESTABLISHED -> {
                boolean mission = p.rng.nextInt(3) == 0;
                p.actor(mission ? p.world.missions[p.rng.nextInt(p.world.missions.length)] : s.unit())
                        .pick(" established a forward base", " set up a new base", " opened a base");
                place = near(p, s);
            }
            case LOOTING -> {
                if (s.facility() >= 0 && p.rng.nextBoolean()) {
                    p.place(s.facility()).w(" was looted by members of ").actor(s.gang());
                    place = s.facility();
                } else {
                    p.w("the market");
                    place = near(p, s);
                    p.w(" was looted and partly burned by ").actor(s.gang());
                }
            }
            default -> throw new IllegalStateException("no wording for " + s.kind());
        }
        p.end();
        return new EventFact(s.kind().type, s.kind().subType, s.date(), place);
    }

    private static void opening(Prose p, Scene s) {
        switch (p.rng.nextInt(3)) {
            case 0 -> p.w("On ").date(s.date()).w(", in ").townInRegion(s.town()).w(", ");
            case 1 -> p.w("In ").townInRegion(s.town()).w(", on ").date(s.date()).w(", ");
            default -> p.w("On ").weekday(s.date()).w(" ").date(s.date()).w(" in ").place(s.town()).w(", ");
        }
    }

    /** {@code near the X junction}, {@code in Cité X} or {@code outside the X}; returns the place named. */
    private static int near(Prose p, Scene s) {
        if (s.junction() >= 0 && p.rng.nextBoolean()) {
            p.w(" near ").place(s.junction());
            return s.junction();
        }
        if (s.hood() >= 0) {
            p.w(" in ").place(s.hood());
            return s.hood();
        }
        if (s.facility() >= 0) {
            p.w(" outside ").place(s.facility());
            return s.facility();
        }
        return s.town();
    }

    private static int area(Prose p, Scene s) {
        int where = s.hood() >= 0 ? s.hood() : s.town();
        p.place(where);
        return where;
    }
}
