package org.kgi.indexer.extract.relate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Relation;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * A report's relations: those its events imply ({@link EventRelations}), those its sentences state
 * ({@link SentenceRelations}), and towns {@code located_in} the country the gazetteer puts them in when
 * the report names that country. Dated with the event's date, else the report's.
 */
public final class RelationBuilder {
    private final int maxRelations;

    public RelationBuilder(int maxRelations) {
        this.maxRelations = maxRelations;
    }

    public List<Relation> build(Tokens t, List<Sentence> sentences, List<List<Resolved>> bySentence,
                                List<Entity> entities, List<Event> events, String reportDate) {
        RelationSink sink = new RelationSink(maxRelations);
        for (Event e : events) {
            EventRelations.add(e, sink);
        }
        for (Sentence s : sentences) {
            SentenceRelations.add(t, s, bySentence.get(s.index()), reportDate, sink);
        }
        Map<String, String> countryIds = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() == Kind.PLACE && "country".equals(e.type()) && e.attributes().containsKey("country")) {
                countryIds.put(e.attributes().get("country"), e.id());
            }
        }
        for (Entity e : entities) {
            String cc = e.attributes().get("country");
            String country = cc == null ? null : countryIds.get(cc);
            if (e.kind() == Kind.PLACE && country != null && !country.equals(e.id()) && !e.mentions().isEmpty()
                    && e.attributes().containsKey("lat")) {
                sink.add(e.id(), country, "located_in", reportDate, sentenceOf(t, sentences, e.mentions().get(0).start()));
            }
        }
        return sink.relations();
    }

    private static Mention sentenceOf(Tokens t, List<Sentence> sentences, int charPos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= charPos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Sentence s = sentences.get(lo);
        return Mention.of(t.text(), s.start(), Math.min(s.end(), s.start() + 2000));
    }
}
