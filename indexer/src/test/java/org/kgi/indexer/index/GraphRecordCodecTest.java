package org.kgi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kgi.graph.IntList;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.RuleExtractor;

/**
 * A graph record decoded into numbers ({@link NumberedRecords}) is the record the object decoder reads, its strings
 * numbered once across records (the report's own events' ids excepted: they become event references).
 */
class GraphRecordCodecTest {
    @Test
    void numberedRecordsAreTheRecordsAndShareTheirStrings() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("kgi.root", ".")).toAbsolutePath()
                .resolve("../shared/corpus/000_0acd226cf5772701.txt").normalize());
        Report report = new Report("000_0acd226cf5772701", "Gangs in Port-au-Prince", LocalDate.of(2024, 6, 14), "",
                text + " Les gangs ont incendié l'école à Pétion-Ville.", "x.txt", "txt");
        Extraction x = new RuleExtractor().extract(report);
        BytesRef bytes = GraphRecordCodec.encode(report, x);
        GraphRecord plain = GraphRecordCodec.decode(bytes);
        assertFalse(plain.entities().isEmpty());
        assertFalse(plain.events().isEmpty());
        assertFalse(plain.relations().isEmpty());

        NumberedRecords.Decoder decoder = new NumberedRecords.Decoder(new NumberedRecords.StringNumbers());
        IntList data = new IntList();
        assertEquals(report.id(), decoder.decode(bytes, true, data));
        int firstEnd = data.size;
        int strings = decoder.strings().size();
        assertEquals(report.id(), decoder.decode(bytes, true, data));
        assertEquals(strings, decoder.strings().size(), "the second read numbers nothing new");
        assertEquals(2 * firstEnd, data.size, "the same ints twice");
        for (int i = 0; i < firstEnd; i++) {
            assertEquals(data.items[i], data.items[firstEnd + i]);
        }
        int[] next = new int[1];
        String[] names = decoder.strings().view();
        assertEquals(plain, NumberedRecords.toRecord(data.items, 0, report.id(), names, true, next));
        assertEquals(firstEnd, next[0]);
        assertEquals(plain, NumberedRecords.toRecord(data.items, firstEnd, report.id(), names, true, next));
        // every event's id is a reference to the report's own event, not a string
        for (int i = 0; i < names.length && names[i] != null; i++) {
            assertFalse(names[i].startsWith("event:" + report.id()), names[i]);
        }

        IntList entities = new IntList();
        decoder.decode(bytes, false, entities);
        GraphRecord entitiesOnly = NumberedRecords.toRecord(entities.items, 0, report.id(), decoder.strings().view(), false, next);
        assertEquals(plain.entities(), entitiesOnly.entities());
        assertEquals(entities.size, next[0]);
        assertEquals(plain.entities(), GraphRecordCodec.decodeEntities(bytes));
    }

    @Test
    void aCorruptRecordSaysSo() {
        NumberedRecords.Decoder decoder = new NumberedRecords.Decoder(new NumberedRecords.StringNumbers());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> decoder.decode(new BytesRef(new byte[] {3, 5, 1}), true, new IntList()));
        assertTrue(e.getMessage().contains("kgi index --full"), e.getMessage());
    }
}
