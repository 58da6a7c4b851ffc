package org.kgi.indexer.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.gazetteer.Country;
import org.kgi.indexer.extract.lexicon.ActorWords;
import org.kgi.indexer.extract.lexicon.Calendar;
import org.kgi.indexer.extract.lexicon.FunctionWords;
import org.kgi.indexer.extract.lexicon.GenericActors;
import org.kgi.indexer.extract.lexicon.KnownActors;
import org.kgi.indexer.extract.lexicon.NumberWords;
import org.kgi.indexer.extract.lexicon.PlaceWords;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.EntityTable;
import org.kgi.indexer.extract.resolve.Found;
import org.kgi.indexer.extract.resolve.Guess;
import org.kgi.indexer.extract.resolve.Strength;
import org.kgi.indexer.extract.text.Names;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Finds every name in a report's sentences and what each one's own context says it is, plus the aliases
 * the text defines: {@code Full Name (ACR)} and quoted nicknames. Also finds facility compounds
 * ({@code X police station}), regions after places ({@code in X, Region}, {@code X (District, Region)}), nationality actors
 * ({@code Kenyan police}) and generic actors ({@code gunmen}, {@code residents}).
 */
public final class MentionFinder {
    /** The names of a report and the aliases it defines (alias key to the key of the name it stands for). */
    public record Result(List<Found> founds, Map<String, AliasLink> aliases) {
    }

    /**
     * A name the text defines for another one: its surface, the key of the name it stands for, and whether
     * the text states it (a derived form such as a plural is not stated, so it is no alias until it is seen).
     */
    public record AliasLink(String surface, String target, boolean stated) implements EntityTable.AliasSource {
    }

    /** Adjectives of faith, not names, before a common noun. */
    private static final Set<String> FAITHS = WordSets.of("catholic", "muslim", "christian", "protestant", "anglican",
            "orthodox", "evangelical", "sunni", "shia", "shiite", "hindu", "buddhist", "jewish", "sikh", "methodist",
            "pentecostal", "coptic");
    /** Words before "forces" that make them a state's: {@code security forces}, {@code government forces}. */
    private static final Set<String> STATE_FORCES = WordSets.of("security", "government", "state", "pro-government",
            "regime", "junta", "federal", "defence", "defense", "army", "military");
    /**
     * Whether the words are an official's post: an office's title after words that only say where it stands or its
     * rank ({@code District Officer}, {@code County Commissioner}, {@code District Police Commander}), after one name
     * at most ({@code the Rupandehi Chief District Officer}).
     */
    private static boolean officeTitle(Tokens t, int a, int b) {
        if (b == a || b - a > 3 || !t.isWord(b) || !OFFICES.contains(t.lower(b))) {
            return false;
        }
        int k = b - 1;
        while (k >= a && t.isWord(k) && t.isCapitalised(k)
                && (OFFICE_LEVELS.contains(t.lower(k)) || ActorWords.isTitle(t.lower(k)))) {
            k--;
        }
        return k < a || k == a && k < b - 1 && t.isCapitalised(k);
    }

    /** People of a body named right after its common noun: {@code Community leaders}, {@code Union members}. */
    private static final Set<String> MEMBERS_AFTER = WordSets.of("leaders", "leader", "members", "member", "officials",
            "elders", "representatives", "activists", "volunteers", "workers", "staff");
    /** Common nouns of a community or a body that name none: {@code Community leaders}, {@code Clan elders}. */
    private static final Set<String> BODY_NOUNS = WordSets.of("community", "church", "youth", "village", "clan",
            "tribal", "student", "faith", "mosque", "parish", "camp", "family");

    private static final Set<String> OFFICES = WordSets.of("officer", "commissioner", "administrator", "commander",
            "prefect", "superintendent");
    private static final Set<String> OFFICE_LEVELS = WordSets.of("district", "regional", "county", "provincial",
            "area", "zonal", "municipal", "executive", "police", "sub-county", "sub-divisional", "prefectural",
            "theatre", "theater", "sector", "force", "field", "state", "deputy");

