package org.kgi.indexer.extract.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Relation;

/** Collects a report's relations, once each (source, target, type), up to a cap. */
final class RelationSink {
    private final List<Relation> relations = new ArrayList<>();
    private final Set<Key> seen = new HashSet<>();

    private record Key(String source, String target, String type) {
    }
    private final int max;

    RelationSink(int max) {
        this.max = max;
    }

    void add(String source, String target, String type, String date, Mention evidence) {
        if (source.equals(target) || relations.size() >= max) {
            return;
        }
        if (seen.add(new Key(source, target, type))) {
            relations.add(new Relation(source, target, type, date, evidence));
        }
    }

    /** Adds a symmetric relation with its two ends in a fixed order, so that it is found once. */
    void addSymmetric(String a, String b, String type, String date, Mention evidence) {
        if (a.compareTo(b) <= 0) {
            add(a, b, type, date, evidence);
        } else {
            add(b, a, type, date, evidence);
        }
    }

    List<Relation> relations() {
        return relations;
    }
}
