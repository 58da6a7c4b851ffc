package org.kgi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kgi.graph.IntList;
import org.kgi.graph.Kind;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.Relation;
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
        assertEquals(plain, toRecord(data.items, 0, report.id(), names, true, next));
        assertEquals(firstEnd, next[0]);
        assertEquals(plain, toRecord(data.items, firstEnd, report.id(), names, true, next));
        // every event's id is a reference to the report's own event, not a string
        for (int i = 0; i < names.length && names[i] != null; i++) {
            assertFalse(names[i].startsWith("event:" + report.id()), names[i]);
        }

        IntList entities = new IntList();
        decoder.decode(bytes, false, entities);
        GraphRecord entitiesOnly = toRecord(entities.items, 0, report.id(), decoder.strings().view(), false, next);
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

    /**
     * The record at {@code data[pos..]} as a {@link GraphRecord} (what {@link GraphRecordCodec#decode} gives for the
     * same bytes), written plainly to check the decoder against: {@code strings} names the numbers, {@code reportId} the report. Sets
     * {@code next[0]} to the position after the record.
     */
    static GraphRecord toRecord(int[] data, int pos, String reportId, String[] strings, boolean all, int[] next) {
        Reader r = new Reader(data, pos, reportId, strings);
        int day = r.next();
        LocalDate date = day == NumberedRecords.UNDATED ? null : LocalDate.ofEpochDay(day);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0, n = r.next(); i < n; i++) {
            String id = r.string();
            Kind kind = Kind.values()[r.next()];
            String type = r.string();
            String name = r.string();
            List<String> aliases = new ArrayList<>();
            for (int j = 0, m = r.next(); j < m; j++) {
                aliases.add(r.string());
            }
            Map<String, String> attributes = new HashMap<>();
            for (int j = 0, m = r.next(); j < m; j++) {
                attributes.put(r.string(), r.string());
            }
            entities.add(new Entity(id, kind, type, name, aliases, List.of(), attributes));
        }
        List<Event> events = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        if (all) {
            for (int i = 0, n = r.next(); i < n; i++) {
                String id = r.string();
                String type = r.string();
                String subType = r.string();
                String value = r.string();
                EventDate.Precision precision = EventDate.Precision.values()[r.next()];
                String place = r.string();
                List<Participant> participants = new ArrayList<>();
                for (int j = 0, m = r.next(); j < m; j++) {
                    participants.add(new Participant(r.string(), r.string()));
                }
                int start = r.next();
                int end = r.next();
                events.add(new Event(id, type, subType, value == null ? null : new EventDate(value, precision), place,
                        participants, new Mention(start, end, ""), r.string()));
            }
            for (int i = 0, n = r.next(); i < n; i++) {
                String source = r.string();
                String target = r.string();
                String type = r.string();
                String value = r.string();
                int start = r.next();
                relations.add(new Relation(source, target, type, value, new Mention(start, r.next(), "")));
            }
        }
        next[0] = r.pos;
        return new GraphRecord(reportId, date, entities, events, relations);
    }

    private static final class Reader {
        final int[] data;
        int pos;
        final String reportId;
        final String[] strings;

        Reader(int[] data, int pos, String reportId, String[] strings) {
            this.data = data;
            this.pos = pos;
            this.reportId = reportId;
            this.strings = strings;
        }

        int next() {
            return data[pos++];
        }

        String string() {
            int x = next();
            return x == NumberedRecords.NONE ? null : NumberedRecords.isEvent(x) ? NumberedRecords.eventId(reportId, NumberedRecords.eventNumber(x)) : strings[x];
        }
    }
}
