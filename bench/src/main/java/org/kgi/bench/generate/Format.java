package org.kgi.bench.generate;

import java.util.Locale;

/** The file formats kgi reads, as the generator writes them. */
public enum Format {
    /** Headline, blank line, then the text starting with its dateline. */
    TXT,
    /** YAML front matter (title, date, source), then the text. */
    MD,
    /** One object per file: {@code {id, title, date, source, text}}. */
    JSON,
    /** One such object per line; one file per directory of reports. */
    JSONL;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
