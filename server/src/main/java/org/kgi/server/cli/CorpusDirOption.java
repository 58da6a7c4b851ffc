package org.kgi.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read a corpus. */
public final class CorpusDirOption {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Directory of reports (.txt, .md, .json, .jsonl; default: ${DEFAULT-VALUE}).")
    Path corpus;
}
