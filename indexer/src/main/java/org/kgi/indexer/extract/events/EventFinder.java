package org.kgi.indexer.extract.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.EventDate;
import org.kgi.indexer.extract.Mention;
import org.kgi.indexer.extract.Participant;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.mention.DocContext;
import org.kgi.indexer.extract.mention.Matches;
import org.kgi.indexer.extract.mention.NameChunker;
import org.kgi.indexer.extract.resolve.Resolved;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Events from trigger sentences: one per trigger ({@link TriggerScan} gives up to two per sentence), a later
 * mention of the same event ({@code the march}, or the same type at the same place and date within two
 * sentences) adding its participants to the first. Participants are the sentence's actors; when it names
 * none (only generic ones such as {@code the gang}, or a pronoun), the named actors of the sentence before, in
 * the same paragraph, take part too ({@link Attribution} then names unnamed attackers). The place is the most
 * specific place the sentence names (facility or road, then neighbourhood, town, region, country; a dateline
 * is no place), else the paragraph's, else the lede's. The date is the sentence's own (the one nearest the
 * trigger); failing that the last date of the paragraph; failing that the day of the report's first dated
 * event (the lede, which later paragraphs usually go on describing); failing that the report's date (day
 * precision) when the report has one; else none. A sentence whose own date is relative and the report has
 * no date gets none: it is never guessed.
 */
