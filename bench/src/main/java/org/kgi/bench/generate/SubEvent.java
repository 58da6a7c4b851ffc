package org.kgi.bench.generate;

import java.util.SplittableRandom;

/** The ACLED event types and sub-types the generator writes about, with how often each leads a report. */
enum SubEvent {
    ARMED_CLASH("Battles", "Armed clash", 16),
    GOVERNMENT_REGAINS("Battles", "Government regains territory", 4),
    NON_STATE_OVERTAKES("Battles", "Non-state actor overtakes territory", 4),
    ATTACK("Violence against civilians", "Attack", 14),
    ABDUCTION("Violence against civilians", "Abduction/forced disappearance", 10),
    IED("Explosions/Remote violence", "Remote explosive/landmine/IED", 4),
    GRENADE("Explosions/Remote violence", "Grenade", 4),
    DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike", 3),
    PEACEFUL_PROTEST("Protests", "Peaceful protest", 9),
    PROTEST_INTERVENTION("Protests", "Protest with intervention", 5),
    VIOLENT_DEMONSTRATION("Riots", "Violent demonstration", 6),
    MOB_VIOLENCE("Riots", "Mob violence", 4),
    ARREST("Strategic developments", "Arrests", 7),
    AGREEMENT("Strategic developments", "Agreement", 3),
    BASE_ESTABLISHED("Strategic developments", "Headquarters or base established", 3),
    LOOTING("Strategic developments", "Looting/property destruction", 4);

    private static final SubEvent[] BY_WEIGHT;

    static {
        int total = 0;
        for (SubEvent e : values()) {
            total += e.weight;
        }
        BY_WEIGHT = new SubEvent[total];
        int i = 0;
        for (SubEvent e : values()) {
            for (int k = 0; k < e.weight; k++) {
                BY_WEIGHT[i++] = e;
            }
        }
    }

    final String type;
    final String subType;
    final int weight;

    SubEvent(String type, String subType, int weight) {
        this.type = type;
        this.subType = subType;
        this.weight = weight;
    }

    static SubEvent draw(SplittableRandom rng) {
        return BY_WEIGHT[rng.nextInt(BY_WEIGHT.length)];
    }
}
