package org.kgi.graph;

/**
 * The ids of a graph's vertices, and its compact events: events added with
 * {@link KnowledgeGraph.Builder#addEvent} are kept as columns (their report, their number in it, type, name, the
 * values of their attributes, their participants as numbers of shared strings) and their id and {@link Node} are
 * made when asked for, so that the millions of events of a big index cost no object each. A compact event's id is
 * {@code event:<report>-<n>}; it is found by its report's number and {@code n}. The columns cover the vertices
 * {@code 0..covered-1} (a vertex there that is not a compact event has report -1); vertices after are not compact
 * events. Immutable.
 */
final class EventColumns {
    /** The attribute keys of an event's node ({@link Node#event}), in {@link Node#attributes()} order. */
    static final String[] KEYS = {"date", "modality", "participants", "span", "subType"};
    static final String PREFIX = "event:";

    private final String[] ids; // by vertex; null for a compact event
    private final IdTable docs; // report ids by number
    private final String[] strings; // shared values: types, names, sub-types, modalities, dates, participants
    private final int covered; // the vertices the columns cover
    private final int[] doc; // by vertex: the report's number, -1 for a vertex that is not a compact event
    private final int[] n;
    private final int[] type;
    private final int[] name;
    private final int[] subType; // -1 = none, as modality and date
    private final int[] modality;
    private final int[] date;
    // vertex v's participants are parts[partStart[v]..partStart[v + 1]): none (null), one string (as given), or pairs
    // of strings (id, role) written "id=role;id=role"
    private final int[] partStart;
    private final int[] parts;
    private final int[] spanStart;
    private final int[] spanEnd;
    private final int[] byDoc; // the compact events sorted by report, then n
    private final int[] docStart; // byDoc[docStart[d]..docStart[d + 1]) are report d's

    /** Ids only: no compact event. */
    EventColumns(String[] ids) {
        this.ids = ids;
        this.docs = null;
        this.strings = null;
        this.covered = 0;
        this.doc = null;
        this.n = this.type = this.name = this.subType = this.modality = this.date = null;
        this.partStart = this.parts = null;
        this.spanStart = this.spanEnd = this.byDoc = this.docStart = null;
    }

    EventColumns(String[] ids, IdTable docs, String[] strings, int covered, int[] doc, int[] n, int[] type,
            int[] name, int[] subType, int[] modality, int[] date, int[] partStart, int[] parts, int[] spanStart,
            int[] spanEnd) {
        this.ids = ids;
        this.docs = docs;
        this.strings = strings;
        this.covered = covered;
        this.doc = doc;
        this.n = n;
        this.type = type;
        this.name = name;
        this.subType = subType;
        this.modality = modality;
        this.date = date;
        this.partStart = partStart;
        this.parts = parts;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        docStart = new int[docs.size() + 1];
        byDoc = byReportThenNumber(doc, n, covered, docStart);
    }

