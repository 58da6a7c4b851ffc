package org.kgi.indexer.index;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.kgi.graph.HashSlots;
import org.kgi.graph.IntList;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.indexer.extract.EventDate;

/**
 * Graph records ({@link GraphRecordCodec}) decoded into ints, for rebuilding the graph of millions of reports
 * without an object per entity, event or relation. Every string of a record is replaced by its number in a
 * {@link StringNumbers} shared by all the records one thread decodes (each distinct value is made once and numbered
 * densely, so that whoever reads the records keeps what it derives from a value in arrays indexed by its number
 * rather than in maps), except two kinds of strings that are each used once: the report's id, given apart, and the
 * ids of the report's own events, {@code event:<report>-<n>}, which become {@link #event(int) event(n)}.
 *
 * <p>One record, as ints (a string is its number, {@link #NONE} for none):
 * <pre>
 * report day (epoch day, or {@link #UNDATED}), entities,
 *   per entity: id, kind ordinal, type, name, aliases, alias..., attributes, (key, value)...
 * events (all only), per event: id, type, sub-type, date, date precision ordinal, place, participants,
 *   (id, role)..., evidence start, evidence end, modality
 * relations (all only), per relation: source, target, type, date, evidence start, evidence end
 * </pre>
 * where the ids of events and of relations' ends may be {@link #event(int)} references.
 */
public final class NumberedRecords {
    public static final int NONE = -1;
    /** The day of a report without a date: the graph builder's. */
    public static final int UNDATED = KnowledgeGraph.Builder.UNDATED;
    private static final String EVENT_PREFIX = "event:";
    private static final byte[] EVENT = EVENT_PREFIX.getBytes(StandardCharsets.UTF_8);
    private static final int UNRESOLVED = Integer.MIN_VALUE;
    private static final Kind[] KINDS = Kind.values();
    private static final EventDate.Precision[] PRECISIONS = EventDate.Precision.values();

    private NumberedRecords() {
    }

    /** The reference to the record's own event {@code n}: a number below {@link #NONE}. */
    public static int event(int n) {
        return -2 - n;
    }

    /** The id of report {@code report}'s event {@code n}, as the extractor writes it. */
    public static String eventId(String report, int n) {
        return EVENT_PREFIX + report + "-" + n;
    }

    /** Whether {@code ref} is an {@link #event(int)} reference. */
    public static boolean isEvent(int ref) {
        return ref <= -2 && ref != UNRESOLVED;
    }

    /** The {@code n} of an {@link #event(int)} reference. */
    public static int eventNumber(int ref) {
        return -2 - ref;
    }

    /**
     * Distinct strings numbered 0, 1, 2... in the order first seen, looked up by their UTF-8 bytes: one {@code long}
     * slot per string (its hash and number) and the bytes of all strings one after the other, so that a lookup reads
     * two places in memory. Not thread-safe while being filled; {@link #view()} hands the strings to another thread.
     */
    public static final class StringNumbers {
        private long[] slots = new long[1 << 12]; // hash << 32 | (number + 1); 0 = empty
        private byte[] bytes = new byte[1 << 16];
        private int[] ends = new int[1 << 11]; // string n's bytes end at ends[n] and start at ends[n - 1] (0 for n = 0)
        private String[] values = new String[1 << 11];
        private int size;

        public int size() {
            return size;
        }

        public String string(int number) {
            return values[number];
        }

        /**
         * The strings numbered so far, by number: an array that is never written again below {@link #size()}, so that a
         * thread given it after this one has numbered them (through a queue) reads them safely.
         */
        public String[] view() {
            return values;
        }

        /** The number of {@code s}, numbering it if new. */
        public int number(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return number(b, 0, b.length);
        }

