package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippets' passage scorer gives Lucene's scores bit for bit, so the same passages are chosen. */
class LeanPassageScorerTest {
    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new HitReader.LeanPassageScorer();
        String[] words = {"police", "gang", "siege", "market", "morne", "pizégral"};
        Random random = new Random(44);
        for (int round = 0; round < 20_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 10_000); // room for the matches (Passage asserts they are inside it)
            int matches = random.nextInt(12);
            int at = start;
            for (int i = 0; i < matches; i++) {
                at += 1 + random.nextInt(40);
                String w = words[random.nextInt(1 + random.nextInt(words.length))];
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + random.nextInt(30));
                at += w.length();
            }
            p.setEndOffset(at + random.nextInt(200));
            int contentLength = p.getEndOffset() + random.nextInt(20_000);
            assertEquals(lucene.score(p, contentLength), lean.score(p, contentLength), 0f, p.toString());
        }
    }
}