    /**
     * The indexes {@code i < count} with {@code report[i] >= 0}, sorted by report, then by number (stable: equal
     * ones in index order); {@code start} (one longer than the reports) gets where each report's begin. A counting
     * sort, then an insertion sort of each report's few events.
     */
    static int[] byReportThenNumber(int[] report, int[] number, int count, int[] start) {
        int reports = start.length - 1;
        int total = 0;
        for (int i = 0; i < count; i++) {
            if (report[i] >= 0) {
                start[report[i] + 1]++;
                total++;
            }
        }
        for (int d = 0; d < reports; d++) {
            start[d + 1] += start[d];
        }
        int[] sorted = new int[total];
        int[] fill = java.util.Arrays.copyOf(start, reports);
        for (int i = 0; i < count; i++) {
            if (report[i] >= 0) {
                sorted[fill[report[i]]++] = i;
            }
        }
        for (int d = 0; d < reports; d++) {
            for (int i = start[d] + 1; i < start[d + 1]; i++) {
                int x = sorted[i];
                int j = i - 1;
                while (j >= start[d] && number[sorted[j]] > number[x]) {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = x;
            }
        }
        return sorted;
    }

    String id(int v) {
        String id = ids[v];
        return id != null ? id : PREFIX + docs.key(doc[v]) + '-' + n[v];
    }

    /** {@code id(a).compareTo(id(b))}, without making the ids of compact events. */
    int compareIds(int a, int b) {
        String x = ids[a];
        String y = ids[b];
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        int la = length(a);
        int lb = length(b);
        for (int i = 0, m = Math.min(la, lb); i < m; i++) {
            char ca = charAt(a, i);
            char cb = charAt(b, i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    private int length(int v) {
        String id = ids[v];
        return id != null ? id.length() : PREFIX.length() + docs.key(doc[v]).length() + 1 + digits(n[v]);
    }

    private char charAt(int v, int i) {
        String id = ids[v];
        if (id != null) {
            return id.charAt(i);
        }
        if (i < PREFIX.length()) {
            return PREFIX.charAt(i);
        }
        String d = docs.key(doc[v]);
        i -= PREFIX.length();
        if (i < d.length()) {
            return d.charAt(i);
        }
        if (i == d.length()) {
            return '-';
        }
        int k = i - d.length() - 1; // the k-th digit of n from the left
        int value = n[v];
        for (int drop = digits(value) - 1 - k; drop > 0; drop--) {
            value /= 10;
        }
        return (char) ('0' + value % 10);
    }

    private static int digits(int x) {
        int d = 1;
        while (x >= 10) {
            x /= 10;
            d++;
        }
        return d;
    }

    /** The node of compact event {@code v}, made now. */
    Node node(int v) {
        return Node.event(id(v), strings[type[v]], strings[name[v]], value(subType[v]), value(modality[v]),
                value(date[v]), participants(strings, parts, partStart[v], partStart[v + 1]), spanStart[v], spanEnd[v]);
    }

    /**
     * The participants written by {@code parts[from..to)}: null for none, the string itself for one, else
     * {@code id=role;id=role} for pairs.
     */
    static String participants(String[] strings, int[] parts, int from, int to) {
        if (from == to) {
            return null;
        }
        if (to - from == 1) {
            return strings[parts[from]];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i += 2) {
            if (i > from) {
                sb.append(';');
            }
            sb.append(strings[parts[i]]).append('=').append(strings[parts[i + 1]]);
        }
        return sb.toString();
    }

    private String value(int i) {
        return i < 0 ? null : strings[i];
    }

    /** The compact event with this id, or -1. */
    int find(String id) {
        if (docs == null) {
            return -1;
        }
        long parsed = parse(id, docs);
        if (parsed < 0) {
            return -1;
        }
        int d = (int) (parsed >>> 32);
        int number = (int) parsed;
        if (d >= docStart.length - 1) {
            return -1;
        }
        int lo = docStart[d];
        int hi = docStart[d + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = n[byDoc[mid]];
            if (m < number) {
                lo = mid + 1;
            } else if (m > number) {
                hi = mid - 1;
            } else {
                return byDoc[mid];
            }
        }
        return -1;
    }

    /**
     * The report number (high half) and event number (low half) of an id written {@code event:<report>-<n>} for a
     * report in {@code docs}, or -1 when it is not written so (including numbers with leading zeros or signs).
     */
    static long parse(String id, IdTable docs) {
        if (id == null || !id.startsWith(PREFIX)) {
            return -1;
        }
        int dash = id.lastIndexOf('-');
        if (dash <= PREFIX.length()) {
            return -1;
        }
        int number = number(id, dash + 1);
        if (number < 0) {
            return -1;
        }
        int d = docs.get(id.substring(PREFIX.length(), dash));
        return d < 0 ? -1 : (long) d << 32 | number;
    }

    /** The number written {@code s[from..]} as an event's id writes it (digits, no sign, no leading zero), or -1. */
    static int number(String s, int from) {
        int length = s.length() - from;
        if (length < 1 || length > 10 || (s.charAt(from) == '0' && length > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
