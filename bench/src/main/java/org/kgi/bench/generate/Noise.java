package org.kgi.bench.generate;

/** Sentences about everything but the conflict: weather, prices, transport, daily life and quotes. */
final class Noise {
    private static final String[] WEATHER = {"Light rain fell over the area in the afternoon",
        "The weather service has warned of strong winds along the coast over the weekend",
        "Temperatures reached 34 degrees, and power cuts lasted most of the day",
        "Heavy rains earlier in the week had already made several roads impassable",
        "A tropical storm is forecast to pass north of the island later this month"};
    private static final String[] PRICE_ITEMS = {"a bag of charcoal", "a gallon of fuel", "a sack of rice",
        "a bottle of cooking oil", "a crate of plantains", "a bus ticket to the capital", "a kilo of beans"};
    private static final String[] QUOTES = {"We slept on the floor with the children. Nobody knows when we can go back",
        "We are farmers. Where would we find that kind of money?", "Every day we hear shooting, and every day we pray",
        "The schools have been closed for three weeks. The children stay inside",
        "We do not have the vehicles or the men to go up there without risking lives",
        "Nobody came to help us. We had to carry the wounded ourselves"};
    private static final String[] WHO = {"a market vendor who asked not to be named", "a resident", "a motorcycle taxi driver",
        "a mother of four", "a local pastor", "a schoolteacher", "a community leader", "a nurse at the local clinic"};
    private static final String[] LIFE = {"Markets in the lower town were open but trade was slow",
        "Several schools announced they would remain closed until further notice",
        "Long queues formed outside the few petrol stations still open",
        "Public transport was almost at a standstill, with a few motorcycle taxis charging triple fares",
        "Hundreds of families had fled overnight, many of them towards a school turned into an informal shelter",
        "Banks closed early and most shops pulled down their shutters by noon",
        "Telephone networks were disrupted for several hours",
        "Humanitarian agencies said they had suspended some of their activities because of the insecurity"};

    private Noise() {
    }

    /** A paragraph of three to five sentences of different kinds, one of which may name a town. */
    static void paragraph(Prose p, int town) {
        int sentences = 3 + p.rng.nextInt(3);
        int first = p.rng.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            switch ((first + i) % 5) { // one sentence of each kind at most: no sentence twice in a paragraph
                case 0 -> p.pick(WEATHER).end();
                case 1 -> p.w("The price of ").pick(PRICE_ITEMS).w(" has ")
                        .pick("doubled", "risen by a third", "almost tripled", "gone up sharply")
                        .w(" since ").pick("December", "the start of the year", "the last rainy season", "the blockade began")
                        .w(", traders said").end();
                case 2 -> {
                    String quote = QUOTES[p.rng.nextInt(QUOTES.length)];
                    p.w("\"").w(quote).w(quote.endsWith("?") ? "\" said " : ",\" said ").pick(WHO).end();
                }
                case 3 -> p.pick(LIFE).end();
                default -> {
                    if (town >= 0) {
                        p.pick(LIFE).w(" in ").place(town).end();
                    } else {
                        p.pick(LIFE).end();
                    }
                }
            }
        }
    }
}
