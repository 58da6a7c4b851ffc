package org.kgi.indexer.extract;

import java.util.Objects;

/**
 * A typed link between two entities, with the sentence that supports it.
 *
 * @param source   entity id
 * @param target   entity id
 * @param type     {@code acted_together}, {@code opposed}, {@code took_part_in}, {@code happened_at},
 *                 {@code located_in}, {@code part_of}, {@code leads}, {@code based_in}, {@code contributes_to},
 *                 {@code suspected_in} or {@code mentioned_together}
 * @param date     ISO date (any precision) of the supporting event or report, or {@code null}
 * @param evidence the supporting sentence
 */
public record Relation(String source, String target, String type, String date, Mention evidence) {
    public Relation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
