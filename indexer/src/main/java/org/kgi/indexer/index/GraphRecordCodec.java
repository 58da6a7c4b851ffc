package org.kgi.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Writes and reads {@link GraphRecord}s as compact bytes (variable-length ints and UTF-8 strings), so that
 * the graph of a million reports is rebuilt by decoding doc values rather than parsing JSON.
 */
public final class GraphRecordCodec {
    private static final int VERSION = 1;
    private static final Kind[] KINDS = Kind.values();
    private static final EventDate.Precision[] PRECISIONS = EventDate.Precision.values();

    private GraphRecordCodec() {
    }

    public static BytesRef encode(Report report, Extraction x) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(VERSION);
            writeOpt(out, report.id());
            out.writeByte((byte) (report.date() == null ? 0 : 1));
            if (report.date() != null) {
                out.writeZLong(report.date().toEpochDay());
            }
            out.writeVInt(x.entities().size());
            for (Entity e : x.entities()) {
                out.writeString(e.id());
                out.writeByte((byte) e.kind().ordinal());
                out.writeString(e.type());
                out.writeString(e.name());
                out.writeVInt(e.aliases().size());
                for (String a : e.aliases()) {
                    out.writeString(a);
                }
                out.writeMapOfStrings(e.attributes());
            }
            out.writeVInt(x.events().size());
            for (Event ev : x.events()) {
                out.writeString(ev.id());
                out.writeString(ev.type());
                writeOpt(out, ev.subType());
                writeOpt(out, ev.date() == null ? null : ev.date().value());
                out.writeByte((byte) (ev.date() == null ? 0 : ev.date().precision().ordinal()));
                writeOpt(out, ev.place());
                out.writeVInt(ev.participants().size());
                for (Participant p : ev.participants()) {
                    out.writeString(p.id());
                    out.writeString(p.role());
                }
                out.writeVInt(ev.evidence().start());
                out.writeVInt(ev.evidence().end() - ev.evidence().start());
                out.writeString(ev.modality());
            }
            out.writeVInt(x.relations().size());
            for (Relation r : x.relations()) {
                out.writeString(r.source());
                out.writeString(r.target());
                out.writeString(r.type());
                writeOpt(out, r.date());
                out.writeVInt(r.evidence().start());
                out.writeVInt(r.evidence().end() - r.evidence().start());
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
    }

    public static GraphRecord decode(BytesRef bytes) {
        try {
            return read(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory input: only on corrupt bytes
        }
    }

    /** Only the entities of a record: the cheap part, all the entity catalog needs. */
    public static List<Entity> decodeEntities(BytesRef bytes) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            checkVersion(in.readVInt());
            readOpt(in);
            if (in.readByte() != 0) {
                in.readZLong();
            }
            return readEntities(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkVersion(int version) {
        if (version != VERSION) {
            throw new IllegalStateException("graph record version " + version + " is not " + VERSION + "; run './kgi index --full'");
        }
    }

    private static List<Entity> readEntities(ByteArrayDataInput in) throws IOException {
        int n = in.readVInt();
        List<Entity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.readString();
            Kind kind = KINDS[in.readByte()];
            String type = in.readString();
            String name = in.readString();
            int na = in.readVInt();
            List<String> aliases = new ArrayList<>(na);
            for (int j = 0; j < na; j++) {
                aliases.add(in.readString());
            }
            Map<String, String> attrs = in.readMapOfStrings();
            entities.add(new Entity(id, kind, type, name, aliases, List.of(), attrs.isEmpty() ? Map.of() : new HashMap<>(attrs)));
        }
        return entities;
    }

    private static GraphRecord read(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        checkVersion(in.readVInt());
        String reportId = readOpt(in);
        LocalDate date = in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.readZLong());
        List<Entity> entities = readEntities(in);
        int n;
        n = in.readVInt();
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.readString();
            String type = in.readString();
            String subType = readOpt(in);
            String dateValue = readOpt(in);
            EventDate.Precision precision = PRECISIONS[in.readByte()];
            String place = readOpt(in);
            int np = in.readVInt();
            List<Participant> participants = new ArrayList<>(np);
            for (int j = 0; j < np; j++) {
                participants.add(new Participant(in.readString(), in.readString()));
            }
            int start = in.readVInt();
            int end = start + in.readVInt();
            events.add(new Event(id, type, subType, dateValue == null ? null : new EventDate(dateValue, precision), place,
                    participants, new Mention(start, end, ""), in.readString()));
        }
        n = in.readVInt();
        List<Relation> relations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = in.readString();
            String target = in.readString();
            String type = in.readString();
            String rdate = readOpt(in);
            int start = in.readVInt();
            int end = start + in.readVInt();
            relations.add(new Relation(source, target, type, rdate, new Mention(start, end, "")));
        }
        return new GraphRecord(reportId == null ? "" : reportId, date, entities, events, relations);
    }

    private static void writeOpt(ByteBuffersDataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeByte((byte) 0);
        } else {
            out.writeByte((byte) 1);
            out.writeString(s);
        }
    }

    private static String readOpt(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
