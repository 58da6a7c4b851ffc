package org.kgi.indexer.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Groups an event founds: the new group of a change of groups ({@code formed an alliance called Fòs Inite}, {@code a
 * group calling itself X}) is on its founders' side, and the coalition a change or an agreement founds is the one its
 * named armed groups become {@code part_of} ({@link EventFinder.Found#coalitions()}).
 */
final class Foundings {
    private Foundings() {
    }

    /**
     * The groups a change of groups names as its outcome ({@code formed an alliance called Fòs Inite}, {@code a new
     * coalition named X}, {@code a group calling itself Y}), and in an agreement the coalition it founds ({@code agreed
     * to end their rivalry and form an alliance called Viv Ansanm}).
     */
    static Set<String> newGroups(Tokens t, EventRefiner.Reading reading, List<Resolved> actors) {
        boolean change = Acled.CHANGE_TO_GROUP.equals(reading.subType());
        if (!change && !Acled.AGREEMENT.equals(reading.subType())) {
            return Set.of(); // fighting "under a political-military coalition called the AFC": a side like any other
        }
        Set<String> formed = new HashSet<>();
        for (Resolved r : actors) {
            int naming = namingWord(t, r);
            if (naming > 0 && (change || COALITIONS.contains(t.lower(naming - 1))) && founding(t, naming)) {
                formed.add(r.id());
            }
        }
        return formed;
    }

    /**
     * Whether a word of founding comes within the eight words before the naming word: {@code formed an alliance called},
     * {@code the creation of a joint alliance called}, not {@code operate under a coalition called} (a group that was).
     */
    private static boolean founding(Tokens t, int naming) {
        for (int i = naming - 1; i >= Math.max(0, naming - 8) && t.isWord(i); i--) {
            if (FOUNDING.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FOUNDING = WordSets.of("formed", "form", "forming", "forms", "formation",
            "created", "create", "creating", "creation", "launched", "launch", "launching", "founded", "found",
            "founding", "established", "establish", "establishing", "new", "merged", "merge", "merging", "united",
            "unite", "announced");

    /** The token of {@code called}, {@code named}, {@code known (as)}... right before a name, else -1. */
    private static int namingWord(Tokens t, Resolved r) {
        int before = t.beforeThe(r.found().first());
        if (t.isLower(before, "itself") || t.isLower(before, "themselves")) {
            before--; // a group calling itself X
        }
        if (t.isLower(before, "as") && t.isLower(before - 1, "known")) {
            return before - 1;
        }
        return before >= 0 && NAMING.contains(t.lower(before)) ? before : -1;
    }

    /** The groups a change of groups founds are on their founders' side, no targets. */
    static List<Participant> join(Set<String> formed, List<Participant> participants) {
        if (formed.isEmpty()) {
            return participants;
        }
        List<Participant> out = new ArrayList<>();
        for (Participant p : participants) {
            out.add(formed.contains(p.id()) && Roles.TARGET.equals(p.role()) ? new Participant(p.id(), Roles.ALLY) : p);
        }
        return out;
    }

    /** The group founded, when it is named as an alliance ({@code an alliance called X}, {@code a coalition known as Y}). */
    static String coalition(Tokens t, List<Resolved> actors, String formed) {
        for (Resolved r : actors) {
            if (r.id().equals(formed)) {
                int naming = namingWord(t, r);
                return naming > 0 && COALITIONS.contains(t.lower(naming - 1)) ? formed : null;
            }
        }
        return null;
    }

    private static final Set<String> COALITIONS = WordSets.of("alliance", "coalition", "federation", "bloc",
            "front", "platform", "umbrella");
    private static final Set<String> NAMING = WordSets.of("called", "named", "dubbed", "calling", "calls");
}