        /** The number of the string whose UTF-8 is {@code b[off..off+len)}, numbering it if new. */
        public int number(byte[] b, int off, int len) {
            int h = hash(b, off, len);
            int mask = slots.length - 1;
            int i = h & mask;
            for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
                if ((int) (slot >>> 32) == h) {
                    int n = (int) slot - 1;
                    int from = n == 0 ? 0 : ends[n - 1];
                    if (ends[n] - from == len && equal(bytes, from, b, off, len)) {
                        return n;
                    }
                }
            }
            int n = size;
            int from = n == 0 ? 0 : ends[n - 1];
            if (from + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, from + len));
            }
            System.arraycopy(b, off, bytes, from, len);
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
                values = Arrays.copyOf(values, n * 2); // a new array: the old one stays as it was for other threads
            }
            ends[n] = from + len;
            values[n] = new String(b, off, len, StandardCharsets.UTF_8);
            slots[i] = (long) h << 32 | (n + 1);
            if (++size * 2 > slots.length) {
                rehash();
            }
            return n;
        }

        private void rehash() {
            slots = HashSlots.doubled(slots);
        }
    }

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** A hash of {@code b[off..off+len)}, eight bytes at a time (most strings here are ids and names of 10 to 40). */
    static int hash(byte[] b, int off, int len) {
        long h = len;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONG.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Whether {@code a[ai..ai+len)} and {@code b[bi..bi+len)} are the same bytes (eight at a time). */
    static boolean equal(byte[] a, int ai, byte[] b, int bi, int len) {
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if ((long) LONG.get(a, ai + i) != (long) LONG.get(b, bi + i)) {
                return false;
            }
        }
        for (; i < len; i++) {
            if (a[ai + i] != b[bi + i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes records into ints with one {@link StringNumbers}. Not thread-safe: one per decoding thread. */
    public static final class Decoder {
        private final StringNumbers strings;
        private int[] at = new int[256]; // the record's table: where each string's bytes start,
        private int[] length = new int[256]; // their length,
        private int[] ref = new int[256]; // and what each stands for, once asked (UNRESOLVED before)
        private byte[] bytes;
        private int reportAt;
        private int reportLength;

        public Decoder(StringNumbers strings) {
            this.strings = strings;
        }

        public StringNumbers strings() {
            return strings;
        }

        /**
         * Appends the record to {@code out} (its entities only, unless {@code all}) and returns its report's id ("" when
         * it has none).
         *
         * @throws IllegalStateException when the record cannot be read
         */
        public String decode(BytesRef record, boolean all, IntList out) {
            try {
                return read(record, all, out);
            } catch (IOException | RuntimeException e) {
                throw GraphRecordCodec.corrupt(e);
            }
        }

        private String read(BytesRef record, boolean all, IntList out) throws IOException {
            bytes = record.bytes;
            ByteArrayDataInput in = new ByteArrayDataInput(record.bytes, record.offset, record.length);
            GraphRecordCodec.checkVersion(in.readVInt());
            int entityStrings = in.readVInt();
            table(in, 0, entityStrings);
            int more = in.readVInt();
            int restBytes = in.readVInt();
            int count = entityStrings;
            if (all) {
                table(in, entityStrings, more);
                count += more;
            } else {
                in.skipBytes(restBytes);
            }
            Arrays.fill(ref, 0, count, UNRESOLVED);
            int report = in.readVInt() - 1;
            reportAt = report < 0 ? 0 : at[report];
            reportLength = report < 0 ? -1 : length[report];
            String reportId = report < 0 ? "" : new String(bytes, reportAt, reportLength, StandardCharsets.UTF_8);
            out.add(in.readByte() == 0 ? UNDATED : Math.toIntExact(in.readZLong()));
            int n = in.readVInt();
            out.add(n);
            for (int i = 0; i < n; i++) {
                out.add(string(in));
                int kind = in.readByte();
                if (kind < 0 || kind >= KINDS.length) {
                    throw new IllegalArgumentException("kind " + kind);
                }
                out.add(kind);
                out.add(string(in));
                out.add(string(in));
                copyStrings(in, out, 1);
                copyStrings(in, out, 2);
            }
            if (!all) {
                return reportId;
            }
            n = in.readVInt();
            out.add(n);
            for (int i = 0; i < n; i++) {
                out.add(string(in)); // id
                out.add(string(in)); // type
                out.add(opt(in)); // sub-type
                out.add(opt(in)); // date
                int precision = in.readByte();
                if (precision < 0 || precision >= PRECISIONS.length) {
                    throw new IllegalArgumentException("date precision " + precision);
                }
                out.add(precision);
                out.add(opt(in)); // place
                copyStrings(in, out, 2);
                int start = in.readVInt();
                out.add(start);
                out.add(start + in.readVInt());
                out.add(string(in)); // modality
            }
            n = in.readVInt();
            out.add(n);
            for (int i = 0; i < n; i++) {
                out.add(string(in));
                out.add(string(in));
                out.add(string(in));
                out.add(opt(in));
                int start = in.readVInt();
                out.add(start);
                out.add(start + in.readVInt());
            }
            return reportId;
        }

        /** A count of items of {@code width} strings each, then the items. */
        private void copyStrings(ByteArrayDataInput in, IntList out, int width) throws IOException {
            int n = in.readVInt();
            out.add(n);
            for (int i = 0; i < n * width; i++) {
                out.add(string(in));
            }
        }

        /** Reads the positions of {@code n} strings of the table, numbered from {@code first}. */
        private void table(ByteArrayDataInput in, int first, int n) throws IOException {
            if (first + n > at.length) {
                int size = Math.max(at.length * 2, first + n);
                at = Arrays.copyOf(at, size);
                length = Arrays.copyOf(length, size);
                ref = Arrays.copyOf(ref, size);
            }
            for (int i = first; i < first + n; i++) {
                int len = in.readVInt();
                at[i] = in.getPosition();
                length[i] = len;
                in.skipBytes(len);
            }
        }

        private int string(ByteArrayDataInput in) throws IOException {
            return resolve(in.readVInt());
        }

        private int opt(ByteArrayDataInput in) throws IOException {
            int i = in.readVInt();
            return i == 0 ? NONE : resolve(i - 1);
        }

        /** What table string {@code i} stands for: the report's own event, or a string's number. */
        private int resolve(int i) {
            int r = ref[i];
            if (r == UNRESOLVED) {
                int n = ownEvent(at[i], length[i]);
                r = n >= 0 ? event(n) : strings.number(bytes, at[i], length[i]);
                ref[i] = r;
            }
            return r;
        }

        /**
         * The {@code n} of {@code event:<this report>-<n>} written at {@code bytes[from..from+len)} (digits, no sign,
         * no leading zero, as the extractor writes them), or -1 when it is not that.
         */
        private int ownEvent(int from, int len) {
            int digits = from + EVENT.length + reportLength + 1;
            int end = from + len;
            if (reportLength < 0 || digits >= end || end - digits > 9 || bytes[from] != 'e' || bytes[from + 5] != ':'
                    || !equal(bytes, from, EVENT, 0, EVENT.length)
                    || !equal(bytes, from + EVENT.length, bytes, reportAt, reportLength)
                    || bytes[digits - 1] != '-' || (bytes[digits] == '0' && end - digits > 1)) {
                return -1;
            }
            int n = 0;
            for (int i = digits; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                n = n * 10 + d;
            }
            return n;
        }
    }
}
