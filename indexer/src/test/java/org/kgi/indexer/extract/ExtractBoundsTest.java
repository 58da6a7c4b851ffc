package org.kgi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kgi.indexer.corpus.Report;

/** Hostile inputs: each returns in seconds, without an exception, with bounded output. */
class ExtractBoundsTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private static Extraction run(String text) {
        return assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(new Report("b1", "b", null, "", text, "", "api")));
    }

    @Test
    void emptyText() {
        Extraction x = run("");
        assertTrue(x.entities().isEmpty() && x.events().isEmpty());
    }

    @Test
    void randomBytes() {
        byte[] b = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(b);
        assertNotNull(run(new String(b, StandardCharsets.UTF_8)));
        assertNotNull(run(new String(b, StandardCharsets.ISO_8859_1)));
    }

    @Test
    void longLineWithoutPunctuation() {
        StringBuilder s = new StringBuilder();
        String[] words = {"gang", "Police", "attacked", "Delmas", "Red", "Scorpions", "the", "in", "and", "Port-au-Prince"};
        Random r = new Random(7);
        while (s.length() < 50_000) {
            s.append(words[r.nextInt(words.length)]).append(' ');
        }
        Extraction x = run(s.toString());
        assertTrue(x.events().size() <= 1_000 && x.entities().size() <= 2_000);
    }

    @Test
    void frenchText() {
        String fr = "Le 12 mars 2024, des membres du gang Gran Grif ont affronté la police à Mirebalais, dans le "
                + "département du Centre. « Nous avons perdu deux agents », a déclaré le porte-parole de la PNH.";
        assertNotNull(run(fr.repeat(200)));
    }

    @Test
    void manyCapitalisedWordsAndParentheses() {
        String s = "The (A) (BB) (CCC) Alpha Beta Gamma of the Delta and Epsilon 'X' 'Y' Zeta. ".repeat(20_000);
        Extraction x = run(s);
        assertTrue(x.entities().size() <= 2_000);
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        String text = "On 12 March 2024, in Mirebalais, Centre, members of the Gran Grif gang clashed with police near "
                + "the Carrefour Joute junction; two officers were wounded. The Multinational Security Support Mission "
                + "(MSS) said gang leader Jimmy 'Barbecue' Cherizier had fled. ";
        Report r = new Report("c1", "c", LocalDate.of(2024, 3, 14), "", text.repeat(20), "", "api");
        Extraction expected = EXTRACTOR.extract(r);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(r)));
            }
            for (Future<Extraction> f : results) {
                assertEquals(expected, f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hugeTextIsCapped() {
        String para = "Gunmen of the Red Scorpions gang attacked police in Delmas on Saturday, killing two officers. ";
        Extraction x = run(para.repeat(100_000 / para.length() * 100 + 1));
        assertTrue(x.events().size() <= 1_000);
    }
}
