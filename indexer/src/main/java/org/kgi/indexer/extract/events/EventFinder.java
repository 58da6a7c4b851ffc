package org.kgi.indexer.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * One event per sentence that holds a trigger. Participants are the sentence's actors; when it names none
 * (only generic ones such as {@code the gang}), the named actors of the sentence before, in the same
 * paragraph, take part too. The place is the most specific place the sentence names (facility or road,
 * then neighbourhood, town, region, country). The date is the sentence's own; failing that the report's
 * date (day precision) when the report has one; else none.
 */
public final class EventFinder {
    private static final List<String> PLACE_SPECIFICITY = List.of("facility", "road", "neighbourhood",
            "populated_place", "other", "region", "country");
    private static final int MAX_EVIDENCE_CHARS = 2000;
    private final TriggerScan scan = new TriggerScan();
    private final EventRefiner refiner = new EventRefiner();
    private final DateFinder dates = new DateFinder();
    private final int maxEvents;

    public EventFinder(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    /**
     * @param bySentence the resolved names of each sentence, in text order
     */
    public List<Event> find(String reportId, LocalDate reportDate, Tokens t, List<Sentence> sentences,
                            List<List<Resolved>> bySentence) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : sentences) {
            if (events.size() >= maxEvents) {
                break;
            }
            Sentence previous = s.index() > 0 ? sentences.get(s.index() - 1) : null;
            TriggerScan.Hit hit = scan.scan(t, s, previous);
            if (hit == null) {
                continue;
            }
            List<Resolved> names = bySentence.get(s.index());
            List<Resolved> actors = actors(names);
            List<Participant> participants = new ArrayList<>(Roles.assign(t, s, hit.token(), actors));
            if (actors.stream().allMatch(Resolved::generic) && previous != null && previous.paragraph() == s.paragraph()) {
                borrow(t, previous, bySentence.get(previous.index()), participants);
            }
            EventRefiner.Reading reading = refiner.refine(hit.trigger(), t, s, actors);
            FoundDate d = dates.find(t, s, reportDate);
            EventDate date = d != null ? d.date()
                    : reportDate != null ? new EventDate(reportDate.toString(), EventDate.Precision.DAY) : null;
            int end = Math.min(s.end(), s.start() + MAX_EVIDENCE_CHARS);
            events.add(new Event("event:" + reportId + "-" + (events.size() + 1), reading.type(), reading.subType(),
                    date, place(names), participants, Mention.of(t.text(), s.start(), end),
                    Modality.of(t, s, hit.token())));
        }
        return events;
    }

    private static List<Resolved> actors(List<Resolved> names) {
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : names) {
            if (r.isActor()) {
                out.add(r);
            }
        }
        return out;
    }

    private static void borrow(Tokens t, Sentence previous, List<Resolved> names, List<Participant> participants) {
        List<Resolved> named = new ArrayList<>();
        for (Resolved r : names) {
            if (r.isActor() && !r.generic()) {
                named.add(r);
            }
        }
        if (named.isEmpty()) {
            return;
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (Participant p : Roles.assign(t, previous, previous.last() + 1, named)) {
            roles.put(p.id(), p.role());
        }
        for (Participant p : participants) {
            roles.putIfAbsent(p.id(), p.role());
        }
        participants.clear();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
    }

    private static String place(List<Resolved> names) {
        Resolved best = null;
        for (Resolved r : names) {
            if (r.isPlace() && (best == null || rank(r.type()) < rank(best.type()))) {
                best = r;
            }
        }
        return best == null ? null : best.id();
    }

    private static int rank(String placeType) {
        int i = PLACE_SPECIFICITY.indexOf(placeType);
        return i < 0 ? PLACE_SPECIFICITY.size() : i;
    }
}
