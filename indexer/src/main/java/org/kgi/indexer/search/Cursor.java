package org.kgi.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code next} token of deep paging: the sort values of the last hit of a page (score or date,
 * then report id). It does not depend on Lucene doc ids, so it stays valid across index refreshes.
 */
final class Cursor {
    private Cursor() {
    }

    static String encode(SortOrder sort, FieldDoc last) {
        String first = sort == SortOrder.RELEVANCE
                ? Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]))
                : Long.toString((Long) last.fields[0]);
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String raw = (sort == SortOrder.RELEVANCE ? "r" : "d") + "|" + first + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(SortOrder sort, String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this server gave out");
        }
        String[] parts = raw.split("\\|", 3);
        String expected = sort == SortOrder.RELEVANCE ? "r" : "d";
        if (parts.length != 3 || !parts[0].equals(expected)) {
            throw new IllegalArgumentException("cursor is not one this server gave out for sort=" + sort.name().toLowerCase());
        }
        try {
            Object first = sort == SortOrder.RELEVANCE
                    ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16))
                    : (Object) Long.parseLong(parts[1]);
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(parts[2])});
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not one this server gave out");
        }
    }
}
