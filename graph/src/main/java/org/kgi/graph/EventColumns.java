package org.kgi.graph;

import java.util.List;

/**
 * The ids of a graph's vertices, and its compact events: events added with
 * {@link KnowledgeGraph.Builder#addEvent} are kept as columns (their report, their number in it, type, name, the
 * values of their attributes) and their id and {@link Node} are made when asked for, so that the millions of
 * events of a big index cost no object each beyond their participants' text. A compact event's id is
 * {@code event:<report>-<n>}; it is found by its report's number and {@code n}. Immutable.
 */
final class EventColumns {
    /** The attribute keys of a compact event's node, in {@link Node#attributes()} order. */
    static final String[] KEYS = {"date", "modality", "participants", "span", "subType"};
    static final String PREFIX = "event:";
    static final EventColumns NONE = new EventColumns(new String[0]);

    private final String[] ids; // by vertex; null for a compact event
    private final String[] docs; // report ids by number
    private final IdTable docIndex;
    private final String[] strings; // shared values: types, names, sub-types, modalities, dates
    private final int[] doc; // by vertex: the report's number, -1 for a vertex that is not a compact event
    private final int[] n;
    private final int[] type;
    private final int[] name;
    private final int[] subType; // -1 = none, as modality and date
    private final int[] modality;
    private final int[] date;
    private final String[] participants;
    private final int[] spanStart;
    private final int[] spanEnd;
    private final int[] byDoc; // the compact events sorted by report, then n
    private final int[] docStart; // byDoc[docStart[d]..docStart[d + 1]) are report d's

    /** Ids only: no compact event. */
    EventColumns(String[] ids) {
        this.ids = ids;
        this.docs = null;
        this.docIndex = null;
        this.strings = null;
        this.doc = null;
        this.n = this.type = this.name = this.subType = this.modality = this.date = null;
        this.participants = null;
        this.spanStart = this.spanEnd = this.byDoc = this.docStart = null;
    }

    EventColumns(String[] ids, String[] docs, IdTable docIndex, String[] strings, int[] doc, int[] n, int[] type,
            int[] name, int[] subType, int[] modality, int[] date, String[] participants, int[] spanStart, int[] spanEnd) {
        this.ids = ids;
        this.docs = docs;
        this.docIndex = docIndex;
        this.strings = strings;
        this.doc = doc;
        this.n = n;
        this.type = type;
        this.name = name;
        this.subType = subType;
        this.modality = modality;
        this.date = date;
        this.participants = participants;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        int[] count = new int[docs.length + 1];
        int events = 0;
        for (int v = 0; v < doc.length; v++) {
            if (doc[v] >= 0) {
                count[doc[v] + 1]++;
                events++;
            }
        }
        for (int d = 0; d < docs.length; d++) {
            count[d + 1] += count[d];
        }
        docStart = count.clone();
        byDoc = new int[events];
        int[] fill = count;
        for (int v = 0; v < doc.length; v++) {
            if (doc[v] >= 0) {
                byDoc[fill[doc[v]]++] = v;
            }
        }
        for (int d = 0; d < docs.length; d++) { // a report's few events, by n (insertion sort)
            for (int i = docStart[d] + 1; i < docStart[d + 1]; i++) {
                int x = byDoc[i];
                int j = i - 1;
                while (j >= docStart[d] && n[byDoc[j]] > n[x]) {
                    byDoc[j + 1] = byDoc[j];
                    j--;
                }
                byDoc[j + 1] = x;
            }
        }
    }

    /** The attributes of a compact event's node (null values left out). */
    static java.util.Map<String, String> attributes(String date, String modality, String participants, String span,
            String subType) {
        return Attributes.of(KEYS, new String[] {date, modality, participants, span, subType});
    }

    /** Whether vertex {@code v} is a compact event. */
    boolean isEvent(int v) {
        return ids[v] == null;
    }

    String id(int v) {
        String id = ids[v];
        return id != null ? id : PREFIX + docs[doc[v]] + '-' + n[v];
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
        return id != null ? id.length() : PREFIX.length() + docs[doc[v]].length() + 1 + digits(n[v]);
    }

    private char charAt(int v, int i) {
        String id = ids[v];
        if (id != null) {
            return id.charAt(i);
        }
        if (i < PREFIX.length()) {
            return PREFIX.charAt(i);
        }
        String d = docs[doc[v]];
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
        String[] values = {value(date[v]), value(modality[v]), participants[v],
                spanStart[v] < 0 ? null : spanStart[v] + "-" + spanEnd[v], value(subType[v])};
        return new Node(id(v), Kind.EVENT, strings[type[v]], strings[name[v]], List.of(), Attributes.of(KEYS, values));
    }

    private String value(int i) {
        return i < 0 ? null : strings[i];
    }

    /** The compact event with this id, or -1. */
    int find(String id) {
        if (docIndex == null) {
            return -1;
        }
        long parsed = parse(id, docIndex);
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
        if (dash <= PREFIX.length() || dash == id.length() - 1 || id.length() - dash > 11) {
            return -1;
        }
        long number = 0;
        for (int i = dash + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9' || (c == '0' && i == dash + 1 && i < id.length() - 1)) {
                return -1; // not a number as the id would write it
            }
            number = number * 10 + (c - '0');
        }
        if (number > Integer.MAX_VALUE) {
            return -1;
        }
        int d = docs.get(id.substring(PREFIX.length(), dash));
        return d < 0 ? -1 : (long) d << 32 | number;
    }
}
