package org.kgi.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Relation;

/**
 * The part of a report's extraction that its {@link GraphRecord} leaves out: where each entity is mentioned, as
 * character spans (variable-length ints, each start relative to the previous one). Together with the graph record
 * and the stored body it gives back the whole {@link Extraction} ({@link #restore}): every mention's and every
 * evidence span's text is the body's text at that span, so no text is stored twice.
 *
 * <p>It replaces the JSON that was stored before: for the generated corpus that JSON was seven times the size of the
 * reports' text (each relation repeated its sentence), and writing and compressing it cost as much as indexing the
 * text itself.
 */
public final class MentionsCodec {
    private MentionsCodec() {
    }

    /** The mention spans of {@code x}'s entities, in the order of its entities. */
    public static BytesRef encode(Extraction x) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(x.entities().size());
            for (Entity e : x.entities()) {
                out.writeVInt(e.mentions().size());
                int previous = 0;
                for (Mention m : e.mentions()) {
                    out.writeZInt(m.start() - previous);
                    out.writeVInt(m.end() - m.start());
                    previous = m.start();
                }
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
    }

    /**
     * The whole extraction of a report: {@code record}'s entities with the mentions of {@code mentions}, its events and
     * relations, every span's text taken from {@code text}.
     *
     * @throws IllegalArgumentException if the two do not belong together (a different number of entities, a span
     *                                  outside the text)
     */
    public static Extraction restore(GraphRecord record, BytesRef mentions, String text) {
        ByteArrayDataInput in = new ByteArrayDataInput(mentions.bytes, mentions.offset, mentions.length);
        int n = in.readVInt();
        if (n != record.entities().size()) {
            throw new IllegalArgumentException("stored mentions are for " + n + " entities, the graph record has "
                    + record.entities().size());
        }
        List<Entity> entities = new ArrayList<>(n);
        for (Entity e : record.entities()) {
            int count = in.readVInt();
            List<Mention> spans = new ArrayList<>(count);
            int start = 0;
            for (int i = 0; i < count; i++) {
                start += readZInt(in);
                spans.add(span(text, start, start + in.readVInt()));
            }
            entities.add(new Entity(e.id(), e.kind(), e.type(), e.name(), e.aliases(), spans, e.attributes()));
        }
        List<Event> events = new ArrayList<>(record.events().size());
        for (Event ev : record.events()) {
            events.add(new Event(ev.id(), ev.type(), ev.subType(), ev.date(), ev.place(), ev.participants(),
                    span(text, ev.evidence().start(), ev.evidence().end()), ev.modality()));
        }
        List<Relation> relations = new ArrayList<>(record.relations().size());
        for (Relation r : record.relations()) {
            relations.add(new Relation(r.source(), r.target(), r.type(), r.date(),
                    span(text, r.evidence().start(), r.evidence().end())));
        }
        return new Extraction(entities, events, relations);
    }

    /**
     * The spans, as {@code [start, end)} pairs in the order of the text, where the report names the entities of
     * {@code entities} (its graph record's, in their order) whose id is in {@code ids}.
     *
     * @throws IllegalArgumentException if {@code mentions} is not for that many entities
     */
    public static int[] spansOf(List<Entity> entities, BytesRef mentions, Set<String> ids) {
        ByteArrayDataInput in = new ByteArrayDataInput(mentions.bytes, mentions.offset, mentions.length);
        if (in.readVInt() != entities.size()) {
            throw new IllegalArgumentException("stored mentions are not for the graph record's " + entities.size()
                    + " entities");
        }
        List<int[]> spans = new ArrayList<>();
        for (Entity e : entities) {
            boolean wanted = ids.contains(e.id());
            int start = 0;
            for (int i = in.readVInt(); i > 0; i--) {
                start += readZInt(in);
                int length = in.readVInt();
                if (wanted) {
                    spans.add(new int[] {start, start + length});
                }
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        int[] flat = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            flat[2 * i] = spans.get(i)[0];
            flat[2 * i + 1] = spans.get(i)[1];
        }
        return flat;
    }

    private static int readZInt(ByteArrayDataInput in) {
        try {
            return in.readZInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory input: cannot happen
        }
    }

    private static Mention span(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is outside the report's "
                    + text.length() + " characters");
        }
        return Mention.of(text, start, end);
    }
}
