package org.kgi.graph.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;
import org.kgi.graph.NodeFilter;

class NameIndexTest {
    static final NameIndex INDEX = new NameIndex(KnowledgeGraph.builder()
            .addNode(Node.of("place:pont-sonde", Kind.PLACE, "populated_place", "Pont-Sondé"))
            .addNode(Node.of("place:pont-rouge", Kind.PLACE, "neighbourhood", "Pont Rouge"))
            .addNode(new Node("actor:jimmy-cherizier", Kind.ACTOR, "person", "Jimmy Chérizier",
                    List.of("Barbecue", "Chérizier"), Map.of()))
            .addNode(Node.of("actor:viv-ansanm", Kind.ACTOR, "armed_group", "Viv Ansanm"))
            .addNode(Node.of("actor:pont-rouge-gang", Kind.ACTOR, "armed_group", "Pont Rouge gang"))
            .build());

    private static List<String> ids(List<NameMatch> matches) {
        return matches.stream().map(m -> m.node().id()).toList();
    }

    @Test
    void foldingByTableAgreesWithDecomposition() {
        assertEquals("Pont-Sonde lodz Cote d'Ivoire Strase", NameIndex.fold("Pont-Sondé Łódź Côte d'Ivoire Straße"));
        assertEquals("Khartoum", NameIndex.fold("Khartoum"));
        java.util.Random random = new java.util.Random(7);
        // Latin letters with and without accents, some Greek and Cyrillic, and loose combining marks
        char[] alphabet = "aeEzZ -'éÉèçÇñÑøØłŁđĐßæÆœŒıİğŞșțĂǆǄȘȚɐΑάЖйё\u0301\u0308".toCharArray();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(NameIndex.foldSlowly(s), NameIndex.fold(s), s);
        }
        for (char c = 0; c < 0x250; c++) {
            assertEquals(NameIndex.foldSlowly("x" + c + "y"), NameIndex.fold("x" + c + "y"), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void normalisationIgnoresCaseAccentsAndPunctuation() {
        assertEquals("pont sonde", NameIndex.normalise("  Pont-SONDÉ!! "));
    }

    @Test
    void prefixSearchIsAccentAndCaseInsensitive() {
        assertEquals(List.of("place:pont-sonde"), ids(INDEX.complete("pont so", NodeFilter.ALL, 10)));
        assertEquals(List.of("place:pont-sonde"), ids(INDEX.complete("PONT-SONDÉ", NodeFilter.ALL, 10)));
        assertEquals(List.of("place:pont-rouge", "actor:pont-rouge-gang"), ids(INDEX.complete("pont rouge", NodeFilter.ALL, 10)),
                "the exact name first");
        assertEquals(List.of("actor:pont-rouge-gang", "place:pont-rouge", "place:pont-sonde"),
                ids(INDEX.complete("pont", NodeFilter.ALL, 10)));
        assertEquals(List.of("place:pont-rouge", "place:pont-sonde"),
                ids(INDEX.complete("pont", NodeFilter.kinds(Kind.PLACE), 10)));
        assertEquals(List.of("actor:pont-rouge-gang"), ids(INDEX.complete("pont", NodeFilter.ALL, 1)));
        assertEquals(List.of(), INDEX.complete(" - ", NodeFilter.ALL, 10));
    }

    @Test
    void aliasesAndLaterWordsAreFound() {
        List<NameMatch> cherizier = INDEX.complete("cherizier", NodeFilter.ALL, 10);
        assertEquals(List.of("actor:jimmy-cherizier"), ids(cherizier));
        assertEquals("Chérizier", cherizier.get(0).matched(), "the alias, an exact match, beats the word match");
        assertEquals("Barbecue", INDEX.complete("barb", NodeFilter.ALL, 10).get(0).matched());
        assertEquals(List.of("actor:viv-ansanm"), ids(INDEX.complete("ansa", NodeFilter.ALL, 10)));
        assertEquals(List.of("actor:pont-rouge-gang"), ids(INDEX.complete("rouge g", NodeFilter.ALL, 10)));
    }

    @Test
    void exactLookupByAnyNameOrAlias() {
        assertEquals(List.of("actor:jimmy-cherizier"), ids(INDEX.lookup("BARBECUE")));
        assertEquals(List.of("actor:jimmy-cherizier"), ids(INDEX.lookup("Cherizier")));
        assertEquals(List.of("place:pont-sonde"), ids(INDEX.lookup("pont sonde")));
        assertEquals(List.of(), ids(INDEX.lookup("ansanm")), "a later word is not an exact name");
    }
}
