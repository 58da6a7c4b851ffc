package org.kgi.indexer.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report as read from a file or sent to the API.
 *
 * @param id     stable id, unique in the index (file name without extension, or the JSON {@code id})
 * @param title  headline; never blank (falls back to the id)
 * @param date   the report's date, or {@code null} when it has none
 * @param source who published it ({@code ""} when unknown)
 * @param text   the body text that extraction offsets point into
 * @param path   corpus-relative path of the file it came from ({@code ""} for reports sent to the API)
 * @param format how it was read: {@code txt}, {@code md}, {@code json}, {@code jsonl}, {@code api}, or a
 *               document family: {@code html}, {@code pdf}, {@code docx}, {@code doc}, {@code odt}, {@code rtf}, {@code eml}
 */
public record Report(String id, String title, LocalDate date, String source, String text, String path, String format) {
    public static final int MAX_ID_LENGTH = 200;

    public Report {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("report id must be 1 to " + MAX_ID_LENGTH + " characters: '" + id + "'");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~')) {
                throw new IllegalArgumentException("report id may hold only letters, digits and - _ . ~ : '" + id + "'");
            }
        }
        title = title == null || title.isBlank() ? id : title.strip();
        source = source == null ? "" : source.strip();
        Objects.requireNonNull(text, "text");
        path = path == null ? "" : path;
        Objects.requireNonNull(format, "format");
    }
}
