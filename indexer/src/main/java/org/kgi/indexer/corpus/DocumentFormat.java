package org.kgi.indexer.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report formats read through Apache Tika, by file extension. {@link #family} is what
 * {@link Report#format()} says. A binary format names the content types its files may really hold: a file whose
 * content is something else (a text file named {@code .pdf}, random bytes named {@code .docx}) is refused before
 * parsing, with what it really is as the reason.
 */
enum DocumentFormat {
    HTML("html", "an", "HTML", List.of(), "html", "htm", "xhtml"),
    PDF("pdf", "a", "PDF", List.of("application/pdf"), "pdf"),
    DOCX("docx", "a", "DOCX", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml",
            "application/vnd.ms-word", "application/x-tika-ooxml"), "docx", "docm"),
    // Word also saves RTF and HTML under .doc: those are read as what they are
    DOC("doc", "a", "Word .doc", List.of("application/msword", "application/x-tika-msoffice", "application/rtf",
            "text/html", "application/xhtml+xml"), "doc"),
    ODT("odt", "an", "ODT", List.of("application/vnd.oasis.opendocument.text"), "odt"),
    RTF("rtf", "an", "RTF", List.of(), "rtf"),
    EML("eml", "an", "e-mail", List.of(), "eml");

    /** Every extension of every format, lower case without the dot. */
    static final Set<String> EXTENSIONS = Arrays.stream(values())
            .flatMap(f -> f.extensions.stream()).collect(Collectors.toUnmodifiableSet());

    final String family;
    final String displayName;
    /** "a" or "an", as said before {@link #displayName}. */
    final String article;
    /** Content-type prefixes a file of this format may be detected as; empty: not checked (text formats). */
    final List<String> contentTypes;
    final List<String> extensions;

    DocumentFormat(String family, String article, String displayName, List<String> contentTypes, String... extensions) {
        this.family = family;
        this.article = article;
        this.displayName = displayName;
        this.contentTypes = contentTypes;
        this.extensions = List.of(extensions);
    }

    static Optional<DocumentFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /**
     * Whether content detected as {@code contentType} (without parameters) may be read as this format: one of its
     * content types, or for a text format anything but unrecognised binary content.
     */
    boolean accepts(String contentType) {
        return contentTypes.isEmpty() ? !contentType.equals("application/octet-stream")
                : contentTypes.stream().anyMatch(contentType::startsWith);
    }
}
