package org.kgi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.RuleExtractor;

/**
 * A graph record read back with a string interner is the record read without one, and its strings are shared
 * across records (events' ids excepted: each is read anew).
 */
class GraphRecordCodecTest {
    @Test
    void recordsReadWithAnInternerAreTheSameAndShareTheirStrings() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath()
                .resolve("../shared/corpus/000_0acd226cf5772701.txt").normalize());
        Report report = new Report("000_0acd226cf5772701", "Gangs in Port-au-Prince", LocalDate.of(2024, 6, 14), "",
                text + " Les gangs ont incendié l'école à Pétion-Ville.", "x.txt", "txt");
        Extraction x = new RuleExtractor().extract(report);
        BytesRef bytes = GraphRecordCodec.encode(report, x);
        GraphRecord plain = GraphRecordCodec.decode(bytes);
        GraphRecordCodec.Interner strings = new GraphRecordCodec.Interner();
        GraphRecord first = GraphRecordCodec.decode(bytes, strings);
        GraphRecord second = GraphRecordCodec.decode(bytes, strings);
        assertEquals(plain, first);
        assertEquals(plain, second);
        assertEquals(plain.entities(), GraphRecordCodec.decodeEntities(bytes, strings));
        assertFalse(plain.entities().isEmpty());
        assertFalse(plain.events().isEmpty());
        for (int i = 0; i < first.entities().size(); i++) {
            assertSame(first.entities().get(i).id(), second.entities().get(i).id());
            assertSame(first.entities().get(i).name(), second.entities().get(i).name());
        }
        for (int i = 0; i < first.events().size(); i++) {
            assertTrue(first.events().get(i).id().startsWith("event:"));
            assertNotSame(first.events().get(i).id(), second.events().get(i).id());
            assertSame(first.events().get(i).type(), second.events().get(i).type());
        }
    }
}
