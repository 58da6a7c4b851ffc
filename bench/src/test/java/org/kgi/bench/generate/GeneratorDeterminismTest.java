package org.kgi.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and size give byte-identical output, whatever the threads; another seed gives another corpus. */
class GeneratorDeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedSameBytesWhateverTheThreads() throws Exception {
        Corpora.generate(tmp.resolve("a"), 1_200, 7, 1);
        Corpora.generate(tmp.resolve("b"), 1_200, 7, 3);
        assertEquals(Corpora.hash(tmp.resolve("a")), Corpora.hash(tmp.resolve("b")));
    }

    @Test
    void anotherSeedAnotherCorpus() throws Exception {
        Corpora.generate(tmp.resolve("a"), 300, 7, 2);
        Corpora.generate(tmp.resolve("b"), 300, 8, 2);
        assertNotEquals(Corpora.hash(tmp.resolve("a/corpus")), Corpora.hash(tmp.resolve("b/corpus")));
        assertNotEquals(Corpora.hash(tmp.resolve("a")), Corpora.hash(tmp.resolve("b")));
    }
}
