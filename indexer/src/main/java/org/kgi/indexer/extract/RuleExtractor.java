package org.kgi.indexer.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.events.ArmedSides;
import org.kgi.indexer.extract.events.EventFinder;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.mention.DocContext;
import org.kgi.indexer.extract.mention.MentionFinder;
import org.kgi.indexer.extract.relate.RelationBuilder;
import org.kgi.indexer.extract.resolve.AliasBook;
import org.kgi.indexer.extract.resolve.EntityTable;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.SentenceSplitter;
import org.kgi.indexer.extract.text.Tokenizer;
import org.kgi.indexer.extract.text.Tokens;

/**
 * The rule-based extractor: tokens and sentences in one pass, names typed by their words and context
 * and resolved per report ({@link EntityTable}), one event per trigger sentence, relations from events
 * and wording. Construct once and share: it holds only read-only data and is thread-safe. Work is
 * bounded whatever the input: at most {@link #MAX_CHARS} characters, {@link #MAX_TOKENS} tokens and
 * {@link #MAX_SENTENCES} sentences are read, and entities, events and relations are capped.
 */
public final class RuleExtractor implements Extractor {
    public static final int MAX_CHARS = 1_000_000;
    public static final int MAX_TOKENS = 250_000;
    public static final int MAX_SENTENCES = 20_000;
    private static final int MAX_SENTENCE_TOKENS = 200;
    private static final int MAX_NAMES = 30_000;
    private static final int MAX_ENTITIES = 2_000;
    private static final int MAX_EVENTS = 1_000;
    private static final int MAX_RELATIONS = 5_000;

    private final AliasBook book;
    private final Tokenizer tokenizer = new Tokenizer(MAX_TOKENS);
    private final SentenceSplitter splitter = new SentenceSplitter(MAX_SENTENCE_TOKENS);
    private final EventFinder events = new EventFinder(MAX_EVENTS);
    private final RelationBuilder relations = new RelationBuilder(MAX_RELATIONS);

    /** An extractor with the built-in lexicons and gazetteer only. */
    public RuleExtractor() {
        this(AliasBook.EMPTY);
    }

    public RuleExtractor(AliasBook book) {
        this.book = Objects.requireNonNull(book, "book");
        Gazetteer.preload(); // loaded in the background; the first extraction waits for it
    }

    /** An extractor that also applies the analyst's aliases file (format: {@link AliasBook}). */
    public static RuleExtractor withAliases(Path aliasesFile) {
        return new RuleExtractor(AliasBook.read(aliasesFile));
    }

    @Override
    public Extraction extract(Report report) {
        String text = report.text();
        Tokens t = tokenizer.tokenize(text, MAX_CHARS);
        if (t.size() == 0) {
            return Extraction.EMPTY;
        }
        List<Sentence> sentences = splitter.split(t, MAX_SENTENCES);
        Gazetteer gazetteer = Gazetteer.shared();
        DocContext doc = DocContext.of(t, gazetteer, book);
        MentionFinder.Result found = new MentionFinder(doc, MAX_NAMES).find(sentences);
        EntityTable.Resolution resolution = new EntityTable(book, gazetteer, MAX_ENTITIES)
                .resolve(text, found.founds(), found.aliases());
        List<List<Resolved>> bySentence = bySentence(sentences.size(), resolution.mentions());
        EventFinder.Found told = events.find(report, t, sentences, bySentence);
        List<Event> evs = told.events();
        String date = report.date() == null ? null : report.date().toString();
        List<Entity> entities = ArmedSides.retype(resolution.entities(), evs);
        List<Relation> rels = relations.build(t, sentences, bySentence, entities, evs, told, date);
        return new Extraction(entities, evs, rels);
    }

    private static List<List<Resolved>> bySentence(int n, List<Resolved> mentions) {
        List<List<Resolved>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(2));
        }
        for (Resolved r : mentions) {
            out.get(r.found().sentence()).add(r);
        }
        Comparator<Resolved> order = Comparator.comparingInt((Resolved r) -> r.found().first())
                .thenComparingInt(r -> -r.found().last());
        for (List<Resolved> l : out) {
            l.sort(order);
        }
        return out;
    }
}
