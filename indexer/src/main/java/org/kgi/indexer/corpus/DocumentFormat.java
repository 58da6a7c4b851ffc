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
    HTML("html", "HTML", List.of(), "html", "htm", "xhtml"),
    PDF("pdf", "PDF", List.of("application/pdf"), "pdf"),
    DOCX("docx", "DOCX", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml",
            "application/vnd.ms-word", "application/x-tika-ooxml"), "docx", "docm"),
    // Word also saves RTF and HTML under .doc: those are read as what they are
    DOC("doc", "Word .doc", List.of("application/msword", "application/x-tika-msoffice", "application/rtf",
            "text/html", "application/xhtml+xml"), "doc"),
    ODT("odt", "ODT", List.of("application/vnd.oasis.opendocument.text"), "odt"),
    RTF("rtf", "RTF", List.of(), "rtf"),
    EML("eml", "e-mail", List.of(), "eml");

    /** Every extension of every format, lower case without the dot. */
    static final Set<String> EXTENSIONS = Arrays.stream(values())
            .flatMap(f -> f.extensions.stream()).collect(Collectors.toUnmodifiableSet());

    final String family;
    final String displayName;
    /** Content-type prefixes a file of this format may be detected as; empty: not checked (text formats). */
    final List<String> contentTypes;
    final List<String> extensions;

    DocumentFormat(String family, String displayName, List<String> contentTypes, String... extensions) {
        this.family = family;
        this.displayName = displayName;
        this.contentTypes = contentTypes;
        this.extensions = List.of(extensions);
    }

    static Optional<DocumentFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Whether content detected as {@code contentType} (without parameters) may be read as this format. */
    boolean accepts(String contentType) {
        return contentTypes.isEmpty() || contentTypes.stream().anyMatch(contentType::startsWith);
    }
}
