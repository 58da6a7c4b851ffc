package org.kgi.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code next} token of deep paging: the sort values of the last hit of a page (score or date,
 * then report id). It does not depend on Lucene doc ids, so it stays valid across index refreshes. It carries a
 * checksum of itself and of the search it pages (query, filters, dates), so that a cursor cut short, changed or
 * given to another search is refused rather than followed to the wrong place.
 */
final class Cursor {
    private Cursor() {
    }

    static String encode(SearchRequest search, FieldDoc last) {
        String first = search.sort() == SortOrder.RELEVANCE
                ? Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]))
                : Long.toString((Long) last.fields[0]);
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String values = tag(search.sort()) + "|" + first + "|" + id;
        String raw = check(values, search) + "|" + values;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(SearchRequest search, String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this server gave out");
        }
        String[] parts = raw.split("\\|", 4);
        if (parts.length != 4 || !parts[0].equals(check(raw.substring(parts[0].length() + 1), search))) {
            throw new IllegalArgumentException("cursor does not belong to this search (its query, filters and dates)"
                    + " or was cut short: give the previous page's next as it came");
        }
        SortOrder sort = search.sort();
        if (!parts[1].equals(tag(sort))) {
            throw new IllegalArgumentException("cursor is not one this server gave out for sort="
                    + sort.name().toLowerCase(Locale.ROOT));
        }
        try {
            Object first = sort == SortOrder.RELEVANCE
                    ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16))
                    : (Object) Long.parseLong(parts[2]);
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(parts[3])});
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not one this server gave out");
        }
    }

    /** The letter of a cursor's order: r, d (newest first) or o (oldest first). */
    private static String tag(SortOrder sort) {
        return switch (sort) {
            case RELEVANCE -> "r";
            case DATE -> "d";
            case OLDEST -> "o";
        };
    }

    /** A checksum of a cursor's values and of the search it pages (its filters' values in any order). */
    private static String check(String values, SearchRequest search) {
        CRC32 crc = new CRC32();
        StringBuilder key = new StringBuilder(values).append('\u0000').append(search.query()).append('\u0000')
                .append(search.from()).append('\u0000').append(search.to());
        search.filters().forEach((facet, chosen) -> key.append('\u0000').append(facet.param()).append('=')
                .append(chosen.stream().sorted().toList()));
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