public final class EventFinder {
    private static final int MAX_EVIDENCE_CHARS = 2000;
    private static final int SAME_EVENT_SENTENCES = 2;
    /** Words that make what a sentence tells another event than those told before. */
    private static final Set<String> SEPARATE = WordSets.of("separate", "separately", "unrelated");
    /** Verbs of a speaker, between a name and the harm of a toll: {@code spokesman X said five were killed}. */
    private static final Set<String> SPEAKING = WordSets.of("said", "says", "told", "denied", "denies", "reported",
            "confirmed", "claimed", "added", "stated", "accused", "accuses", "alleged");
    /** Of {@link #CONSEQUENCES}, the nouns of a wound that someone sustained or suffered. */
    private static final Set<String> WOUNDS = Set.of("gunshot", "wound", "wounds", "injuries");
    /** Words that tell what an event cost rather than another event ({@link #consequenceOf}). */
    private static final Set<String> CONSEQUENCES = WordSets.copyOf(Stream.concat(Stream.of("killed", "wounded",
            "injured", "died", "dead", "burned", "burnt", "destroyed", "torched"), WOUNDS.stream()).toList());
    private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "them", "their",
            "his", "her", "its", "we", "our");
    private final TriggerScan scan = new TriggerScan();
    private final EventRefiner refiner = new EventRefiner();
    private final DateFinder dates = new DateFinder();
    private final int maxEvents;

    public EventFinder(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    /**
     * A report's events, and for each (same index) the participant ids of each of its mentions: the sentence that
     * told it first, then each later one merged into it. Who acted with whom is read within one mention: pooled, the
     * mentions of a killing ({@code ARSA members shot dead a community leader}, {@code he was close to the rival
     * RSO}) would make ARSA and the RSO partners. And for each event, the coalition it founds, if it founds one ({@code
     * two gangs formed an alliance called Fòs Inite}: the entity id of Fòs Inite), else {@code null}. And for each
     * event, who was in it on neither side: hit by a stray bullet or caught in the crossfire.
     */
    public record Found(List<Event> events, List<List<Set<String>>> mentions, List<String> coalitions,
                        List<Set<String>> bystanders) {
    }

    /**
     * @param bySentence the resolved names of each sentence, in text order
     */
    public Found find(Report report, Tokens t, List<Sentence> sentences, List<List<Resolved>> bySentence) {
        LocalDate reportDate = report.date();
        List<Event> events = new ArrayList<>();
        Attribution attribution = new Attribution(t, sentences, bySentence);
        EventDate paragraphDate = null;
        EventDate ledeDate = null;
        Context ctx = new Context(new Quotes(t, sentences));
        ctx.reportDay = reportDate == null ? null : reportDate.toString();
        int paragraph = -1;
        boolean summary = false;
        int summaryParagraph = -1;
        int summaryBullets = -1;
        boolean runIn = false; // the summary's heading is run into its paragraph (KEY POINTS: ...)
        for (Sentence whole : sentences) {
            if (whole.paragraph() != paragraph) {
                paragraph = whole.paragraph();
                paragraphDate = null;
                ctx.paragraphPlace = null;
            }
            if (events.size() >= maxEvents) {
                break;
            }
            Sentence previous = whole.index() > 0 ? sentences.get(whole.index() - 1) : null;
            Sentence next = whole.index() + 1 < sentences.size() ? sentences.get(whole.index() + 1) : null;
            ctx.next = next != null && next.paragraph() == whole.paragraph() ? next : null;
            boolean heading = isHeading(report, t, whole) || isSectionHeading(t, whole, next)
                    || runInHeading(t, whole, previous, next) || headingLine(t, whole, previous, next)
                    || labelledDateHeading(t, whole, next) || NonEvents.periodSummary(t, whole)
                    || subjectLine(t, whole) || subtitleAfterHeading(t, whole, previous, next)
                    || t.countChar(whole, '|') >= 2 || Matches.report(t, whole);
            if (summaryHeading(t, whole)) {
                summary = true; // HIGHLIGHTS, SUMMARY, OVERVIEW: what the sections below tell, summed up
                summaryParagraph = whole.paragraph();
                summaryBullets = -1;
                runIn = false;
            } else if (runInSummary(t, whole)) {
                summary = true; // KEY POINTS: Shelling and drone strikes continued ...: this paragraph sums up
                summaryParagraph = whole.paragraph();
                summaryBullets = 0;
                runIn = true;
            } else if (summary && shoutedLine(t, whole)) {
                summary = false; // SITUATION OVERVIEW, INCIDENTS: the events themselves
            } else if (summary && (whole.paragraph() != summaryParagraph || summaryBullets < 0)) {
                // the summary is the paragraph under its heading (or on the heading's next line), or the list of
                // bullets there; what follows it, an entry's heading or a paragraph of its own, tells events
                boolean bullet = t.isChar(whole.first(), '-') || t.isChar(whole.first(), '\u2022');
                summary = summaryBullets < 0 || summaryBullets == 1 && bullet;
                summaryBullets = summaryBullets < 0 ? (bullet ? 1 : 0) : summaryBullets;
                summaryParagraph = whole.paragraph();
            }
            // (a run-in summary's sentence with its own date, "Fourteen people were abducted near Biakato on 10
            // June", tells its event: the sections may tell it less plainly)
            heading |= summary && !(runIn && whole.paragraph() == summaryParagraph
                    && ownDay(dates.find(t, whole, reportDate, -1), ctx.reportDay)); // (not "this week")
            for (Sentence s : heading ? List.of(whole) : Clauses.of(t, whole, previous, scan, dates, reportDate)) {
                List<List<Resolved>> names = Clauses.namesOf(bySentence, s, whole);
                List<TriggerScan.Hit> hits = heading ? List.of()
                        : withoutVagueOnes(t, s, next, scan.scan(t, s, previous));
                if (!hits.isEmpty() && Tallies.isTally(t, s)) {
                    hits = List.of();
                }
                // the date nearest the first trigger told (not the strongest: "arrested X in connection with
                // Tuesday's demonstrations" is not of Tuesday)
                FoundDate own = dates.find(t, s, reportDate,
                        hits.stream().mapToInt(TriggerScan.Hit::token).min().orElse(-1));
                int later = own == null && !hits.isEmpty() && !events.isEmpty()
                        ? daysAfterLast(t, s, s != whole || !diedOf(t, hits)) : -1;
                int daysBefore = later < 0 && own == null && !hits.isEmpty() && !events.isEmpty()
                        ? daysBeforeOpens(t, s) : 0;
                boolean dayBefore = daysBefore > 0;
                if (later >= 0 || dayBefore) {
                    // "Hours after the arrests, several hundred women blocked the road", "On the same day", "The next
                    // day": the day of the event just told, or the one after; "The previous day": the one before
                    EventDate last = events.get(events.size() - 1).date();
                    EventDate day = last == null || last.precision() != EventDate.Precision.DAY ? null : new EventDate(
                            LocalDate.parse(last.value()).plusDays(dayBefore ? -daysBefore : later).toString(),
                            EventDate.Precision.DAY);
                    own = day == null || afterReport(day, reportDate) ? null : new FoundDate(day, false);
                }
                if (own == null && !hits.isEmpty() && paragraphDate == null && ledeDate == null && next != null
                        && next.paragraph() == s.paragraph()) {
                    // a lede with no date of its own, the next sentence telling when: "The attackers struck late on
                    // Friday"
                    FoundDate ahead = dates.find(t, next, reportDate, -1);
                    own = ahead != null && ahead.date().precision() == EventDate.Precision.DAY ? ahead : null;
                }
                if (own == null && !hits.isEmpty() && s.first() == whole.first() && overviewLabel(t, whole)) {
                    // SITUATION OVERVIEW: Fighting between X and Y intensified along the highway: the week summed up,
                    // no event of a day (but "OVERVIEW: On the night of 7 July, fighters attacked" tells one)
                    hits = List.of();
                }
                if (own != null && paragraphDate != null && paragraphDate.precision() == EventDate.Precision.DAY
                        && !own.date().value().equals(paragraphDate.value())
                        && LocalDate.parse(paragraphDate.value()).getDayOfWeek() == DateFinder.weekdayNamed(t, s)) {
                    own = new FoundDate(paragraphDate, false); // 2 June. Early on Monday, gunmen attacked: that Monday
                }
                ctx.ownDate = own;
                boolean unresolvable = own == null && reportDate == null && dates.mentionsRelativeDate(t, s);
                ctx.undatedDay = unresolvable ? DateFinder.weekdayNamed(t, s) : null;
                EventDate date = own != null ? own.date() : unresolvable ? null : paragraphDate != null ? paragraphDate
                        : ledeDate != null ? ledeDate
                        : reportDate != null ? new EventDate(reportDate.toString(), EventDate.Precision.DAY) : null;
                if (own != null && own.date().precision() != EventDate.Precision.YEAR && !own.namesTheEvent()
                        && !afterReport(own.date(), reportDate) && s.first() == whole.first()) {
                    // not "A prosecutor said they would be brought before a judge on Friday": the paragraph's events
                    // happened before; nor the day of a lede's second event ("..., and soldiers fought armed men the
                    // following day"): what follows tells the first
                    paragraphDate = own.date();
                    if (ledeDate == null && !hits.isEmpty() && own.date().precision() == EventDate.Precision.DAY) {
                        ledeDate = own.date();
                    }
                }
                if (previous != null) { // also when the next paragraph opens with the victim
                    victimIntroduced(t, s, names.get(s.index()), events, ctx);
                }
                if (hits.isEmpty()) {
                    victimsInToll(t, s, names.get(s.index()), events, ctx);
                }
                for (TriggerScan.Hit hit : hits) {
                    event(report.id(), t, s, previous, hit, hits.size() > 1, date, names, attribution, events, ctx);
                }
                if (hits.isEmpty() || hits.stream().noneMatch(h -> Acled.isViolent(h.trigger().type()))) {
                    handedOverAfterAll(t, s, events, ctx); // ... took control of the prison. No shots were fired.
                }
                protestLeader(t, s, names.get(s.index()), events);
                protestOrganisers(t, s, names.get(s.index()), events, ctx);
                String sentencePlace = Scenes.of(t, s, names.get(s.index()));
                if (sentencePlace != null && !Scenes.asideOnly(t, names.get(s.index()))) { // not where the hurt went
                    ctx.paragraphPlace = sentencePlace;
                }
            }
        }
        runByGroup(t, sentences, bySentence, events, ctx);
        return new Found(toCome(riotsOfTheirProtests(events), reportDate), ctx.mentions, ctx.coalitions,
                ctx.bystanders);
    }

    /**
     * A takeover told as a battle's, the next sentence of its paragraph saying it met no fight ({@code ... took over
     * Tocorón prison. Authorities said no shots were fired}, {@code ... seized power. No clashes were reported}): a
     * place handed over, ACLED's non-violent transfer.
     */
    private static void handedOverAfterAll(Tokens t, Sentence s, List<Event> events, Context ctx) {
        List<Integer> takeovers = new ArrayList<>(1);
        for (int i = events.size() - 1; i >= 0 && s.index() - ctx.sentenceOf.get(i) <= 1; i--) {
            String sub = events.get(i).subType();
            if (s.index() - ctx.sentenceOf.get(i) == 1
                    && (Acled.GOVERNMENT_REGAINS.equals(sub) || Acled.NON_STATE_OVERTAKES.equals(sub))) {
                takeovers.add(i);
            }
        }
        if (takeovers.isEmpty() || !EventRefiner.takenWithoutFight(t, s)) {
            return; // (the sentence read only after a takeover told just before it)
        }
        for (int i : takeovers) {
            Event e = events.get(i);
            events.set(i, new Event(e.id(), Acled.STRATEGIC, Acled.TRANSFER_OF_TERRITORY, e.date(), e.place(),
                    e.participants(), e.evidence(), e.modality()));
        }
    }

    /**
     * Who the sentence says led the protest ({@code among them candidate X, who had led the march}, {@code whose
     * chairperson, X, led the marchers}), joined it ({@code Activists of Greenpeace joined the blockade}) or addressed
     * its crowd took part in the latest protest or riot told, a few sentences before at most, on the crowd's side.
     */
    private static void protestLeader(Tokens t, Sentence s, List<Resolved> names, List<Event> events) {
        for (int k = s.first() + 1; k < s.last(); k++) {
            if (!t.isWord(k) || !TOOK_PART.contains(t.lower(k))) {
                continue;
            }
            boolean led = t.isLower(k, "led");
            boolean determined = t.isWord(k + 1) && LED_DETERMINERS.contains(t.lower(k + 1));
            int noun = determined ? k + 2 : k + 1;
            if (!t.isWord(noun) || !LED_PROTESTS.contains(t.lower(noun)) || !determined && !led) {
                continue; // led marchers; but joined the blockade, addressed the crowd
            }
            Resolved leader = null;
            for (Resolved r : names) {
                int gap = k - r.found().last();
                boolean state = "security_force".equals(r.type()) || "government".equals(r.type());
                if (("person".equals(r.type()) || !led && !state) && !r.generic() && gap > 0
                        && gap <= 5) {
                    leader = r; // X, who had led the march; activists of Y joined the blockade
                }
            }
            int i = leader == null ? -1 : lastProtestTold(t, s, events);
            if (i >= 0) {
                Event e = events.get(i);
                String id = leader.id();
                List<Participant> ps = new ArrayList<>(e.participants());
                ps.removeIf(p -> p.id().equals(id));
                ps.add(new Participant(id, Roles.ACTOR));
                events.set(i, new Event(e.id(), e.type(), e.subType(), e.date(), e.place(), ps, e.evidence(),
                        e.modality()));
            }
        }
    }

    /**
     * Who the sentence says called or organised the protest told before ({@code The blockade was called jointly by the
     * union and the Khulna Workers' Rights Forum, and police detained ...}): its actors, whatever else the sentence
     * tells.
     */
    private static void protestOrganisers(Tokens t, Sentence s, List<Resolved> names, List<Event> events,
                                          Context ctx) {
        for (int k = s.first(); k + 3 < s.last(); k++) {
            int v = k + 1;
            boolean participle = t.isChar(v, ',') && t.isWord(v + 1) && CALLED_OUT.contains(t.lower(v + 1));
            if (!t.isWord(k) || !(LED_PROTESTS.contains(t.lower(k)) || participle && t.isLower(k, "gathering"))
                    || !t.theBefore(s, k)) {
                continue; // (the gathering, called by X; not "said the gathering had been organised by X")
            }
            if (participle) {
                v++; // The gathering, called by the Darayim Elders' Council, ended peacefully
            } else if (t.isChar(v, ',')) { // The march, against the closure of a hospital, had been called jointly by
                v++;
                while (v < Math.min(s.last(), k + 14) && !t.isChar(v, ',')) {
                    v++;
                }
                v++;
            }
            int done = v;
            while (v <= done + 2 && t.isWord(v) && BEING_DONE.contains(t.lower(v))) {
                v++;
            }
            if (v == done && !participle || !t.isWord(v) || !CALLED_OUT.contains(t.lower(v))) {
                continue;
            }
            int by = t.isLower(v + 1, "jointly") ? v + 2 : v + 1;
            if (!t.isLower(by, "by")) {
                continue;
            }
            int clauseEnd = by + 1;
            while (clauseEnd < s.last() && !t.isChar(clauseEnd, ';') && !(t.isChar(clauseEnd, ',')
                    && t.isWord(clauseEnd + 1) && CLAUSE_OPENERS.contains(t.lower(clauseEnd + 1)))) {
                clauseEnd++;
            }
            List<String> organisers = new ArrayList<>();
            for (Resolved r : names) {
                int at = r.found().first();
                if (r.isActor() && !r.generic() && at > by && at < clauseEnd && !"person".equals(r.type())
                        && !organisers.contains(r.id())) {
                    organisers.add(r.id()); // by the union and the Khulna Workers' Rights Forum
                }
            }
            addOrganisers(t, s, organisers, events, ctx);
            return;
        }
        for (Resolved r : names) {
            int e = Roles.pastAcronym(t, r.found().last() + 1);
            if (r.isActor() && !r.generic() && !"person".equals(r.type()) && t.isChar(e, ',')
                    && (t.isLower(e + 1, "which") || t.isLower(e + 1, "who")) && t.isWord(e + 2)
                    && CALLED_OUT.contains(t.lower(e + 2)) && t.isWord(e + 3)
                    && LED_DETERMINERS.contains(t.lower(e + 3)) && t.isWord(e + 4)
                    && LED_PROTESTS.contains(t.lower(e + 4))) {
                addOrganisers(t, s, new ArrayList<>(List.of(r.id())), events, ctx); // X, which organised the march,
                return;
            }
        }
    }

    /** The organisers made actors of the protest last told, and taken off the sentence's own other events. */
    private static void addOrganisers(Tokens t, Sentence s, List<String> organisers, List<Event> events, Context ctx) {
        int protest = organisers.isEmpty() ? -1 : lastProtestTold(t, s, events);
        for (int i = 0; i < events.size() && !organisers.isEmpty(); i++) {
            Event e = events.get(i);
            boolean here = e.evidence().start() == t.start(s.first());
            if (i != protest && (!here || Acled.PROTESTS.equals(e.type()) || Acled.RIOTS.equals(e.type()))) {
                continue; // but the sentence's other event, the arrests after it: not who organised the march
            }
            List<Participant> ps = new ArrayList<>(e.participants());
            ps.removeIf(p -> organisers.contains(p.id()));
            if (i == protest) {
                organisers.forEach(id -> ps.add(new Participant(id, Roles.ACTOR)));
                ctx.mentions.get(i).add(Set.copyOf(organisers)); // told here, together
            }
            events.set(i, new Event(e.id(), e.type(), e.subType(), e.date(), e.place(), ps, e.evidence(),
                    e.modality()));
        }
    }

    /** The latest protest or riot told within {@link #PROTEST_TOLD_REACH} before the sentence, or -1. */
    private static int lastProtestTold(Tokens t, Sentence s, List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (t.start(s.first()) - e.evidence().start() > PROTEST_TOLD_REACH) {
                return -1; // a protest told long before is another story
            }
            if (Acled.PROTESTS.equals(e.type()) || Acled.RIOTS.equals(e.type())) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> CLAUSE_OPENERS = WordSets.of("and", "whose", "who", "which", "but", "while");
    private static final Set<String> BEING_DONE = WordSets.of("was", "were", "had", "has", "have", "been");
    private static final Set<String> CALLED_OUT = WordSets.of("called", "organised", "organized", "convened");

    private static final Set<String> LED_DETERMINERS = WordSets.of("the", "a", "their", "its", "this", "that");
    /** Verbs of taking part in a protest told before: {@code led the march}, {@code joined the blockade}. */
    private static final Set<String> TOOK_PART = WordSets.of("led", "joined", "addressed");
    private static final Set<String> LED_PROTESTS = WordSets.of("march", "marchers", "protest", "protesters",
            "demonstration", "demonstrators", "rally", "procession", "sit-in", "picket", "crowd", "protests",
            "blockade", "blockades");
    /** How far back (in characters) a protest can have been told for a sentence to name who led or joined it. */
    private static final int PROTEST_TOLD_REACH = 1500;

    /** Posts a named group can run: {@code The checkpoint is run by a group calling itself the X Committee}. */
    private static final Set<String> POSTS = WordSets.of("checkpoint", "checkpoints", "roadblock", "roadblocks",
            "barricade", "barricades");
    private static final Set<String> RUN = WordSets.of("run", "manned", "operated", "controlled", "held", "staffed");

    /**
     * A violent event or lynching with no named actor, told right after a post ({@code stopped at a checkpoint set up
     * by residents. Members of the checkpoint accused them...}) that the report later says a named group runs ({@code
     * The checkpoint is run by a group calling itself the Lacombe Self-Defence Committee}): that group acted in it.
     */
    private static void runByGroup(Tokens t, List<Sentence> sentences, List<List<Resolved>> bySentence,
                                   List<Event> events, Context ctx) {
        String group = null;
        for (Sentence s : sentences) {
            for (int i = s.first(); i <= s.last() - 3 && group == null; i++) {
                if (!t.isWord(i) || !POSTS.contains(t.lower(i)) || !t.isWord(i + 1)
                        || !Modality.BE.contains(t.lower(i + 1)) || !t.isWord(i + 2) || !RUN.contains(t.lower(i + 2))
                        || !t.isLower(i + 3, "by")) {
                    continue;
                }
                for (Resolved r : bySentence.get(s.index())) {
                    if (r.isActor() && !r.generic() && r.found().first() > i + 3 && r.found().first() <= i + 10
                            && ("armed_group".equals(r.type()) || "organization".equals(r.type()))) {
                        group = r.id();
                        break;
                    }
                }
            }
        }
        if (group == null) {
            return;
        }
        for (int e = 0; e < events.size(); e++) {
            Event ev = events.get(e);
            boolean lynching = Acled.MOB_VIOLENCE.equals(ev.subType())
                    || Acled.VIOLENCE_AGAINST_CIVILIANS.equals(ev.type());
            String g = group;
            if (!lynching || ev.participants().stream().anyMatch(p -> p.id().equals(g))) {
                continue;
            }
            // the post is named in the sentences that lead to its first telling or to its last
            int first = ctx.sentenceOf.get(e);
            int last = Math.max(first, ctx.lastTold.get(e));
            if (postNamed(t, sentences, Math.max(0, first - 3), first)
                    || postNamed(t, sentences, Math.max(first + 1, last - 3), last)) {
                List<Participant> ps = new ArrayList<>(ev.participants());
                ps.add(new Participant(group, Roles.ACTOR));
                events.set(e, new Event(ev.id(), ev.type(), ev.subType(), ev.date(), ev.place(), ps, ev.evidence(),
                        ev.modality()));
            }
        }
    }

    private static boolean postNamed(Tokens t, List<Sentence> sentences, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.hasWordIn(sentences.get(k), POSTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events, those dated to a day after the report's own date planned rather than asserted ({@code a "ville morte"
     * day called for 24 June}, in a report of 20 June): what has not happened yet when the report was written.
     */
    private static List<Event> toCome(List<Event> events, LocalDate reportDate) {
        if (reportDate == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean later = Modality.ASSERTED.equals(e.modality()) && afterReport(e.date(), reportDate);
            out.add(later ? new Event(e.id(), e.type(), e.subType(), e.date(), e.place(), e.participants(), e.evidence(),
                    Modality.PLANNED) : e);
        }
        return out;
    }

    /** Whether a date is a day after the report's (a day of the same format compares as text). */
    private static boolean afterReport(EventDate date, LocalDate reportDate) {
        return reportDate != null && date != null && date.precision() == EventDate.Precision.DAY
                && date.value().compareTo(reportDate.toString()) > 0;
    }

    /**
     * A person a sentence opens with, their age in apposition ({@code Dr Fabienne Célestin, 44, head of the hospital's
     * trauma unit, was travelling...}), right after an event told in the sentence before whose victims it did not name
     * ({@code a surgeon and a nurse were kidnapped}): one of those victims.
     */
    private static void victimIntroduced(Tokens t, Sentence s, List<Resolved> names, List<Event> events, Context ctx) {
        int last = events.size() - 1;
        if (last < 0 || ctx.sentenceOf.get(last) != s.index() - 1 || names.isEmpty()) {
            return;
        }
        Resolved first = names.get(0);
        int after = first.found().last() + 1;
        if (!first.isActor() || !"person".equals(first.type()) || first.found().first() > s.first() + 1
                || !t.isChar(after, ',') || !t.isWord(after + 1) || !Character.isDigit(t.surface(after + 1).charAt(0))
                || !t.isChar(after + 2, ',')) {
            return;
        }
        Event e = events.get(last);
        boolean victims = Acled.VIOLENCE_AGAINST_CIVILIANS.equals(e.type()) || Acled.EXPLOSIONS.equals(e.type());
        boolean named = e.participants().stream().anyMatch(p -> p.id().equals(first.id()));
        if (victims && !named) {
            events.set(last, merge(e, null, false, List.of(new Participant(first.id(), Roles.TARGET))));
            ctx.mentions.get(last).add(Set.of(first.id()));
        }
    }

    /**
     * The people a toll right after an event names among its dead or hurt ({@code ... fired at the customers. Four men
     * died at the scene, among them X, 22}, {@code his family said the victim, X, was a mason}): the event's victims,
     * when the sentence tells no event of its own.
     */
    private static void victimsInToll(Tokens t, Sentence s, List<Resolved> names, List<Event> events, Context ctx) {
        int last = events.size() - 1;
        if (last < 0 || ctx.sentenceOf.get(last) != s.index() - 1) {
            return;
        }
        boolean toll = t.hasWordIn(s, TOLL_WORDS);
        Event e = events.get(last);
        if (!Acled.VIOLENCE_AGAINST_CIVILIANS.equals(e.type()) && !Acled.EXPLOSIONS.equals(e.type())
                && !Acled.MOB_VIOLENCE.equals(e.subType())) {
            return;
        }
        List<Participant> victims = new ArrayList<>();
        for (Resolved r : names) {
            int at = r.found().first();
            boolean theVictim = t.isChar(at - 1, ',') && t.isLower(at - 2, "victim") && t.isLower(at - 3, "the");
            if (r.isActor() && "person".equals(r.type()) && (toll && Roles.amongVictims(t, s, at) || theVictim)
                    && e.participants().stream().noneMatch(p -> p.id().equals(r.id()))) { // the victim, X, 27, was
                victims.add(new Participant(r.id(), Roles.TARGET));
            }
        }
        if (!victims.isEmpty()) {
            events.set(last, merge(e, null, false, victims));
            victims.forEach(v -> ctx.mentions.get(last).add(Set.of(v.id())));
        }
    }

    private static final Set<String> TOLL_WORDS = WordSets.of("died", "killed", "dead", "wounded", "injured");

    /**
     * A protest told first and a riot told right after it (or after one other event), the same day, are one
     * demonstration that turned violent:
     * the protest is the riot ({@code thousands gathered outside parliament...; some threw stones at police}); not
     * when the riot is denied.
     */
    private static List<Event> riotsOfTheirProtests(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i + 1 < out.size(); i++) {
            Event p = out.get(i);
            // the riot right after, or after one event of another kind told between (the death the crowd gathered over)
            int next = i + 2 < out.size() && !Acled.RIOTS.equals(out.get(i + 1).type())
                    && !Acled.PROTESTS.equals(out.get(i + 1).type()) ? i + 2 : i + 1;
            Event r = out.get(next);
            if (Acled.PROTESTS.equals(p.type()) && Acled.RIOTS.equals(r.type())
                    && Modality.ASSERTED.equals(p.modality()) && !Modality.DENIED.equals(r.modality())
                    && Objects.equals(p.date(), r.date()) && !OTHER_TIME.matcher(r.evidence().text()).find()
                    && !PEACEFUL.matcher(p.evidence().text()).find() && !AFTER_IT.matcher(r.evidence().text()).find()
                    && r.evidence().start() >= p.evidence().start()
                    && r.evidence().start() - p.evidence().end() < 400) {
                out.set(i, new Event(p.id(), r.type(), r.subType(), p.date(), p.place(), p.participants(), p.evidence(),
                        p.modality()));
            }
        }
        return out;
    }

    /**
     * The hits without the vague ones ({@code Strategic developments / Other}: an operation, a patrol) when the
     * sentence also tells a definite event: "police killed two gang members during an operation" is one event, the
     * killing.
     */
    private static List<TriggerScan.Hit> withoutVagueOnes(Tokens t, Sentence s, Sentence next,
                                                          List<TriggerScan.Hit> hits) {
        if (!hits.isEmpty() && hits.stream().allMatch(h -> isVague(t, h) && t.lower(h.token()).startsWith("operation"))
                && next != null
                && next.paragraph() == s.paragraph() && (harmTold(t, next, HARM) || harmTold(t, next, SHOOT_OUTS))
                && !t.hasWordIn(next, SEPARATE)) {
            // the Military Police carried out an operation in Jacarezinho. A shoot-out broke out and two suspects were
            // injured: the operation is the fight the next sentence tells (a patrol, which may meet one, stays)
            return List.of();
        }
        if (hits.size() < 2 || hits.stream().allMatch(h -> isVague(t, h))) {
            return hits;
        }
        int protest = hits.stream().filter(h -> Acled.PROTESTS.equals(h.trigger().type())
                && h.trigger().priority() >= 70)
                .mapToInt(TriggerScan.Hit::token).min().orElse(Integer.MAX_VALUE); // not "a crowd gathered", bombed
        if (protest < Integer.MAX_VALUE) {
            // residents marched to demand justice for the victims of the drone strike that killed 85: a protest, the
            // strike an earlier event it is about
            hits = hits.stream().filter(h -> !(Acled.EXPLOSIONS.equals(h.trigger().type())
                    && (h.token() > protest || t.theBefore(s, h.token())))).toList();
        }
        boolean arrest = hits.stream().anyMatch(h -> Acled.ARRESTS.equals(h.trigger().subType())
                || Acled.DISRUPTED_WEAPONS.equals(h.trigger().subType())); // (or rifles seized in it)
        boolean harm = hits.stream().anyMatch(h -> !isVague(t, h) && !isRaid(t, h)
                && !Acled.ARRESTS.equals(h.trigger().subType())
                && !Acled.DISRUPTED_WEAPONS.equals(h.trigger().subType()))
                || harmTold(t, s, HARM) || next != null && harmTold(t, next, FIGHT) // or a gun battle told in the next
                && !t.hasWordIn(next, SEPARATE); // (not "In a separate incident, gunmen shot dead an elder")
        return hits.stream().filter(h -> !isVague(t, h) && !(arrest && !harm && isRaid(t, h))).toList();
    }

    /**
     * A raid as an attack's word: when the sentence arrests and neither it nor the next harms anyone or fights ({@code
     * police arrested four members of the gang in a raid on a safe house}), it frames the arrest.
     */
    private static boolean isRaid(Tokens t, TriggerScan.Hit h) {
        return Acled.ATTACK.equals(h.trigger().subType()) && RAIDS.contains(t.lower(h.token()));
    }

    private static final Set<String> RAIDS = WordSets.of("raid", "raided", "raids");
    /** People a casualty's adjective describes: {@code two injured survivors}. */
    private static final Set<String> HURT_PEOPLE = WordSets.of("survivors", "survivor", "victims", "victim", "people",
            "civilians", "passengers", "persons");

    /** Whether a word of harm is told in the sentence, not one said not to be ({@code without a shot being fired}). */
    private static boolean harmTold(Tokens t, Sentence s, Set<String> words) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && words.contains(t.lower(i)) && !TriggerScan.withoutBefore(t, i)) {
                return true;
            }
        }
        return false;
    }
    /** A protest its own sentence calls peaceful: the riot told after it is another event. */
    private static final Pattern PEACEFUL = Pattern.compile("(?i)\\b(peaceful|peacefully)\\b");
    /** A riot told as after the protest ended: {@code After the organisers had declared the march over}. */
    private static final Pattern AFTER_IT = Pattern.compile(
            "(?i)\\b(after the (march|rally|protest|demonstration)|(march|rally|protest|demonstration) (was )?over"
                    + "|(march|rally|protest|demonstration) had ended)\\b");
    /**
     * Words that put a riot at another time than the protest told before it ({@code clashes the previous day}) or say
     * it was none ({@code blocked the street with tyres but did not set them alight}).
     */
    private static final Pattern OTHER_TIME = Pattern.compile(
            "(?i)\\b(previous|day before|days before|earlier|last week|a week ago|days ago|did not|didn't|peaceful"
                    + "|peacefully|no clashes)\\b");
    /** Words of people harmed or of fighting, which keep a raid an attack of its own. */
    private static final Set<String> HARM = WordSets.of("killed", "killing", "shot", "dead", "wounded", "injured",
            "wounding", "injuring", "died", "clashes", "clashed", "gunfight", "firefight", "exchange", "exchanged",
            "fire",
            "battle", "gunbattle", "shootout");

    /**
     * Words of fighting, which keep a raid an attack of its own when the next sentence tells them (not "the group
     * denied that its men had killed the teenager").
     */
    private static final Set<String> FIGHT = WordSets.of("clashes", "clashed", "gunfight", "firefight", "exchange",
            "exchanged", "fire", "battle", "gunbattle", "shootout", "resisted", "resistance");
    /** Gunfights an operation's next sentence may tell, besides its harm ({@code A shoot-out broke out}). */
    private static final Set<String> SHOOT_OUTS = WordSets.of("shoot-out", "shoot-outs", "shootouts", "gunfights",
            "firefights", "confrontation");

    private static final Set<String> VICTIMS = WordSets.of("victim", "victims");
    private static final Set<String> GANG_LIFE = WordSets.of("trafficking", "gang", "gangs", "faction", "militia",
            "dealer", "dealers", "traffickers", "trafficker");

    /**
     * Whether the sentence opens with the victim and says he was of a gang or in its trade ({@code The victim had
     * charges against him for drug trafficking}, {@code The victim was involved in a gang}).
     */
    private static boolean victimOfAGang(Tokens t, Sentence s) {
        int first = t.firstWord(s);
        boolean victimFirst = t.isWord(first + 1) && VICTIMS.contains(t.lower(first + 1))
                || t.isLower(first, "one") && t.isLower(first + 1, "of") && t.isWord(first + 3)
                && VICTIMS.contains(t.lower(first + 3));
        return victimFirst && t.hasWordIn(s, GANG_LIFE) && t.hasWordIn(s, BELONGING);
    }

    /**
     * Whether sentence {@code s} tells fire answered: {@code responded to the fire}, {@code responded to pro-Houthi
     * shelling}, {@code reacted with gunfire}, {@code returned fire}, {@code fired back}; in the event's own sentence
     * ({@code itsOwn}) also {@code fought back}.
     */
    private static boolean fireAnswered(Tokens t, Sentence s, boolean itsOwn) {
        for (int i = s.first(); i < s.last(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (w.equals("fired") && t.isLower(i + 1, "back")) {
                return true;
            }
            if ((ANSWERED.contains(w) && (t.isLower(i + 1, "to") || t.isLower(i + 1, "with"))
                    || (w.equals("returned") || w.equals("returning")) && (t.isLower(i + 1, "fire")
                    || t.isLower(i + 1, "the") && t.isLower(i + 2, "fire")))
                    && TriggerScan.wordAfter(t, s, i, 4, ANSWERING_FIRE)) {
                return true;
            }
            if (itsOwn && (w.equals("fight") || w.equals("fought")) && t.isLower(i + 1, "back")) {
                return true; // one police officer was wounded as they tried to fight back (the next sentence's
                // "fought back" may be a fight of its own)
            }
        }
        return false;
    }

    /** Verbs of a side answering fire, before "to" or "with". */
    private static final Set<String> ANSWERED = WordSets.of("responded", "reacted", "retaliated", "responding",
            "reacting", "retaliating");
    /** What fire answers, or is answered with. */
    private static final Set<String> ANSWERING_FIRE = WordSets.of("fire", "gunfire", "shelling", "shots", "shooting",
            "gunshots", "firing");

    /** How a victim was of a gang: {@code had charges against him}, {@code was involved in}, {@code a member of}. */
    private static final Set<String> BELONGING = WordSets.of("charges", "involved", "member", "belonged", "linked",
            "affiliated", "records", "record");

    /** A hit that only says what framed an event: an operation, a patrol, an offensive. */
    private static boolean isVague(Tokens t, TriggerScan.Hit h) {
        return Acled.OTHER.equals(h.trigger().subType()) && FRAMES.contains(t.lower(h.token()));
    }

    private static final Set<String> FRAMES = WordSets.of("operation", "operations", "patrol", "patrols", "offensive");

    /** What later sentences inherit: the place of the paragraph so far, the lede's place, each event's sentence. */
    private static final class Context {
        final Quotes quotes;
        String paragraphPlace;
        String ledePlace;
        final List<Integer> sentenceOf = new ArrayList<>();
        /** The sentence each event was last told in. */
        final List<Integer> lastTold = new ArrayList<>();
        final List<Boolean> placeIsOwn = new ArrayList<>();
        /** The participants of each mention of each event. */
        final List<List<Set<String>>> mentions = new ArrayList<>();
        /** The coalition each event founds, or null. */
        final List<String> coalitions = new ArrayList<>();
        /** Who was in each event on neither side ({@link #strayHit}). */
        final List<Set<String>> bystanders = new ArrayList<>();
        /** The current sentence's own date, or null. */
        FoundDate ownDate;
        /** Whether each event's date is only when the sentence that first told it was said. */
        final List<Boolean> dateWhenSaid = new ArrayList<>();
        /** Whether each event's date is the report's own, the sentence that first told it naming none but when said. */
        final List<Boolean> dateOfReport = new ArrayList<>();
        /** Whether each event's place is a country or a region. */
        final List<Boolean> placeIsWide = new ArrayList<>();
        /** The report's date (yyyy-mm-dd), or null. */
        String reportDay;
        /** The sentence after the one read, or null. */
        Sentence next;
        /** In a report with no date, the weekday the current sentence names, or null. */
        DayOfWeek undatedDay;
        /** In a report with no date, the weekday the sentence that first told each event named, or null. */
        final List<DayOfWeek> undatedDays = new ArrayList<>();

        Context(Quotes quotes) {
            this.quotes = quotes;
        }
    }

    /** @param another whether the sentence tells another event too */
    private void event(String reportId, Tokens t, Sentence s, Sentence previous, TriggerScan.Hit hit, boolean another,
                       EventDate date, List<List<Resolved>> bySentence, Attribution attribution, List<Event> events,
                       Context ctx) {
        List<Resolved> names = bySentence.get(s.index());
        List<Resolved> actors = actors(t, names);
        List<Participant> participants = new ArrayList<>(Roles.assign(t, s, hit.token(), actors));
        Set<String> sides = new HashSet<>();
        participants.forEach(p -> sides.add(p.id()));
        List<Resolved> acting = actors.stream().filter(r -> sides.contains(r.id())).toList(); // not the sources
        if (attribution.claimUnconfirmed(s)) { // JNIM claimed the attack ... the authorities could not confirm the claim
            participants.replaceAll(p -> Roles.ACTOR.equals(p.role()) ? new Participant(p.id(), Roles.SUSPECTED) : p);
        }
        attribution.accusedRejectNext(s, participants);
        boolean inQuote = ctx.quotes.quoted(s, hit.token());
        int backed = backsTheOperation(t, hit) ? lastTold(ctx) : -1;
        if (backed >= 0 && s.index() - ctx.lastTold.get(backed) <= 2 && !acting.isEmpty()) {
            // Soldiers of the National Guard supported the operation by manning checkpoints: on the side of the
            // state forces of the event told just before
            Event e = events.get(backed);
            String role = e.participants().stream().filter(p -> "state".equals(campOf(p.id(), attribution)))
                    .map(Participant::role).findFirst().orElse(Roles.ACTOR);
            List<Participant> joined = acting.stream().map(r -> new Participant(r.id(), role)).toList();
            toldAgain(backed, s, joined, null, false, events, ctx);
            return;
        }
        if (!inQuote && actors.stream().allMatch(Resolved::generic) && previous != null
                && previous.paragraph() == s.paragraph() && !unknownHands(t, actors)
                && (!actors.isEmpty() || hasPronoun(t, s, hit.token()))
                && !anotherIncident(t, s, hit.token(), names, bySentence.get(previous.index()))
                && !toldBeforePrevious(t, previous, hit, names, events, ctx) && !Attribution.whoUnsaid(t, s)) {
            boolean harms = Acled.isViolent(hit.trigger().type()) || Acled.ARRESTS.equals(hit.trigger().subType());
            borrow(t, previous, bySentence.get(previous.index()), participants,
                    harms && armedActing(actors, participants), Acled.PROTESTS.equals(hit.trigger().type()),
                    struckIn(previous, events));
        }
        if (previous != null && previous.paragraph() == s.paragraph()) {
            sameForces(t, actors, bySentence.get(previous.index()), participants);
            objectPronoun(t, hit.token(), actors, bySentence.get(previous.index()), participants);
        }
        if (tookOverDuty(t, hit.token())) {
            return; // an anti-kidnapping unit has taken over the case: no territory changed hands
        }
        boolean labelled = TriggerScan.isLabel(hit.trigger());
        EventRefiner.Reading reading = labelled // Property destruction: soldiers killed 58 oxen: the label's event
                ? new EventRefiner.Reading(hit.trigger().type(), hit.trigger().subType())
                : refiner.refine(hit.trigger(), t, s, hit.token(), acting);
        if (Acled.ATTACK.equals(reading.subType()) && Acled.VIOLENCE_AGAINST_CIVILIANS.equals(reading.type())
                && ctx.next != null && victimOfAGang(t, ctx.next)) {
            // a man was shot to death. The victim had charges against him for drug trafficking: one gang's man killed
            // by another's, ACLED's armed clash
            reading = new EventRefiner.Reading(Acled.BATTLES, Acled.ARMED_CLASH);
        }
        if ((Acled.EXPLOSIONS.equals(reading.type()) || Acled.ATTACK.equals(reading.subType()))
                && !Acled.AIR_STRIKE.equals(reading.subType())
                && !Acled.SUICIDE_BOMB.equals(reading.subType()) && (fireAnswered(t, s, true)
                || ctx.next != null && ctx.next.paragraph() == s.paragraph() && fireAnswered(t, ctx.next, false))
                && !EventRefiner.killsCivilians(t, s, s.first() - 1)) {
            // pro-Houthi forces fired mortar shells at the National Resistance forces. The anti-Houthi forces
            // responded to the fire: fire both ways, ACLED's armed clash (but shells that hit houses, killing a
            // farmer, are a shelling, however answered)
            reading = new EventRefiner.Reading(Acled.BATTLES, Acled.ARMED_CLASH);
        }
        if ((actors.isEmpty() || forceToldAgain(t, s, actors) || another && reading == EventRefiner.GOODS_SEIZED)
                && isWeakDevelopment(reading) && !labelled // (Security measures: a curfew was put in place)
                && (!Acled.TRANSFER_OF_TERRITORY.equals(reading.subType()) || !hasPronoun(t, s))) {
            // "long queues formed outside the petrol stations", "most shops pulled down their shutters": no one's
            // development; nor "The army suspended traffic on the road", what the force told before also did; nor
            // "arrested two men and seized 14 elephant tusks", a detail of the event the sentence told first
            return;
        }
        // police fired tear gas at supporters who marched: a protest (but "Officers dispersed the crowd" is what met
        // the protest told before)
        boolean ownMarch = Acled.PROTESTS.equals(hit.trigger().type()) && t.isWord(hit.token())
                && t.lower(hit.token()).endsWith("ed") && !DISPERSAL.contains(t.lower(hit.token()))
                && !clears(t, hit.token());
        boolean crowdArrests = Acled.ARRESTS.equals(reading.subType()) && !namedTarget(actors, participants);
        int met = ((Acled.isViolent(reading.type()) || Acled.PROTESTS.equals(reading.type()) || crowdArrests
                || isWeakDevelopment(reading)) && disperses(t, s) || crowdArrests && onTheSpot(t, hit.token()))
                && !ownMarch && !atCounterProtesters(t, s)
                && !attribution.refuted(s) && !Modality.DENIED.equals(Modality.of(t, s, hit.token()))
                ? protestJustTold(s, events, ctx) : -1; // not "Reports that soldiers had fired tear gas were false"
        // (nor the arrests made as a protest is dispersed: "removed the blockade with tear gas and detained four"; a
        // named man's arrest stays an event of its own)
        if (met >= 0) { // residents blocked the road to protest. Police fired tear gas to reopen it: that protest
            participants = new ArrayList<>(participants);
            attribution.onlyStateAsTargets(s, participants);
            Event p = events.get(met);
            String sub = Acled.RIOTS.equals(p.type()) ? p.subType()
                    : t.hasWordIn(s, KILLED_PROTESTERS) ? Acled.EXCESSIVE_FORCE
                    : Acled.PEACEFUL_PROTEST.equals(p.subType()) ? Acled.PROTEST_WITH_INTERVENTION : p.subType();
            events.set(met, new Event(p.id(), p.type(), sub, p.date(), p.place(), p.participants(), p.evidence(),
                    p.modality()));
            toldAgain(met, s, participants, Scenes.of(t, s, names), false, events, ctx); // its place if it had none
            return;
        }
        String ownPlace = Scenes.of(t, s, names);
        boolean asideOnly = Scenes.asideOnly(t, names); // where the wounded were treated, or came from, only
        int mob = acting.stream().allMatch(Resolved::generic) ? toldOn(s, reading, ownPlace, date, events, ctx) : -1;
        if (mob >= 0) {
            attribution.stateAsTargets(s, participants); // the police who meet the mob are on the other side of it
            toldAgain(mob, s, participants, null, false, events, ctx);
            return;
        }
        if (Acled.BATTLES.equals(reading.type()) && previous != null && previous.paragraph() == s.paragraph()
                && !ownOtherMonth(ctx.ownDate, events)) { // (not "In February gunmen had stormed" after today's)
            otherSide(t, previous, actors, bySentence.get(previous.index()), participants,
                    struckIn(previous, events));
        }
        attribution.apply(s, hit.token(), reading, participants);
        if (Acled.PROTESTS.equals(reading.type())) {
            attribution.arrestedInTheCrowd(s, participants); // among those arrested was X, who led the elders
            attribution.crowdOwners(s, participants); // fired at protesters of the JAAC
        }
        participants = arrestedBySecurityForces(reading, withoutEchoes(distinct(participants), actors), actors,
                attribution);
        participants = seizedFromPeople(reading, participants, actors);
        participants = withdrawnLose(t, reading, participants, actors);
        participants = ownersSide(t, participants, actors);
        participants = thereWhen(t, s, hit.token(), participants, actors);
        Set<String> formed = Foundings.newGroups(t, reading, actors);
        participants = Foundings.join(formed, participants);
        if (Acled.BATTLES.equals(reading.type())) {
            participants = theTwo(t, s, bySentence, participants);
        }
        String coalition = formed.size() == 1 && Acled.CHANGE_TO_GROUP.equals(reading.subType())
                ? Foundings.coalition(t, actors, formed.iterator().next()) : null;
        if (inQuote) { // not who speaks the words: "...," said X, director of Y
            participants = participants.stream().filter(p -> ctx.quotes.namedInQuotes(s, p.id(), names)).toList();
        }
        int same = definiteReference(t, hit.token(), reading, events, names);
        if (same >= 0 && hit.token() - 1 == t.firstWord(s) && !ctx.dateOfReport.get(same) && oneClause(t, s)
                && otherDay(ctx.ownDate, events.get(same).date())) {
            same = -1; // "The killings that caused the most anger came on Tuesday": not Sunday's drone strike
        }
        if (same >= 0 && !ctx.dateOfReport.get(same) && otherDay(ctx.ownDate, events.get(same).date())
                && t.hasWordIn(s.first(), hit.token() - 2, OWN_FIGHT)) {
            same = -1; // On Monday a patrol was received with gunfire by two suspects, who died in the exchange of fire
        }
        if (same >= 0 && otherYear(ctx.ownDate, events.get(same).date()) && yearJustAfter(t, s, hit.token())) {
            same = -1; // groups recall that the killing of Berta Cáceres in March 2016 ...: not this week's killing
        }
        if (same < 0 && CONSEQUENCES.contains(t.lower(hit.token())) && strikeToldAgain(t, s, hit.token())) {
            // residents said the strike of 4 July hit a baptism and killed eleven civilians: that strike's toll
            same = lastOfType(Acled.EXPLOSIONS, events);
        }
        if (same < 0 && Acled.LOOTING.equals(reading.subType()) && theAttackers(t, s)) {
            int last = lastViolent(events);
            same = last >= 0 && s.index() - ctx.lastTold.get(last) <= 2 ? last : -1; // The attackers ... set fire to
        }
        boolean definite = same >= 0;
        if (same >= 0) {
            participants = attachedTo(t, s, hit.token(), participants, names);
        } else if (t.isLower(hit.token() - 1, "the") && CASUALTY_NOUNS.contains(t.lower(hit.token()))) {
            return; // "paramedics took the wounded to hospital": who was hurt, in no event the report tells
        }
        if (same < 0 && !t.hasWordIn(s, SEPARATE)) { // not "In a separate incident on the same road, JNIM attacked"
            // one of whom was treated at the X hospital, died at the Ospedale del Mare: no other scene than the event
            // told before
            same = ledeToldWithItsDay(s, reading, date, ownPlace, events, ctx); // the lede's event, now with its day
            if (same < 0) {
                same = sameEventNearby(s, reading, isSite(ownPlace, names) || asideOnly ? null : ownPlace, date, events,
                        participants, ctx);
            }
            if (same < 0) {
                same = consequenceOf(t, s, hit, reading, asideOnly ? null : ownPlace, date, actors, events, ctx);
            }
            if (same < 0) {
                same = sameTypePlaceAndDay(reading, ownPlace, date, events);
            }
        }
        if (same < 0 && inQuote) {
            same = lastOfKind(reading, events); // "Our officers were ambushed while doing their job," X said
            if (same < 0 && Acled.STRATEGIC.equals(reading.type())) {
                return; // "The operation will continue until order is restored": words, not a development
            }
        }
        if (same >= 0 && ctx.undatedDay != null && ctx.undatedDays.get(same) != null
                && ctx.undatedDay != ctx.undatedDays.get(same)) {
            same = -1; // undated, but "On Saturday ... attacked" and "On Sunday ... counter-attacked" are two days
        }
        String modality = Modality.of(t, s, hit.token());
        Set<String> stray = strayHit(t, s, actors, participants);
        if (same >= 0) {
            ctx.bystanders.get(same).addAll(stray);
            // "residents fled towards the border with Niger during the attack": where they fled, not the attack's
            // scene; nor where the wounded were treated
            boolean takePlace = ownPlace != null && !ctx.placeIsOwn.get(same) && !asideOnly
                    && !(definite && events.get(same).place() != null && isCountry(ownPlace, names));
            if (Acled.BATTLES.equals(events.get(same).type())) {
                participants = toldByTheAttacked(t, s, events.get(same), participants, actors);
                participants = joinTheAttacked(events.get(same), participants, attribution);
                participants = withTheirUnit(t, events.get(same), participants, actors);
            }
            // the mission's spokesperson rejected suggestions that it had lost ground: not one of who lost it
            toldAgain(same, s, Modality.DENIED.equals(modality) ? List.of() : participants, ownPlace, takePlace, events,
                    ctx);
            if (ctx.coalitions.get(same) == null) {
                ctx.coalitions.set(same, coalition);
            }
            ctx.placeIsOwn.set(same, ctx.placeIsOwn.get(same) || takePlace);
            dayToldLater(same, events, ctx);
            return;
        }
        String place = ownPlace != null ? ownPlace : ctx.paragraphPlace != null ? ctx.paragraphPlace : ctx.ledePlace;
        if (ctx.ledePlace == null && ownPlace != null) {
            ctx.ledePlace = ownPlace;
        }
        ctx.sentenceOf.add(s.index());
        ctx.lastTold.add(s.index());
        ctx.placeIsOwn.add(ownPlace != null);
        ctx.mentions.add(new ArrayList<>(List.of(ids(participants))));
        ctx.coalitions.add(coalition);
        ctx.bystanders.add(new HashSet<>(stray));
        ctx.undatedDays.add(ctx.undatedDay);
        ctx.dateWhenSaid.add(ctx.ownDate != null && ctx.ownDate.whenSaid() && Objects.equals(ctx.ownDate.date(), date));
        ctx.placeIsWide.add(place != null && (isCountry(place, names) || "region".equals(typeOf(place, names))));
        ctx.dateOfReport.add((ctx.ownDate == null || ctx.ownDate.whenSaid()) && date != null
                && date.precision() == EventDate.Precision.DAY && date.value().equals(ctx.reportDay));
        int end = Math.min(s.end(), s.start() + MAX_EVIDENCE_CHARS);
        if (Modality.ASSERTED.equals(modality) && (attribution.refuted(s) || Acled.isViolent(reading.type())
                && attribution.harmDeniedNext(s, participants)
                || Acled.RIOTS.equals(reading.type()) && attribution.crowdViolenceDisputed(s, hit.token()))) {
            modality = Modality.DENIED; // killed by police, residents said. Police denied that anyone had been harmed
        }
        events.add(new Event("event:" + reportId + "-" + (events.size() + 1), reading.type(), reading.subType(),
                date, place, participants, Mention.of(t.text(), s.start(), end), modality));
    }

    /**
     * Whether the hit names, with a definite article, an event last told before sentence {@code previous}: {@code A
     * car bomb killed X on Saturday. On Monday police arrested three men. Investigators suspect the bombing was ordered
     * by a ring}: the bombing's sides are not those of the arrests told between (but a sentence before that tells no
     * event may name its sides: {@code X appears beside Y. Behind them stand armed men, under a banner of the
     * coalition}).
     */
    private boolean toldBeforePrevious(Tokens t, Sentence previous, TriggerScan.Hit hit, List<Resolved> names,
                                       List<Event> events, Context ctx) {
        if (!t.isLower(hit.token() - 1, "the")) {
            return false;
        }
        int same = definiteReference(t, hit.token(), new EventRefiner.Reading(hit.trigger().type(),
                hit.trigger().subType()), events, names);
        return same >= 0 && ctx.lastTold.get(same) < previous.index() && ctx.lastTold.contains(previous.index());
    }

    /** Whether a comma and "and" open a new clause between tokens {@code from} and {@code to}. */
    private static boolean newClauseBetween(Tokens t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isChar(k, ',') && t.isLower(k + 1, "and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event of the report's first sentence of events that names no day of its own ({@code Two Palestinians were
     * killed during an Israeli raid ..., and Palestinian Authority forces detained six members of a local armed group}),
     * dated to the report's day, told again by a later sentence of the same type and sub-type with a day of its own
     * before the report's, at the same place, at one unnamed or at one in the lede's country or region ({@code On
     * Wednesday, officers of the PA Security Forces detained six members of the Lions' Den}): the lede sums up what the
     * report then tells. Re-dated to that day (and placed at that town); its index, or -1.
     */
    private static int ledeToldWithItsDay(Sentence s, EventRefiner.Reading reading, EventDate date, String place,
                                          List<Event> events, Context ctx) {
        if (ctx.ownDate == null || date == null || date.precision() != EventDate.Precision.DAY || ctx.reportDay == null
                || date.value().compareTo(ctx.reportDay) >= 0 || events.isEmpty()) {
            return -1;
        }
        int lede = ctx.sentenceOf.get(0);
        if (lede > 2) {
            return -1; // the first event told deep in the report sums nothing up
        }
        int found = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.type().equals(reading.type()) || !e.subType().equals(reading.subType())) {
                continue;
            }
            if (ctx.sentenceOf.get(i) != lede) {
                continue; // another event of the kind, told with a day of its own or the paragraph's
            }
            if (!ctx.dateOfReport.get(i) || found >= 0 || ctx.lastTold.get(i) != lede || lede >= s.index()
                    || place != null && e.place() != null && !place.equals(e.place()) && !ctx.placeIsWide.get(i)) {
                return -1; // told again already, one of two such in the lede, or another town's
            }
            found = i;
        }
        if (found >= 0) {
            Event e = events.get(found);
            events.set(found, new Event(e.id(), e.type(), e.subType(), date, e.place(), e.participants(), e.evidence(),
                    e.modality()));
            ctx.dateOfReport.set(found, false);
            ctx.placeIsOwn.set(found, false); // and the town it names, the lede's country or region being wider
        }
        return found;
    }

    /** Event {@code i} told again in sentence {@code s}: its participants and place joined, the telling recorded. */
    private static void toldAgain(int i, Sentence s, List<Participant> participants, String place, boolean takePlace,
                                  List<Event> events, Context ctx) {
        events.set(i, merge(events.get(i), place, takePlace, participants));
        ctx.mentions.get(i).add(ids(participants));
        ctx.lastTold.set(i, s.index());
    }

    /**
     * What a quote speaks of: the latest event of the reading's type and sub-type, else, for violence, the latest
     * violent event ({@code We had to carry the wounded ourselves} after a bombing); else -1.
     */
    private static int lastOfKind(EventRefiner.Reading reading, List<Event> events) {
        return lastOfKind(reading, events, true);
    }

    /**
     * The latest event of the reading's type and sub-type, else, when {@code anyViolent}, for violence, the latest
     * violent one.
     */
    private static int lastOfKind(EventRefiner.Reading reading, List<Event> events, boolean anyViolent) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.type().equals(reading.type()) && Objects.equals(e.subType(), reading.subType())) {
                return i;
            }
        }
        return anyViolent && Acled.isViolent(reading.type()) ? lastViolent(events) : -1;
    }

    /** The latest event of this type, else -1. */
    private static int lastOfType(String type, List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /** The latest violent event or lynching, else -1. */
    private static int lastViolent(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (Acled.isViolent(e.type()) || Acled.MOB_VIOLENCE.equals(e.subType())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence's only actor is an unnamed state force it opens with, by "The" ({@code The army suspended
     * traffic}, {@code The police remind the public}): the force the report told of, adding a measure to its story.
     */
    private static boolean forceToldAgain(Tokens t, Sentence s, List<Resolved> actors) {
        int first = t.firstWord(s);
        return actors.size() == 1 && actors.get(0).generic() && !"armed_group".equals(actors.get(0).type())
                && t.isLower(first, "the") && actors.get(0).found().first() == first + 1;
    }

    /**
     * A development that only someone can make one (a change to a group, a territory handed over, one of no particular
     * kind): without an actor in its sentence, its words tell of daily life ({@code schools announced they would remain
     * closed}), not of a development.
     */
    private static boolean isWeakDevelopment(EventRefiner.Reading reading) {
        return Acled.STRATEGIC.equals(reading.type()) && (Acled.OTHER.equals(reading.subType())
                || Acled.CHANGE_TO_GROUP.equals(reading.subType()) || Acled.TRANSFER_OF_TERRITORY.equals(reading.subType()));
    }

    static final Set<String> SHORTLY = WordSets.of("hours", "minutes", "shortly", "soon", "moments");

    /**
     * How many days after the event just told the sentence says it happened: 0 when it opens with {@code Hours after
     * the}, {@code Shortly after the}, {@code On the same day}, {@code Later that day}, {@code A few hours later}; 1
     * with {@code The next day}, {@code The following morning}, and, in the second clause of a sentence that tells two
     * events ({@link Clauses}), with {@code the following day} anywhere in it; else -1.
     */
    private static int daysAfterLast(Tokens t, Sentence s, boolean clause) {
        int k = t.firstWord(s);
        if (!t.isWord(k)) {
            return -1;
        }
        if (SHORTLY.contains(t.lower(k)) && t.isLower(k + 1, "after") && t.isLower(k + 2, "the")) {
            return 0;
        }
        k += t.isLower(k, "on") ? 1 : 0;
        k += t.isLower(k, "a") && t.isLower(k + 1, "few") ? 2 : 0;
        if (t.isLower(k, "later") && (t.isLower(k + 1, "that") || t.isLower(k + 1, "the")) && t.isLower(k + 2, "day")
                || SHORTLY.contains(t.lower(k)) && t.isLower(k + 1, "later")) {
            return 0;
        }
        if ((t.isLower(k, "the") || t.isLower(k, "that")) && t.isLower(k + 1, "same") && t.isWord(k + 2)
                && PARTS_OF_DAY.contains(t.lower(k + 2))) {
            return 0; // the same day, the same afternoon
        }
        if ((t.isLower(k, "over") || t.isLower(k, "in") || t.isLower(k, "during")) && t.isLower(k + 1, "the")
                && (t.isLower(k + 2, "next") || t.isLower(k + 2, "following"))
                && (t.isLower(k + 3, "days") || COUNTS.containsKey(t.lower(k + 3)) && t.isLower(k + 4, "days"))) {
            return 1; // Over the next two days, militia fighters combed the groves: from the day after on
        }
        return nextDayAt(t, k) ? 1 : clause ? dayAfter(t, s) : -1;
    }

    /**
     * Whether a hit is a death that may follow the event told before ({@code a wounded man died the next day}): then
     * {@code the next day} inside the sentence is when he died, not when a new event happened.
     */
    private static boolean diedOf(Tokens t, List<TriggerScan.Hit> hits) {
        return hits.stream().anyMatch(h -> t.isWord(h.token()) && DEATHS.contains(t.lower(h.token())));
    }

    private static final Set<String> DEATHS = WordSets.of("died", "dies", "succumbed", "death", "deaths", "dead");

    /**
     * How many days before the event just told a sentence opening with {@code The previous day}, {@code The day
     * before}, {@code A day earlier}, {@code A week earlier} or {@code Three days earlier} is; else 0.
     */
    private static int daysBeforeOpens(Tokens t, Sentence s) {
        int k = t.firstWord(s);
        if (t.isLower(k, "the") && (t.isLower(k + 1, "previous") || t.isLower(k + 1, "preceding"))
                && t.isWord(k + 2) && PARTS_OF_DAY.contains(t.lower(k + 2))
                || t.isLower(k, "the") && t.isLower(k + 1, "day") && t.isLower(k + 2, "before")
                && t.isChar(k + 3, ',')) {
            return 1;
        }
        Integer n = t.isWord(k) ? COUNTS.get(t.lower(k)) : null;
        if (n == null || !t.isLower(k + 2, "earlier")) {
            return 0;
        }
        String unit = t.lower(k + 1);
        boolean one = n == 1;
        return unit.equals(one ? "day" : "days") ? n : unit.equals(one ? "week" : "weeks") ? 7 * n : 0;
    }

    private static final Map<String, Integer> COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "ten", 10);

    /** Whether {@code the next day}, {@code the following morning} ... opens at token {@code k}. */
    private static boolean nextDayAt(Tokens t, int k) {
        return t.isLower(k, "the") && (t.isLower(k + 1, "next") || t.isLower(k + 1, "following")) && t.isWord(k + 2)
                && PARTS_OF_DAY.contains(t.lower(k + 2));
    }

    private static final Set<String> PARTS_OF_DAY = WordSets.of("day", "morning", "afternoon", "evening", "night");

    /**
     * 1 when the sentence says it was the day after, anywhere in it ({@code soldiers fought armed men near Kitaya the
     * following day}), not a deadline ({@code until the next day}); else -1.
     */
    static int dayAfter(Tokens t, Sentence s) {
        for (int k = s.first() + 1; k + 2 <= s.last(); k++) {
            if (nextDayAt(t, k) && !t.isLower(k - 1, "until") && !t.isLower(k - 1, "by") && !t.isLower(k - 1, "for")
                    && !t.isLower(k - 1, "till") && !DateFinder.published(t, k) // (a message released the next day)
                    && !DateFinder.saidJustBefore(t, k)) { // (the state newspaper reported the next day that)
                return 1;
            }
        }
        return -1;
    }

    /**
     * A headline repeated at the top of the text, or a Markdown heading, states no event of its own. A first line that
     * ends with a full stop is the text's first sentence, titling a text that has no headline ({@code On 10 May 2024,
     * JNIM fighters killed five civilians in Djibo.}), and tells its events.
     */
    private static boolean isHeading(Report report, Tokens t, Sentence s) {
        if (t.isChar(s.first(), '#')) {
            return true;
        }
        String text = t.text();
        return s.index() == 0 && !report.title().isEmpty() && !t.isChar(s.last(), '.')
                && text.regionMatches(s.start(), report.title(), 0,
                Math.min(report.title().length(), s.end() - s.start())) && s.end() - s.start() >= report.title().length() - 1
                && t.newlinesAfter(s.last()) > 0 && s.last() < t.size() - 1; // a one-line report's line is its text
    }

    /**
     * Whether the sentence opens with the attackers told before ({@code The attackers, armed with rifles, entered the
     * village and set fire to 40 houses}): what they burned is the attack's.
     */
    private static boolean theAttackers(Tokens t, Sentence s) {
        int a = t.firstWord(s);
        return t.isLower(a, "the") && t.isWord(a + 1) && ATTACKERS.contains(t.lower(a + 1));
    }

    /** Who attacked, named again by what they did: {@code the attackers}, {@code the gunmen}. */
    static final Set<String> ATTACKERS = WordSets.of("attackers", "assailants", "gunmen", "raiders");

    /**
     * An event first dated only by when it was told ({@code Gunmen killed 11 villagers in an overnight attack,
     * officials said on Thursday}) and told again by a sentence naming its own earlier day ({@code The attackers
     * entered the village shortly before midnight on Monday}): the event's day is that day.
     */
    private static void dayToldLater(int i, List<Event> events, Context ctx) {
        FoundDate own = ctx.ownDate;
        Event e = events.get(i);
        if (!ctx.dateWhenSaid.get(i) || own == null || own.whenSaid() || own.namesTheEvent() || e.date() == null
                || own.date().precision() != EventDate.Precision.DAY || e.date().precision() != EventDate.Precision.DAY
                || !LocalDate.parse(own.date().value()).isBefore(LocalDate.parse(e.date().value()))) {
            return;
        }
        events.set(i, new Event(e.id(), e.type(), e.subType(), own.date(), e.place(), e.participants(), e.evidence(),
                e.modality()));
        ctx.dateWhenSaid.set(i, false);
    }

    /**
     * A situation report's heading of its summary, alone on its line ({@code HIGHLIGHTS}, {@code SUMMARY}, {@code
     * OVERVIEW}, {@code KEY POINTS}): the lines under it sum up the incidents its sections tell, with their dates.
     */
    private static boolean summaryHeading(Tokens t, Sentence s) {
        int a = t.firstWord(s);
        int last = t.isChar(s.last(), ':') ? s.last() - 1 : s.last();
        if (a < 0 || !shoutedLine(t, s)) {
            return false;
        }
        return a == last && SUMMARY_HEADINGS.contains(t.lower(a))
                || a + 1 == last && t.isLower(a, "key") && (t.isLower(last, "points") || t.isLower(last, "messages")
                || t.isLower(last, "figures"));
    }

    private static final Set<String> SUMMARY_HEADINGS = WordSets.of("highlights", "summary", "overview");

    /**
     * A summary's heading in capitals run into its paragraph ({@code KEY POINTS: Shelling and drone strikes continued
     * along the border}, {@code OVERVIEW. The dry season has again brought herds}): the paragraph sums up what the
     * sections below tell, with their dates.
     */
    private static boolean runInSummary(Tokens t, Sentence s) {
        int a = t.firstWord(s);
        if (a < 0 || !t.is(a, Tokens.ALL_CAPS)) {
            return false;
        }
        return (t.isLower(a, "highlights") || t.isLower(a, "summary")) && t.isChar(a + 1, ':')
                || SUMMARY_HEADINGS.contains(t.lower(a)) && t.isChar(a + 1, '.') // OVERVIEW. The dry season has
                || t.isLower(a, "key") && t.is(a + 1, Tokens.ALL_CAPS)
                && (t.isLower(a + 1, "points") || t.isLower(a + 1, "messages"))
                && (t.isChar(a + 2, ':') || t.isChar(a + 2, '.'));
    }

    /** Whether the sentence opens with a label in capitals naming an overview or summary ({@code SITUATION OVERVIEW:}). */
    private static boolean overviewLabel(Tokens t, Sentence s) {
        for (int k = s.first(); k <= Math.min(s.last() - 1, s.first() + 4) && t.isWord(k); k++) {
            if (t.isChar(k + 1, ':') && t.labelBefore(s, k + 2)) {
                for (int j = s.first(); j <= k; j++) {
                    if (t.isLower(j, "overview") || t.isLower(j, "summary")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A line of its own, every word of it in capitals: {@code INCIDENTS}, {@code SITUATION OVERVIEW}. */
    private static boolean shoutedLine(Tokens t, Sentence s) {
        return t.newlinesAfter(s.last()) > 0 && s.last() - s.first() <= 8 && DocContext.capitalWords(t, s) > 0;
    }

    /**
     * A section's heading in capitals ({@code EXCHANGE OF FIRE, TSAKHOLO. On Sunday afternoon, officers manning a
     * roadblock...}; {@code ARRESTS, HA THETSANE.}), or a subtitle line without a full stop near the top ({@code Shootings
     * in Mafeteng district, arrests in Maseru and march in Mafeteng town}), before text in mixed case: the text that
     * follows tells its events, with their dates.
     */
    private static boolean isSectionHeading(Tokens t, Sentence s, Sentence next) {
        if (next == null || s.last() - s.first() > 20) {
            return false;
        }
        if (s.last() - s.first() <= 10 && capitalsOnly(t, s)) {
            return !capitalsOnly(t, next); // not a report written in capitals throughout
        }
        boolean stop = t.isChar(s.last(), '.') || t.isChar(s.last(), '!') || t.isChar(s.last(), '?')
                || t.isChar(s.last(), '"') || t.isChar(s.last(), '\u201d');
        return !stop && s.index() <= 3 && t.newlinesAfter(s.last()) > 0 && next.paragraph() != s.paragraph();
    }

    /**
     * Whether the sentence is a line of its own between paragraphs, of at most eight words and nothing else, opening
     * with a capital and with no verb in the past ({@code Silent walk in Schiedam}): a section's heading further down,
     * told by the paragraph that follows.
     */
    private static boolean headingLine(Tokens t, Sentence s, Sentence previous, Sentence next) {
        if (next == null || previous == null || previous.paragraph() == s.paragraph()
                || next.paragraph() == s.paragraph() || s.last() - s.first() > 7 || !t.isCapitalised(s.first())
                || t.newlinesAfter(s.last()) == 0) {
            return false;
        }
        return wordsWithoutVerb(t, s.first(), s.last());
    }

    /**
     * Whether the sentence is a paragraph's run-in heading: its first, of at most six tokens ending with a full stop,
     * opening with a capital and with no verb in the past ({@code Riot in Rinkeby. On Friday, the police revoked...}):
     * what the paragraph is about, told by what follows.
     */
    private static boolean runInHeading(Tokens t, Sentence s, Sentence previous, Sentence next) {
        if (next == null || next.paragraph() != s.paragraph()
                || previous != null && previous.paragraph() == s.paragraph() || s.last() - s.first() > 5
                || !t.isChar(s.last(), '.') || !t.isCapitalised(s.first())) {
            return false;
        }
        return wordsWithoutVerb(t, s.first(), s.last() - 1);
    }

    /**
     * A log's entry heading, a date and a place with the incident's label in brackets, before what happened in the
     * same paragraph: {@code - Tuesday 8 April, Hulugho sub-county (IED).}, {@code 10 April, Kotile (armed attack).}
     * It tells no event of its own (the date is still the paragraph's).
     */
    private static boolean labelledDateHeading(Tokens t, Sentence s, Sentence next) {
        int first = t.firstWord(s);
        int last = t.isChar(s.last(), '.') || t.isChar(s.last(), ':') ? s.last() - 1 : s.last();
        if (next == null || next.paragraph() != s.paragraph() || s.last() - s.first() > 16 || first > s.last()
                || !t.isChar(last, ')') || !(Calendar.weekday(t.lower(first), false) != null
                || t.is(first, Tokens.NUMBER) && t.isWord(first + 1) && Calendar.month(t.lower(first + 1)) > 0)) {
            return false;
        }
        for (int i = first; i < last && !t.isChar(i, '('); i++) {
            if (t.isWord(i) && !t.isCapitalised(i) && (t.lower(i).endsWith("ed") || FINITE.contains(t.lower(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short line's end after a heading in capitals on the same line ({@code TUESDAY 6 MAY - SAYAXCHÉ. Road blockade
     * dispersed.}), the paragraph going on below: the incident's title, told by what follows.
     */
    private static boolean subtitleAfterHeading(Tokens t, Sentence s, Sentence previous, Sentence next) {
        return previous != null && next != null && previous.paragraph() == s.paragraph()
                && t.newlinesAfter(previous.last()) == 0 && t.newlinesAfter(s.last()) > 0
                && s.last() - s.first() <= 8 && t.isChar(s.last(), '.') && capitalsOnly(t, previous)
                && (previous.first() == 0 || t.newlinesAfter(previous.first() - 1) > 0);
    }

    /** A memo's subject line ({@code Subject: Encounter near Tadmetla, IED blast near Kistaram}), no event of its own. */
    private static boolean subjectLine(Tokens t, Sentence s) {
        int first = t.firstWord(s);
        return first <= s.last() && SUBJECT_LABELS.contains(t.lower(first)) && t.isChar(first + 1, ':');
    }

    private static final Set<String> SUBJECT_LABELS = WordSets.of("subject", "re", "ref", "objet", "asunto", "assunto");

    /** Whether tokens {@code from..to} are all words, none a lower-case verb in the past or a finite one. */
    private static boolean wordsWithoutVerb(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.isWord(i) || !t.isCapitalised(i) && (t.lower(i).endsWith("ed") || FINITE.contains(t.lower(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Spans after "last" that give a noun a time of its own: {@code the killing last week}. */
    private static final Set<String> PERIODS = WordSets.of("week", "month", "year", "weekend", "night");

    private static final Set<String> FINITE = WordSets.of("is", "are", "was", "were", "has", "have", "had", "continues",
            "continue", "erupt", "erupts", "kill", "kills", "attack", "attacks", "clash", "clashes", "die", "dies");

    /** Whether every word of two letters or more in the sentence, at least two, is in capitals. */
    private static boolean capitalsOnly(Tokens t, Sentence s) {
        return DocContext.capitalWords(t, s) >= 2;
    }

    /**
     * When the trigger is a definite reference ({@code the march}, {@code this attack}) to an event of the same
     * type and sub-type already found in the report, or, by a word that names any violence ({@code the attack}, {@code
     * the incident}), to a violent one or a lynching, that event's index (the violent one told at the place the words
     * after it name, when they name one: {@code claimed the attack on Toubacoro}); else -1.
     */
    private static int definiteReference(Tokens t, int trigger, EventRefiner.Reading reading,
                                         List<Event> events, List<Resolved> names) {
        int told = victimsToldAgain(t, trigger, reading, events, names);
        if (told >= 0) {
            return told;
        }
        int before = t.isWord(trigger - 1) && SEQUELS.contains(t.lower(trigger - 1)) ? trigger - 2 : trigger - 1;
        String placeAfter = null;
        String placeName = null;
        for (Resolved r : names) {
            if (!r.isActor() && r.found().last() == trigger - 1 && t.isLower(r.found().first() - 1, "the")) {
                before = r.found().first() - 1; // "the Rueso bombing": the bombing told before, named by its place
            }
            if (r.isPlace() && r.found().first() == trigger + 2
                    && (t.isLower(trigger + 1, "on") || t.isLower(trigger + 1, "in"))) {
                placeAfter = r.id(); // claimed the attack on Toubacoro
                placeName = t.text().substring(t.start(r.found().first()), t.end(r.found().last()));
            }
        }
        if (!t.isLower(before, "the") && t.isLower(trigger - 2, "the") && t.isWord(trigger - 1)
                && !t.isCapitalised(trigger - 1) && t.isWord(trigger) && GENERIC_VIOLENCE.contains(t.lower(trigger))
                && t.lower(trigger - 1).length() > 2 && !OTHER_ONES.contains(t.lower(trigger - 1))
                && t.hasWordIn(Math.max(0, trigger - 6), trigger - 3, OWNING_UP)) {
            before = trigger - 2; // denied any role in the convoy attack: the attack on the convoy told before
        }
        if (placeAfter != null && t.isLower(before, "the") && t.isWord(trigger)
                && GENERIC_VIOLENCE.contains(t.lower(trigger))) {
            for (int i = events.size() - 1; i >= 0; i--) {
                Event e = events.get(i);
                if ((placeAfter.equals(e.place()) || e.evidence().text().contains(placeName))
                        && Acled.isViolent(e.type())) {
                    return i; // the attack told before at that place, not the last one told
                }
            }
        }
        if (!(t.isLower(before, "the") || t.isLower(before, "this") || t.isLower(before, "that")
                || timePossessive(t, before) || someonesPossessive(t, before))
                || t.isLower(trigger + 1, "last") && t.isWord(trigger + 2)
                && (PERIODS.contains(t.lower(trigger + 2)) || Calendar.weekday(t.lower(trigger + 2), false) != null)) {
            return -1; // not "the killing last week of a 14-year-old boy": a time of its own, another event
        }
        // "denied any involvement in the attack" after a bombing: that bombing; but "the drone strike in June" after a
        // kidnapping is another event, not the kidnapping told again
        boolean anyViolence = t.isWord(trigger) && (GENERIC_VIOLENCE.contains(t.lower(trigger))
                || CASUALTY_NOUNS.contains(t.lower(trigger))); // the wounded of the drone strike told before
        int same = lastOfKind(reading, events, anyViolence);
        if (same < 0 && Acled.PROTESTS.equals(reading.type()) && t.isWord(trigger)
                && (BLOCKADES.contains(t.lower(trigger)) || PROTEST_NOUNS.contains(t.lower(trigger)))) {
            // "The blockade was lifted late at night" after women blocked the road with burning tyres: that riot; "The
            // protest was called by the DPS" after protesters put up barricades and police fired tear gas
            same = lastOfKind(new EventRefiner.Reading(Acled.RIOTS, Acled.VIOLENT_DEMONSTRATION), events, false);
        }
        if (same < 0 && Acled.EXPLOSIONS.equals(reading.type()) && t.isWord(trigger)
                && BLASTS.contains(t.lower(trigger))) {
            same = lastOfType(Acled.EXPLOSIONS, events); // threw a grenade at a post. The explosion damaged a car
        }
        if (same < 0 && Acled.PROTESTS.equals(reading.type()) && t.isWord(trigger)
                && PROTEST_REFERENCES.contains(t.lower(trigger))) {
            // "The march was organised by X" after police fired tear gas at marchers: that protest, whatever its sub-type
            same = lastOfType(Acled.PROTESTS, events);
        }
        // "Residents said the exchange of fire lasted three hours", read as a crowd's: still the clash told before; but
        // "the killings sparked protests" is a protest of its own
        return same < 0 && anyViolence && !Acled.PROTESTS.equals(reading.type()) ? lastViolent(events) : same;
    }

    /**
     * Whether {@code the strike} ({@code the air strike}, {@code the drone strike}, {@code the explosion}) is told
     * before the trigger in its clause, as what did it ({@code the strike of 4 July hit a baptism ceremony ... and
     * killed at least eleven civilians}).
     */
    private static boolean strikeToldAgain(Tokens t, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.first() + 1, trigger - 16); k--) {
            if (t.isChar(k, ';') || t.isChar(k, '.')) {
                return false;
            }
            if (t.isWord(k) && (STRIKE_NOUNS.contains(t.lower(k)) || BLASTS.contains(t.lower(k)))) {
                int the = STRIKE_KINDS.contains(t.lower(k - 1)) ? k - 2 : k - 1;
                return t.isLower(the, "the") && !t.isLower(the - 1, "in") && !t.isLower(the - 1, "after");
            }
        }
        return false;
    }

    private static final Set<String> STRIKE_NOUNS = WordSets.of("strike", "airstrike", "bombing", "shelling");
    private static final Set<String> STRIKE_KINDS = WordSets.of("air", "drone", "aerial", "missile", "artillery");

    /** Whether a date found is one of the sentence's own, other than the report's day. */
    private static boolean ownDay(FoundDate found, String reportDay) {
        return found != null && !found.date().value().equals(reportDay);
    }

    /** Whether the sentence has no comma or semicolon: one clause, whose day is its subject's. */
    private static boolean oneClause(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isChar(i, ',') || t.isChar(i, ';')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a year follows the trigger in its phrase: {@code the killing of Berta Cáceres in March 2016}. */
    private static boolean yearJustAfter(Tokens t, Sentence s, int trigger) {
        for (int k = trigger + 1; k <= Math.min(s.last(), trigger + 8); k++) {
            if (t.isPunct(k) && !t.isChar(k, ',')) {
                return false;
            }
            if (DateFinder.yearAt(t, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence's own date (not when something was said) is of another year than the event told before. */
    private static boolean otherYear(FoundDate own, EventDate before) {
        return ownOtherThan(own, before, 4);
    }

    /**
     * Whether the sentence's own date (not when something was said) and {@code before} both give their first {@code
     * chars} characters (4 a year, 7 a month) and these differ.
     */
    private static boolean ownOtherThan(FoundDate own, EventDate before, int chars) {
        return own != null && !own.whenSaid() && before != null && own.date().value().length() >= chars
                && before.value().length() >= chars
                && !own.date().value().substring(0, chars).equals(before.value().substring(0, chars));
    }

    /**
     * {@code gunmen of the two cartels fought}, {@code the two groups clashed}, a battle's sides: the last two groups
     * (or armies) of that kind the report named in the six sentences before, one on each side (also when one was only
     * suspected); the participants as they are when the sentence names no such pair, the report named fewer than two,
     * or the sentence names either as a side.
     */
    private static List<Participant> theTwo(Tokens t, Sentence s, List<List<Resolved>> bySentence,
                                            List<Participant> participants) {
        String type = null;
        for (int i = s.first(); i + 2 <= s.last() && type == null; i++) {
            if (t.isLower(i, "the") && t.isLower(i + 1, "two") && t.isWord(i + 2)
                    && (i == t.firstWord(s) || t.isLower(i - 1, "of"))) { // (not "separate the two groups")
                type = TWO_KINDS.get(t.lower(i + 2));
            }
        }
        if (type == null) {
            return participants;
        }
        List<String> two = new ArrayList<>(2);
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - 6) && two.size() < 2; si--) {
            List<Resolved> rs = si < bySentence.size() ? bySentence.get(si) : List.of();
            for (int j = rs.size() - 1; j >= 0 && two.size() < 2; j--) {
                Resolved r = rs.get(j);
                if (r.isActor() && !r.generic() && type.equals(r.type()) && !two.contains(r.id())) {
                    two.add(r.id());
                }
            }
        }
        if (two.size() < 2 || participants.stream().anyMatch(p -> two.contains(p.id())
                && !Roles.SUSPECTED.equals(p.role()))) {
            return participants;
        }
        List<Participant> out = new ArrayList<>(participants);
        out.removeIf(p -> two.contains(p.id()));
        out.add(new Participant(two.get(1), Roles.ACTOR)); // the one named first
        out.add(new Participant(two.get(0), Roles.TARGET));
        return out;
    }

    private static final Map<String, String> TWO_KINDS = Map.of("cartels", "armed_group", "gangs", "armed_group",
            "groups", "armed_group", "factions", "armed_group", "militias", "armed_group", "armies", "security_force");

    /** Words of a fight the sentence tells before a definite reference to one: {@code received with gunfire}. */
    private static final Set<String> OWN_FIGHT = WordSets.of("gunfire", "ambushed", "clashed", "attacked", "fired");

    /** Whether the sentence's own day (not when something was said) is not the day of the event told before. */
    private static boolean otherDay(FoundDate own, EventDate before) {
        return own != null && !own.whenSaid() && before != null && own.date().precision() == EventDate.Precision.DAY
                && before.precision() == EventDate.Precision.DAY && !own.date().value().equals(before.value());
    }

    /**
     * The participants an event told again by a definite reference names as its own: those a few words lead from to
     * the noun ({@code X claimed the ambush}) and those named right after it, joined by a preposition ({@code the attack
     * on the station by the gang}, {@code the march, organised by X}; for the dead or the victims, named by a verb:
     * {@code among the dead was X}); the rest of the sentence tells of other things
     * ({@code the withdrawal was temporary and a counter-offensive was being prepared with the support of the
     * mission}). Those taken from the sentence before stay.
     */
    private static List<Participant> attachedTo(Tokens t, Sentence s, int trigger, List<Participant> participants,
                                                List<Resolved> names) {
        Set<String> attached = new HashSet<>();
        Set<String> named = new HashSet<>();
        boolean casualties = t.isWord(trigger) && CASUALTY_NOUNS.contains(t.lower(trigger));
        int attachedEnd = -1;
        for (Resolved r : names) {
            named.add(r.id());
            int at = r.found().first();
            if (at < trigger) {
                if (!casualties && subjectOf(t, r.found().last(), trigger)) { // not who "took the wounded to hospital"
                    attached.add(r.id()); // X claimed the ambush, X took part in the fighting
                }
                continue;
            }
            if (attachedEnd >= 0 && Roles.joinedTo(t, attachedEnd, at)) {
                attached.add(r.id()); // the march, organised by X and the Y
                attachedEnd = r.found().last();
                continue;
            }
            if (at > trigger + (byChain(t, trigger, at) ? 14 : 8)) {
                continue;
            }
            // "The wounded, Thokchom Ibomcha Singh, 46, and his nephew": the victim named in apposition
            boolean joined = casualties && at == trigger + 2 && t.isChar(trigger + 1, ',') && "person".equals(r.type());
            for (int k = trigger + 1; k < at && !joined; k++) {
                if (t.isChar(k, ',') && t.isWord(k + 1) && t.lower(k + 1).endsWith("ed")) {
                    continue; // the march, organised by X
                }
                if (!t.isWord(k) && !t.isChar(k, '-')) {
                    joined = false;
                    break;
                }
                // the attack on X; among the dead was X
                joined |= ATTACHING.contains(t.lower(k)) || casualties && NAMING.contains(t.lower(k));
            }
            if (joined && !(casualties && r.generic())) { // "among the dead were civilians" adds no side to a clash
                attached.add(r.id());
                attachedEnd = r.found().last();
            }
        }
        // who comes from the sentence before stays: "appears beside Valcin. Behind them, the coalition's banner"
        return participants.stream().filter(p -> attached.contains(p.id()) || !named.contains(p.id())).toList();
    }

    /**
     * Whether only lower-case words, two of them "by", lead from the noun to a name: {@code the protests were called by
     * an opposition collective led by the Juwa party}.
     */
    private static boolean byChain(Tokens t, int trigger, int at) {
        int by = 0;
        for (int k = trigger + 1; k < at; k++) {
            if (!t.isWord(k) || t.isCapitalised(k)) {
                return false;
            }
            by += t.isLower(k, "by") ? 1 : 0;
        }
        return by == 2;
    }

    /**
     * Whether a name ending at {@code end} does what a few words then lead to the noun: {@code X carried out the
     * attack}.
     */
    private static boolean subjectOf(Tokens t, int end, int trigger) {
        int from = Roles.pastAcronym(t, end + 1); // accused the armed wing of X (XY) of supporting the raid
        if (trigger - from > 5) {
            return false;
        }
        for (int k = from; k < trigger; k++) {
            if (!t.isWord(k) || Roles.isSpeech(t.lower(k)) || BLAMING.contains(t.lower(k))) {
                return false; // (not "police blamed the attack on X": who blames)
            }
        }
        return true;
    }

    /** Verbs by which one judges or looks into an event told before: no side of it. */
    private static final Set<String> BLAMING = WordSets.of("blamed", "blames", "attributed", "attributes", "denied",
            "denies", "investigated", "investigating", "investigate", "probed", "probing");

    private static final Set<String> CASUALTY_NOUNS = WordSets.of("dead", "victims", "victim", "killed", "wounded",
            "injured", "casualties", "hostages", "missing", "abducted", "kidnapped");
    private static final Set<String> NAMING = WordSets.of("was", "were", "is", "are", "included", "including",
            "include");
    private static final Set<String> ATTACHING = WordSets.of("by", "of", "on", "against", "between", "from", "with");

    /**
     * Whether the sentence tells of a crowd dispersed: tear gas, water cannon, rubber bullets, batons, stun grenades,
     * {@code dispersed}, or the crowd told before named again as what a force met ({@code beat the marchers}).
     */
    private static boolean disperses(Tokens t, Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && (DISPERSAL.contains(t.lower(i)) && !TriggerScan.dispersedOnItsOwn(t, i)
                    // (not "the rally, which dispersed peacefully")
                    || t.isLower(i, "gas") && t.isLower(i - 1, "tear")
                    || t.isLower(i, "cannon") && t.isLower(i - 1, "water") || t.isLower(i, "batons")
                    || t.isLower(i, "truncheons") || t.isLower(i, "spray") && t.isLower(i - 1, "pepper")
                    || t.isLower(i, "pepper-spray") || t.isLower(i, "pepper-sprayed")
                    || t.isLower(i, "grenades") && t.isLower(i - 1, "stun")
                    || t.isLower(i - 1, "the") && CROWD_MET.contains(t.lower(i)) && metBy(t, i - 2)
                    || t.isLower(i, "them") && (metBy(t, i - 1) || t.isLower(i + 1, "back") && t.isWord(i - 1)
                    && PUSHED_BACK.contains(t.lower(i - 1)) || t.isLower(i - 1, "at")
                    && t.hasWordIn(Math.max(s.first(), i - 6), i - 2, FIRED_AT))
                    || t.isLower(i, "bullets") && t.isLower(i - 1, "rubber") || clears(t, i)
                    || t.isLower(i, "removed") && (t.is(i + 1, Tokens.NUMBER) || t.isLower(i + 1, "them")
                    || t.isLower(i + 1, "the") && t.isWord(i + 2) && TriggerScan.PROTEST_WORDS.contains(t.lower(i + 2))))) {
                // police removed 23 of them, removed the protesters: met, not on their own
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the force's blow is aimed at counter-protesters ({@code fired pepper spray at counter-protesters from
     * CARF}): another crowd than the protest told before, met on its own.
     */
    private static boolean atCounterProtesters(Tokens t, Sentence s) {
        for (int i = s.first() + 1; i <= s.last(); i++) {
            if (t.isWord(i) && COUNTER_CROWDS.contains(t.lower(i))
                    && (t.isLower(i - 1, "at") || t.isLower(i - 1, "on") || t.isLower(i - 1, "against"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COUNTER_CROWDS = WordSets.of("counter-protesters", "counter-protestors",
            "counter-demonstrators");

    /**
     * A force's unit named after it with a possessive ({@code Soldiers of the Royal Thai Army's Pha Muang Task Force
     * clashed with ...}) is on its side: the owner's role for both.
     */
    private static List<Participant> ownersSide(Tokens t, List<Participant> participants, List<Resolved> actors) {
        List<Participant> out = participants;
        for (Resolved owner : actors) {
            int k = owner.found().last() + 1;
            if (!t.isApostrophe(k) || !t.adjacent(k - 1)
                    || !"security_force".equals(owner.type()) && !"government".equals(owner.type())) {
                continue;
            }
            int unit = t.isLower(k + 1, "s") && t.adjacent(k) ? k + 2 : k + 1;
            String ownerRole = roleOf(out, owner.id());
            for (Resolved r : actors) {
                String role = roleOf(out, r.id());
                if (r.found().first() == unit && ownerRole != null && role != null && !role.equals(ownerRole)
                        && !r.id().equals(owner.id())) {
                    out = withRole(out, r.id(), ownerRole);
                }
            }
        }
        return out;
    }

    /**
     * Who the sentence says was somewhere when the event's clause, with a subject of its own, happened ({@code Gennaro
     * Esposito was standing outside the bar when two men fired at the group}; {@code troops were patrolling when
     * protesters threw stones}): its target, not who did it.
     */
    private static List<Participant> thereWhen(Tokens t, Sentence s, int trigger, List<Participant> participants,
                                               List<Resolved> actors) {
        int when = -1;
        for (int k = trigger - 2; k > s.first() && when < 0; k--) {
            when = t.isLower(k, "when") ? k : when;
        }
        if (when < 0 || !t.isWord(when + 1) || !t.isCapitalised(when + 1) && !t.is(when + 1, Tokens.NUMBER)
                && !NEW_SUBJECTS.contains(t.lower(when + 1))) {
            return participants; // "when they opened fire", "when the group seized": who was named, not newcomers
        }
        Set<String> clauseSubjects = new HashSet<>(); // since 2016, when PCC gunmen killed X: the PCC acts again
        for (Resolved r : actors) {
            if (r.found().first() > when && r.found().last() < trigger) {
                clauseSubjects.add(r.id());
            }
        }
        List<Participant> out = participants;
        for (Resolved r : actors) {
            if (r.found().last() < when && Roles.ACTOR.equals(roleOf(out, r.id())) && !clauseSubjects.contains(r.id())) {
                out = withRole(out, r.id(), Roles.TARGET);
            }
        }
        return out;
    }

    /** First words of a when-clause's subject that someone new is: {@code when two men on a scooter fired}. */
    private static final Set<String> NEW_SUBJECTS = WordSets.of("a", "an", "two", "three", "four", "five", "six",
            "several", "dozens", "hundreds", "unknown", "unidentified", "masked", "armed", "gunmen", "men",
            "attackers", "assailants", "militants", "suspected");

    /** A copy of the participants in which {@code id} has {@code role}. */
    private static List<Participant> withRole(List<Participant> participants, String id, String role) {
        List<Participant> out = new ArrayList<>(participants);
        out.replaceAll(p -> p.id().equals(id) ? new Participant(id, role) : p);
        return out;
    }

    private static String roleOf(List<Participant> participants, String id) {
        for (Participant p : participants) {
            if (p.id().equals(id)) {
                return p.role();
            }
        }
        return null;
    }

    /** {@code supported the operation}, {@code backed the raid}: a force that helped in what was told before. */
    private static boolean backsTheOperation(Tokens t, TriggerScan.Hit hit) {
        int h = hit.token();
        return FRAMES.contains(t.lower(h)) && t.isLower(h - 1, "the") && t.isWord(h - 2)
                && SUPPORTED.contains(t.lower(h - 2));
    }

    private static final Set<String> SUPPORTED = WordSets.of("supported", "backed", "assisted", "reinforced",
            "joined", "helped");

    /** {@code Fourteen people were arrested on the spot}: where the crowd was, as it was met. */
    private static boolean onTheSpot(Tokens t, int arrest) {
        for (int i = arrest + 1; i <= arrest + 2; i++) {
            if ((t.isLower(i, "on") || t.isLower(i, "at")) && t.isLower(i + 1, "the")
                    && (t.isLower(i + 2, "spot") || t.isLower(i + 2, "scene"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a crowd or where it stood is cleared at token {@code i}: {@code the Mobile Unit cleared the square}. */
    private static boolean clears(Tokens t, int i) {
        return t.isLower(i, "cleared") && t.isLower(i + 1, "the") && t.isWord(i + 2)
                && TriggerLexicon.CLEARED.contains(t.lower(i + 2));
    }

    /**
     * The protest or riot told in this sentence or one of the two before, latest first; else -1 ({@code residents set
     * fire to tyres on the avenue. Police fired tear gas to clear the road}).
     */
    private static int protestJustTold(Sentence s, List<Event> events, Context ctx) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (ctx.lastTold.get(i) >= s.index() - 2 && (Acled.PROTESTS.equals(events.get(i).type())
                    || Acled.VIOLENT_DEMONSTRATION.equals(events.get(i).subType()))) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> DISPERSAL = WordSets.of("teargas", "disperse", "dispersed", "dispersing",
            "baton-charged", "baton-charge", "baton-charging", "lathi-charged", "lathi-charge", "lathicharged");
    /** Whether a verb of force ends at token {@code k}, or before {@code at} or {@code on} there: {@code fired at}. */
    private static boolean metBy(Tokens t, int k) {
        int v = t.isLower(k, "at") || t.isLower(k, "on") ? k - 1 : k;
        return t.isWord(v) && FORCE_VERBS.contains(t.lower(v));
    }

    private static final Set<String> FORCE_VERBS = WordSets.of("beat", "charged", "attacked", "pushed", "chased",
            "assaulted", "clubbed", "whipped", "kicked", "blocked", "fired", "shot", "surrounded", "stopped",
            "confronted", "kettled", "scattered", "repelled", "repulsed");
    /** {@code to push them back}, {@code fired live rounds at them}: the crowd told before, met by force. */
    private static final Set<String> PUSHED_BACK = WordSets.of("push", "pushed", "pushing", "drive", "drove",
            "driving", "force", "forced", "forcing");
    private static final Set<String> FIRED_AT = WordSets.of("fired", "shot", "firing", "shooting");
    /** The crowd of a protest told before, named again as what the force met: {@code beat the marchers}. */
    private static final Set<String> CROWD_MET = WordSets.of("marchers", "protesters", "protestors", "demonstrators",
            "crowd", "crowds");
    private static final Set<String> KILLED_PROTESTERS = WordSets.of("killed", "killing", "dead", "live");

    /** Words that name any violent event: told again with "the", they can mean the bombing told before. */
    private static final Set<String> GENERIC_VIOLENCE = WordSets.of("attack", "attacks", "assault", "assaults",
            "violence", "incident", "incidents", "killing", "killings", "raid", "raids", "fighting", "bloodshed",
            "exchange", "exchanges", "clash", "clashes", "gunfight", "firefight", "shootout");
    /** What any explosion told before is called again: {@code the blast}, whatever it was set off by. */
    private static final Set<String> BLASTS = WordSets.of("explosion", "explosions", "blast", "blasts", "detonation");
    /** A blockade told again may be one the report told as a riot (blocked the road with burning tyres). */
    private static final Set<String> BLOCKADES = WordSets.of("blockade", "blockades", "barricade", "barricades",
            "roadblock", "roadblocks");
    /** A protest named by its noun, which can be a riot told before (not a march or a rally: a peaceful one of its own). */
    private static final Set<String> PROTEST_NOUNS = WordSets.of("protest", "protests", "demonstration",
            "demonstrations");
    /** Nouns by which a report names again a protest it told: {@code the march was organised by X}. */
    private static final Set<String> PROTEST_REFERENCES = WordSets.copyOf(Stream.concat(PROTEST_NOUNS.stream(),
            Stream.of("march", "rally", "sit-in", "blockade", "protesters", "marchers", "demonstrators")).toList());
    /** Words between "the" and the noun of an event told before: {@code the ensuing exchange of fire}. */
    private static final Set<String> SEQUELS = WordSets.of("ensuing", "subsequent", "resulting");
    /** Words that refer to an event told before by who did it or not: {@code denied any role in the convoy attack}. */
    private static final Set<String> OWNING_UP = WordSets.of("role", "involvement", "responsibility", "claimed",
            "condemned", "denied", "blamed", "behind");
    /** Words before an event's noun that make it another than one told ({@code the second attack}). */
    private static final Set<String> OTHER_ONES = WordSets.of("first", "second", "third", "latest", "new", "previous",
            "next", "last", "other", "earlier", "later", "recent", "fourth", "fifth");

    /**
     * {@code took over} / {@code taken over} a case, an investigation, command, the presidency: a duty taken on, not
     * ground taken (the trigger is {@code took} or {@code over}).
     */
    private static boolean tookOverDuty(Tokens t, int trigger) {
        int over = t.isLower(trigger, "over") ? trigger : t.isLower(trigger + 1, "over") ? trigger + 1 : -1;
        if (over < 0 || !(t.isLower(over - 1, "took") || t.isLower(over - 1, "taken") || t.isLower(over - 1, "take")
                || t.isLower(over - 1, "takes") || t.isLower(over - 1, "taking"))) {
            return false;
        }
        int k = over + 1;
        while (t.isWord(k) && DETERMINERS.contains(t.lower(k))) {
            k++;
        }
        return t.isWord(k) && DUTIES.contains(t.lower(k));
    }

    /** Articles and possessives that open a noun phrase. */
    static final Set<String> DETERMINERS = WordSets.of("the", "a", "an", "its", "their", "his", "her");
    private static final Set<String> DUTIES = WordSets.of("case", "cases", "investigation", "investigations", "probe",
            "inquiry", "enquiry", "responsibility", "responsibilities", "command", "leadership", "duties", "role",
            "management", "presidency", "post", "office", "portfolio", "talks", "negotiations", "mediation",
            "coordination", "running", "administration", "chairmanship", "file", "dossier", "matter", "municipality",
            "council", "mayoralty", "governorship");

    /** Participles by which a definite group of victims is named after what was done to them. */
    private static final Set<String> VICTIM_PARTICIPLES = WordSets.of("killed", "wounded", "injured", "abducted",
            "kidnapped", "arrested", "detained", "shot");
    private static final Set<String> FEW = NumberWords.twoToTenAnd("dozen", "dozens");

    /**
     * When the trigger names a definite group of victims by what was done to them ({@code a funeral for the two
     * officers killed in Rask}, {@code those arrested}), the violent event told before at the place named right after
     * (else the latest of its kind, or the latest violent one): that event's index, else -1.
     */
    private static int victimsToldAgain(Tokens t, int trigger, EventRefiner.Reading reading, List<Event> events,
                                        List<Resolved> names) {
        if (events.isEmpty() || !t.isWord(trigger) || !VICTIM_PARTICIPLES.contains(t.lower(trigger))) {
            return -1;
        }
        int k = trigger - 1;
        if (t.isWord(k) && !t.isCapitalised(k) && !t.isLower(k, "those") && (t.lower(k).endsWith("s")
                || t.isLower(k, "men") || t.isLower(k, "people") || t.isLower(k, "women") || t.isLower(k, "children"))) {
            k--;
            if (t.is(k, Tokens.NUMBER) || t.isWord(k) && FEW.contains(t.lower(k))) {
                k--;
            }
        }
        if (!(t.isLower(k, "the") || t.isLower(k, "those") || t.isLower(k, "these")) || k == trigger - 1
                && !t.isLower(k, "those") || t.isLower(trigger + 1, "by")) {
            return -1; // not "the killed"; not "those killed by militants on Sunday", which says who
        }
        int at = t.isLower(trigger + 1, "in") || t.isLower(trigger + 1, "at") || t.isLower(trigger + 1, "near")
                ? trigger + 2 : -1;
        for (Resolved r : names) {
            if (at >= 0 && r.isPlace() && r.found().first() == at) {
                for (int i = events.size() - 1; i >= 0; i--) {
                    if (r.id().equals(events.get(i).place()) && Acled.isViolent(events.get(i).type())) {
                        return i;
                    }
                }
            }
        }
        return lastOfKind(reading, events); // those abducted: the abduction told before, else the latest violence
    }

    /** {@code Saturday's}, {@code last week's}, {@code yesterday's} ending at token {@code k}: an event told before. */
    private static boolean timePossessive(Tokens t, int k) {
        if (!t.isPossessiveS(k)) {
            return false;
        }
        String w = t.lower(k - 2);
        return Calendar.weekday(w, false) != null || TIME_NOUNS.contains(w);
    }

    /**
     * Whether token {@code k} ends "the" and an unnamed person's possessive, no force's or group's: {@code called for
     * an inquiry into the porter's arrest} (the arrest told before).
     */
    private static boolean someonesPossessive(Tokens t, int k) {
        if (!t.isPossessiveS(k) || !t.isLower(k - 3, "the") || !t.isWord(k - 2) || t.isCapitalised(k - 2)) {
            return false;
        }
        String w = t.lower(k - 2);
        GenericActors.Generic g = GenericActors.of(w);
        return g == null ? ActorWords.nameWordType(w) == null && ActorWords.groupNounType(w) == null
                : "civilians".equals(g.type());
    }

    private static final Set<String> TIME_NOUNS = WordSets.of("yesterday", "today", "week", "weekend", "month",
            "night", "morning", "evening", "afternoon", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday");

    /**
     * An event of the same type and sub-type told in the last {@value #SAME_EVENT_SENTENCES} sentences, at the
     * same place (or where either has none) and on the same date, is the same event told on: its index, else -1; but
     * not arrests that others made ({@code officers of the CTD detained six students. ... officers of the Mastung
     * Police, who arrested Zarina Baloch}).
     */
    private static int sameEventNearby(Sentence s, EventRefiner.Reading reading, String place, EventDate date,
                                       List<Event> events, List<Participant> participants, Context ctx) {
        Set<String> arresting = Acled.ARRESTS.equals(reading.subType()) ? actingIds(participants) : Set.of();
        for (int i = events.size() - 1; i >= 0 && s.index() - ctx.lastTold.get(i) <= SAME_EVENT_SENTENCES; i--) {
            Event e = events.get(i);
            boolean samePlace = place == null || e.place() == null || place.equals(e.place());
            Set<String> before = arresting.isEmpty() ? Set.of() : actingIds(e.participants());
            if (!before.isEmpty() && Collections.disjoint(before, arresting)) {
                continue;
            }
            if (e.type().equals(reading.type()) && Objects.equals(e.subType(), reading.subType())
                    && !Acled.OTHER.equals(reading.subType()) && samePlace && Objects.equals(e.date(), date)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> actingIds(List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        participants.stream().filter(p -> Roles.ACTOR.equals(p.role())).forEach(p -> ids.add(p.id()));
        return ids;
    }

    /**
     * The event that a sentence naming nobody acting tells on, else -1: the mob violence last told up to {@value
     * #MOB_STORY_SENTENCES} sentences before on the same date (wherever the police came from), for a crowd gathering,
     * an attack or a burning ({@code the killing of two men by a crowd in X on 8 August...; A crowd of several hundred
     * people quickly gathered. The two men were beaten with sticks and stones}); an attack on civilians of the same
     * kind, date and place anywhere before, for an attack ({@code at least eleven civilians were killed during an attack
     * on Fond-Lagrange on 25 February... Several women reported that they had been beaten and robbed}).
     */
    private static int toldOn(Sentence s, EventRefiner.Reading reading, String place, EventDate date, List<Event> events,
                              Context ctx) {
        boolean vac = Acled.VIOLENCE_AGAINST_CIVILIANS.equals(reading.type());
        boolean mobLike = vac || Acled.PROTESTS.equals(reading.type()) || Acled.RIOTS.equals(reading.type())
                || Acled.LOOTING.equals(reading.subType());
        for (int i = events.size() - 1; i >= 0 && mobLike && date != null; i--) {
            Event e = events.get(i);
            if (!date.equals(e.date())) {
                continue;
            }
            boolean samePlace = place == null || e.place() == null || place.equals(e.place());
            if (Acled.MOB_VIOLENCE.equals(e.subType()) && s.index() - ctx.lastTold.get(i) <= MOB_STORY_SENTENCES
                    || vac && samePlace && e.type().equals(reading.type())
                    && Objects.equals(e.subType(), reading.subType())) {
                return i;
            }
        }
        return -1;
    }

    private static final int MOB_STORY_SENTENCES = 5;

    /** Verbs of leaving ground: in a handover, who did them gave the territory up. */
    private static final Set<String> WITHDREW = WordSets.of("withdrew", "withdrawn", "left", "retreated", "pulled",
            "abandoned", "fled", "evacuated", "vacated");

    /**
     * In a non-violent transfer of territory, those who withdrew are its losers, not its actors ({@code M23 took
     * control of Rubaya after FARDC and Wazalendo fighters withdrew}).
     */
    private static List<Participant> withdrawnLose(Tokens t, EventRefiner.Reading reading,
                                                   List<Participant> participants, List<Resolved> actors) {
        if (!Acled.TRANSFER_OF_TERRITORY.equals(reading.subType())) {
            return participants;
        }
        Set<String> losers = new HashSet<>();
        for (Resolved r : actors) {
            for (int i = r.found().last() + 1; i <= r.found().last() + 5 && t.isWord(i); i++) {
                if (WITHDREW.contains(t.lower(i))) {
                    losers.add(r.id());
                    break;
                }
            }
        }
        if (losers.isEmpty()) {
            return participants;
        }
        List<Participant> out = new ArrayList<>();
        for (Participant p : participants) {
            out.add(losers.contains(p.id()) ? new Participant(p.id(), Roles.TARGET) : p);
        }
        return out;
    }

    /** The kinds whose unnamed participant only echoes a named one on the same side ({@link #withoutEchoes}). */
    private static final Set<String> ECHOED = Set.of("security_force", "armed_group");

    /**
     * An arrest told without who made it ({@code two suspects had been arrested}, said a spokesman for the police) was
     * made by the security force the sentence names: the first one, when nobody else acts; when it is only the one
     * that told it ("police said"), that force, named as the report names its police.
     */
    private static List<Participant> arrestedBySecurityForces(EventRefiner.Reading reading,
                                                              List<Participant> participants, List<Resolved> actors,
                                                              Attribution attribution) {
        if (!Acled.ARRESTS.equals(reading.subType())
                || participants.stream().anyMatch(p -> Roles.ACTOR.equals(p.role()))) {
            return participants;
        }
        Set<String> forces = new HashSet<>();
        actors.stream().filter(r -> "security_force".equals(r.type())).forEach(r -> forces.add(r.id()));
        List<Participant> out = new ArrayList<>(participants);
        for (int i = 0; i < out.size(); i++) {
            if (forces.contains(out.get(i).id())) {
                out.set(i, new Participant(out.get(i).id(), Roles.ACTOR));
                return out;
            }
        }
        actors.stream().filter(r -> "security_force".equals(r.type())).findFirst()
                .ifPresent(r -> out.add(0, new Participant(attribution.policeId(r.id()), Roles.ACTOR))); // its spokesman spoke
        return out;
    }

    /**
     * Weapons a security force seized, told after the arrest of people it names ({@code arrested two brothers, X and Y,
     * and the Command said it had seized weapons}): the people are whom the weapons were taken from, no seizers.
     */
    private static List<Participant> seizedFromPeople(EventRefiner.Reading reading, List<Participant> participants,
                                                      List<Resolved> actors) {
        Set<String> forces = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (Resolved r : actors) {
            if ("security_force".equals(r.type())) {
                forces.add(r.id());
            } else if ("person".equals(r.type())) {
                people.add(r.id());
            }
        }
        if (!Acled.DISRUPTED_WEAPONS.equals(reading.subType()) || participants.stream()
                .noneMatch(p -> Roles.ACTOR.equals(p.role()) && forces.contains(p.id()))) {
            return participants;
        }
        return participants.stream().map(p -> Roles.ACTOR.equals(p.role()) && people.contains(p.id())
                ? new Participant(p.id(), Roles.TARGET) : p).toList();
    }

    /**
     * Without the unnamed security force or armed group that only echoes a named one of its kind on the same side:
     * {@code ambushed a FAMa convoy; five soldiers were killed} has FAMa as its target, not FAMa and "the military"
     * besides; {@code an operation against the 400 Mawozo gang, killing three gang members}, 400 Mawozo alone.
     */
    private static List<Participant> withoutEchoes(List<Participant> participants, List<Resolved> actors) {
        Map<String, Resolved> byId = new HashMap<>();
        actors.forEach(r -> byId.putIfAbsent(r.id(), r));
        Set<String> named = new HashSet<>(); // type + role of the named participants that can be echoed
        for (Participant p : participants) {
            Resolved r = byId.get(p.id());
            if (r != null && !r.generic() && ECHOED.contains(r.type())) {
                named.add(r.type() + " " + p.role());
            }
        }
        if (named.isEmpty()) {
            return participants;
        }
        return participants.stream().filter(p -> {
            Resolved r = byId.get(p.id());
            return r == null || !r.generic() || !named.contains(r.type() + " " + p.role());
        }).toList();
    }

    /** Each participant once: the police named twice ({@code HNP officers}, {@code police}) are one; acting wins. */
    private static List<Participant> distinct(List<Participant> participants) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Participant p : participants) {
            roles.merge(p.id(), p.role(), Roles::stronger);
        }
        if (roles.size() == participants.size()) {
            return participants;
        }
        List<Participant> out = new ArrayList<>(roles.size());
        roles.forEach((id, role) -> out.add(new Participant(id, role)));
        return out;
    }

    /** The event told last: the latest added, or one told again since ({@code the defenders fought back}); else -1. */
    private static int lastTold(Context ctx) {
        int last = ctx.lastTold.size() - 1;
        for (int i = last - 1; i >= 0; i--) {
            if (ctx.lastTold.get(i) > ctx.lastTold.get(last)) {
                last = i;
            }
        }
        return last;
    }

    /**
     * The event a sentence only tells the toll of, or -1: {@code ... clashed with the army near Boni. Four soldiers
     * were killed and several vehicles burned.} A killing or a burning, right after an event of another kind (in the
     * same sentence or up to three before, same paragraph), told in the passive or without an object ({@code were
     * killed}, {@code burned.}), naming no actor beyond that event's, no other place and the same date, is that
     * event's consequence, not a new attack; so, up to four sentences after it, is one told past a development of no
     * violence ({@code ... dismantled a rear base and seized three rifles. One soldier was slightly wounded}).
     */
    private static int consequenceOf(Tokens t, Sentence s, TriggerScan.Hit hit, EventRefiner.Reading reading,
                                     String ownPlace, EventDate date, List<Resolved> actors, List<Event> events,
                                     Context ctx) {
        int last = lastTold(ctx);
        if (last >= 0 && !Acled.isViolent(events.get(last).type()) && !Acled.RIOTS.equals(events.get(last).type())
                && Acled.isViolent(reading.type())) { // (a riot's toll is the riot's)
            // "our units dismantled a rear base and seized rifles. ... one soldier was slightly wounded": past the
            // seizure, the fighting it followed
            for (int i = last - 1; i >= 0 && s.index() - ctx.sentenceOf.get(i) <= 4; i--) {
                if (Acled.isViolent(events.get(i).type())) {
                    last = i;
                    break;
                }
            }
        }
        if (last < 0 || !CONSEQUENCES.contains(t.lower(hit.token()))
                || s.index() - ctx.sentenceOf.get(last) > (last < events.size() - 1 ? 4 : 3)
                || reading.type().equals(events.get(last).type())) {
            return -1;
        }
        Event e = events.get(last);
        if (ownPlace != null && !ownPlace.equals(e.place()) || !Objects.equals(date, e.date())) {
            return -1;
        }
        Set<String> known = new HashSet<>();
        e.participants().forEach(p -> known.add(p.id()));
        int h = hit.token();
        boolean intransitive = t.isLower(h, "died") || t.isLower(h, "dead") || !t.isWord(h + 1) || t.isLower(h + 1, "and")
                || WOUNDS.contains(t.lower(h)) // an officer sustained a gunshot wound to the shoulder
                || t.isWord(h + 1) && HURT_PEOPLE.contains(t.lower(h + 1)); // two injured survivors were referred to
        boolean passive = Roles.isPassive(t, h);
        if (!passive && !intransitive) {
            return -1; // someone killed someone: Dozo hunters killed two herders
        }
        for (Resolved r : actors) {
            int first = r.found().first();
            boolean victim = "person".equals(r.type()) && (first > h && !t.isLower(first - 1, "by")
                    && !newClauseBetween(t, h, first) // not "seven had been killed, and President X called for calm"
                    || (passive || intransitive) && r.found().last() < h
                    && !t.hasWordIn(r.found().last() + 1, h - 1, SPEAKING)); // not "spokesman X said five were killed"
            int named = t.beforeThe(first);
            boolean source = t.isLower(named, "to") && t.isLower(named - 1, "according") // according to the X
                    || r.found().last() < h && t.isWord(r.found().last() + 1)
                    && SPEAKING.contains(t.lower(r.found().last() + 1)); // the STC said three of its fighters were killed
            if (!r.generic() && !"civilians".equals(r.type()) && !known.contains(r.id()) && !victim && !source) {
                // not "Three civilians were wounded, among them Mr Lamine Diatta", "The driver, Yendoubé Lamboni, and
                // his passenger were killed instantly": a victim
                return -1;
            }
        }
        return last;
    }

    /**
     * An event told before of the same type and sub-type, at the same place, on the same day, which the sentence tells
     * again ({@code - A dahalo attack on Ambatomivary killed three villagers on 21 August} in a summary, then {@code On
     * Thursday, some 60 armed dahalo attacked the hamlet of Ambatomivary}): ACLED's own unit, one event per type, place
     * and day. Else -1.
     */
    private static int sameTypePlaceAndDay(EventRefiner.Reading reading, String place, EventDate date,
                                           List<Event> events) {
        if (place == null || date == null || date.precision() != EventDate.Precision.DAY) {
            return -1;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (place.equals(e.place()) && date.equals(e.date()) && e.type().equals(reading.type())
                    && Objects.equals(e.subType(), reading.subType()) && Modality.ASSERTED.equals(e.modality())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a place is a facility or road: a spot within the place of an event told before. */
    private static boolean isSite(String place, List<Resolved> names) {
        for (Resolved r : names) {
            if (r.id().equals(place)) {
                return "facility".equals(r.type()) || "road".equals(r.type());
            }
        }
        return false;
    }

    private static Set<String> ids(List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        participants.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /**
     * The people the sentence says were hit by a stray bullet or caught in the crossfire, among the event's targets
     * ({@code three refugees were killed in the crossfire, among them a volunteer teacher, X}; {@code a nurse, X, was
     * killed by a stray bullet}; {@code a nurse, X, who was caught in the crossfire}): in it, on neither side.
     */
    private static Set<String> strayHit(Tokens t, Sentence s, List<Resolved> actors, List<Participant> participants) {
        Set<String> hit = new HashSet<>();
        for (int k = s.first(); k <= s.last(); k++) {
            if (!(t.isLower(k, "crossfire") || t.isLower(k, "cross-fire")
                    || (t.isLower(k, "bullet") || t.isLower(k, "bullets")) && t.isLower(k - 1, "stray"))) {
                continue;
            }
            for (Resolved r : actors) {
                int at = r.found().first();
                if (("person".equals(r.type()) || "civilians".equals(r.type())) && Math.abs(at - k) <= 12
                        && !t.hasCharBetween(Math.min(at, k), Math.max(at, k), ';')
                        && participants.stream().anyMatch(p -> p.id().equals(r.id())
                        && Roles.TARGET.equals(p.role()))) {
                    hit.add(r.id());
                }
            }
        }
        return hit;
    }

    /** The event with the participants of a later mention of it added, and its place if it had none. */
    private static Event merge(Event e, String place, boolean replacePlace, List<Participant> more) {
        Map<String, String> roles = new LinkedHashMap<>();
        e.participants().forEach(p -> roles.put(p.id(), p.role()));
        more.forEach(p -> roles.merge(p.id(), p.role(), (was, now) -> Roles.SUSPECTED.equals(was)
                && Roles.ACTOR.equals(now) ? now : was)); // suspected first, later told as done
        List<Participant> ps = new ArrayList<>();
        roles.forEach((id, role) -> ps.add(new Participant(id, role)));
        return new Event(e.id(), e.type(), e.subType(), e.date(), replacePlace || e.place() == null ? place : e.place(), ps,
                e.evidence(), e.modality());
    }

    /**
     * A battle told again naming one of a side's men ({@code A soldier of the 19 Rashtriya Rifles, Havildar X, was
     * killed}, after the unit fought the militants): he stands on his unit's side, not against it and its partners.
     */
    private static List<Participant> withTheirUnit(Tokens t, Event e, List<Participant> participants,
                                                   List<Resolved> actors) {
        Map<String, String> pooled = new HashMap<>();
        e.participants().forEach(p -> pooled.put(p.id(), p.role()));
        List<Participant> out = null;
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            Resolved person = actors.stream().filter(r -> r.id().equals(p.id()) && "person".equals(r.type()))
                    .findFirst().orElse(null);
            String unit = person == null ? null : unitBefore(t, person, actors);
            String side = unit == null ? null : pooled.get(unit);
            if (side != null && !side.equals(p.role()) && !Roles.SUSPECTED.equals(side)) {
                out = out == null ? new ArrayList<>(participants) : out;
                out.set(i, new Participant(p.id(), side));
            }
        }
        return out == null ? participants : out;
    }

    /** The unit a person is named after as one of its men ({@code a soldier of the X, Havildar P}), or null. */
    private static String unitBefore(Tokens t, Resolved person, List<Resolved> actors) {
        for (Resolved u : actors) {
            if (("security_force".equals(u.type()) || "armed_group".equals(u.type())) && NameChunker.oneOfGroupBefore(
                    t, u.found().first(), u.found().last(), person.found().first(), false)) {
                return u.id();
            }
        }
        return null;
    }

    /**
     * A battle told again from the attacked side ({@code IS militants attacked a post of the 314th Brigade. Soldiers of
     * the 21st Division and fighters of the 314th Brigade pursued the attackers and killed four of them}; {@code The
     * brigade, supported by X, repelled the assault and killed 30 Russian soldiers}): who hit "the attackers", or
     * "repelled the assault", stood with the attacked, and whom they hit was of the attackers.
     */
    private static List<Participant> toldByTheAttacked(Tokens t, Sentence s, Event e, List<Participant> participants,
                                                       List<Resolved> actors) {
        Set<String> attackers = new HashSet<>();
        e.participants().forEach(p -> {
            if (Roles.ACTOR.equals(p.role()) || Roles.ALLY.equals(p.role())) {
                attackers.add(p.id());
            }
        });
        Set<String> known = ids(e.participants());
        if (attackers.isEmpty() || participants.stream().anyMatch(p -> attackers.contains(p.id())
                && !Roles.TARGET.equals(p.role())) || participants.stream().noneMatch(p -> !known.contains(p.id())
                && (Roles.ACTOR.equals(p.role()) || Roles.ALLY.equals(p.role())))) {
            return participants; // the attackers act again, or no one new acts in the telling (40 militants died)
        }
        Set<String> theAttackers = new HashSet<>(); // "the attackers" standing for them
        for (Resolved r : actors) {
            int at = r.found().first();
            if (r.generic() && at == r.found().last() && t.isLower(at - 1, "the") && ATTACKERS.contains(t.lower(at))) {
                theAttackers.add(r.id());
            }
        }
        boolean hitThem = participants.stream().anyMatch(p -> Roles.TARGET.equals(p.role())
                && (attackers.contains(p.id()) || theAttackers.contains(p.id())));
        if (!hitThem && !repelledTheAssault(t, s)) {
            return participants;
        }
        List<Participant> out = new ArrayList<>();
        for (Participant p : participants) {
            if (Roles.TARGET.equals(p.role())) {
                // whom they killed: of the attackers when a force or group is named (30 Russian soldiers); the
                // unnamed dead and the persons named are rather their own (21 soldiers and police officers were
                // also killed)
                boolean named = actors.stream().anyMatch(r -> r.id().equals(p.id()) && !r.generic()
                        && !"person".equals(r.type()) && !"civilians".equals(r.type()));
                if (attackers.contains(p.id()) || named && !theAttackers.contains(p.id())) {
                    out.add(new Participant(p.id(), Roles.ACTOR));
                } else if (!theAttackers.contains(p.id())) {
                    out.add(p);
                }
            } else if (!Roles.SUSPECTED.equals(p.role())) {
                out.add(new Participant(p.id(), Roles.TARGET));
            }
        }
        return out;
    }

    /** Whether the sentence's subject {@code repelled the assault} (repulsed the raid, foiled the attack). */
    private static boolean repelledTheAssault(Tokens t, Sentence s) {
        for (int i = s.first(); i < s.last() - 1; i++) {
            if (t.isWord(i) && REPELLING.contains(t.lower(i)) && (t.isLower(i + 1, "the") || t.isLower(i + 1, "an")
                    || t.isLower(i + 1, "a")) && t.isWord(i + 2) && ASSAULTS.contains(t.lower(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REPELLING = WordSets.of("repelled", "repulsed", "foiled", "thwarted");
    private static final Set<String> ASSAULTS = WordSets.of("assault", "attack", "raid", "incursion", "offensive",
            "attackers", "assailants", "infiltration");

    /**
     * A battle told again: those new to it of the camp it attacked, when its attackers are all of the other camp, are
     * on the attacked side ({@code ISWAP attacked a position of the FAN. FAN troops, supported by the Chadian contingent
     * of the MNJTF, repelled the assault}: the MNJTF with the FAN).
     */
    private static List<Participant> joinTheAttacked(Event e, List<Participant> participants, Attribution attribution) {
        Set<String> known = ids(e.participants());
        if (known.containsAll(ids(participants))) {
            return participants; // no one new
        }
        Set<String> acting = new HashSet<>();
        Set<String> attacked = new HashSet<>();
        for (Participant p : e.participants()) {
            String camp = campOf(p.id(), attribution);
            if (Roles.TARGET.equals(p.role())) {
                attacked.add(camp);
            } else if (!Roles.SUSPECTED.equals(p.role())) {
                acting.add(camp);
            }
        }
        if (acting.size() != 1 || attacked.size() != 1 || acting.contains(null) || attacked.contains(null)
                || acting.equals(attacked)) {
            return participants;
        }
        String side = attacked.iterator().next();
        return participants.stream().map(p -> known.contains(p.id()) || Roles.TARGET.equals(p.role())
                || !side.equals(campOf(p.id(), attribution)) ? p : new Participant(p.id(), Roles.TARGET)).toList();
    }

    private static String campOf(String id, Attribution attribution) {
        String type = attribution.typeAnywhere(id);
        return type == null ? null : Acled.camp(type);
    }

    /**
     * A battle whose sentence names one side only ({@code heavy fighting with the X gunmen}) takes the other
     * side from the sentence before: its named state forces against a group, its named groups against the state;
     * not those the sentence before told struck when another of them struck ({@code IS militants bombed a vehicle of
     * the PMF. Soldiers killed two militants}: the militants are not the PMF).
     */
    private static void otherSide(Tokens t, Sentence previous, List<Resolved> actors, List<Resolved> before,
                                  List<Participant> participants, Set<String> struck) {
        boolean state = false;
        boolean armed = false;
        for (Resolved r : actors) {
            if (!r.generic()) {
                state |= "security_force".equals(r.type());
                armed |= "armed_group".equals(r.type());
            }
        }
        if (state == armed || bothSidesNamed(actors, participants)) {
            return; // M23 fighters took the town after a day of fighting with Wazalendo militiamen: the two sides
        }
        String wanted = state ? "armed_group" : "security_force";
        boolean hasActor = participants.stream().anyMatch(p -> Roles.ACTOR.equals(p.role()));
        boolean striker = before.stream().anyMatch(r -> r.isActor() && !r.generic() && wanted.equals(r.type())
                && !struck.contains(r.id()));
        for (Resolved r : before) {
            if (r.isActor() && !r.generic() && wanted.equals(r.type()) && !(striker && struck.contains(r.id()))
                    && participants.stream().noneMatch(p -> p.id().equals(r.id()))
                    && !Sidelines.parentInApposition(t, previous, r)) { // not the Boko Haram faction's Boko Haram
                participants.add(new Participant(r.id(), hasActor ? Roles.TARGET : Roles.ACTOR));
            }
        }
    }

    /** Whether a named armed group or force of the sentence acts in its battle and another is its target. */
    private static boolean bothSidesNamed(List<Resolved> actors, List<Participant> participants) {
        boolean acts = false;
        boolean targeted = false;
        for (Participant p : participants) {
            boolean armed = actors.stream().anyMatch(r -> r.id().equals(p.id()) && !r.generic()
                    && EventRefiner.isArmed(r.type()));
            acts |= armed && Roles.ACTOR.equals(p.role());
            targeted |= armed && Roles.TARGET.equals(p.role());
        }
        return acts && targeted;
    }

    /** Words that carry the sentence on from the one before: {@code the gunmen then attacked}. */
    private static final Set<String> GOING_ON = WordSets.of("then", "later", "also", "again", "afterwards", "subsequently",
            "before", "while", "same");

    /**
     * Whether the sentence tells another incident than the one before: it names a place the one before does not, has
     * no pronoun and no word carrying it on ({@code KCP militants clashed with police in Imphal. In Sorong, a crowd
     * burned a market}): its unnamed actors are not the named ones before.
     */
    private static boolean anotherIncident(Tokens t, Sentence s, int trigger, List<Resolved> names,
                                           List<Resolved> before) {
        if (opensWithYear(t, s)) {
            return true; // In August 2023, a boy was killed by a stray bullet: a story of its own
        }
        if (hasPronoun(t, s, trigger)) {
            return false;
        }
        for (int i = s.first(); i <= s.last(); i++) {
            if (t.isWord(i) && GOING_ON.contains(t.lower(i)) && !(t.isLower(i, "later") && t.isLower(i + 1, "that"))) {
                return false; // but "later that evening" somewhere else is another scene
            }
        }
        Set<String> placesBefore = new HashSet<>();
        for (Resolved r : before) {
            if (r.isPlace()) {
                placesBefore.add(r.id());
            }
        }
        for (Resolved r : names) {
            if (r.isPlace() && !placesBefore.contains(r.id()) && !"country".equals(r.type()) && !"region".equals(r.type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens on a year: {@code In August 2023,}, {@code In 2019}. */
    private static boolean opensWithYear(Tokens t, Sentence s) {
        int first = t.firstWord(s);
        if (!t.isLower(first, "in")) {
            return false;
        }
        for (int k = first + 1; k <= Math.min(s.last(), first + 3); k++) {
            if (t.is(k, Tokens.NUMBER) && t.end(k) - t.start(k) == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPronoun(Tokens t, Sentence s) {
        return hasPronoun(t, s, s.last());
    }

    /**
     * Whether the sentence has a pronoun before a verb of speaking that follows the trigger at {@code trigger}: not
     * {@code A man was stabbed off London Road, and detectives said they were examining...}, the speakers' pronoun.
     */
    private static boolean hasPronoun(Tokens t, Sentence s, int trigger) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (i > trigger && t.isWord(i) && SPEAKING.contains(t.lower(i))) {
                return false;
            }
            if (t.isWord(i) && PRONOUNS.contains(t.lower(i)) && !(t.isLower(i, "their") && t.isWord(i - 1)
                    && PlaceWords.isPreposition(t.lower(i - 1)))) { // not "took four men from their homes": theirs
                return true;
            }
        }
        return false;
    }

    private static List<Resolved> actors(Tokens t, List<Resolved> names) {
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : names) {
            if (r.isActor() && !"other".equals(r.type()) && !Sidelines.backer(t, r)) {
                out.add(r); // an untyped name is no participant
            }
        }
        return out;
    }

    private static boolean isCountry(String id, List<Resolved> names) {
        return "country".equals(typeOf(id, names));
    }

    private static boolean isArmed(String id, List<Resolved> names) {
        String type = typeOf(id, names);
        return type != null && EventRefiner.isArmed(type);
    }

    /** The type of the first name the id stands for, or null. */
    static String typeOf(String id, List<Resolved> names) {
        for (Resolved r : names) {
            if (r.id().equals(id)) {
                return r.type();
            }
        }
        return null;
    }

    /**
     * Whether a named (not generic) actor of the sentence other than a force is a target: {@code arrested 27 men, among
     * them X}; not the force of {@code Officers of the National Police fired tear gas, and 12 activists were detained},
     * read as a target of the passive.
     */
    private static boolean namedTarget(List<Resolved> actors, List<Participant> participants) {
        for (Participant p : participants) {
            if (Roles.TARGET.equals(p.role()) && actors.stream().anyMatch(r -> r.id().equals(p.id()) && !r.generic()
                    && !"security_force".equals(r.type()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an unnamed armed actor acts in the sentence ({@code a group of armed men blocked the road}). */
    private static boolean armedActing(List<Resolved> actors, List<Participant> participants) {
        for (Resolved r : actors) {
            if (r.generic() && EventRefiner.isArmed(r.type())
                    && participants.contains(new Participant(r.id(), Roles.ACTOR))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence says who did it is unknown ({@code set on fire overnight by unidentified men}): no named
     * actor of the sentence before is borrowed for it.
     */
    static boolean unknownHands(Tokens t, List<Resolved> actors) {
        for (Resolved r : actors) {
            for (int k = r.found().first() - 1; k <= r.found().last(); k++) {
                if (t.isLower(k, "unidentified") || t.isLower(k, "unknown")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Generic forces that the sentence before named as a named force's men ({@code Soldiers of the Rapid Intervention
     * Battalion and gendarmes of the National Gendarmerie tracked the kidnappers. The soldiers, gendarmes and
     * vigilantes captured the gang's leader}): the soldiers are the battalion's, the gendarmes the Gendarmerie's, the
     * vigilantes the committee's (by the name's word that starts as theirs); the named force takes the generic one's
     * place on the acting side.
     */
    private static void sameForces(Tokens t, List<Resolved> actors, List<Resolved> before,
                                   List<Participant> participants) {
        for (Resolved g : actors) {
            if (!g.generic() || "civilians".equals(g.type()) || t.isLower(g.found().last() + 1, "of")
                    || participants.stream().noneMatch(p -> p.id().equals(g.id())
                    && (Roles.ACTOR.equals(p.role()) || Roles.ALLY.equals(p.role())))) {
                continue; // not troops of the 1st Military Region, named; nor the officers stones were thrown at
            }
            String noun = t.lower(g.found().last());
            Resolved named = null;
            for (Resolved r : before) {
                int of = t.beforeThe(r.found().first());
                boolean men = t.isLower(of, "of") && t.isLower(of - 1, noun); // soldiers of the X
                for (int k = r.found().first(); k <= r.found().last() && !men && noun.length() >= 8; k++) {
                    // the X Vigilance Committee: a name's word that starts as the generic noun does
                    men = t.isCapitalised(k) && t.lower(k).startsWith(noun.substring(0, 6));
                }
                if (r.isActor() && !r.generic() && !"person".equals(r.type()) && men) {
                    named = r;
                }
            }
            String id = named == null ? null : named.id();
            if (id == null || participants.stream().anyMatch(p -> p.id().equals(id))) {
                continue;
            }
            for (int i = 0; i < participants.size(); i++) {
                if (participants.get(i).id().equals(g.id())) {
                    participants.set(i, new Participant(id, participants.get(i).role()));
                    break;
                }
            }
        }
    }

    /**
     * {@code The ministry suspended Berfin Aydoğan. Police detained her at her home}: in a sentence that names no
     * person, "him" or "her" right after the trigger is the person the sentence before named last, whom it was done to.
     */
    private static void objectPronoun(Tokens t, int trigger, List<Resolved> actors, List<Resolved> before,
                                      List<Participant> participants) {
        if (!t.isLower(trigger + 1, "him") && !t.isLower(trigger + 1, "her")
                || actors.stream().anyMatch(r -> "person".equals(r.type()))) {
            return;
        }
        Resolved person = null;
        for (Resolved r : before) {
            if (r.isActor() && !r.generic() && "person".equals(r.type())) {
                person = r;
            }
        }
        if (person != null) {
            String id = person.id();
            participants.removeIf(p -> p.id().equals(id));
            participants.add(new Participant(id, Roles.TARGET));
        }
    }

    /** Who the events told in the sentence were done to ({@code PNC agents arrested seven people, among them X}). */
    private static Set<String> struckIn(Sentence s, List<Event> events) {
        Set<String> struck = new HashSet<>();
        for (int i = events.size() - 1; i >= 0 && events.get(i).evidence().start() >= s.start(); i--) {
            if (events.get(i).evidence().start() == s.start()) {
                events.get(i).participants().stream().filter(p -> Roles.TARGET.equals(p.role()))
                        .forEach(p -> struck.add(p.id()));
            }
        }
        return struck;
    }

    /** Whether the sentence's own date is of another month than the event told last. */
    private static boolean ownOtherMonth(FoundDate own, List<Event> events) {
        return !events.isEmpty() && ownOtherThan(own, events.get(events.size() - 1).date(), 7);
    }

    /**
     * @param armedActing whether an unnamed armed actor acts in the sentence's violence or arrest: then only named
     *                    armed actors are borrowed (the name of the unnamed one); the people and organisations of the
     *                    sentence before may be its victims or its witnesses ({@code Dr X was travelling with a nurse.
     *                    A group of armed men blocked the road}; {@code Demonstrators of the Shor Party blocked the
     *                    road. Police detained dozens}): neither is said, and none is its partner
     * @param protest     whether the event is a protest: then only unarmed actors are borrowed, its crowd's people and
     *                    organisations ({@code Soldiers fired at supporters of the X party. The supporters had gathered
     *                    outside a polling station}: the soldiers are not the protest's)
     * @param struck      who the sentence before's own events were done to: none of them is borrowed ({@code PNC agents
     *                    arrested X and Y. After the families left, the company's guards set fire to 30 houses})
     */
    private static void borrow(Tokens t, Sentence previous, List<Resolved> names, List<Participant> participants,
                               boolean armedActing, boolean protest, Set<String> struck) {
        List<Resolved> named = new ArrayList<>();
        for (Resolved r : names) {
            if (r.isActor() && !r.generic() && !struck.contains(r.id())) {
                named.add(r);
            }
        }
        if (named.isEmpty()) {
            return;
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (Participant p : Roles.assign(t, previous, previous.last() + 1, named)) {
            if (armedActing ? isArmed(p.id(), named) : !protest || !isArmed(p.id(), named)) {
                roles.put(p.id(), p.role());
            }
        }
        for (Participant p : participants) {
            roles.putIfAbsent(p.id(), p.role());
        }
        participants.clear();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
    }
}
