package org.kgi.indexer.snapshot;

import java.text.Normalizer;
import java.util.Locale;

/** The form names are compared in: lower case, accents, quotes, hyphens and punctuation folded away. */
public final class Names {
    private Names() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '.' ) {
                continue; // U.S. = US
            }
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