    /**
     * Whether the word is a people's adjective ({@code -ian}, {@code -ean}, {@code -ese}, {@code -ish}) before
     * civilians named by a noun, alone or with another such word ({@code Assyrian and Arab residents}).
     */
    private static boolean peoplesAdjective(Tokens t, Sentence s, int a) {
        String w = t.lower(a);
        if (!(w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish")) || w.length() < 5) {
            return false;
        }
        int n = t.isLower(a + 1, "and") && t.isCapitalised(a + 2) ? a + 3 : a + 1;
        return n <= s.last() && t.isWord(n) && !t.isCapitalised(n) && (PEOPLE_NOUNS.contains(t.lower(n))
                || GenericActors.isCivilians(t.lower(n)));
    }

    /** People named by what they do, not counted among the civilians: {@code 11 Kurdish activists}. */
    private static final Set<String> PEOPLE_NOUNS = WordSets.of("activists", "activist", "youths", "men", "dissidents",
            "intellectuals", "writers", "artists", "lawyers");

    /** Words of a village's or a ward's administrative kind written before its name: {@code Barangay Limook}. */
    private static final Set<String> WARD_WORDS = WordSets.of("barangay", "sitio", "purok", "kebele", "vereda");

    private static final Set<String> PEOPLES = WordSets.of("bedouin", "arab", "kurdish", "druze", "tuareg", "fulani",
            "somali", "pashtun", "baloch", "hazara", "turkmen", "yazidi", "berber", "masai", "maasai");
    private static final Set<String> TRIBES = WordSets.of("tribe", "tribes", "clan", "clans", "tribesmen");
    private static final Set<String> MARCH_NAMES = WordSets.of("walk", "march", "rally", "caravan", "vigil");

    /** Things an acronym before them names: {@code SIM cards}, {@code GPS trackers}, {@code SLR rifles}. */
    private static final Set<String> DEVICES = WordSets.of("card", "cards", "device", "devices", "tracker",
            "trackers", "receiver", "receivers", "chip", "chips", "handset", "handsets", "jammer", "jammers",
            "coordinates", "codes", "kits", "rifle", "rifles", "launcher", "launchers");
    /** Weapon systems' names that read as names: {@code a HIMARS launcher}, {@code Shahed drones}. */
    private static final Set<String> WEAPON_SYSTEMS = WordSets.of("himars", "atacms", "iskander", "kalibr", "shahed",
            "bayraktar", "kinzhal", "tochka", "tochka-u", "geran", "geran-2", "uragan", "smerch", "tos-1");

    /**
     * Whether the words {@code a..b}, all in capitals, are a line of their own, or open one that names an incident and
     * its place ({@code POLICE-INVOLVED SHOOTING, NEWLANDS}).
     */
    private static boolean headingLine(Tokens t, Sentence s, int a, int b) {
        if (a > s.first() && t.newlinesAfter(a - 1) == 0) {
            return false;
        }
        int end = b;
        if (b < s.last() && t.newlinesAfter(b) == 0) {
            if (!t.isChar(b + 1, ',')) {
                return false;
            }
            end = b + 2;
            while (end < s.last() && t.newlinesAfter(end) == 0 && t.isWord(end + 1)) {
                end++;
            }
            if (end < s.last() && t.newlinesAfter(end) == 0) {
                return false;
            }
        }
        for (int k = a; k <= end; k++) {
            if (t.isWord(k) && !t.is(k, Tokens.ALL_CAPS) && !FunctionWords.isFunctionWord(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Aircraft named by their maker or model: {@code an Antonov of the Sudanese Air Force}. */
    private static final Set<String> AIRCRAFT = WordSets.of("antonov", "antonovs", "sukhoi", "sukhois", "mig", "migs",
            "ilyushin", "tupolev", "mirage", "rafale", "tucano", "tucanos", "cessna", "mi-8", "mi-17", "mi-24", "mi-35",
            "bayraktar", "bayraktars", "apache", "apaches", "reaper", "reapers");

    private static final Set<String> CURRENCIES = WordSets.of("dollars", "dollar", "euros", "euro", "pounds",
            "gourdes", "gourde", "shillings", "francs", "naira", "rand", "pesos", "rupees", "cents");
    private static final Set<String> ARMED_MEN = WordSets.of("armed", "masked", "unidentified", "unknown",
            "hooded", "heavily-armed");
    private final DocContext doc;
    private final ChunkTyper typer;
    private final NameChunker chunker;
    private final DemonymActors demonyms;
    private final CompoundNames compounds;
    private final int maxFounds;
    /** The report's words written as names outside sentences in capitals ({@link #writtenAsName}), when first asked. */
    private Set<String> writtenAsName;
    /** The runs of capitalised words outside headlines in capitals ({@link #namesElsewhere}), when first asked. */
    private Set<String> namesElsewhere;
    /** Acronyms the report defines for a post: {@code the Senior Superintendent of Police (SSP)}. */
    private final Set<String> postAcronyms = new HashSet<>();
    /** The sentence whose bars {@link #barsIn} counted last, and their number. */
    private Sentence barsSentence;
    private int bars;

    public MentionFinder(DocContext doc, int maxFounds) {
        this.doc = doc;
        this.typer = new ChunkTyper(doc);
        this.demonyms = new DemonymActors(doc);
        this.compounds = new CompoundNames(doc);
        this.chunker = new NameChunker(key -> doc.gazetteer().countries().byKey(key) != null, this::isPlaceName);
        this.maxFounds = maxFounds;
    }

    public Result find(List<Sentence> sentences) {
        List<Found> founds = new ArrayList<>();
        Map<String, AliasLink> aliases = new HashMap<>();
        Tokens t = doc.tokens();
        boolean[] consumed = new boolean[t.size() + 4];
        boolean sports = Teams.sportsReport(t, sentences);
        chunker.sportsReport(sports);
        typer.sportsReport(sports);
        for (Sentence s : sentences) {
            if (founds.size() >= maxFounds) {
                break;
            }
            Found previous = null;
            int sentenceFounds = founds.size();
            if (doc.book().hasPhrases()) {
                knownPhrases(s, founds, consumed);
            }
            int known = founds.size();
            knownActorPhrases(s, founds, consumed);
            for (int k = known; k < founds.size(); k++) {
                Found f = founds.get(k);
                if (f.last() > f.first() && isAcronymDefinition(t, s, f.last()) && !consumed[f.last() + 2]) {
                    // the Primeiro Comando da Capital (PCC): the acronym a known name defines is its alias
                    aliasAt(s, f.last() + 2, f.last() + 2, f.key(), founds, aliases, consumed);
                } else if (t.isChar(f.first() - 1, '(') && t.isChar(f.last() + 1, ')') && f.first() - 2 >= s.first()
                        && t.isWord(f.first() - 2) && isAcronymShape(t.surface(f.first() - 2))) {
                    // CODECO (Coopérative pour le développement du Congo): the name spells out the acronym before it
                    String acronym = t.surface(f.first() - 2);
                    founds.set(k, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), Names.key(acronym),
                            f.guess()));
                    aliases.put(f.key(), new AliasLink(span(t, f.first(), f.last()), Names.key(acronym), true));
                }
            }
            supporters(s, founds, consumed);
            possessiveTowns(s, founds, consumed);
            for (Chunk whole : typer.shouted(t, s) ? shoutedNames(t, s) : chunker.chunks(t, s)) {
                for (Chunk c : splitTitledOf(t, whole)) {
                    if (consumed[c.first()]) {
                        continue;
                    }
                    Found f = name(s, c, previous, founds, aliases, consumed);
                    previous = f != null && f.last() >= c.last() ? f : null;
                }
            }
            acronymsSpelledAfter(s, founds, sentenceFounds, aliases);
            placesInLists(s, founds, sentenceFounds);
            placesStruck(s, founds, sentenceFounds);
            unitsOfForces(founds, sentenceFounds);
            generics(s, founds, sentenceFounds);
            namesInBrackets(s, founds, sentenceFounds, aliases);
            bracketedAreas(s, founds, sentenceFounds);
        }
        demonyms.resolveTeams(founds);
        definiteFacilities(sentences, founds);
        definiteOrganisations(founds);
        shortForms(founds);
        ampersandForms(founds, aliases);
        return new Result(sports ? Teams.retype(t, sentences, founds, doc.gazetteer()) : founds, aliases);
    }

    /** The bars ("|") of sentence {@code s}, counted once for all the names read in it. */
    private int barsIn(Sentence s) {
        if (!s.equals(barsSentence)) {
            barsSentence = s;
            bars = doc.tokens().countChar(s, '|');
        }
        return bars;
    }

    /**
     * {@code J&K Police} after the report has named the Jammu and Kashmir Police ({@code J&K} after Jammu and Kashmir):
     * the initials joined by an ampersand stand for two words joined by "and", the rest of the name the same.
     */
    private void ampersandForms(List<Found> founds, Map<String, AliasLink> aliases) {
        Tokens t = doc.tokens();
        for (Found f : founds) {
            if (f.end() - f.start() < 3 || t.text().charAt(f.start() + 1) != '&' || aliases.containsKey(f.key())) {
                continue; // (J&K, not AT&T)
            }
            String surface = t.text().substring(f.start(), f.end());
            String rest = surface.substring(3);
            Pattern spelled = Pattern.compile(Pattern.quote(surface.substring(0, 1)) + "\\p{L}+ and "
                    + Pattern.quote(surface.substring(2, 3)) + "\\p{L}+" + Pattern.quote(rest));
            for (Found o : founds) {
                if (o.key().equals(f.key()) || o.guess() == null || f.guess() == null
                        || o.guess().kind() != f.guess().kind()) {
                    continue;
                }
                if (spelled.matcher(t.text().substring(o.start(), o.end())).matches()) {
                    aliases.put(f.key(), new AliasLink(surface, o.key(), true));
                    break;
                }
            }
        }
    }

    /**
     * {@code the Shield Force}, {@code one Shield Force fighter} after the report has named the Umm al-Aranib Shield
     * Force, its one organisation whose name ends with those words: a mention of it. Two words at least, the first
     * capitalised; not a name the aliases or the known actors type.
     */
    private void shortForms(List<Found> founds) {
        Owners byTail = null;
        int n = founds.size();
        for (int k = 0; k < n; k++) {
            Found f = founds.get(k);
            Guess g = f.guess();
            if (f.last() == f.first() || g == null || g.kind() != Kind.ACTOR || g.generic() || "person".equals(g.type())
                    || g.strength() >= Strength.KNOWN_ACTOR || g.name().indexOf(' ') < 0
                    || !Character.isUpperCase(g.name().charAt(0))) {
                continue;
            }
            if (byTail == null) {
                byTail = new Owners();
                for (int j = 0; j < n; j++) {
                    Found o = founds.get(j);
                    Guess og = o.guess();
                    if (og == null || og.kind() != Kind.ACTOR || og.generic() || "person".equals(og.type())) {
                        continue;
                    }
                    String[] words = og.name().split(" ");
                    StringBuilder tail = new StringBuilder(words[words.length - 1]);
                    for (int w = words.length - 2; w >= 1 && !words[w - 1].equalsIgnoreCase("of"); w--) {
                        // not "Pierre Buyoya" of the government of Pierre Buyoya: what follows "of" is another's
                        tail.insert(0, words[w] + " ");
                        byTail.name(tail.toString().toLowerCase(Locale.ROOT), o.key());
                    }
                    byTail.seen(o.key(), j);
                }
            }
            String key = byTail.earlier(g.name().toLowerCase(Locale.ROOT), k);
            if (key != null && !key.equals(f.key())) {
                founds.set(k, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), key, null));
            }
        }
    }

    /**
     * Which one name each short form (a tail, a head noun) stands for, and where each name is first found; a form two
     * names share stands for neither.
     */
    private static final class Owners {
        private final Map<String, String> owner = new HashMap<>();
        private final Map<String, Integer> firstFound = new HashMap<>();

        /** The name with key {@code key} can be said as {@code form}. */
        void name(String form, String key) {
            owner.merge(form, key, (x, y) -> x.equals(y) ? x : "");
        }

        /** The name with key {@code key} is found at {@code at}. */
        void seen(String key, int at) {
            firstFound.merge(key, at, Math::min);
        }

        /** Whether some name, or two, can be said as {@code form}. */
        boolean known(String form) {
            return owner.containsKey(form);
        }

        /** The key of the one name {@code form} stands for, found before {@code at}; else null. */
        String earlier(String form, int at) {
            String key = owner.get(form);
            return key != null && !key.isEmpty() && firstFound.get(key) < at ? key : null;
        }
    }

    /**
     * The head nouns of organisations' names that, capitalised alone after {@code the}, stand for the organisation the
     * report has named: {@code the Kenya Wildlife Service ... The Service said}. Not army, police, forces or
     * government, which alone are generic actors of their own.
     */
    private static final Set<String> ORGANISATION_HEADS = WordSets.of("mission", "service", "commission", "ministry",
            "agency", "council", "authority", "committee", "department", "bureau", "directorate", "office", "front",
            "movement", "court", "tribunal", "union", "party", "coalition", "alliance", "company", "corporation",
            "network", "organisation", "organization", "association", "federation", "foundation", "institute",
            "secretariat", "board", "programme", "program", "fund", "observatory", "centre", "center", "force");

    /**
     * {@code The Mission said} after the report has named the Multinational Security Support Mission, its one
     * organisation of that head noun: a mention of it. A head noun alone that stands for no organisation named
     * before is no name ({@code The Ministry said}: which ministry is unsaid).
     */
    private void definiteOrganisations(List<Found> founds) {
        Tokens t = doc.tokens();
        Owners byHead = null;
        int n = founds.size();
        for (int k = 0; k < n; k++) {
            Found f = founds.get(k);
            Guess g = f.guess();
            String head = f.first() == f.last() && t.isWord(f.first()) && t.isCapitalised(f.first())
                    && t.isLower(f.first() - 1, "the") ? t.lower(f.first()) : null;
            if (head == null || !ORGANISATION_HEADS.contains(head) || !f.key().equals(head)
                    || g != null && (g.kind() != Kind.ACTOR || g.strength() > Strength.ORGANISATION_CUE)) {
                continue;
            }
            if (byHead == null) {
                byHead = new Owners();
                for (int j = 0; j < n; j++) {
                    Found o = founds.get(j);
                    Guess og = o.guess();
                    if (og == null || og.kind() != Kind.ACTOR || o.last() == o.first() || og.name().indexOf(' ') < 0) {
                        continue;
                    }
                    for (String w : og.name().split(" ")) {
                        String lw = w.toLowerCase(Locale.ROOT);
                        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && ORGANISATION_HEADS.contains(lw)) {
                            byHead.name(lw, o.key());
                            byHead.seen(o.key(), j);
                        }
                    }
                }
            }
            String key = byHead.earlier(head, k);
            if (key != null) {
                founds.set(k, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), key, null));
            } else if (!byHead.known(head) && (g == null || "other".equals(g.type()))) {
                founds.set(k, null);
            }
        }
        founds.removeIf(Objects::isNull);
    }

    /**
     * Facility nouns that, after {@code the}, stand for the report's one facility of that noun; not camps, bases or
     * posts, which a report names in passing beside the one where things happen.
     */
    private static final Set<String> DEFINITE_FACILITIES = WordSets.of("market", "station", "hospital", "clinic",
            "prison", "jail", "school", "church", "mosque", "cathedral", "airport", "stadium", "hotel", "university",
            "courthouse", "palace", "house", "hall");

    /**
     * {@code the market} after the report has named {@code Dufresne central market}, its one facility of that noun:
     * a mention of it (so that what happens there happens at the market, not in the town a sentence also names).
     */
    private void definiteFacilities(List<Sentence> sentences, List<Found> founds) {
        Tokens t = doc.tokens();
        Map<String, String> byHead = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        boolean[] covered = new boolean[t.size() + 1];
        for (Found f : founds) {
            for (int i = f.first(); i <= f.last() && i < covered.length; i++) {
                covered[i] = true;
            }
            Guess g = f.guess();
            if (g == null || g.kind() != Kind.PLACE || !"facility".equals(g.type())) {
                continue;
            }
            String name = g.name();
            int of = name.indexOf(" of ");
            String head = name.substring(0, of < 0 ? name.length() : of);
            head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!DEFINITE_FACILITIES.contains(head)) {
                continue;
            }
            byHead.merge(head, f.key(), (x, y) -> x.equals(y) ? x : "");
            firstSentence.merge(f.key(), f.sentence(), Math::min);
        }
        if (byHead.isEmpty()) {
            return;
        }
        int n = founds.size();
        for (Sentence s : sentences) {
            for (int i = s.first() + 1; i <= s.last(); i++) {
                String key = t.isWord(i) && t.isLower(i - 1, "the") && !covered[i] ? byHead.get(t.lower(i)) : null;
                if (key == null || key.isEmpty() || firstSentence.get(key) >= s.index() || t.isLower(i + 1, "of")
                        || t.isWord(i + 1) && t.isCapitalised(i + 1) || founds.size() >= n + 100) {
                    continue;
                }
                founds.add(new Found(s.index(), i, i, t.start(i), t.end(i), key, null));
            }
        }
    }

    /**
     * The names of a sentence in capitals throughout, where capitals mark nothing: the longest runs of up to four
     * words that name a country, a city of 100,000 people or a capital, a well-known actor or one of the aliases
     * file's ({@code SAUDI ARABIA BEAT UAE ON PENALTIES}: Saudi Arabia and UAE), and single words the report writes
     * as names elsewhere.
     */
    private List<Chunk> shoutedNames(Tokens t, Sentence s) {
        List<Chunk> out = new ArrayList<>();
        int slugEnd = s.first() - 1; // SOCCER - , RUGBY LEAGUE - : a subject's slug, no name unless a well-known one
        for (int i = s.first() + 1; i <= Math.min(s.last(), s.first() + 3); i++) {
            if (t.isChar(i, '-')) {
                slugEnd = i;
                break;
            }
        }
        int i = s.first();
        while (i <= s.last()) {
            int end = -1;
            for (int j = Math.min(s.last(), i + 3); j >= i && end < 0; j--) {
                if (allNameWords(t, i, j) && isWellKnown(Names.key(span(t, i, j)), i > slugEnd)) {
                    end = j;
                }
            }
            if (end < 0 && i > slugEnd && allNameWords(t, i, i) && !Calendar.isCalendarWord(t.lower(i))
                    && writtenAsName(t).contains(t.lower(i))) {
                end = i; // TENNIS - SELES , GRAF ADVANCE: names the report writes as names elsewhere (Monica Seles)
            }
            for (int j = Math.min(s.last(), i + 3); end < 0 && i > slugEnd && j >= i; j--) {
                if (allNameWords(t, i, j) && namesElsewhere(t).contains(lowerSpan(t, i, j))) {
                    end = j; // HANBO STEEL DECLARED INSOLVENT, BT , MCI CONFIRM: Hanbo Steel Co, MCI Communications
                }
            }
            if (end >= 0) {
                out.add(new Chunk(i, end, -1));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The starts of the runs of capitalised words in the report's lines that are not in capitals throughout, in lower
     * case: {@code hanbo steel} and {@code hanbo steel co} from {@code Hanbo Steel Co}, {@code mci} from {@code MCI
     * Communications}. A single word counts when it is an acronym or opens a run of two words or more.
     */
    private Set<String> namesElsewhere(Tokens t) {
        if (namesElsewhere == null) {
            namesElsewhere = new HashSet<>();
            String text = t.text();
            int lineEnd = -1;
            boolean shouted = false;
            int i = 0;
            while (i < t.size()) {
                if (t.start(i) > lineEnd) { // each line is read once: whether it has a lower-case letter
                    int from = text.lastIndexOf('\n', t.start(i)) + 1;
                    lineEnd = text.indexOf('\n', t.start(i));
                    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                    shouted = true;
                    for (int p = from; p < lineEnd && shouted; p++) {
                        shouted = !Character.isLowerCase(text.charAt(p));
                    }
                }
                if (shouted || !runWord(t, i) || FunctionWords.isFunctionWord(t.lower(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < t.size() && j - i < 3 && runWord(t, j + 1) && t.newlinesAfter(j) == 0
                        && t.end(j) + 1 >= t.start(j + 1)) {
                    j++;
                }
                for (int k = i; k <= j; k++) {
                    if (k > i || j > i || t.is(i, Tokens.ALL_CAPS) && t.lower(i).length() <= 6) {
                        namesElsewhere.add(lowerSpan(t, i, k));
                    }
                }
                i = j + 1;
            }
        }
        return namesElsewhere;
    }

    private static boolean runWord(Tokens t, int i) {
        return t.isWord(i) && t.isCapitalised(i) && !t.is(i, Tokens.NUMBER);
    }

    private static String lowerSpan(Tokens t, int a, int b) {
        if (a == b) {
            return t.lower(a);
        }
        StringBuilder sb = new StringBuilder(t.lower(a));
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(t.lower(k));
        }
        return sb.toString();
    }

    /** The report's words written capitalised, not in capitals, after another word (not opening a sentence): names. */
    private Set<String> writtenAsName(Tokens t) {
        if (writtenAsName == null) {
            writtenAsName = new HashSet<>();
            for (int i = 1; i < t.size(); i++) {
                if (t.isWord(i) && t.isCapitalised(i) && !t.is(i, Tokens.ALL_CAPS) && t.isWord(i - 1)
                        && !t.is(i - 1, Tokens.NUMBER) && t.newlinesAfter(i - 1) == 0 && !t.is(i, Tokens.NUMBER)) {
                    writtenAsName.add(t.lower(i));
                }
            }
        }
        return writtenAsName;
    }

    private static boolean allNameWords(Tokens t, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!t.isWord(k) || t.is(k, Tokens.NUMBER) || FunctionWords.isFunctionWord(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the key names a country, a well-known actor, the aliases file's, or a big city outside the slug. */
    private boolean isWellKnown(String key, boolean afterSlug) {
        return !key.isEmpty() && (doc.gazetteer().countries().byKey(key) != null || KnownActors.type(key) != null
                || doc.book().known(key) != null || afterSlug && typer.bigCity(key)); // RUGBY UNION - : a sport
    }

    /** Besides its sites ({@link PlaceWords#isForceSite}), what a force holds: {@code attacked a police station}. */
    private static final Set<String> FORCE_HOLDINGS = WordSets.of("station", "stations", "vehicle", "vehicles", "truck",
            "trucks");

    /**
     * Last words of an organisation's name that make it a unit when a group owns it: {@code the ELN's Western War
     * Front}.
     */
    private static final Set<String> GROUP_UNIT_ENDINGS = WordSets.of("front", "wing", "faction", "group", "command",
            "movement", "bloc", "column", "cell");
    private static final Set<String> PLATFORMS = WordSets.of("telegram", "whatsapp", "facebook", "tiktok", "youtube",
            "twitter", "instagram", "viber", "signal");
    private static final Set<String> ON_PLATFORMS = WordSets.of("channel", "channels", "account", "accounts", "page",
            "pages", "group", "groups", "post", "posts", "video", "videos", "message", "messages");
    private static final Set<String> DOCUMENTS = WordSets.of("update", "log", "report", "bulletin", "release",
            "statement", "communique", "communiqué", "sitrep", "brief", "briefing", "note", "issue", "digest");
    /** Last words of a unit named by its number: {@code the 444 Brigade}, {@code 5 Battalion}, {@code 4 Para}. */
    private static final Set<String> UNITS = WordSets.of("brigade", "battalion", "regiment", "division", "squadron",
            "corps", "company", "detachment", "front", "rifles", "para");

    /**
     * The "of" after a portfolio title that opens the chunk, with the words that may come before and after it ({@code
     * Deputy Commissioner of}, {@code Inspector General of}); else -1.
     */
    private static int portfolioOf(Tokens t, int a, int b) {
        int h = a;
        while (h < b && t.isCapitalised(h) && TITLE_MODIFIERS.contains(t.lower(h))) {
            h++;
        }
        if (!t.isCapitalised(h) || !ActorWords.isPortfolioTitle(t.lower(h)) && !HEADS_OF.contains(t.lower(h))) {
            return -1;
        }
        int of = t.isLower(h + 1, "general") ? h + 2 : h + 1;
        return of <= b && t.isLower(of, "of") ? of : -1;
    }

    /** Besides portfolio titles, titles of heads of a service: {@code Inspector General of Police}. */
    private static final Set<String> HEADS_OF = WordSets.of("inspector", "inspector-general", "director",
            "director-general", "superintendent");
    /** Words before a title that rank it: {@code Deputy Commissioner}, {@code Assistant Inspector General}. */
    private static final Set<String> TITLE_MODIFIERS = WordSets.of("deputy", "assistant", "acting", "senior",
            "chief", "regional", "divisional", "principal", "additional", "joint");

    private Found name(Sentence s, Chunk c, Found previous, List<Found> founds, Map<String, AliasLink> aliases,
                       boolean[] consumed) {
        Tokens t = doc.tokens();
        int a = c.first();
        int b = c.last();
        if (previous != null && previous.last() == a - 2 && t.isLower(a - 1, "and") && previous.guess() != null
                && previous.guess().kind() == Kind.PLACE && "country".equals(previous.guess().type())
                && doc.gazetteer().countries().byKey(Names.key(span(t, previous.first(), b))) != null) {
            return null; // Trinidad and Tobago, Bosnia and Herzegovina: the rest of the country named before
        }
        if (a == b && NameChunker.isCompoundAdjective(t.lower(a))) {
            Found led = t.lower(a).endsWith("-led") ? demonyms.led(s, a) : null;
            if (led != null) {
                founds.add(led); // the Saudi-led coalition
                return led;
            }
            int head = compoundHead(t, a);
            return head > 0 ? compoundActor(s, a, head, founds) : null; // JNIM-affiliated: JNIM; US-funded: no name
        }
        if (a == b && postAcronyms.contains(Names.key(t.surface(a)))) {
            return null;
        }
        Found head = a == b ? headOfNamedBody(s, a, founds) : null;
        if (head != null) {
            founds.add(head); // the Command's Tactical Team, after the Kogi State Police Command: that command
            return head;
        }
        boolean titled = false;
        int of = portfolioOf(t, a, b); // Deputy Commissioner of Police, Inspector General of Police
        if (of > a && of + 1 <= b) {
            // the Minister of Justice and Public Security: a title, not a name, unless a name follows it
            int k = of + 1;
            while (k <= b && ActorWords.isPortfolioWord(t.lower(k))) {
                k++;
            }
            if (k > b || k == of + 1 || !t.isCapitalised(k)) {
                if (isAcronymDefinition(t, s, b)) {
                    consumed[b + 2] = true;
                    postAcronyms.add(Names.key(t.surface(b + 2))); // the SSP's office: the post's, no actor
                }
                return null;
            }
            a = k;
            titled = true;
        }
        if (a + 2 <= b && t.isLower(a + 1, "of") && t.isCapitalised(a) && ActorWords.isPlaceOffice(t.lower(a))
                && !t.isLower(a + 2, "the")) {
            a += 2; // the Mayor of Saint-Ophir: the name is the place's
        }
        if (a + 2 <= b && t.isLower(a + 1, "of")
                && (AIRCRAFT.contains(t.lower(a)) || WEAPON_SYSTEMS.contains(t.lower(a)))) {
            a += t.isLower(a + 2, "the") ? 3 : 2; // an Antonov of the Sudanese Air Force: the air force's
        }
        a = skipCommonHead(t, s, a, b);
        if ((t.isDoubleQuote(a - 1) && t.isWord(a - 2) && SLOGAN_VERBS.contains(t.lower(a - 2))
                || t.isDoubleQuote(a - 1) && t.isLower(a - 2, "and") && t.isDoubleQuote(a - 3))
                && !isPlaceName(Names.key(span(t, a, b)))) { // (but chanting "Iran out": a country named)
            return null; // placards reading "Secure our road" and "Free Issoufou": a slogan, no name
        }
        if (b > a && t.opensSentence(s, a) && HEARSAY_NOUNS.contains(t.lower(a)) && t.isWord(a + 1)
                && !t.isCapitalised(a + 1)) {
            return null; // Reports on Russian Telegram channels that ...: what is said, no name
        }
        if (PLATFORMS.contains(t.lower(b)) && t.isWord(b + 1) && ON_PLATFORMS.contains(t.lower(b + 1))) {
            return null; // a Russian Telegram channel, a WhatsApp group: where it was said, no one
        }
        if (b > a && t.isLower(b, "no") && t.isChar(b + 1, '.') && t.is(b + 2, Tokens.NUMBER)
                && DOCUMENTS.contains(t.lower(b - 1))) {
            return null; // Flash Update No. 3, Weekly Incident Log No. 11: a document's title, no one
        }
        if (b > a && headingLine(t, s, a, b) && !isPlaceName(Names.key(span(t, a, b)))) {
            return null; // KEY FIGURES, SITUATION OVERVIEW on a line of their own: a section's heading, no name
        }
        if (barsIn(s) >= 2 && !(t.isChar(a - 1, '|') && t.isChar(b + 1, '|'))
                && !isPlaceName(Names.key(span(t, a, b)))) {
            return null; // INCIDENT 31-02 | 4 November | Motta | Armed clash: a log's heading, its place in a cell
        }
        if (b > a && t.labelBefore(s, b + 2) && a == t.firstWord(s) && !isPlaceName(Names.key(span(t, a, b)))) {
            return null; // NOTES AND OUTLOOK: a label, not a name (but KABUL: a dateline's town)
        }
        if (a == b && t.opensSentence(s, a) && !t.is(a, Tokens.ALL_CAPS) && t.isWord(a + 1) && !t.isCapitalised(a + 1)
                && (doc.isCommonWord(t.lower(a)) || doc.isCommonWord(t.lower(a) + "s"))
                && KnownActors.type(t.lower(a)) == null) {
            return null; // "Truffle hunters are targeted" in a report that writes "truffle hunters" elsewhere
        }
        if (a == b && t.opensSentence(s, a) && !t.is(a, Tokens.ALL_CAPS) && t.isWord(a + 1)
                && !t.isCapitalised(a + 1) && MEMBERS_AFTER.contains(t.lower(a + 1))
                && (ActorWords.nameWordType(t.lower(a)) != null || BODY_NOUNS.contains(t.lower(a)))
                && KnownActors.type(t.lower(a)) == null) {
            return null; // "Community leaders in Tajumulco denied": a body's common noun, capitalised to open
        }
        // a number opens a name only for a group ("400 Mawozo gang", "members of 5 Segonn") or a unit ("444 Brigade",
        // "103rd Infantry Brigade"), not "3 Police officers"
        boolean unit = b > a && (UNITS.contains(t.lower(b)) || ChunkTyper.numberedUnit(t, a, b) // 22nd Military Region
                || b > a + 2 && UNITS.contains(t.lower(a + 1)) && t.isLower(a + 2, "of")); // 6th Battalion of Infantry
        boolean ordinal = t.isWord(a) && NameChunker.isOrdinal(t.lower(a));
        if (ordinal && !unit || t.is(a, Tokens.NUMBER) && !unit && !ChunkTyper.isHeadOf(t, s, a)
                && !(b + 1 <= s.last() && "armed_group".equals(ActorWords.groupNounType(t.lower(b + 1))))) {
            a++;
        }
        if (a > b) {
            return null;
        }
        boolean ngo = b > a && t.isLower(a, "ngo") && t.isCapitalised(a + 1);
        if (ngo) {
            a++; // the national NGO Action Santé Pool: what it is, then its name
        }
        boolean ward = b > a && t.isWord(a) && WARD_WORDS.contains(t.lower(a)) && t.isCapitalised(a + 1);
        if (ward) {
            a++; // Barangay Upper Cabengbeng, the chairman of Barangay Limook: what it is, then its name
        }
        Found ruled = countryOfATitle(s, a, b);
        if (ruled != null) {
            founds.add(ruled); // Alexander III, King of Scotland; Queen of the Netherlands: the country alone is named
            return ruled;
        }
        titled |= titleBefore(t, s, a);
        String whole = a < b && ActorWords.isTitle(t.lower(a)) ? Names.key(span(t, a, b)) : null;
        boolean country = whole != null // DR Congo, not Dr; Sultan Kudarat, a province, not a sultan
                && (doc.gazetteer().countries().byKey(whole) != null || doc.gazetteer().regions().isRegion(whole)
                || doc.gazetteer().isCity(whole));
        boolean placeNamed = PlaceWords.nameWordType(t.lower(b)) != null; // Queen Elizabeth National Park
        boolean datelineTown = a < b && a == t.firstWord(s) && t.is(a, Tokens.ALL_CAPS) && t.is(b, Tokens.ALL_CAPS)
                && t.isChar(b + 1, ',') && isPlaceName(Names.key(span(t, a, b))); // PRINCE ALBERT, Sask.
        while (!country && !placeNamed && !datelineTown && a < b && (ActorWords.isTitle(t.lower(a))
                || t.isLower(a, "staff") && ActorWords.isTitle(t.lower(a + 1))) // Staff Sergeant X
                && !hasActorWord(t, a + 1, b)
                && c.nickname() != a + 1 && !ChunkTyper.securityService(t, a, b)) {
            a++;
            titled = true;
        }
        if (b > a && PEOPLES.contains(t.lower(a)) && t.isWord(b + 1) && TRIBES.contains(t.lower(b + 1))) {
            a++; // the Bedouin al-Naim tribe: the tribe's name, after its people's
        }
        if (a + 1 < b && t.isWord(a) && "first".equals(t.lower(a)) && "class".equals(t.lower(a + 1))
                && (titled || titleBefore(t, s, a))) {
            a += 2; // Sergeant First Class Amit Levi: the rank's class, then the name
            titled = true;
        }
        if (officeTitle(t, a, b)) {
            return null; // the Rupandehi Chief District Officer, X, said: a post, not an actor of its own
        }
        if (a == b && ActorWords.isTitle(t.lower(a)) && !t.is(a, Tokens.ALL_CAPS) || t.isWord(a) && !t.isCapitalised(a)
                && !t.is(a, Tokens.NUMBER) && !NameChunker.isOrdinal(t.lower(a)) && !NameChunker.isCode(t, a)
                && !(a < b && (t.isLower(a, "al") || t.isLower(a, "el")))) { // (al Qaeda: the article apart)
            return null;
        }
        if (a == b && FAITHS.contains(t.lower(a)) && b + 1 <= s.last() && t.isWord(b + 1) && !t.isCapitalised(b + 1)) {
            return null; // "a Catholic priest", "Muslim worshippers": an adjective
        }
        if (a == b && peoplesAdjective(t, s, a) && !demonyms.isDemonym(a)) {
            return null; // "Assyrian families", "Assyrian and Arab residents": whom the people are, no place
        }
        if (b > a && t.isDoubleQuote(a - 1) && t.isDoubleQuote(b + 1) && t.hasWordIn(a, b, MARCH_NAMES)) {
            return null; // a "Walk for Peace", a "March of the Empty Pots": what was held, no one who held it
        }
        if (a == b && (WEAPON_SYSTEMS.contains(t.lower(a)) || titled && t.lower(a).length() == 1)) {
            return null; // a HIMARS launcher, Iskander missiles: a weapon, no actor; the "Gen Z" protests
        }
        if (a == b && t.is(a, Tokens.ALL_CAPS) && t.isWord(b + 1) && DEVICES.contains(t.lower(b + 1))
                && KnownActors.type(t.lower(a)) == null) {
            return null; // mobile SIM cards, GPS devices: what the acronym names is a thing
        }
        if (b + 1 <= s.last() && CURRENCIES.contains(t.lower(b + 1))) {
            return null; // "US dollars", "Haitian gourdes": a currency, not a place or an actor
        }
        Found demonym = demonyms.find(s, a, b);
        if (demonym != null) {
            founds.add(demonym);
            return demonym;
        }
        if (demonyms.isDemonym(a) && (a == b || ActorWords.isTitle(t.lower(a + 1)) || t.is(a + 1, Tokens.ALL_CAPS) && a + 1 == b)) {
            if (a == b) {
                return null; // "German advice": an adjective, not a name
            }
            a++; // "Israeli Prime Minister Benjamin Netanyahu"
            while (a < b && ActorWords.isTitle(t.lower(a)) && !hasActorWord(t, a + 1, b)) {
                a++;
                titled = true;
            }
        }
        if (!titled) {
            int named = afterPortfolioTitle(t, a, b);
            Found owner = named > a ? countryBeforeTitle(s, a, named) : null;
            if (owner != null) {
                founds.add(owner); // U.S. President Bill Clinton, Czech Republic President Vaclav Havel: two names
            }
            titled = named > a;
            a = named;
        }
        String name = c.nickname() > a ? span(t, a, c.nickname() - 2) + " " + t.surface(b) : span(t, a, b);
        String key = a == b && c.nickname() < 0 ? Names.key(t.lower(a)) : Names.key(name);
        if (key.isEmpty()) {
            return null;
        }
        Guess guess = typer.type(s, name, key, a, b, titled);
        if (ward) {
            guess = Guess.place("neighbourhood", name, Strength.PLACE_NOUN); // Barangay Trinidad: no country
        }
        if (ngo && (guess == null || guess.kind() != Kind.ACTOR || "person".equals(guess.type()))) {
            guess = Guess.actor("organization", name, Strength.ORGANISATION_CUE);
        }
        if (c.nickname() > a) {
            String nick = span(t, c.nickname(), b - 2);
            aliases.put(Names.key(nick), new AliasLink(nick, key, true));
            guess = guess == null || guess.strength() < Strength.TITLE ? Guess.actor("person", name, Strength.TITLE) : guess;
        }
        if (isAcronymDefinition(t, s, b) && acronymOfGroupIn(t, a, b, previous)) {
            // the Amhara Fano in Gojjam (AFG): the acronym is the group's, named with its place
            aliasAt(s, b + 2, b + 2, previous.key(), founds, aliases, consumed);
        } else if (isAcronymDefinition(t, s, b) && !(guess != null && "person".equals(guess.type())
                && doc.gazetteer().countries().byKey(Names.key(t.surface(b + 2))) != null)) {
            // (Gregory Randolph ( USA ): the man's country, no acronym of his)
            int acr = b + 2;
            consumed[acr] = true;
            // Bovine Spongiform Encephalopathy (BSE): a disease's acronym is no organisation either
            if (guess != null || b == a || !ChunkTyper.isDisease(t, b)) {
                aliases.put(Names.key(t.surface(acr)), new AliasLink(t.surface(acr), key, true));
                aliases.putIfAbsent(Names.key(t.surface(acr)) + "s", new AliasLink(t.surface(acr) + "s", key, false));
                founds.add(new Found(s.index(), acr, acr, t.start(acr), t.end(acr), Names.key(t.surface(acr)), null));
                if (guess != null && guess.kind() == Kind.ACTOR && ("person".equals(guess.type())
                        || "other".equals(guess.type()) && b > a) && guess.strength() <= Strength.PERSON_SHAPE) {
                    // (Struggle for Change (LUCHA); not Kaushambi (UP), a district and its state)
                    guess = Guess.actor("organization", name, Strength.ACRONYM);
                }
            }
        }
        if (b > a && t.isChar(b + 1, '(') && t.isWord(b + 2) && (isAcronymShape(t.surface(b + 2))
                || t.isCapitalised(b + 2) && NameChunker.isNumberedUnit(t.lower(b + 2)))
                && t.is(b + 3, Tokens.NUMBER) && t.end(b + 3) - t.start(b + 3) <= 3 && t.isChar(b + 4, ')')
                && !consumed[b + 2]) {
            // Jungle Infantry Battalion No. 19 (BISEL 19): a unit's acronym with its number, later "BISEL 19 troops";
            // Infantry Battalion 715/Motuliato (Yonif 715)
            aliasAt(s, b + 2, b + 3, key, founds, aliases, consumed);
            aliases.putIfAbsent(Names.key(t.surface(b + 2)), new AliasLink(t.surface(b + 2), key, false));
        }
        int[] nick = knownAs(t, s, b);
        if (nick != null && t.isLower(a - 1, "to") && t.isLower(a - 2, "loyal") && t.isChar(b + 1, ',')
                && (guess == null || guess.kind() == Kind.ACTOR && "person".equals(guess.type()))) {
            // fighters loyal to Johnson Olony, known as Agwelek: the fighters' name, not another of his
            String group = span(t, nick[0], nick[1]);
            for (int i = nick[0]; i <= nick[1]; i++) {
                consumed[i] = true;
            }
            founds.add(new Found(s.index(), nick[0], nick[1], t.start(nick[0]), t.end(nick[1]), Names.key(group),
                    Guess.actor("armed_group", group, Strength.GROUP_NOUN)));
        } else if (nick != null && (guess == null || guess.kind() == Kind.ACTOR)) {
            int end = isAcronymDefinition(t, s, b) && t.isChar(b + 4, ',') ? b + 3 : b;
            String surface = span(t, nick[0], nick[1]);
            // the Khawarij, the name the government gives to the terrorist group al-Shabaab: typed by its own words
            aliasAt(s, nick[0], nick[1], key, founds, aliases, consumed, theNameFor(t, s, end) < 0 ? null
                    : typer.type(s, surface, Names.key(surface), nick[0], nick[1], false));
            int acr = nick[1] + 2; // which the TNI refers to as the Armed Criminal Group (KKB): its acronym too
            if (t.isChar(acr - 1, '(') && t.isWord(acr) && isAcronymShape(t.surface(acr)) && t.isChar(acr + 1, ')')
                    && !consumed[acr]) {
                aliasAt(s, acr, acr, key, founds, aliases, consumed);
            }
        }
        int[] gloss = glossAfter(t, s, b);
        if (gloss != null) {
            aliasAt(s, gloss[0], gloss[1], key, founds, aliases, consumed); // Fòs Inite ("Unity Force")
        }
        int[] other = guess == null || guess.kind() == Kind.ACTOR ? bracketedName(t, s, b) : null;
        if (other != null && !isPlaceName(Names.key(span(t, other[0], other[1])))) {
            // the Houthis (Ansar Allah): another name, typed by its own words too (Ansaru, Radaa are known groups)
            String surface = span(t, other[0], other[1]);
            aliasAt(s, other[0], other[1], key, founds, aliases, consumed,
                    typer.type(s, surface, Names.key(surface), other[0], other[1], false));
        }
        guess = compounds.facility(s, a, b, guess, founds);
        guess = compounds.governmentOf(s, a, b, name, guess, founds);
        guess = compounds.countryOffice(s, a, b, name, guess);
        compounds.campus(s, a, b, guess, founds);
        compounds.facilityOf(s, a, b, guess, founds);
        compounds.nationalOf(s, a, b, guess, founds);
        guess = regionAfterPlace(t, a, b, previous, guess, name);
        boolean unitName = guess != null && ("security_force".equals(guess.type())
                || "organization".equals(guess.type()) && GROUP_UNIT_ENDINGS.contains(t.lower(b)));
        if (unitName && previous != null && previous.guess() != null
                && "armed_group".equals(previous.guess().type()) && t.isApostrophe(previous.last() + 1)
                && a == t.afterPossessive(previous.last() + 1)) {
            // the Karen National Union's 5th Brigade, Hezbollah's Radwan Force: an armed group's unit is armed too
            guess = new Guess(Kind.ACTOR, "armed_group", guess.name(), guess.strength(), false, guess.attributes());
        }
        int end = b + (nounNamesIt(t, s, b, guess) ? 1 : 0);
        if (end > b && "region".equals(guess.type()) && previous != null && key.equals(previous.key())) {
            // "in Gao, Gao region": the region is named with its noun, apart from the town of the same name
            String region = name + " " + t.lower(end);
            key = Names.key(region);
            guess = new Guess(Kind.PLACE, "region", region, guess.strength(), false, guess.attributes());
        }
        Found f = new Found(s.index(), a, end, t.start(a), t.end(end), key, guess);
        founds.add(f);
        return f;
    }

    /**
     * What a group does to those named after it in a compound: {@code JNIM-affiliated}, {@code Houthi-run} (some of the
     * chunker's compound adjectives, {@link NameChunker#isCompoundAdjective}).
     */
    private static final Set<String> COMPOUND_SUFFIXES = WordSets.of("affiliated", "linked", "aligned", "allied",
            "backed", "led", "run", "controlled", "held", "sponsored");
    /** Of those, the ones that make an unknown acronym a group one belongs to: {@code PMF-affiliated units}. */
    private static final Set<String> MEMBERSHIP_SUFFIXES = WordSets.of("affiliated", "linked", "aligned", "allied");

    /**
     * The length in characters of the name that opens a compound such as {@code JNIM-affiliated}, {@code Houthi-run} or
     * {@code al-Qaeda-linked} (a capitalised head, a hyphen, a suffix of {@link #COMPOUND_SUFFIXES}), or 0.
     */
    private static int compoundHead(Tokens t, int a) {
        String w = t.surface(a);
        int dash = w.lastIndexOf('-');
        return dash > 0 && t.isCapitalised(a) && COMPOUND_SUFFIXES.contains(t.lower(a).substring(dash + 1)) ? dash : 0;
    }

    /**
     * The actor that opens a compound ({@code JNIM-affiliated group}: JNIM), typed as the name alone would be, an
     * unknown acronym as a group of the report's kind; a place or an adjective ({@code US-backed}, {@code
     * Saudi-led}) is left alone.
     */
    private Found compoundActor(Sentence s, int a, int head, List<Found> founds) {
        Tokens t = doc.tokens();
        String name = t.surface(a).substring(0, head);
        String key = Names.key(name);
        if (key.isEmpty() || doc.gazetteer().countries().byKey(key) != null) {
            return null;
        }
        Guess guess = doc.book().known(key);
        if (guess == null && KnownActors.type(key) != null) {
            guess = Guess.actor(KnownActors.type(key), name, Strength.KNOWN_ACTOR);
        }
        boolean acronym = name.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        if (guess == null && head >= 3 && acronym
                && MEMBERSHIP_SUFFIXES.contains(t.lower(a).substring(head + 1))) {
            guess = Guess.actor(doc.groupType(), name, Strength.ACRONYM); // PMF-affiliated; not NATO-led, UN-backed
        }
        if (guess == null || guess.kind() != Kind.ACTOR) {
            return null;
        }
        Found f = new Found(s.index(), a, a, t.start(a), t.start(a) + head, key, guess);
        founds.add(f);
        return f;
    }

    /** Names from the aliases file, matched word by word whatever their capitals. */
    private void knownPhrases(Sentence s, List<Found> founds, boolean[] consumed) {
        phrases(s, founds, consumed, false, doc.book()::phrasesStartingWith, (key, surface) -> {
            Guess known = doc.book().known(key);
            String target = doc.book().aliasTarget(key);
            if (known == null && target != null) {
                boolean place = target.startsWith(Kind.PLACE.label() + ":");
                known = place ? Guess.place("other", surface, Strength.WEAK) : Guess.actor("other", surface, Strength.WEAK);
            }
            return known;
        });
    }

    /**
     * Well-known actors whose names the capitalisation rules would cut ({@code Al-Qaeda in the Arabian Peninsula},
     * {@code Estado Mayor Central}), found whole with their type.
     */
    private void knownActorPhrases(Sentence s, List<Found> founds, boolean[] consumed) {
        phrases(s, founds, consumed, true, KnownActors::phrasesStartingWith,
                (key, surface) -> Guess.actor(KnownActors.type(key), surface, Strength.KNOWN_ACTOR));
        Tokens t = doc.tokens();
        for (int i = s.first(); i <= s.last(); i++) {
            if (!consumed[i] && t.isWord(i) && !t.isCapitalised(i) && t.lower(i).indexOf('-') > 0) {
                String key = Names.key(t.lower(i));
                String type = KnownActors.type(key);
                if (type != null) { // anti-balaka elements: a known name written in lower case
                    founds.add(new Found(s.index(), i, i, t.start(i), t.end(i), key,
                            Guess.actor(type, t.surface(i), Strength.KNOWN_ACTOR)));
                    consumed[i] = true;
                }
            }
        }
    }

    /**
     * Finds the longest of the given phrases (lower-case words, by their first word) that starts at each token not yet
     * consumed (a capitalised one only, when asked), as a name guessed by {@code guess} (key, surface), and consumes it.
     */
    private void phrases(Sentence s, List<Found> founds, boolean[] consumed, boolean capitalisedOnly,
                         Function<String, List<List<String>>> startingWith, BiFunction<String, String, Guess> guess) {
        Tokens t = doc.tokens();
        for (int i = s.first(); i <= s.last(); i++) {
            if (!t.isWord(i) || consumed[i] || capitalisedOnly && !t.isCapitalised(i)) {
                continue;
            }
            for (List<String> phrase : startingWith.apply(t.lower(i))) {
                int end = i + phrase.size() - 1;
                if (end > s.last() || !matches(t, i, phrase)) {
                    continue;
                }
                String surface = span(t, i, end);
                String key = Names.key(surface);
                founds.add(new Found(s.index(), i, end, t.start(i), t.end(end), key, guess.apply(key, surface)));
                for (int k = i; k <= end; k++) {
                    consumed[k] = true;
                }
                i = end;
                break;
            }
        }
    }

    private static boolean matches(Tokens t, int from, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            String w = phrase.get(k);
            if (w.equals("'") ? !t.isApostrophe(from + k) : w.equals(",") ? !t.isChar(from + k, ',')
                    : !t.isWord(from + k) || !t.lower(from + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A titled person followed by {@code of (the)} and an organisation is two names:
     * {@code Director General Hervé Dorsainvil of the National Police} is the person and the police; so is a
     * group followed by {@code of} and a nicknamed leader.
     */
    private static List<Chunk> splitTitledOf(Tokens t, Chunk c) {
        for (int k = c.first() + 1; c.nickname() > k + 1 && k < c.nickname(); k++) {
            if (t.isLower(k, "of")) { // "the Red Scorpions of Wilfrid 'Chalumeau' Mérisier": a group and its leader
                int person = t.isLower(k + 1, "the") ? k + 2 : k + 1;
                return List.of(new Chunk(c.first(), k - 1, -1), new Chunk(person, c.last(), c.nickname()));
            }
        }
        for (int k = c.nickname() + 1; c.nickname() >= 0 && k < c.last(); k++) {
            if (t.isLower(k, "of") && k > c.nickname() + 1) { // "Wilfrid 'Chalumeau' Mérisier of the Red Scorpions"
                int org = t.isLower(k + 1, "the") ? k + 2 : k + 1;
                return org > c.last() ? List.of(c)
                        : List.of(new Chunk(c.first(), k - 1, c.nickname()), new Chunk(org, c.last(), -1));
            }
        }
        for (int k = c.first() + 1; c.nickname() < 0 && k < c.last(); k++) {
            if (t.isLower(k, "of") && !t.isLower(k + 1, "the") && PlaceWords.nameWordType(t.lower(k + 1)) != null
                    && ActorWords.nameWordType(t.lower(k - 1)) == null
                    && PlaceWords.nameWordType(t.lower(k - 1)) == null
                    && !ActorWords.isTitle(t.lower(c.first())) && !t.isLower(c.first(), "university")) {
                // the Red Scorpions of Cité Marguerite: a group and its place (the National Police of X stays one)
                return List.of(new Chunk(c.first(), k - 1, -1), new Chunk(k + 1, c.last(), -1));
            }
        }
        if (!ActorWords.isTitle(t.lower(c.first())) || c.nickname() >= 0) {
            return List.of(c);
        }
        boolean nameWord = false;
        for (int k = c.first() + 1; k < c.last(); k++) {
            if (ActorWords.nameWordType(t.lower(k)) != null) {
                return List.of(c);
            }
            if (t.isLower(k, "of") && nameWord) {
                int org = t.isLower(k + 1, "the") ? k + 2 : k + 1;
                return org <= c.last() ? List.of(new Chunk(c.first(), k - 1, -1), new Chunk(org, c.last(), -1)) : List.of(c);
            }
            nameWord |= t.isCapitalised(k) && !ActorWords.isTitle(t.lower(k));
        }
        return List.of(c);
    }

    /** Whether the lower-case noun after a name is part of how it is named ({@code Twa Kwa gang}, {@code X department}). */
    private static boolean nounNamesIt(Tokens t, Sentence s, int b, Guess guess) {
        int n = b + 1;
        if (guess == null || n > s.last() || !t.isWord(n) || t.isCapitalised(n)) {
            return false;
        }
        String w = t.lower(n);
        return guess.kind() == Kind.ACTOR ? "armed_group".equals(guess.type())
                && ("gang".equals(w) || "militia".equals(w) || "coalition".equals(w) || "cartel".equals(w))
                : guess.type().equals(PlaceWords.nounAfterType(w)) && !"outskirts".equals(w);
    }

    /**
     * {@code Officers of GUBOPiK, the Interior Ministry's Main Directorate for Combating Organised Crime and Corruption,
     * detained}: an acronym, then in apposition the name of several words it stands for (after "the" and at most an
     * owner's possessive), ending the clause. The acronym is that name's alias, as if written in brackets after it.
     */
    private void acronymsSpelledAfter(Sentence s, List<Found> founds, int from, Map<String, AliasLink> aliases) {
        Tokens t = doc.tokens();
        for (int k = from; k + 1 < founds.size(); k++) {
            Found f = founds.get(k);
            int comma = f.last() + 1;
            if (f.first() != f.last() || !isAcronymShape(t.surface(f.first())) || !t.isChar(comma, ',')
                    || !t.isLower(comma + 1, "the")) {
                continue;
            }
            for (int j = k + 1; j < founds.size() && founds.get(j).first() <= comma + 8; j++) {
                Found g = founds.get(j);
                Guess gg = g.guess();
                int end = g.last() + 1;
                boolean spelled = g.last() > g.first() && gg != null && gg.kind() == Kind.ACTOR && !gg.generic()
                        && (g.first() == comma + 2 || t.isLower(g.first() - 1, "s") && t.isApostrophe(g.first() - 2))
                        && (t.isChar(end, ',') || end > s.last() || t.isChar(end, '.'));
                if (spelled) {
                    founds.set(k, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), g.key(), gg));
                    aliases.put(f.key(), new AliasLink(t.surface(f.first()), g.key(), true));
                    break;
                }
            }
        }
    }

    /**
     * A body's other name, one word in brackets right after it, though no acronym of its words: {@code the Myanmar
     * military (Tatmadaw)}, {@code the Secretariat of National Defence (Sedena)}: the same body. So is an acronym's
     * name in brackets after it ({@code EPP (Paraguayan People's Army)}).
     */
    private void namesInBrackets(Sentence s, List<Found> founds, int from, Map<String, AliasLink> aliases) {
        Tokens t = doc.tokens();
        for (int j = from; j < founds.size(); j++) {
            Found g = founds.get(j);
            Found f = null;
            for (int k = from; k < founds.size(); k++) {
                f = founds.get(k).last() + 2 == g.first() ? founds.get(k) : f;
            }
            Guess fg = f == null ? null : f.guess();
            Guess gg = g.guess();
            if (fg == null || gg == null || !t.isChar(f.last() + 1, '(')
                    || !t.isChar(g.last() + 1, ')') || fg.kind() != Kind.ACTOR || gg.kind() != Kind.ACTOR
                    || "person".equals(fg.type()) || "person".equals(gg.type()) || fg.generic() || gg.generic()
                    || f.key().equals(g.key()) || aliases.containsKey(g.key())) {
                continue;
            }
            if (g.first() != g.last()) {
                if (f.first() == f.last() && isAcronymShape(t.surface(f.first()))) {
                    // EPP (Paraguayan People's Army), the CV (Red Command): an acronym, then its name in brackets,
                    // often a translation that does not spell it out; the stronger reading of the two types both
                    founds.set(j, new Found(g.sentence(), g.first(), g.last(), g.start(), g.end(), f.key(), gg));
                    aliases.put(g.key(), new AliasLink(span(t, g.first(), g.last()), f.key(), true));
                }
                continue;
            }
            founds.set(j, new Found(g.sentence(), g.first(), g.last(), g.start(), g.end(), f.key(), fg));
            aliases.put(g.key(), new AliasLink(t.surface(g.first()), f.key(), true));
        }
    }

    /**
     * {@code Hadibu (Hidaybu, Suqutra)}, {@code Dadin Kowa (Donga, Taraba)}, {@code the Sirwah (Marib), Nihm (Sanaa)
     * frontlines}: names in brackets whose last is a known region, town or country are the areas the place before
     * them lies in, as conflict-event notes write them. Those of them nothing typed are regions, and so is a name
     * nothing typed right before the brackets, unless the brackets hold a country alone ({@code Zeltrax (Italy)}: a
     * runner's country).
     */
    private void bracketedAreas(Sentence s, List<Found> founds, int from) {
        Tokens t = doc.tokens();
        for (int j = from; j < founds.size(); j++) {
            Found last = founds.get(j);
            if (!t.isChar(last.last() + 1, ')') || !isPlaceName(last.key())) {
                continue;
            }
            int k = j;
            while (k > from && founds.get(k - 1).last() + 2 == founds.get(k).first()
                    && t.isChar(founds.get(k).first() - 1, ',')) {
                k--;
            }
            int open = founds.get(k).first() - 1;
            if (!t.isChar(open, '(')) {
                continue;
            }
            for (int m = k; m < j; m++) {
                untypedToRegion(founds, m);
            }
            boolean countryAlone = k == j && doc.gazetteer().countries().byKey(last.key()) != null;
            if (k > from && founds.get(k - 1).last() == open - 1 && !countryAlone) {
                untypedToRegion(founds, k - 1);
            }
        }
    }

    /**
     * Types found {@code i} as a region when nothing typed it (no person's shape either), unless it is written in
     * capitals, or is a letter or a common word that nothing read as a name.
     */
    private void untypedToRegion(List<Found> founds, int i) {
        Found f = founds.get(i);
        Guess g = f.guess();
        if (doc.tokens().is(f.first(), Tokens.ALL_CAPS)) {
            return; // JOINT TASK FORCE (NORTH EAST): a heading's words, a unit's
        }
        if (g == null && (f.end() - f.start() < 3 || f.first() == f.last()
                && doc.isCommonWord(doc.tokens().lower(f.first())))) {
            return; // (B, C, Marib): a letter or a common word, no name the brackets could make a place
        }
        if (g == null || g.kind() == Kind.ACTOR && "other".equals(g.type()) && g.strength() <= Strength.PERSON_SHAPE) {
            String name = g == null ? span(doc.tokens(), f.first(), f.last()) : g.name();
            founds.set(i, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), f.key(),
                    Guess.place("region", name, Strength.REGION_AFTER_PLACE)));
        }
    }

    /** Verbs whose object, a name nothing typed, is a place: what is shelled, bombed, overrun or retaken. */
    private static final Set<String> STRUCK_PLACE = WordSets.of("shelled", "shelling", "bombed", "bombing",
            "bombarded", "bombarding", "overran", "stormed", "recaptured", "retook", "besieged", "encircled");
    /** ...and those whose object is a place when it has no person's shape either: what is seized or attacked. */
    private static final Set<String> TAKEN_PLACE = WordSets.of("seized", "captured", "targeting", "targeted",
            "raided", "attacked", "struck", "hit", "overrun", "took");
    /** Words after such an object that end it: the name is the whole object, not a group's name before its men. */
    private static final Set<String> OBJECT_ENDS = WordSets.of("on", "in", "at", "near", "and", "with", "from", "after",
            "before", "late", "early", "overnight", "killing", "wounding", "for", "as", "while", "which", "last",
            "yesterday", "today", "town", "village", "city", "district", "again", "twice", "using", "by", "during");

    /**
     * A name nothing typed, the object of a verb of bombardment or capture: {@code Hezbollah shelled Metula}, {@code
     * M23 rebels seized Rubaya}, {@code targeting Kiryat Shmona}: a town (it was an actor of no type, or a person).
     */
    private void placesStruck(Sentence s, List<Found> founds, int from) {
        Tokens t = doc.tokens();
        for (int i = from; i < founds.size(); i++) {
            Found f = founds.get(i);
            Guess g = f.guess();
            if (f.sentence() != s.index() || !weak(g) || f.first() - 1 < s.first() || !t.isWord(f.first() - 1)) {
                continue;
            }
            String verb = t.lower(f.first() - 1);
            boolean person = g != null && "person".equals(g.type());
            boolean struck = STRUCK_PLACE.contains(verb) || !person && TAKEN_PLACE.contains(verb);
            int after = f.last() + 1;
            boolean whole = after > s.last() || !t.isWord(after) || OBJECT_ENDS.contains(t.lower(after));
            if (struck && whole && !t.is(f.first(), Tokens.ALL_CAPS)) {
                String name = g == null ? span(t, f.first(), f.last()) : g.name();
                founds.set(i, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), f.key(),
                        Guess.place("populated_place", name, Strength.PLACE_CONTEXT)));
            }
        }
    }

    /**
     * Names nothing typed, or typed only by their shape, that a list puts among places: {@code Baraka and Mboko},
     * {@code Harardhere and Mogadishu} (the other a place), {@code attacked Intazayene, Bakorat and several other
     * villages}, {@code Diallassagou and neighbouring villages}.
     */
    private void placesInLists(Sentence s, List<Found> founds, int from) {
        Tokens t = doc.tokens();
        boolean[] listed = new boolean[founds.size() - from]; // names this pass made places
        for (int i = from; i < founds.size(); i++) {
            Found f = founds.get(i);
            if (f.sentence() != s.index() || !weak(f.guess())) {
                continue;
            }
            // within a list: "and" before or after, or a comma in a list that goes on to its "and" (not "In Goma,
            // Jean-Pierre Bemba said", nor "the Mayor of Saint-Ophir, Ghislaine Auguste-Noel, said")
            boolean goesOn = listGoesOn(t, s, f.last());
            String type = null;
            for (int j = Math.max(from, i - 1); j <= i + 1 && j < founds.size() && type == null; j++) {
                Found o = founds.get(j);
                boolean joined = j < i ? o.last() == f.first() - 2 && (t.isLower(f.first() - 1, "and")
                        || t.isChar(f.first() - 1, ',') && goesOn)
                        : j > i && f.last() == o.first() - 2 && (t.isLower(f.last() + 1, "and")
                        || t.isChar(f.last() + 1, ',') && goesOn);
                if (joined && o.guess() != null && o.guess().kind() == Kind.PLACE && !"country".equals(o.guess().type())
                        && (o.guess().strength() >= Strength.GAZETTEER || j < i && listed[j - from])
                        && !(j < i && peopleFrom(t, o, f.first(), f.last()))) {
                    type = o.guess().type();
                }
            }
            if (type == null && otherPlacesAfter(t, s, f.last())) {
                type = "populated_place";
            }
            if (type == null && placeIncludes(t, s, founds, from, f, i)) {
                type = "populated_place"; // positions in northern Shan State, including Chinshwehaw, Hseni and Kunlong
            }
            listed[i - from] = type != null;
            if (type != null) {
                String name = f.guess() == null ? span(t, f.first(), f.last()) : f.guess().name();
                founds.set(i, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), f.key(),
                        Guess.place(type, name, Strength.PLACE_CONTEXT)));
            }
        }
    }

    /**
     * {@code three labourers from Punjab, Muhammad Aslam, Shahid Iqbal and Naveed Ahmed}: people said to come from the
     * place, whom the list after its comma names by names of two words or more that are no places (not "farmers from
     * Sarlahi, Mahottari and Rautahat districts").
     */
    private boolean peopleFrom(Tokens t, Found place, int a, int b) {
        int from = place.first() - 1;
        if (!(t.isLower(from, "from") || t.isLower(from, "in") && t.isWord(from - 1) && KIN.contains(t.lower(from - 1)))
                || !t.isWord(from - 1) || t.isCapitalised(from - 1)
                || !t.isChar(place.last() + 1, ',') || b == a || isPlaceName(Names.key(span(t, a, b)))) {
            return false;
        }
        String w = t.lower(from - 1);
        return w.endsWith("ers") || w.endsWith("ists") || w.equals("men") || w.equals("women") || w.equals("people")
                || w.equals("pilgrims") || w.equals("migrants") || t.isChar(b + 1, ',') && (w.endsWith("-old")
                || (t.isLower(from - 2, "a") || t.isLower(from - 2, "an")) && ONE_FROM.contains(w));
        // a 28-year-old from Murcia, Adrián Sánchez, ...; a farmer from Murcia, X, ...
    }

    private static final Set<String> ONE_FROM = WordSets.of("man", "woman", "resident", "farmer", "student",
            "teacher", "trader", "driver", "worker", "businessman", "businesswoman", "activist", "journalist",
            "teenager", "youth", "boy", "girl", "migrant", "soldier", "pensioner", "shopkeeper", "lawyer", "doctor");

    /** People told by kin or age before {@code in X, Name} ({@code arrested two brothers in Samarra, X and Y}). */
    private static final Set<String> KIN = WordSets.of("men", "women", "brothers", "sisters", "sons",
            "daughters", "youths", "boys", "girls", "teenagers", "suspects", "cousins", "man", "woman", "youth", "boy");

    /**
     * Whether {@code f} is in a list that opens with "including" right after a place ({@code in northern Shan State,
     * including Chinshwehaw, Hseni and Kunlong}): the list's names before {@code f} are all capitalised names.
     */
    private static boolean placeIncludes(Tokens t, Sentence s, List<Found> founds, int from, Found f, int i) {
        int k = f.first() - 1;
        while (k > s.first() && (t.isChar(k, ',') || t.isLower(k, "and") || t.isCapitalised(k) || t.isChar(k, '-'))
                && !t.isLower(k, "including")) {
            k--;
        }
        if (!t.isLower(k, "including") || !t.isChar(k - 1, ',')) {
            return false;
        }
        int end = k - 2; // the last token before ", including"
        if (t.isWord(end) && !t.isCapitalised(end) && OTHER_PLACES.contains(t.lower(end))) {
            return true; // attacks on nearby communities, including Be'eri and Kfar Aza
        }
        for (int j = i - 1; j >= from; j--) {
            Found o = founds.get(j);
            if (o.last() == end) {
                return o.guess() != null && o.guess().kind() == Kind.PLACE;
            }
        }
        return false;
    }

    /** Whether names joined by commas after token {@code b} lead to the list's "and" or "or" ({@code , Goris and}). */
    private static boolean listGoesOn(Tokens t, Sentence s, int b) {
        int k = b + 1;
        while (k <= s.last()) {
            if (t.isLower(k, "and") || t.isLower(k, "or")) {
                return true;
            }
            if (!t.isChar(k, ',') || !t.isCapitalised(k + 1)) {
                return false;
            }
            k += 2;
            while (k <= s.last() && (t.isCapitalised(k) || t.isChar(k, '-') || t.isApostrophe(k))) {
                k++; // Al-Dana, Be'eri
            }
        }
        return false;
    }

    private static boolean weak(Guess g) {
        return g == null || g.kind() == Kind.ACTOR && ("other".equals(g.type()) || "person".equals(g.type()))
                && g.strength() <= Strength.PERSON_SHAPE;
    }

    private static final Set<String> OTHER_PLACES = WordSets.of("villages", "towns", "localities", "hamlets",
            "settlements", "communities", "neighbourhoods", "areas", "districts");
    private static final Set<String> OTHERS = WordSets.of("other", "neighbouring", "neighboring", "nearby",
            "surrounding", "several", "adjacent", "two", "three", "four", "five", "some", "many");

    /** {@code X and neighbouring villages}, {@code X, Y and several other villages}: a list closed by other places. */
    private static boolean otherPlacesAfter(Tokens t, Sentence s, int b) {
        int k = b + 1;
        while (k <= s.last() && k <= b + 8 && (t.isChar(k, ',') || t.isCapitalised(k))) {
            k++; // , Bakorat
        }
        if (!t.isLower(k, "and")) {
            return false;
        }
        k++;
        int others = 0;
        while (k <= s.last() && t.isWord(k) && OTHERS.contains(t.lower(k))) {
            k++;
            others++;
        }
        return others > 0 && t.isWord(k) && OTHER_PLACES.contains(t.lower(k));
    }

    private Guess regionAfterPlace(Tokens t, int a, int b, Found previous, Guess guess, String name) {
        boolean afterPlace = previous != null && previous.guess() != null && previous.guess().kind() == Kind.PLACE
                && previous.last() == a - 2 && (t.isChar(a - 1, ',') || inBracketsAfter(t, a, b));
        if (!afterPlace && !(inBracketsAfter(t, a, b) && afterPlaceNoun(t, a - 2))) {
            return guess;
        }
        if (guess != null && (guess.strength() >= Strength.REGION_AFTER_PLACE || guess.kind() == Kind.ACTOR
                && guess.strength() > Strength.PERSON_SHAPE) || speaks(t, b) || afterPlace && isRoleOf(t, previous) || owns(t, b)
                || afterPlace && peopleFrom(t, previous, a, b)
                || actsAfter(t, b)) {
            return guess;
        }
        Country country = doc.gazetteer().countries().byKey(Names.key(name));
        if (country != null) { // in N'Djamena, Chad: the country (a name that needs context, given here by the town)
            return ChunkTyper.countryGuess(country);
        }
        boolean knownRegion = doc.gazetteer().regions().isRegion(Names.key(name));
        if (afterPlace && t.isChar(b + 1, ')') && t.isDash(b + 2) && t.is(previous.first(), Tokens.ALL_CAPS)
                && !knownRegion) {
            return Guess.actor("organization", name, Strength.ORGANISATION_CUE); // SULAIMANI (Rudaw) -: who reports
        }
        if (afterPlace && "country".equals(previous.guess().type()) && b > a && !knownRegion) {
            return guess; // the WFP country director for Sudan, Eddie Rowe: a region comes before its country
        }
        if (afterPlace && !knownRegion && guess != null && guess.kind() == Kind.PLACE
                && doc.gazetteer().isLargeCity(Names.key(name))) {
            return guess; // in Petare, Caracas; in Zone 4, Mogadishu: a neighbourhood of a city no region is named as
        }
        return Guess.place("region", name, Strength.REGION_AFTER_PLACE);
    }

    /**
     * {@code in Croix-des-Bouquets, Ouest, Chen Mechan and 400 Mawozo clashed}: a name followed by another joined with
     * "and", or by a lower-case word that is neither a preposition nor a place noun, is the sentence's subject, not
     * the region of the places before it.
     */
    private static boolean actsAfter(Tokens t, int b) {
        int n = b + 1;
        if (t.isLower(n, "and")) {
            return t.isCapitalised(n + 1) || t.is(n + 1, Tokens.NUMBER);
        }
        if (!t.isWord(n) || t.isCapitalised(n) || t.is(n, Tokens.NUMBER)) {
            return false;
        }
        String w = t.lower(n);
        return !FunctionWords.isFunctionWord(w) && !PlaceWords.isPreposition(w) && PlaceWords.nounAfterType(w) == null;
    }

    /** {@code Kempes Sanon's men}: a name that owns what follows is somebody, not the region of the place before. */
    private static boolean owns(Tokens t, int b) {
        return t.isPossessiveS(b + 2); // the tokenizer keeps a possessive's apostrophe apart
    }

    /**
     * {@code Boni (Douentza, Mopti)}, {@code Port-au-Prince (Ouest)}: the areas a place lies in, in brackets right
     * after it, as conflict-event notes write them. Not an all-capitals word ({@code (AFP)} after a dateline).
     */
    private static boolean inBracketsAfter(Tokens t, int a, int b) {
        return t.isChar(a - 1, '(') && !t.is(a, Tokens.ALL_CAPS) && (t.isChar(b + 1, ',') || t.isChar(b + 1, ')'));
    }

    /**
     * {@code the Maiduguri-Damboa road (Konduga, Borno)}, {@code Fizi centre (Fizi, Sud-Kivu)}: a place noun in lower
     * case before the brackets says the place ends there, and what the brackets hold are its areas.
     */
    private static boolean afterPlaceNoun(Tokens t, int n) {
        if (!t.isWord(n) || t.isCapitalised(n)) {
            return false;
        }
        String w = t.lower(n);
        return PlaceWords.nounAfterType(w) != null || PlaceWords.isFacilityNoun(w) || PlaceWords.isRoadNoun(w)
                || PlaceWords.nounOfType(w) != null && !w.equals("people") && !w.equals("residents");
    }

    /** Whether the name at {@code b} is followed by a speech verb ({@code X said}, {@code X, said}). */
    private static boolean speaks(Tokens t, int b) {
        int n = t.isChar(b + 1, ',') ? b + 2 : b + 1;
        return t.isLower(n, "said") || t.isLower(n, "says") || t.isLower(n, "told") || t.isLower(n, "added");
    }

    /** Settlements named before their name: {@code the chief of the island of X, Name}. */
    private static final Set<String> SETTLED_OF = WordSets.of("village", "town", "island", "city", "hamlet",
            "commune", "municipality", "district", "locality");

    /** {@code the mayor of X, Name}: the name after the place is the person holding the role. */
    private static boolean isRoleOf(Tokens t, Found place) {
        int p = place.first() - 1;
        p -= t.isWord(p) && WARD_WORDS.contains(t.lower(p)) ? 1 : 0; // the chairman of Barangay Limook, X
        if (t.isLower(p, "of") && t.isWord(p - 1) && SETTLED_OF.contains(t.lower(p - 1)) && t.isLower(p - 2, "the")) {
            p -= 3; // the chief of the island of Bougourmi, X
        }
        if (t.isLower(p, "in") || t.isLower(p, "for")) {
            for (int k = p - 1; k >= Math.max(0, p - 5); k--) { // the commander of Russian troops in Chechnya, X
                if (t.isLower(k, "of") && t.isWord(k - 1) && ActorWords.isRoleNoun(t.lower(k - 1))) {
                    return true;
                }
            }
        }
        return t.isLower(p, "of") && t.isWord(p - 1) && ActorWords.isRoleNoun(t.lower(p - 1));
    }

    /** @param from the index in {@code founds} of the sentence's first name */
    private void generics(Sentence s, List<Found> founds, int from) {
        Tokens t = doc.tokens();
        int first = t.firstWord(s);
        for (int i = s.first(); i <= s.last(); i++) {
            // capitalised only because it opens the sentence: "Police opened fire", not "Police Commissioner X"
            boolean opener = t.opensSentence(s, i) && !t.is(i, Tokens.ALL_CAPS) && t.isWord(i + 1)
                    && !t.isCapitalised(i + 1);
            Found written = t.isWord(i) && t.isCapitalised(i) && !opener && t.isLower(i + 1, "of")
                    ? demonyms.ofCountry(s, i, true) : null; // the Police of the Czech Republic, no other name
            if (written != null && !covered(founds, from, i)) {
                founds.add(written);
                continue;
            }
            if (!t.isWord(i) || t.isCapitalised(i) && !opener && !NameChunker.isDisplaced(t, i)) {
                continue;
            }
            Found state = demonyms.ofCountry(s, i);
            if (state != null) {
                founds.add(state);
                continue;
            }
            Found antecedent = theGroup(s, i, founds);
            if (antecedent != null) {
                founds.add(new Found(s.index(), i, i, t.start(i), t.end(i), antecedent.key(), antecedent.guess()));
                continue;
            }
            GenericActors.Generic g = GenericActors.of(t.lower(i));
            if (g == null && t.isLower(i, "forces") && i > s.first() && STATE_FORCES.contains(t.lower(i - 1))
                    && (i - 1 == first || !t.isCapitalised(i - 1))) {
                g = GenericActors.securityForces(); // security forces killed two cadres; government forces retook
            }
            if (g == null && t.isLower(i, "men") && i > s.first() && ARMED_MEN.contains(t.lower(i - 1))) {
                g = GenericActors.of("gunmen");
            }
            if (g == null && (t.isLower(i, "group") || t.isLower(i, "groups") || t.isLower(i, "individuals"))
                    && i > s.first() && (t.isLower(i - 1, "armed") || t.opensSentence(s, i - 1)
                    && NameChunker.ARMED_KINDS.contains(t.lower(i - 1))) // Separatist groups have announced a lockdown
                    && (i - 1 == s.first() || !t.isCapitalised(i - 2))) { // an unidentified armed group, not the X armed group
                g = GenericActors.of("gunmen");
            }
            boolean namedBefore = t.isCapitalised(i - 1) && !FAITHS.contains(t.lower(i - 1)) // a Catholic priest
                    && !stanceBefore(t, i) // Pro-Russian separatists, Anti-terrorism police
                    && !(Calendar.isCalendarWord(t.lower(i - 1)) && t.isLower(i - 2, "on")) // On Tuesday police arrested
                    && !articleOpens(t, s, i, g) // The police arrested, A gunman opened fire
                    && !(t.opensSentence(s, i - 1) && COUNT_OPENERS.contains(t.lower(i - 1))) // Two residents were
                    && !((i - 1 == first || NameChunker.afterDateline(t, s, i - 1))
                            && (NameChunker.OPENING_ADJECTIVES.contains(t.lower(i - 1)) || participle(t.lower(i - 1))
                            || g == GenericActors.securityForces())) // Unknown assailants
                    && !(g != null && ("civilians".equals(g.type()) || g == GenericActors.SETTLERS)
                            && demonyms.isDemonym(i - 1)) // Palestinian farmers, Israeli settlers
                    && !(g != null && "civilians".equals(g.type()) && ChunkTyper.DWELLERS_AFTER.contains(t.lower(i))
                            && townBefore(founds, i)) // Kahawa residents protested
                    && !(g != null && "security_force".equals(g.type()) && townBefore(founds, i) // Kaduna police said
                            && !(t.isWord(i + 1) && PlaceWords.isFacilityNoun(t.lower(i + 1)))) // not X police station
                    || NameChunker.isCode(t, i - 1);
            if (g == null || namedBefore && i - 1 >= s.first() || isCompound(t, s, i)
                    || i > s.first() && t.lower(i - 1).startsWith("pro-") && covered(founds, from, i)) {
                continue;
            }
            if (i + 1 <= s.last() && GenericActors.of(t.lower(i + 1)) == g) {
                continue;
            }
            int named = t.isLower(i + 2, "the") ? i + 3 : i + 2;
            for (int k = 0; k < 2 && t.isWord(named) && !t.isCapitalised(named) && (t.lower(named).indexOf('-') > 0
                    || NAME_ADJECTIVES.contains(t.lower(named))); k++) {
                named++; // gunmen of the pro-government Colectivo Fuerza Catia, members of the rival Rinaldi clan
            }
            if (!"civilians".equals(g.type()) && t.isLower(i + 1, "of") && named <= s.last()
                    && (t.isCapitalised(named) || (t.is(named, Tokens.NUMBER) || t.isWord(named)
                    && NameChunker.isOrdinal(t.lower(named))) && t.isCapitalised(named + 1))) {
                continue; // "fighters of the 444 Brigade", "of the 314th Brigade": the group named after (residents
                // stay)
            }
            if (!"civilians".equals(g.type()) && namedAfter(t, s, i)) {
                continue; // militiamen known as the Mazombi: the group named after
            }
            founds.add(new Found(s.index(), i, i, t.start(i), t.end(i), g.key(),
                    new Guess(Kind.ACTOR, g.type(), g.name(), Strength.GENERIC, true, Map.of())));
        }
    }

    /**
     * {@code pro-Houthi forces}, {@code pro-STC fighters}, {@code pro-Hadi elements}: the forces of those they stand
     * for, one actor whatever the noun, an armed group unless the lexicon says otherwise ({@code pro-government forces}
     * are the state's, a stance of {@code DocContext}).
     */
    private void supporters(Sentence s, List<Found> founds, boolean[] consumed) {
        Tokens t = doc.tokens();
        for (int p = s.first(), i = p + 1; i <= s.last(); p++, i++) {
            if (consumed[p] || consumed[i] || !t.isWord(i) || !SUPPORTERS.contains(t.lower(i)) || !t.isWord(p)
                    || !t.lower(p).startsWith("pro-") || t.lower(p).length() < 6
                    || t.isCapitalised(p) && !t.opensSentence(s, p) // Pro-Houthi fighters opening a sentence
                    || !Character.isUpperCase(t.surface(p).charAt(4)) || DocContext.isStance(t.lower(p))) {
                continue;
            }
            String name = "pro-" + t.surface(p).substring(4) + " forces";
            String key = Names.key(name);
            String known = KnownActors.type(key);
            Guess guess = known != null ? Guess.actor(known, name, Strength.KNOWN_ACTOR)
                    : Guess.actor("armed_group", name, Strength.GROUP_NOUN);
            founds.add(new Found(s.index(), p, i, t.start(p), t.end(i), key, guess));
            consumed[p] = true;
            consumed[i] = true;
        }
    }

    /** {@code Cox's Bazar}: a town whose name holds a possessive, which would end a name anywhere else. */
    private void possessiveTowns(Sentence s, List<Found> founds, boolean[] consumed) {
        Tokens t = doc.tokens();
        for (int a = s.first(); a + 3 <= s.last(); a++) {
            if (consumed[a] || !t.isWord(a) || !t.isCapitalised(a) || !t.isPossessiveS(a + 2) || !t.isWord(a + 3)
                    || !t.isCapitalised(a + 3) || consumed[a + 3]) {
                continue;
            }
            String name = t.text().substring(t.start(a), t.end(a + 3));
            String key = Names.key(name);
            if (doc.gazetteer().isCity(key)) {
                founds.add(new Found(s.index(), a, a + 3, t.start(a), t.end(a + 3), key,
                        Guess.place("populated_place", name, Strength.GAZETTEER)));
                for (int k = a; k <= a + 3; k++) {
                    consumed[k] = true;
                }
            }
        }
    }

    private static final Set<String> SUPPORTERS = WordSets.of("forces", "fighters", "elements", "militants", "militia",
            "militias", "troops", "gunmen", "groups", "factions", "reinforcements", "units", "militiamen");

    /**
     * A unit named with its force after {@code of the} ({@code the Samaria Regional Brigade of the Israel Defense
     * Forces}, {@code the 118th Base Command of the Moro Islamic Liberation Front}) is of its force's type.
     */
    private void unitsOfForces(List<Found> founds, int from) {
        Tokens t = doc.tokens();
        for (int k = from; k < founds.size(); k++) {
            Found f = founds.get(k);
            Guess g = f.guess();
            if (g == null || g.kind() != Kind.ACTOR || !ARMED_TYPES.contains(g.type()) || !t.isLower(f.last() + 1, "of")
                    || !t.isLower(f.last() + 2, "the") || !NameChunker.isUnitHead(t.lower(f.last()))) {
                continue;
            }
            for (int j = k + 1; j < founds.size(); j++) {
                Guess force = founds.get(j).guess();
                if (founds.get(j).first() == f.last() + 3 && force != null && force.kind() == Kind.ACTOR
                        && ARMED_TYPES.contains(force.type()) && !force.type().equals(g.type())) {
                    founds.set(k, new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), f.key(),
                            new Guess(Kind.ACTOR, force.type(), g.name(), g.strength(), g.generic(), g.attributes())));
                    break;
                }
            }
        }
    }

    private static final Set<String> ARMED_TYPES = WordSets.of("security_force", "armed_group");

    /**
     * Whether a word of stance comes right before the noun at {@code i} ({@code Pro-Russian separatists}, {@code
     * Anti-terrorism police}), not a known group's name ({@code Anti-Balaka}).
     */
    private static boolean stanceBefore(Tokens t, int i) {
        String w = t.lower(i - 1);
        return DocContext.isStance(w)
                || (w.startsWith("anti-") || w.startsWith("counter-")) && KnownActors.type(Names.key(w)) == null;
    }

    /**
     * Counts of people in words: {@code Two residents were killed} opening a sentence, {@code three Kuki men} (also read
     * by {@link ChunkTyper}).
     */
    static final Set<String> COUNT_OPENERS = NumberWords.twoToTenAnd("several", "dozens", "hundreds",
            "thousands", "many", "some", "eleven", "twelve", "twenty", "thirty", "fifteen");

    /** {@code Hiding}, {@code Hooded}: a participle, which opens a sentence before the men it describes. */
    private static boolean participle(String lower) {
        return lower.length() > 4 && (lower.endsWith("ing") || lower.endsWith("ed"));
    }

    /** Whether a name follows the generic at {@code i} as its name: {@code militiamen known as the Mazombi}. */
    private static boolean namedAfter(Tokens t, Sentence s, int i) {
        int k = t.isLower(i + 1, "known") && t.isLower(i + 2, "as") ? i + 3
                : t.isLower(i + 1, "called") || t.isLower(i + 1, "named") ? i + 2
                : t.isLower(i + 1, "calling") && t.isLower(i + 2, "themselves") ? i + 3 : -1;
        if (k < 0) {
            return false;
        }
        k = t.isLower(k, "the") ? k + 1 : k;
        k = t.isChar(k, '"') || t.isChar(k, '\u201c') ? k + 1 : k;
        return k <= s.last() && t.isWord(k) && t.isCapitalised(k);
    }

    /** Whether a name found in the sentence (from index {@code from} of {@code founds} on) spans token {@code i}. */
    private static boolean covered(List<Found> founds, int from, int i) {
        for (int k = from; k < founds.size(); k++) {
            if (founds.get(k).first() <= i && i <= founds.get(k).last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the generic at {@code i} follows the article opening its sentence, capitalised only there: {@code The
     * police arrested}, {@code A gunman opened fire}, {@code The gunman}; not {@code The attackers}, the group told
     * before.
     */
    private static boolean articleOpens(Tokens t, Sentence s, int i, GenericActors.Generic g) {
        return t.opensSentence(s, i - 1) && (t.isLower(i - 1, "a") || t.isLower(i - 1, "an")
                || t.isLower(i - 1, "the") && g != null && ("security_force".equals(g.type())
                || "armed_group".equals(g.type()) && !t.lower(i).endsWith("s")));
    }

    /** Words between "of the" and a group's name: {@code fighters of the rival X}. */
    private static final Set<String> NAME_ADJECTIVES = WordSets.of("rival", "ruling", "opposition", "outlawed",
            "banned", "so-called", "self-styled", "armed", "separatist", "jihadist", "notorious");

    /** Whether a town or region found in this sentence ends right before token {@code i}: {@code Kaduna police}. */
    private static boolean townBefore(List<Found> founds, int i) {
        for (int k = founds.size() - 1; k >= 0 && k >= founds.size() - 8; k--) {
            Found f = founds.get(k);
            if (f.last() == i - 1 && f.guess() != null && f.guess().kind() == Kind.PLACE
                    && ("populated_place".equals(f.guess().type()) || "region".equals(f.guess().type()))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that, after {@code the} or {@code this}, mean the armed group the report last named. */
    private static final Set<String> DEFINITE_GROUPS = WordSets.of("gang", "group", "militia", "cartel");
    /** Head nouns by which a name of several words is told again: {@code the brigade}, {@code the front}. */
    private static final Set<String> NAMED_HEADS = WordSets.of("brigade", "battalion", "front", "movement", "coalition",
            "alliance", "committee", "regiment", "federation", "network", "party");

    /**
     * {@code The gang is led by X}, {@code the group claimed}: the armed group last named before token {@code i}
     * (in this sentence or an earlier one), or null when the noun is not definite or the report has named none.
     */
    private Found theGroup(Sentence s, int i, List<Found> founds) {
        Tokens t = doc.tokens();
        boolean group = DEFINITE_GROUPS.contains(t.lower(i));
        if (!group && !NAMED_HEADS.contains(t.lower(i)) || !(t.isLower(i - 1, "the") || t.isLower(i - 1, "this"))
                || isCompound(t, s, i) || t.isLower(i + 1, "of")) {
            return null;
        }
        int from = Math.max(0, founds.size() - ANTECEDENT_WINDOW);
        Found latest = latestGroup(s, i, founds, from, group);
        if (latest == null || !group || calledSo(t, latest.key(), founds, from, t.lower(i))) {
            return latest;
        }
        for (int k = founds.size() - 1; k >= from; k--) {
            Found f = founds.get(k);
            Guess g = f.guess();
            if ((f.sentence() < s.index() || f.first() < i) && g != null && g.kind() == Kind.ACTOR && !g.generic()
                    && "armed_group".equals(g.type()) && calledSo(t, f.key(), founds, from, t.lower(i))) {
                return f; // the gang, after "the Grand Ravine gang, part of the Viv Ansanm coalition": the one so named
            }
        }
        return latest;
    }

    /** Whether a name of {@code key} is followed by, or holds, the group's noun ({@code the Grand Ravine gang}). */
    private static boolean calledSo(Tokens t, String key, List<Found> founds, int from, String noun) {
        for (int k = from; k < founds.size(); k++) {
            Found f = founds.get(k);
            if (f.key().equals(key) && (t.isLower(f.last() + 1, noun) || hasWord(t, f, noun))) {
                return true;
            }
        }
        return false;
    }

    /** The latest name before token {@code i} that "the gang" (or "the brigade") there may stand for, or null. */
    private Found latestGroup(Sentence s, int i, List<Found> founds, int from, boolean group) {
        Tokens t = doc.tokens();
        for (int k = founds.size() - 1; k >= from; k--) {
            Found f = founds.get(k);
            Guess g = f.guess();
            if ((f.sentence() < s.index() || f.first() < i) && g != null && g.kind() == Kind.ACTOR && !g.generic()) {
                if (group && "armed_group".equals(g.type()) && "armed_group".equals(strongest(f.key(), founds, from).type())) {
                    return f;
                }
                if (!group && f.last() > f.first() && hasWord(t, f, t.lower(i))) {
                    return f; // members of the brigade, after the Brigade de Vigilance de Délugé: that brigade
                }
            }
        }
        return null;
    }

    /**
     * A body's head noun alone, capitalised after {@code the} ({@code the Command}, {@code the Mission}), standing for
     * the latest body named in full with that last word: that body; else null.
     */
    private Found headOfNamedBody(Sentence s, int a, List<Found> founds) {
        Tokens t = doc.tokens();
        if (!t.isLower(a - 1, "the") || !t.isCapitalised(a) || t.is(a, Tokens.ALL_CAPS)
                || !BODY_HEADS.contains(t.lower(a))) {
            return null;
        }
        for (int k = founds.size() - 1; k >= Math.max(0, founds.size() - ANTECEDENT_WINDOW); k--) {
            Found f = founds.get(k);
            Guess g = f.guess();
            if (f.last() > f.first() && f.last() < a && g != null && g.kind() == Kind.ACTOR && !g.generic()
                    && !"person".equals(g.type()) && t.isLower(f.last(), t.lower(a))) {
                return new Found(s.index(), a, a, t.start(a), t.end(a), f.key(), g);
            }
        }
        return null;
    }

    private static final Set<String> UNIFORMS = WordSets.of("uniform", "uniforms", "fatigues", "attire");
    private static final Set<String> BODY_HEADS = WordSets.of("command", "mission", "brigade", "battalion", "regiment",
            "division", "army", "force", "forces", "police", "service", "agency", "directorate", "commission",
            "committee", "council", "movement", "front", "coalition", "alliance", "group", "unit", "corps", "guard");

    /** Whether the name {@code f} has the word {@code lower}. */
    private static boolean hasWord(Tokens t, Found f, String lower) {
        for (int k = f.first(); k <= f.last(); k++) {
            if (t.isLower(k, lower)) {
                return true;
            }
        }
        return false;
    }

    /** The strongest guess for {@code key} among the names from {@code from} on: one typed a group once may be a unit. */
    private static Guess strongest(String key, List<Found> founds, int from) {
        Guess best = null;
        for (int k = from; k < founds.size(); k++) {
            Found f = founds.get(k);
            if (f.guess() != null && f.key().equals(key) && f.guess().beats(best)) {
                best = f.guess();
            }
        }
        return best;
    }

    /** How many of the latest names the antecedent of "the gang" is looked for among (bounds a report's time). */
    private static final int ANTECEDENT_WINDOW = 400;

    private static boolean isCompound(Tokens t, Sentence s, int i) {
        int n = i + 1;
        if (n > s.last() || !t.isWord(n)) {
            return false;
        }
        String w = t.lower(n);
        if ((PlaceWords.isForceSite(w) || FORCE_HOLDINGS.contains(w))
                && (t.isLower(i, "military") || t.isLower(i, "army") || t.isLower(i, "police"))) {
            return false; // a military camp, a police post: the force that holds it (attacking it is a battle)
        }
        return PlaceWords.isFacilityNoun(w) || ActorWords.isRoleNoun(w) && !w.equals("member") && !w.equals("officer")
                && !w.equals("officers") // a police officer is the police; a police spokesman is a person
                || w.equals("activity") || w.equals("activities") || w.equals("violence") || w.equals("domination")
                || UNIFORMS.contains(w); // men in military uniform: who wears it is not said
    }

    /**
     * At the start of a sentence or clause, a capitalised common word followed by particles is no part of the name:
     * {@code Gunmen of the Kanno Lanmè gang}, {@code Officers of the TRB}. Returns the name's first token.
     */
    private int skipCommonHead(Tokens t, Sentence s, int a, int b) {
        int first = t.firstWord(s);
        boolean opensClause = a == first || a > s.first() && t.isPunct(a - 1) && !t.isChar(a - 1, ',');
        if (!opensClause || a == b) {
            return a;
        }
        String w = t.lower(a);
        if (OPENING_ADJECTIVES.contains(w) && b == a + 1 && t.isCapitalised(b) && !t.is(a, Tokens.ALL_CAPS)
                && ActorWords.nameWordType(t.lower(b)) == null) {
            return b; // Armed Turkana raiders attacked: the Turkana, armed (but the Armed Offenders Squad)
        }
        boolean common = doc.isCommonWord(w) || GenericActors.of(w) != null || ActorWords.isRoleNoun(w)
                || w.endsWith("s") && doc.isCommonWord(w.substring(0, w.length() - 1))
                || pluralOfAForce(t, a, b);
        if (!common || ActorWords.nameWordType(w) != null && !t.isWord(a + 1)) {
            return a;
        }
        int i = a + 1;
        while (i <= b && t.isWord(i) && !t.isCapitalised(i)) {
            i++;
        }
        return i > a + 1 ? i : a;
    }

    /**
     * Whether the chunk opens with a plural and "of the" before a force's or a group's name: {@code Posts of the
     * Pakistan Army}, {@code Positions of the Arakan Army} (but not {@code Friends of the Earth}).
     */
    private static boolean pluralOfAForce(Tokens t, int a, int b) {
        String w = t.lower(a);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && ActorWords.nameWordType(w) == null
                && t.isLower(a + 1, "of") && t.isLower(a + 2, "the") && b > a + 3
                && ActorWords.nameWordType(t.lower(b)) != null;
    }

    /** Adjectives that, opening a sentence, are capitalised before a people's or a group's name. */
    private static final Set<String> OPENING_ADJECTIVES = WordSets.of("armed", "suspected", "alleged", "heavily",
            "hooded", "masked", "rival", "unidentified", "unknown");

    private static boolean titleBefore(Tokens t, Sentence s, int a) {
        int p = a - 1;
        if (t.isChar(p, '.')) {
            p--;
        }
        return p >= s.first() && t.isWord(p) && t.isCapitalised(p) && ActorWords.isTitle(t.lower(p));
    }

    private static boolean hasActorWord(Tokens t, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (ActorWords.nameWordType(t.lower(i)) != null || t.isLower(i, "of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Farm Minister Loyola de Palacio}, {@code Interior Secretary X}: one to three words of a portfolio, then
     * titles, then the name; the first token of the name, or {@code a} when the chunk is not built so. The portfolio
     * may name a force: {@code Police Commissioner John Kamau} and {@code Regional Police Commander Jean Okello} are
     * persons too.
     */
    private static int afterPortfolioTitle(Tokens t, int a, int b) {
        if (t.isWord(b + 1) && !t.isCapitalised(b + 1) && PlaceWords.nounAfterType(t.lower(b + 1)) != null) {
            return a; // the capital's Por Sen Chey district: a place's name, whatever words it has
        }
        if (b > a && ChunkTyper.securityService(t, b - 1, b)) {
            return a; // the Central General Staff: a body, no general's name
        }
        int k = a;
        while (k < b && k - a < 3 && !ActorWords.isTitle(t.lower(k))) {
            k++;
        }
        if (k == a || k >= b || !ActorWords.isTitle(t.lower(k))) {
            return a;
        }
        int m = k;
        while (m < b && ActorWords.isTitle(t.lower(m))) {
            m++;
        }
        return ActorWords.isTitle(t.lower(m)) || !t.isCapitalised(m) || hasActorWord(t, m, b) ? a : m;
    }

    /**
     * The country of a chunk that is a country and titles ({@code U.S. Under-Secretary}) or titles, "of" (and "the")
     * and a country ({@code King of Scotland}), or null.
     */
    private Found countryOfATitle(Sentence s, int a, int b) {
        Tokens t = doc.tokens();
        int last = b;
        while (last > a && ActorWords.isTitle(t.lower(last))) {
            last--;
        }
        if (last < b) { // the U.S. Under-Secretary of State: the country, then a post
            return countryAt(s, a, last);
        }
        int k = a;
        while (k < b && ActorWords.isTitle(t.lower(k))) {
            k++;
        }
        if (k == a || !t.isLower(k, "of")) {
            return null;
        }
        int c = t.isLower(k + 1, "the") ? k + 2 : k + 1;
        if (c > b) {
            return null;
        }
        return countryAt(s, c, b);
    }

    /** The country named by tokens {@code a..b} as a found place, or null when they name none. */
    private Found countryAt(Sentence s, int a, int b) {
        Tokens t = doc.tokens();
        String key = Names.key(span(t, a, b));
        Country country = doc.gazetteer().countries().byKey(key);
        return country == null ? null
                : new Found(s.index(), a, b, t.start(a), t.end(b), key, ChunkTyper.countryGuess(country));
    }

    /** The country that opens a titled name ({@code Iraq} in {@code Iraq Foreign Minister Tareq Aziz}), or null. */
    private Found countryBeforeTitle(Sentence s, int a, int named) {
        Tokens t = doc.tokens();
        int k = a;
        while (k < named && !ActorWords.isTitle(t.lower(k))) {
            k++;
        }
        if (k == a || k == named) {
            return null;
        }
        for (int end = k - 1; end >= a; end--) { // (Iraq in Iraq Foreign Minister X: the portfolio after it)
            Found country = countryAt(s, a, end);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static final Set<String> KNOWN_ADVERBS = WordSets.of("formally", "formerly", "previously", "officially",
            "also", "commonly", "locally", "popularly", "better", "widely");

    /**
     * {@code Makenson Fils-Aimé, known as "Zoklo",}, {@code X alias Y}, {@code X aka Y}: the first and last token of
     * the other name (one to three capitalised words, quoted or not), or null.
     */
    static int[] knownAs(Tokens t, Sentence s, int b) {
        // the Karen National Army (KNA), known until 2024 as: past the acronym
        int c = isAcronymDefinition(t, s, b) && t.isChar(b + 4, ',') ? b + 3 : b;
        int i = t.isChar(c + 1, ',') ? c + 2 : c + 1;
        if (t.isWord(i) && KNOWN_ADVERBS.contains(t.lower(i)) && t.isLower(i + 1, "known")) {
            i++; // formally known as, also known as
        }
        int until = -1;
        if (t.isLower(i, "known") && (t.isLower(i + 1, "until") || t.isLower(i + 1, "till"))) {
            int as = i + 2; // known until January 2024 as
            while (as <= Math.min(s.last(), i + 5) && (t.isWord(as) || t.is(as, Tokens.NUMBER))
                    && !t.isLower(as, "as")) {
                as++;
            }
            until = t.isLower(as, "as") ? as + 1 : -1;
        }
        int calls = whichTheyCall(t, s, c);
        int nameFor = theNameFor(t, s, c);
        if (nameFor > 0) {
            int first = nameFor;
            int last = NameChunker.isOrdinal(t.lower(first)) ? first + 1 : first; // the 10th Front
            while (last + 1 <= s.last() && last + 1 - first < 4 && t.isWord(last + 1) && t.isCapitalised(last + 1)) {
                last++;
            }
            return t.isCapitalised(last) || t.lower(last).startsWith("al-") ? new int[] {first, last} : null;
        } else if (calls > 0) {
            i = calls;
        } else if (until > 0) {
            i = until;
        } else if (t.isLower(i, "known") && t.isLower(i + 1, "as")) {
            i += 2;
        } else if (t.isLower(i, "known") && t.isWord(i + 1) && KNOWN_ADVERBS.contains(t.lower(i + 1))
                && t.isLower(i + 2, "as")) {
            i += 3; // known locally as al-Shabaab
        } else if (t.isLower(i, "alias") || t.isLower(i, "aka")) {
            i++;
        } else {
            return null;
        }
        if (t.isChar(i, '"') || t.isChar(i, '\u201c') || t.isChar(i, '\'')) {
            i++;
        } else if (t.isLower(i, "the") && t.isCapitalised(i + 1)) {
            i++; // known until January 2024 as the Border Guard Force
        }
        int first = i;
        while (i <= s.last() && i - first < 5 && t.isWord(i) && (t.isCapitalised(i) || i > first
                && NAME_PARTICLES.contains(t.lower(i)) && t.isWord(i + 1) && t.isCapitalised(i + 1)
                || i == first && (t.lower(i).startsWith("al-") || t.lower(i).startsWith("el-"))
                && t.lower(i).length() > 4)) {
            i++; // also known as the Clan del Golfo
        }
        return i > first ? new int[] {first, i - 1} : null;
    }

    /** Small words inside another name a group is known as: {@code the Clan del Golfo}. */
    private static final Set<String> NAME_PARTICLES = WordSets.of("del", "de", "la", "los", "las", "of", "do", "da",
            "des", "du");

    /**
     * {@code the Oromo Liberation Army (OLA), which the government calls "OLF-Shene"}, {@code which the TNI refers to
     * as the Armed Criminal Group}: the token after the verb of calling, the name (or its acronym) ending at {@code b};
     * or -1.
     */
    private static int whichTheyCall(Tokens t, Sentence s, int b) {
        // (also past the group's noun: al-Shabaab militants, whom the Ministry calls the Khawarij)
        int c = t.isWord(b + 1) && ActorWords.groupNounType(t.lower(b + 1)) != null ? b + 2 : b + 1;
        if (!t.isChar(c, ',') || !t.isLower(c + 1, "which") && !t.isLower(c + 1, "whom")) {
            return -1;
        }
        for (int k = c + 2; k <= Math.min(s.last() - 1, c + 6) && t.isWord(k); k++) {
            if (CALLING.contains(t.lower(k))) {
                return k + 1;
            }
            if ((t.isLower(k, "refers") || t.isLower(k, "referred")) && t.isLower(k + 1, "to")
                    && t.isLower(k + 2, "as")) {
                return k + 3; // which the TNI refers to as the Armed Criminal Group ("the" skipped by the caller)
            }
        }
        return -1;
    }

    /**
     * {@code "TANCOL", the name the government uses for the 10th Front}: the first token of the name the one ending at
     * {@code b} stands for; or -1.
     */
    private static int theNameFor(Tokens t, Sentence s, int b) {
        int c = t.isDoubleQuote(b + 1) || t.isChar(b + 1, '\'') ? b + 2 : b + 1;
        if (!t.isChar(c, ',') || !t.isLower(c + 1, "the") || !t.isLower(c + 2, "name")) {
            return -1;
        }
        for (int k = c + 3; k <= Math.min(s.last() - 2, c + 8) && t.isWord(k); k++) {
            if ((t.isLower(k, "uses") || t.isLower(k, "used") || t.isLower(k, "gives") || t.isLower(k, "gave"))
                    && (t.isLower(k + 1, "for") || t.isLower(k + 1, "to")) || t.isLower(k, "for")
                    && t.isLower(k - 1, "name")) {
                int n = t.isLower(k, "for") ? k + 1 : k + 2;
                n = t.isLower(n, "the") ? n + 1 : n;
                // the name the government gives to the terrorist group al-Shabaab: past the group's common nouns
                for (int m = n; m <= Math.min(s.last(), n + 2) && t.isWord(m) && !t.isCapitalised(m); m++) {
                    if (ActorWords.groupNounType(t.lower(m)) != null && t.isWord(m + 1)
                            && (t.isCapitalised(m + 1) || t.lower(m + 1).startsWith("al-"))) {
                        return m + 1;
                    }
                }
                return n;
            }
        }
        return -1;
    }

    private static final Set<String> SLOGAN_VERBS = WordSets.of("reading", "read", "chanting", "chanted", "shouting",
            "shouted", "saying", "bearing", "demanding");
    private static final Set<String> HEARSAY_NOUNS = WordSets.of("reports", "claims", "rumours", "rumors", "posts",
            "messages", "videos", "allegations", "accounts");
    private static final Set<String> CALLING = WordSets.of("calls", "call", "dubs", "dub", "brands", "labels");

    /**
     * Tokens {@code from..to} as another name of the name keyed {@code key}: an alias, and a mention of it there.
     */
    private void aliasAt(Sentence s, int from, int to, String key, List<Found> founds, Map<String, AliasLink> aliases,
                         boolean[] consumed) {
        aliasAt(s, from, to, key, founds, aliases, consumed, null);
    }

    /** The same, the mention typed by {@code own} (its own words' guess) when not null. */
    private void aliasAt(Sentence s, int from, int to, String key, List<Found> founds, Map<String, AliasLink> aliases,
                         boolean[] consumed, Guess own) {
        Tokens t = doc.tokens();
        String surface = span(t, from, to);
        for (int i = from; i <= to; i++) {
            consumed[i] = true;
        }
        aliases.put(Names.key(surface), new AliasLink(surface, key, true));
        founds.add(new Found(s.index(), from, to, t.start(from), t.end(to), Names.key(surface), own));
    }

    /**
     * {@code Fòs Inite ("Unity Force")}, {@code the Twa Kwa gang ("Three Crosses")}: a name's translation, in quotes
     * (double or single) in brackets right after it (or after its group's noun); the first and last tokens of its
     * words, or null.
     */
    static int[] glossAfter(Tokens t, Sentence s, int b) {
        int k = b + 1;
        if (t.isWord(k) && ActorWords.groupNounType(t.lower(k)) != null || t.isDoubleQuote(k)) {
            k++; // the Twa Kwa gang ("Three Crosses"), "Balai Propre" ("Clean Sweep")
        }
        if (!t.isChar(k, '(') || !isQuote(t, k + 1) || !t.isCapitalised(k + 2)) {
            return null;
        }
        int to = k + 2;
        while (to <= s.last() && to - k < 8 && t.isWord(to)) {
            to++;
        }
        return to <= s.last() && to > k + 2 && isQuote(t, to) && t.isChar(to + 1, ')') ? new int[] {k + 2, to - 1}
                : null;
    }

    /**
     * {@code the Houthis (Ansar Allah)}, {@code Cárteles Unidos (United Cartels)}: another name, of one to four
     * capitalised words and not an acronym, in brackets right after a name (or after its group's noun: {@code the Houthi
     * movement (Ansar Allah)}); its first and last tokens, or null.
     */
    static int[] bracketedName(Tokens t, Sentence s, int b) {
        if (t.isWord(b + 1) && !t.isCapitalised(b + 1) && (t.isLower(b + 1, "movement")
                || ActorWords.groupNounType(t.lower(b + 1)) != null) && t.isChar(b + 2, '(')) {
            b++; // the Houthi movement (Ansar Allah)
        }
        if (!t.isChar(b + 1, '(') || !t.isWord(b + 2) || !t.isCapitalised(b + 2)) {
            return null;
        }
        int to = b + 2;
        while (to <= s.last() && to - b < 7
                && (t.isWord(to) && (t.isCapitalised(to) || CONNECTORS.contains(t.lower(to)))
                || t.isChar(to, '-') || t.isApostrophe(to))) {
            to++;
        }
        if (!t.isChar(to, ')') || to == b + 3 && isAcronymShape(t.surface(b + 2))) {
            return null;
        }
        return t.isWord(to - 1) && t.isCapitalised(to - 1) ? new int[] {b + 2, to - 1} : null;
    }

    private static final Set<String> CONNECTORS = WordSets.of("al", "el", "de", "of", "wal", "du", "la", "the", "and");

    /** Whether a key names a country, a region or a city of the gazetteer. */
    private boolean isPlaceName(String key) {
        return doc.gazetteer().isPlace(key);
    }

    /** A double quote, or a single one ({@code Viv Ansanm ('Living Together')}). */
    private static boolean isQuote(Tokens t, int i) {
        return t.isDoubleQuote(i) || t.isChar(i, '\'') || t.isChar(i, '\u2018') || t.isChar(i, '\u2019');
    }

    /**
     * Whether the acronym after the name {@code a..b} is rather that of the actor named right before it with
     * {@code in}: {@code the Amhara Fano in Gojjam (AFG)}, {@code the Front for Change and Concord in Chad (FACT)} (it
     * opens with the actor's first letter, not the place's).
     */
    private static boolean acronymOfGroupIn(Tokens t, int a, int b, Found previous) {
        if (previous == null || previous.last() != a - 2 || !t.isLower(a - 1, "in") || previous.guess() == null
                || previous.guess().kind() != Kind.ACTOR || "person".equals(previous.guess().type())) {
            return false;
        }
        char acronym = Character.toUpperCase(t.surface(b + 2).charAt(0));
        return Character.toUpperCase(t.surface(previous.first()).charAt(0)) == acronym
                && Character.toUpperCase(t.surface(a).charAt(0)) != acronym;
    }

    static boolean isAcronymDefinition(Tokens t, Sentence s, int b) {
        return b + 3 <= s.last() && t.isChar(b + 1, '(') && t.isChar(b + 3, ')') && t.isWord(b + 2)
                && isAcronymShape(t.surface(b + 2))
                && !(ActorWords.isNewsAgency(t.lower(b + 2)) && t.isDash(b + 4)); // LOS ANGELES (AP) —: who reports
    }

    /**
     * Two to eight letters, mostly capitals ({@code MSS}, {@code IGPNH}, {@code FOB}, {@code MONUSCO}), after a number
     * perhaps ({@code 64IB}).
     */
    static boolean isAcronymShape(String w) {
        if (w.length() < 2 || w.length() > 10) {
            return false;
        }
        if (w.length() == 2 && w.charAt(0) >= '2' && w.charAt(0) <= '9' && Character.isUpperCase(w.charAt(1))) {
            return true; // Return, Reclamation and Rehabilitation (3R)
        }
        int upper = 0;
        int digits = 0; // the 64th Infantry Battalion (64IB): its number and capitals
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                upper++;
            } else if (Character.isDigit(w.charAt(i))) {
                digits++;
            }
        }
        // (also a capital and its number: the March 23 Movement (M23))
        return upper >= 2 && upper * 2 > w.length() - digits || upper == 1 && digits > 0 && upper + digits == w.length()
                && Character.isUpperCase(w.charAt(0));
    }

    static String span(Tokens t, int a, int b) {
        return t.text().substring(t.start(a), t.end(b));
    }
}
