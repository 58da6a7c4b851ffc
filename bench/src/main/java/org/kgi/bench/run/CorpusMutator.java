package org.kgi.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.CorpusWalker;

/**
 * Changes a deterministic share of a corpus's files (every k-th in walk order) the way a correction
 * does: one sentence added to each report of the file, or removed again if it is already there, so
 * that mutating twice restores the original bytes. JSON stays valid (the sentence has no quotes).
 */
final class CorpusMutator {
    static final String CORRECTION = " [Correction: casualty figures updated.]";

    private CorpusMutator() {
    }

    /** Changes every {@code every}-th file; returns how many files changed. */
    static long mutate(Path corpus, int every) throws IOException {
        long[] seen = {0, 0};
        try {
            new CorpusWalker(corpus).walk((CorpusFile f) -> {
                if (seen[0]++ % every != every - 1) {
                    return;
                }
                try {
                    Files.writeString(f.file(), toggle(Files.readString(f.file(), StandardCharsets.UTF_8), f.extension()),
                            StandardCharsets.UTF_8);
                    seen[1]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return seen[1];
    }

    static String toggle(String content, String extension) {
        if (!extension.startsWith("json")) {
            String tail = CORRECTION.strip() + "\n";
            return content.endsWith("\n" + tail) ? content.substring(0, content.length() - tail.length())
                    : content + tail;
        }
        StringBuilder out = new StringBuilder(content.length() + 64);
        for (String line : content.split("\n", -1)) {
            if (line.endsWith(CORRECTION + "\"}")) {
                out.append(line, 0, line.length() - CORRECTION.length() - 2).append("\"}");
            } else if (line.endsWith("\"}")) {
                out.append(line, 0, line.length() - 2).append(CORRECTION).append("\"}");
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
