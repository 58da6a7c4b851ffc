package org.kgi.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.extract.RuleExtractor;
import org.kgi.indexer.index.Sha256;

/** Which extractor a run uses: the rule-based one, with the corpus' aliases file when there is one. */
public final class Extractors {
    /** Bumped when the extraction rules change, so that an index made by older rules is extracted again. */
    static final String RULES_VERSION = "rules-254";
    /** Where a corpus keeps its aliases file unless {@code --aliases} says otherwise (hidden: never indexed). */
    public static final String DEFAULT_ALIASES = ".kgi/aliases.json";

    private Extractors() {
    }

    /** Loaded once (the gazetteer takes a moment), shared: the extractor is thread-safe. */
    private static final class Standard {
        static final Extractor INSTANCE = new Fingerprinted(new RuleExtractor(), RULES_VERSION);
    }

    /** The rule-based extractor with its built-in gazetteer and lexicons only. */
    public static Extractor standard() {
        return Standard.INSTANCE;
    }

    /**
     * The extractor for {@code corpus}: with the aliases file {@code aliases} if given (it must exist), else with
     * {@code <corpus>/.kgi/aliases.json} if that exists, else the standard one.
     *
     * @throws IllegalArgumentException if the aliases file is missing or malformed (the message says why)
     */
    public static Extractor forCorpus(Path corpus, Path aliases) {
        Path file = aliases != null ? aliases : corpus == null ? null : corpus.resolve(DEFAULT_ALIASES);
        if (aliases != null && !Files.isRegularFile(aliases)) {
            throw new IllegalArgumentException("aliases file " + aliases + " does not exist");
        }
        if (file == null || !Files.isRegularFile(file)) {
            return standard();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Fingerprinted(RuleExtractor.withAliases(file), RULES_VERSION + "+aliases:" + Sha256.of(bytes).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read aliases file " + file, e);
        }
    }

    /** An extractor with the fingerprint of its rules and configuration. */
    private record Fingerprinted(Extractor delegate, String fingerprint) implements Extractor {
        @Override
        public Extraction extract(Report report) {
            return delegate.extract(report);
        }
    }
}
