package org.kgi.indexer.extract;

import java.util.Objects;

/**
 * An actor taking part in an event, by entity id, with its role: {@code actor} (did it),
 * {@code target} (against whom, or the victims), {@code ally} (alongside whom).
 *
 * <p>How {@link RuleExtractor} assigns roles, one scheme for every event type: the side that acts is
 * {@code actor} (named before an active trigger, or after {@code by} with a passive one); the side acted on
 * is {@code target} (after an active trigger, or before a passive one: {@code X were kidnapped}); partners
 * are {@code ally} ({@code alongside X}, {@code together with X}, {@code joint X}, the second of {@code X/Y}).
 * In a clash the initiator named first is the {@code actor} and the other side the {@code target}; state
 * forces and armed groups are never on one side. Civilians are targets, except in protests and riots, where
 * the protesters are the actors. Sources ({@code told X}, {@code according to X}, a person who {@code said})
 * are not participants. When a sentence names no actor, the named actors of the sentence before take part,
 * and unnamed attackers are the report's nearest named armed group.
 */
public record Participant(String id, String role) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
