package org.kgi.indexer.extract.text;

import java.util.Locale;
import org.kgi.graph.lookup.NameIndex;

/**
 * Name normalisation: the lookup key of a name (lower case, accents, quotes, dots, hyphens and spaces
 * dropped: {@code U.S.} and {@code US} share {@code us}; {@code Pont-Sondé} and {@code Pont Sonde} share
 * {@code pontsonde}) and the slug of an id ({@code place:pont-sonde}).
 */
public final class Names {
    private Names() {
    }

    /** The accent-free form of {@code s}, same length or shorter: {@link NameIndex#fold}. */
    public static String fold(String s) {
        return NameIndex.fold(s);
    }

    /** The lookup key: folded, lower case, letters and digits only. */
    public static String key(String name) {
        if (isKeyAlready(name)) {
            return name;
        }
        String f = fold(name);
        char[] out = new char[f.length()];
        int n = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[n++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                out[n++] = (char) (c + 32);
            } else if (c >= 128 && Character.isLetterOrDigit(c)) {
                out[n++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, n);
    }

    private static boolean isKeyAlready(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The id slug: folded, lower case, runs of other characters as one {@code -}, no dots. */
    public static String slug(String name) {
        String f = fold(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return b.isEmpty() ? "unnamed" : b.toString();
    }

    /** {@code PORT-LAZARE} as {@code Port-Lazare}; other words unchanged. */
    public static String titleCase(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
