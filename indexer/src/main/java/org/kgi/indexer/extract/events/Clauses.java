package org.kgi.indexer.extract.events;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * A sentence that tells two violent events, each with its own day, joined by {@code , and} (or {@code and} before
 * a subject's article): a lede's summary ({@code Gunmen killed three farmers near Mahurunga on Monday, and soldiers
 * fought a group of armed men near Kitaya the following day}); or an event and, after {@code , and}, the arrests that
 * followed it ({@code ... lynched two herders, and officers of the police later arrested five of them}); or arrests
 * and, after {@code , and}, a base set up ({@code police arrested 46 people, and the BSF set up a camp}). Read as two
 * clauses, each an event with its own day, place and sides; both keep the whole sentence's characters, so the evidence
 * is the sentence. One clause for any other sentence.
 */
final class Clauses {
    private Clauses() {
    }

    static List<Sentence> of(Tokens t, Sentence s, Sentence previous, TriggerScan scan, DateFinder dates,
                             LocalDate reportDate) {
        for (int k = s.first() + 4; k <= s.last() - 4; k++) {
            boolean comma = t.isChar(k, ',') && t.isLower(k + 1, "and") && opensClause(t, k + 2);
            // without a comma, only a subject with its article: "on Sunday night and a roadside bomb killed"
            boolean bare = t.isLower(k, "and") && !t.isChar(k - 1, ',') && (t.isLower(k + 1, "a")
                    || t.isLower(k + 1, "an") || t.isLower(k + 1, "the"));
            if (!comma && !bare) {
                continue;
            }
            int b = comma ? k + 2 : k + 1;
            Sentence first = new Sentence(s.index(), s.first(), k - 1, s.start(), s.end(), s.paragraph());
            Sentence second = new Sentence(s.index(), b, s.last(), s.start(), s.end(), s.paragraph());
            Hits hits = new Hits(t, scan, first, second, previous);
            if (comma && t.isWord(b) && !t.is(b, Tokens.NUMBER)
                    && (s.paragraph() > 0 || dates.find(t, first, reportDate, -1) != null) // not a lede's summary
                    && arrestsActively(t, hits.second()) && arrestsCanFollow(hits.first())) {
                // Yan Sa Kai members lynched two herders ..., and officers of the police later arrested five Yan Sa Kai
                // members: the arrest is an event of its own, with its own sides
                return List.of(first, second);
            }
            if (comma && t.isWord(b) && arrestsActively(t, hits.first())
                    && hits.second().stream().anyMatch(h -> Acled.BASE_ESTABLISHED.equals(h.trigger().subType()))) {
                // police arrested 46 people, and two companies of the BSF set up a camp: two events, each its sides
                return List.of(first, second);
            }
            if (!hasOwnDay(t, second, dates, reportDate) || dates.find(t, first, reportDate, -1) == null
                    || !violent(t, first, hits.first()) || !violent(t, second, hits.second())) {
                continue;
            }
            return List.of(first, second);
        }
        return List.of(s);
    }

    /** The triggers of a sentence's two clauses, each scanned once, when first asked for. */
    private static final class Hits {
        private final Tokens t;
        private final TriggerScan scan;
        private final Sentence first;
        private final Sentence second;
        private final Sentence previous;
        private List<TriggerScan.Hit> firstHits;
        private List<TriggerScan.Hit> secondHits;

        Hits(Tokens t, TriggerScan scan, Sentence first, Sentence second, Sentence previous) {
            this.t = t;
            this.scan = scan;
            this.first = first;
            this.second = second;
            this.previous = previous;
        }

        List<TriggerScan.Hit> first() {
            if (firstHits == null) {
                firstHits = scan.scan(t, first, previous);
            }
            return firstHits;
        }

        List<TriggerScan.Hit> second() {
            if (secondHits == null) {
                secondHits = scan.scan(t, second, previous);
            }
            return secondHits;
        }
    }

    /**
     * Whether a new clause with its own subject opens at token {@code i}: a semicolon, or a comma before {@code and} or
     * {@code but} ({@code held a peaceful gathering, and talks will resume on Friday}).
     */
    static boolean breaksAt(Tokens t, int i) {
        return t.isChar(i, ';') || t.isChar(i, ',') && (t.isLower(i + 1, "and") || t.isLower(i + 1, "but"));
    }

    /** The names of each sentence, those of sentence {@code part}'s index kept to the clause's tokens. */
    static List<List<Resolved>> namesOf(List<List<Resolved>> bySentence, Sentence part, Sentence whole) {
        if (part.first() == whole.first() && part.last() == whole.last()) {
            return bySentence;
        }
        List<Resolved> own = bySentence.get(part.index()).stream()
                .filter(r -> r.found().first() >= part.first() && r.found().last() <= part.last()).toList();
        return new AbstractList<>() {
            @Override
            public List<Resolved> get(int i) {
                return i == part.index() ? own : bySentence.get(i);
            }

            @Override
            public int size() {
                return bySentence.size();
            }
        };
    }

    /** A clause opens with its own subject: not a verb of the first clause's ({@code , and wounded two others}). */
    private static boolean opensClause(Tokens t, int b) {
        if (!t.isWord(b) && !t.is(b, Tokens.NUMBER)) {
            return false;
        }
        String w = t.lower(b);
        return !w.endsWith("ed") && !w.endsWith("ing") && !TriggerLexicon.isCue(w) && !NOT_SUBJECTS.contains(w);
    }

    private static final Set<String> NOT_SUBJECTS = WordSets.of("then", "later", "also", "was", "were", "is", "are",
            "had", "has", "have", "said", "says", "that", "who", "which", "to", "from", "with", "by", "for", "of",
            "as");

    /**
     * Whether the clause says its own day, before who said it: a date, or the day after ({@code the following day});
     * not {@code leaving three rebels and a soldier dead, the military said Saturday}.
     */
    private static boolean hasOwnDay(Tokens t, Sentence s, DateFinder dates, LocalDate reportDate) {
        int end = s.first();
        while (end <= s.last() && !(t.isWord(end) && SAID.contains(t.lower(end)))) {
            end++;
        }
        if (end <= s.first() + 1) {
            return false;
        }
        Sentence told = new Sentence(s.index(), s.first(), end - 1, s.start(), s.end(), s.paragraph());
        return dates.find(t, told, reportDate, -1) != null || EventFinder.dayAfter(t, told) >= 0;
    }

    private static final Set<String> SAID = WordSets.of("said", "says", "told", "reported", "according");

    /** Whether the first clause tells an event that arrests can follow: any but an arrest or a protest. */
    private static boolean arrestsCanFollow(List<TriggerScan.Hit> firstHits) {
        return !firstHits.isEmpty() && firstHits.stream().noneMatch(h -> Acled.ARRESTS.equals(h.trigger().subType())
                || Acled.PROTESTS.equals(h.trigger().type()));
    }

    /** An arrest the clause tells in the active voice ({@code officers later arrested five}, not {@code were held}). */
    private static boolean arrestsActively(Tokens t, List<TriggerScan.Hit> hits) {
        return hits.stream().anyMatch(h -> Acled.ARRESTS.equals(h.trigger().subType())
                && !Modality.BE.contains(t.lower(h.token() - 1)) && !t.isLower(h.token() - 1, "been"));
    }

    /** A violent event told, not one named ({@code questioned about Sunday's attack}, {@code after the attack}). */
    private static boolean violent(Tokens t, Sentence s, List<TriggerScan.Hit> hits) {
        return hits.stream().anyMatch(h -> Acled.isViolent(h.trigger().type()) && !t.theBefore(s, h.token())
                && !t.isApostrophe(h.token() - 1) && !t.isLower(h.token() - 1, "s"));
    }
}
