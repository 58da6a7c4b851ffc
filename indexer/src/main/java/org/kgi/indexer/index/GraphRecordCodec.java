package org.kgi.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.kgi.graph.Kind;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.Relation;

/**
 * Writes and reads {@link GraphRecord}s as compact bytes, so that the graph of a million reports is rebuilt by
 * decoding doc values rather than parsing JSON. Every string of a record (ids, names, types, roles, dates) is written
 * once, in a table at its head, and referred to by its number everywhere else: a relation costs a few bytes instead
 * of repeating two ids, and decoding shares one {@code String} per distinct value.
 */
public final class GraphRecordCodec {
    private static final int VERSION = 3;
    private static final Kind[] KINDS = Kind.values();
    private static final EventDate.Precision[] PRECISIONS = EventDate.Precision.values();

    private GraphRecordCodec() {
    }

    public static BytesRef encode(Report report, Extraction x) {
        try {
            Strings strings = new Strings();
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            strings.writeOpt(out, report.id());
            out.writeByte((byte) (report.date() == null ? 0 : 1));
            if (report.date() != null) {
                out.writeZLong(report.date().toEpochDay());
            }
            out.writeVInt(x.entities().size());
            for (Entity e : x.entities()) {
                strings.write(out, e.id());
                out.writeByte((byte) e.kind().ordinal());
                strings.write(out, e.type());
                strings.write(out, e.name());
                out.writeVInt(e.aliases().size());
                for (String a : e.aliases()) {
                    strings.write(out, a);
                }
                out.writeVInt(e.attributes().size());
                for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                    strings.write(out, a.getKey());
                    strings.write(out, a.getValue());
                }
            }
            int entityStrings = strings.table.size();
            out.writeVInt(x.events().size());
            for (Event ev : x.events()) {
                strings.write(out, ev.id());
                strings.write(out, ev.type());
                strings.writeOpt(out, ev.subType());
                strings.writeOpt(out, ev.date() == null ? null : ev.date().value());
                out.writeByte((byte) (ev.date() == null ? 0 : ev.date().precision().ordinal()));
                strings.writeOpt(out, ev.place());
                out.writeVInt(ev.participants().size());
                for (Participant p : ev.participants()) {
                    strings.write(out, p.id());
                    strings.write(out, p.role());
                }
                out.writeVInt(ev.evidence().start());
                out.writeVInt(ev.evidence().end() - ev.evidence().start());
                strings.write(out, ev.modality());
            }
            out.writeVInt(x.relations().size());
            for (Relation r : x.relations()) {
                strings.write(out, r.source());
                strings.write(out, r.target());
                strings.write(out, r.type());
                strings.writeOpt(out, r.date());
                out.writeVInt(r.evidence().start());
                out.writeVInt(r.evidence().end() - r.evidence().start());
            }
            ByteBuffersDataOutput record = new ByteBuffersDataOutput();
            ByteBuffersDataOutput rest = new ByteBuffersDataOutput();
            record.writeVInt(VERSION);
            record.writeVInt(entityStrings);
            int n = 0;
            for (String t : strings.table.keySet()) {
                (n++ < entityStrings ? record : rest).writeString(t);
            }
            record.writeVInt(strings.table.size() - entityStrings);
            record.writeVInt(Math.toIntExact(rest.size()));
            rest.copyTo(record);
            out.copyTo(record);
            return new BytesRef(record.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
    }

    public static GraphRecord decode(BytesRef bytes) {
        try {
            return read(bytes);
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    /** Only the entities of a record: the cheap part. */
    public static List<Entity> decodeEntities(BytesRef bytes) {
        try {
            Reader in = new Reader(bytes, false);
            in.opt();
            if (in.in.readByte() != 0) {
                in.in.readZLong();
            }
            return readEntities(in);
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    static RuntimeException corrupt(Exception e) {
        return e instanceof IllegalStateException ise ? ise : new IllegalStateException("a stored graph record cannot be read ("
                + e + "); run './kgi index --full'", e);
    }

    private static List<Entity> readEntities(Reader in) throws IOException {
        int n = in.in.readVInt();
        List<Entity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.string();
            Kind kind = KINDS[in.in.readByte()];
            String type = in.string();
            String name = in.string();
            int na = in.in.readVInt();
            List<String> aliases = new ArrayList<>(na);
            for (int j = 0; j < na; j++) {
                aliases.add(in.string());
            }
            int nattrs = in.in.readVInt();
            Map<String, String> attrs = nattrs == 0 ? Map.of() : new HashMap<>();
            for (int j = 0; j < nattrs; j++) {
                attrs.put(in.string(), in.string());
            }
            entities.add(new Entity(id, kind, type, name, aliases, List.of(), attrs));
        }
        return entities;
    }

    private static GraphRecord read(BytesRef bytes) throws IOException {
        Reader in = new Reader(bytes, true);
        String reportId = in.opt();
        LocalDate date = in.in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.in.readZLong());
        List<Entity> entities = readEntities(in);
        int n = in.in.readVInt();
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.string();
            String type = in.string();
            String subType = in.opt();
            String dateValue = in.opt();
            EventDate.Precision precision = PRECISIONS[in.in.readByte()];
            String place = in.opt();
            int np = in.in.readVInt();
            List<Participant> participants = new ArrayList<>(np);
            for (int j = 0; j < np; j++) {
                participants.add(new Participant(in.string(), in.string()));
            }
            int start = in.in.readVInt();
            int end = start + in.in.readVInt();
            events.add(new Event(id, type, subType, dateValue == null ? null : new EventDate(dateValue, precision), place,
                    participants, new Mention(start, end, ""), in.string()));
        }
        n = in.in.readVInt();
        List<Relation> relations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = in.string();
            String target = in.string();
            String type = in.string();
            String rdate = in.opt();
            int start = in.in.readVInt();
            int end = start + in.in.readVInt();
            relations.add(new Relation(source, target, type, rdate, new Mention(start, end, "")));
        }
        return new GraphRecord(reportId == null ? "" : reportId, date, entities, events, relations);
    }

    static void checkVersion(int version) {
        if (version != VERSION) {
            throw new IllegalStateException("graph record version " + version + " is not " + VERSION + "; run './kgi index --full'");
        }
    }

    /** The strings of a record being written: each gets a number the first time it is seen. */
    private static final class Strings {
        final Map<String, Integer> table = new LinkedHashMap<>();

        void write(ByteBuffersDataOutput out, String s) throws IOException {
            out.writeVInt(table.computeIfAbsent(s, k -> table.size()));
        }

        /** A string that may be null: 0 for null, else its number + 1. */
        void writeOpt(ByteBuffersDataOutput out, String s) throws IOException {
            out.writeVInt(s == null ? 0 : table.computeIfAbsent(s, k -> table.size()) + 1);
        }
    }

    /**
     * A record being read: its string table, then the input positioned after it. The table comes in two parts, the
     * strings of the entities first, then (after its length in bytes) the rest: the entity catalog reads the first
     * part only.
     */
    private static final class Reader {
        final ByteArrayDataInput in;
        final String[] strings;

        Reader(BytesRef bytes, boolean all) throws IOException {
            in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            checkVersion(in.readVInt());
            int entityStrings = in.readVInt();
            String[] first = new String[entityStrings];
            for (int i = 0; i < entityStrings; i++) {
                first[i] = in.readString();
            }
            int more = in.readVInt();
            int restBytes = in.readVInt();
            if (!all) {
                strings = first;
                in.skipBytes(restBytes);
                return;
            }
            strings = Arrays.copyOf(first, entityStrings + more);
            for (int i = entityStrings; i < strings.length; i++) {
                strings[i] = in.readString();
            }
        }

        String string() throws IOException {
            return strings[in.readVInt()];
        }

        String opt() throws IOException {
            int i = in.readVInt();
            return i == 0 ? null : strings[i - 1];
        }
    }
}
