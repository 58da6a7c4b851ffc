package org.kgi.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read a corpus. */
public final class CorpusDirOption {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Directory of reports (.txt, .md, .json, .jsonl, .html, .pdf, .docx, .odt, .rtf, .eml; "
                    + "default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Analyst's aliases file: known entities, aliases, merges, type fixes (default: <corpus>/.kgi/aliases.json if it exists).")
    Path aliases;

    /** The extractor for this corpus and aliases file. */
    org.kgi.indexer.extract.Extractor extractor() {
        return org.kgi.server.Extractors.forCorpus(corpus, aliases);
    }
}
