package org.kgi.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.text.Names;

/**
 * Checks a gold document's {@code must_not} items against one extraction. Each item is {@code {text, checks}}: the
 * analyst's words and the checks that say them in terms of the extraction, all of which must hold.
 * <ul>
 *   <li>{@code one_entity: [names]}: the entities answering to any of the names are at most one;</li>
 *   <li>{@code distinct: [a, b]}: no entity answers to both;</li>
 *   <li>{@code no_entity: [names]} (optional {@code kind}: actor or place): no entity (of that kind) answers to any;</li>
 *   <li>{@code not_participant: name} (optional {@code role}: acting, that is actor or ally but not suspected, or
 *   target; and event filters): no event the
 *   filters select has the name among its participants (in that role);</li>
 *   <li>{@code no_event: {filters}}: no event the filters select.</li>
 * </ul>
 * Event filters: {@code event_type}, {@code sub_event_type}, {@code date} (the event's date equals it or falls
 * within it), {@code evidence_contains} (in the event's evidence sentence, ignoring case) and {@code modality}
 * ({@code asserted}, the default: an event marked threatened, planned or denied says what the text says; or
 * {@code any}). Prose items without checks (the seed gold's, covered by {@code ExtractSeedGoldTest}) are not scored.
 */
final class MustNotChecker {
    private final Extraction x;
    private final GoldScorer scorer;

    MustNotChecker(Extraction x) {
        this.x = x;
        this.scorer = new GoldScorer(x);
    }

    /** One item per checked {@code must_not} entry: found means it held. */
    List<GoldScorer.Item> check(JsonNode gold) {
        List<GoldScorer.Item> items = new ArrayList<>();
        for (JsonNode m : gold.path("must_not")) {
            if (!m.isObject() || m.path("checks").isEmpty()) {
                continue;
            }
            String broken = "";
            for (JsonNode c : m.path("checks")) {
                broken = broken(c);
                if (!broken.isEmpty()) {
                    break;
                }
            }
            items.add(new GoldScorer.Item("must_not", m.path("text").asText(), true, broken.isEmpty(), broken));
        }
        return items;
    }

    /** What breaks the check, or empty when it holds. */
    private String broken(JsonNode c) {
        if (c.has("one_entity")) {
            Set<String> ids = new HashSet<>();
            scorer.matching(keys(c.path("one_entity"))).forEach(e -> ids.add(e.id()));
            return ids.size() > 1 ? "entities " + ids : "";
        }
        if (c.has("distinct")) {
            Set<String> a = Set.of(Names.key(c.path("distinct").path(0).asText()));
            Set<String> b = Set.of(Names.key(c.path("distinct").path(1).asText()));
            for (Entity e : x.entities()) {
                if (GoldScorer.matches(e, a) && GoldScorer.matches(e, b)) {
                    return "one entity " + e.id() + " for both";
                }
            }
            return "";
        }
        if (c.has("no_entity")) {
            String kind = c.path("kind").asText("");
            for (Entity e : scorer.matching(keys(c.path("no_entity")))) {
                if (kind.isEmpty() || kind.equals(e.kind() == Kind.ACTOR ? "actor" : "place")) {
                    return "entity " + e.id() + " (" + e.type() + ")";
                }
            }
            return "";
        }
        if (c.has("not_participant")) {
            Set<String> name = Set.of(Names.key(c.path("not_participant").asText()));
            String role = c.path("role").asText("");
            for (Event ev : events(c)) {
                for (Participant p : ev.participants()) {
                    Entity e = scorer.byId(p.id());
                    boolean inRole = role.isEmpty() || role.equals("target") ? p.role().equals("target")
                            : p.role().equals("actor") || p.role().equals("ally"); // acting: not suspected
                    if (e != null && inRole && GoldScorer.matches(e, name)) {
                        return "event " + describe(ev) + " has " + e.id() + " as " + p.role();
                    }
                }
            }
            return "";
        }
        if (c.has("no_event")) {
            List<Event> found = events(c.path("no_event"));
            return found.isEmpty() ? "" : "event " + describe(found.get(0));
        }
        throw new IllegalArgumentException("unknown must_not check " + c);
    }

    private static Set<String> keys(JsonNode names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(Names.key(n.asText())));
        return keys;
    }

    /** The events a check's filters select. */
    private List<Event> events(JsonNode f) {
        List<Event> out = new ArrayList<>();
        for (Event e : x.events()) {
            if (f.hasNonNull("event_type") && !f.path("event_type").asText().equals(e.type())
                    || f.hasNonNull("sub_event_type") && !f.path("sub_event_type").asText().equals(e.subType())
                    || f.hasNonNull("date") && (e.date() == null
                    || !GoldScorer.withinGoldDate(e.date().value(), f.path("date").asText()))
                    || f.hasNonNull("evidence_contains") && !e.evidence().text().toLowerCase(Locale.ROOT)
                    .contains(f.path("evidence_contains").asText().toLowerCase(Locale.ROOT))
                    || !f.path("modality").asText("asserted").equals("any")
                    && !f.path("modality").asText("asserted").equals(e.modality())) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static String describe(Event e) {
        String text = e.evidence().text();
        return e.id().substring(e.id().lastIndexOf('-') + 1) + " " + e.type() + "/" + e.subType() + " "
                + (e.date() == null ? "undated" : e.date().value()) + " '"
                + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }
}
