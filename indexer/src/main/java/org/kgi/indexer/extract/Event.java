package org.kgi.indexer.extract;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, typed with the ACLED taxonomy.
 *
 * @param id           id unique within the report ({@code event:<report>-<n>})
 * @param type         ACLED event type, e.g. {@code Battles}
 * @param subType      ACLED sub-event type, or {@code null} when the text does not say
 * @param date         when, or {@code null} when it cannot be resolved
 * @param place        place entity id, or {@code null}
 * @param participants actors with their roles
 * @param evidence     the sentence it came from
 * @param modality     {@code asserted}, {@code threatened}, {@code planned} or {@code denied}
 */
public record Event(String id, String type, String subType, EventDate date, String place,
                    List<Participant> participants, Mention evidence, String modality) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        participants = participants == null ? List.of() : List.copyOf(participants);
        modality = modality == null ? "asserted" : modality;
    }
}
