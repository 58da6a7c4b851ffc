package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.json.Json;

/** Search features over the bundled corpus through HTTP, checked against the corpus files by brute force. */
class SearchFeaturesTest {
    @TempDir
    static Path tmp;
    static RunningServer server;
    static List<Report> corpus;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.over(TestPaths.corpus(), tmp.resolve("index"));
        corpus = CorpusTruth.reports(TestPaths.corpus());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Every hit of a search, page by page through the cursor. */
    static List<String> allIds(String params) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            JsonNode r = server.getJson("/api/search?limit=7&" + params + (cursor == null ? "" : "&cursor=" + cursor), 200);
            r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            JsonNode next = r.get("next");
            if (next == null || next.isNull()) {
                assertEquals(r.get("total").asInt(), ids.size(), "the cursor visited every hit");
                return ids;
            }
            cursor = next.asText();
        }
        throw new AssertionError("paging did not end");
    }

    static Set<String> truth(Pattern p) {
        return corpus.stream().filter(r -> p.matcher(r.title() + "\n" + r.text()).find()).map(Report::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void cursorPagingVisitsEveryHitExactlyOnceInBothOrders() throws Exception {
        for (String sort : List.of("relevance", "date", "oldest")) {
            List<String> ids = allIds("q=&sort=" + sort);
            assertEquals(new HashSet<>(ids).size(), ids.size(), "no hit twice");
            assertEquals(corpus.stream().map(Report::id).collect(Collectors.toSet()), new HashSet<>(ids));
        }
        List<String> police = allIds("q=police");
        assertEquals(new HashSet<>(police).size(), police.size());
        // where every match scores the same (every report, an entity), relevance order is id order
        for (String q : List.of("", "actor:\"Red Scorpions\"", "actor:police AND year:2023")) {
            List<String> ids = allIds("q=" + RunningServer.enc(q));
            assertEquals(new TreeSet<>(ids).stream().toList(), ids, q);
            assertTrue(ids.size() > 1, q);
        }
    }

    @Test
    void dateSortIsNewestFirstWithUndatedLast() throws Exception {
        List<String> ids = allIds("q=&sort=date");
        Map<String, LocalDate> dates = new HashMap<>();
        corpus.forEach(r -> dates.put(r.id(), r.date()));
        LocalDate previous = LocalDate.MAX;
        boolean undated = false;
        for (String id : ids) {
            LocalDate d = dates.get(id);
            if (d == null) {
                undated = true;
            } else {
                assertFalse(undated, "an undated report came before a dated one");
                assertFalse(d.isAfter(previous), id + " is out of order");
                previous = d;
            }
        }
        // oldest first: the dated reports in the other order (ties by id), the undated ones last as well
        List<String> oldest = allIds("q=&sort=oldest");
        List<String> dated = corpus.stream().filter(r -> r.date() != null)
                .sorted(Comparator.comparing(Report::date).thenComparing(Report::id)).map(Report::id).toList();
        assertEquals(dated, oldest.subList(0, dated.size()));
        assertTrue(oldest.subList(dated.size(), oldest.size()).stream().allMatch(id -> dates.get(id) == null));
        assertTrue(server.getJson("/api/search?q=&sort=alphabetical", 400).get("detail").asText().contains("'oldest'"));
    }

    @Test
    void phraseQueriesMatchThePhrase() throws Exception {
        Set<String> expected = truth(Pattern.compile("forward operating bases?", Pattern.CASE_INSENSITIVE));
        assertFalse(expected.isEmpty());
        assertEquals(expected, new TreeSet<>(allIds("q=" + RunningServer.enc("\"forward operating base\""))));
        // two and four words (searched in the body's word pairs), and one with a stop word (positions checked)
        Map<String, String> phrases = Map.of(
                "\"gang leader\"", "\\bgangs?('s)?\\W+leaders?\\b",
                "\"Multinational Security Support Mission\"", "Multinational\\W+Security\\W+Support\\W+Missions?",
                "\"arrival of the mission\"", "\\barrivals?\\W+of\\W+the\\W+missions?\\b");
        for (Map.Entry<String, String> p : phrases.entrySet()) {
            Set<String> want = truth(Pattern.compile(p.getValue(), Pattern.CASE_INSENSITIVE));
            assertFalse(want.isEmpty(), p.getKey());
            assertEquals(want, new TreeSet<>(allIds("q=" + RunningServer.enc(p.getKey()))), p.getKey());
        }
    }

    @Test
    void theQueryASearchRunsHasItsPhrasesInWordPairsAndFindsWhatTheSearchFinds() throws Exception {
        String q = "\"gang leader\" OR \"Multinational Security Support Mission\"";
        Query searched = server.services().searcher().searchedQuery(q); // the bench's bare-Lucene baseline runs it
        assertTrue(searched.toString().contains(Schema.BODY_PAIRS + ":gang leader"), searched.toString());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
            IndexSearcher s = new IndexSearcher(reader);
            Set<String> ids = new TreeSet<>();
            for (ScoreDoc d : s.search(searched, 1000).scoreDocs) {
                ids.add(s.storedFields().document(d.doc).get(Schema.ID));
            }
            assertEquals(new TreeSet<>(allIds("q=" + RunningServer.enc(q))), ids);
        }
    }

    @Test
    void booleanAndFuzzyQueries() throws Exception {
        assertEquals(List.of(SearchApiTest.SAMPLE), allIds("q=" + RunningServer.enc("Liancourt AND Barbecue")));
        assertEquals(List.of(SearchApiTest.SAMPLE), allIds("q=" + RunningServer.enc("Cherizer~")));
        // a fuzzy word is near the word as written or near its stem, the form the body holds ("kidnap")
        Set<String> kidnapped = new TreeSet<>(allIds("q=kidnapping"));
        assertFalse(kidnapped.isEmpty());
        for (String q : List.of("kidnapping~", "kidnaping~", "kidnappings~1", "title:kidnapping~ OR kidnapping")) {
            assertTrue(new TreeSet<>(allIds("q=" + RunningServer.enc(q))).containsAll(kidnapped), q);
        }
        Set<String> either = truth(Pattern.compile("\\b(Liancourt|Cherizier)\\b"));
        assertEquals(either, new TreeSet<>(allIds("q=" + RunningServer.enc("Liancourt OR Cherizier"))));
    }

    @Test
    void fieldAndRangeQueries() throws Exception {
        Set<String> titled = corpus.stream().filter(r -> r.title().toLowerCase(Locale.ROOT).matches(".*\\bprotest(s|ers?)?\\b.*"))
                .map(Report::id).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(titled.isEmpty());
        assertEquals(titled, new TreeSet<>(allIds("q=" + RunningServer.enc("title:protest"))));

        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 6, 30);
        Set<String> inRange = corpus.stream().filter(r -> r.date() != null && !r.date().isBefore(from) && !r.date().isAfter(to))
                .map(Report::id).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(inRange.isEmpty());
        assertEquals(inRange, new TreeSet<>(allIds("q=" + RunningServer.enc("date:[2024-01-01 TO 2024-06-30]"))));
        assertEquals(inRange, new TreeSet<>(allIds("q=" + RunningServer.enc("date:[2024-01 TO 2024-06]"))));
        assertEquals(inRange, new TreeSet<>(allIds("q=&from=2024-01-01&to=2024-06-30")));
        // an exclusive bound leaves out the whole year or month it names
        assertEquals(inRange, new TreeSet<>(allIds("q=" + RunningServer.enc("date:{2023 TO 2024-07}"))));
        assertEquals(inRange, new TreeSet<>(allIds("q=" + RunningServer.enc("date:{2023-12 TO 2024-06-30]"))));
        Set<String> in2024 = corpus.stream().filter(r -> r.date() != null && r.date().getYear() == 2024)
                .map(Report::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(in2024, new TreeSet<>(allIds("q=" + RunningServer.enc("date:{2023 TO 2024]"))));
        assertEquals(0, server.getJson("/api/search?q=" + RunningServer.enc("date:{2023 TO 2024}"), 200)
                .get("total").asInt());
    }

    @Test
    void actorQueriesMatchTheEntityInAnyOfItsForms() throws Exception {
        List<String> byAcronym = allIds("q=" + RunningServer.enc("actor:MSS"));
        List<String> byName = allIds("q=" + RunningServer.enc("actor:\"Multinational Security Support Mission\""));
        assertTrue(byAcronym.contains(SearchApiTest.SAMPLE), byAcronym.toString());
        assertEquals(new TreeSet<>(byAcronym), new TreeSet<>(byName));
        List<String> byId = allIds("q=" + RunningServer.enc("actor:\"actor:multinational-security-support-mission\""));
        assertEquals(new TreeSet<>(byAcronym), new TreeSet<>(byId));
    }

    @Test
    void aFieldsWordsInBracketsAreEachSearchedWhenTheyNameNothingTogether() throws Exception {
        Map<String, String> same = Map.of(
                "actor:(trb valcin)", "actor:trb OR actor:valcin",
                "place:(delmont mirebois)", "place:delmont OR place:mirebois",
                "event:(riots protests)", "event:riots OR event:protests",
                "actor:(Red Scorpions)", "actor:\"Red Scorpions\"",
                "event:riot", "event:riots",
                "event:violence", "event:\"violence against civilians\" OR event:\"remote violence\" "
                        + "OR event:\"sexual violence\" OR event:\"mob violence\"");
        for (Map.Entry<String, String> e : same.entrySet()) {
            Set<String> got = new TreeSet<>(allIds("q=" + RunningServer.enc(e.getKey())));
            assertFalse(got.isEmpty(), e.getKey());
            assertEquals(new TreeSet<>(allIds("q=" + RunningServer.enc(e.getValue()))), got, e.getKey());
        }
        assertTrue(new TreeSet<>(allIds("q=event:violence")).size()
                > allIds("q=" + RunningServer.enc("event:\"violence against civilians\"")).size());
        // a field in capitals is the field; one the index has not is a 400 that says which there are
        assertEquals(new TreeSet<>(allIds("q=title:protest")), new TreeSet<>(allIds("q=Title:protest")));
        for (String q : List.of("titel:police", "gang AND colour:red", "12:30", "titel:pol*", "titel:[a TO b]")) {
            JsonNode bad = server.getJson("/api/search?q=" + RunningServer.enc(q), 400);
            assertTrue(bad.get("detail").asText().contains("the fields are title, body, actor, place, event and date"),
                    q + ": " + bad);
        }
        assertTrue(server.getJson("/api/search?q=" + RunningServer.enc("12:30"), 400).get("detail").asText()
                .contains("put it in quotes (\"12:30\")"));
        JsonNode unknown = server.getJson("/api/search?q=" + RunningServer.enc("event:riotz"), 400);
        assertTrue(unknown.get("detail").asText().contains("event:riotz names no ACLED event type"),
                unknown.toString());
    }

    @Test
    void facetCountsEqualABruteForceCountOverTheMatches() throws Exception {
        // a report added through the API puts a second segment in the index: facets then map segment
        // ordinals to global ones
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json",
                "{\"id\":\"facets-1\",\"title\":\"Police and gang clash\",\"date\":\"2031-05-06\",\"text\":"
                        + "\"Police officers of the Multinational Security Support Mission clashed with a gang in Liancourt.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            IndexSearcher s = server.services().index().searchers().acquire();
            try {
                assertTrue(s.getIndexReader().leaves().size() > 1, "several segments");
            } finally {
                server.services().index().searchers().release(s);
            }
            checkFacetCountsByBruteForce();
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/facets-1", null, null).statusCode());
        }
        checkFacetCountsByBruteForce();
    }

    private static void checkFacetCountsByBruteForce() throws Exception {
        for (String q : List.of("", "police", "gang OR protest")) {
            JsonNode r = server.getJson("/api/search?limit=1&q=" + RunningServer.enc(q), 200);
            List<String> matches = allIds("q=" + RunningServer.enc(q));
            Map<String, Map<String, Integer>> truth = new HashMap<>();
            for (String id : matches) {
                JsonNode doc = server.getJson("/api/documents/" + id, 200);
                Set<String> actors = new HashSet<>();
                Set<String> places = new HashSet<>();
                Set<String> types = new HashSet<>();
                for (JsonNode e : doc.get("entities")) {
                    // an actor taken for another across reports (016's TRB) counts as that other
                    if (e.get("kind").asText().equals("actor")) {
                        actors.add(canonical(e.get("id").asText()));
                    } else {
                        places.add(e.get("id").asText());
                    }
                }
                // what a report says was threatened, planned or denied is no event of its type for the facet
                doc.get("events").forEach(e -> {
                    if (e.path("modality").asText("asserted").equals("asserted")) {
                        types.add(e.get("type").asText());
                    }
                });
                actors.forEach(a -> truth.computeIfAbsent("actor", k -> new HashMap<>()).merge(a, 1, Integer::sum));
                places.forEach(a -> truth.computeIfAbsent("place", k -> new HashMap<>()).merge(a, 1, Integer::sum));
                types.forEach(a -> truth.computeIfAbsent("eventType", k -> new HashMap<>()).merge(a, 1, Integer::sum));
                if (doc.hasNonNull("date")) {
                    truth.computeIfAbsent("year", k -> new HashMap<>()).merge(doc.get("date").asText().substring(0, 4), 1, Integer::sum);
                }
            }
            int checked = 0;
            for (String facet : List.of("actor", "place", "eventType", "year")) {
                for (JsonNode v : r.get("facets").get(facet)) {
                    String key = v.has("id") ? v.get("id").asText() : v.get("value").asText();
                    assertEquals(truth.getOrDefault(facet, Map.of()).getOrDefault(key, 0), v.get("count").asInt(),
                            "facet " + facet + "=" + key + " for q=" + q);
                    checked++;
                }
            }
            assertTrue(checked > 10, "facets were returned for q=" + q + ": " + r.get("facets"));
        }
    }

    /** The texts of a JSON array. */
    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static final Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

    /** The id of the actor {@code id} is taken for across reports, as the entity endpoint answers it. */
    private static String canonical(String id) throws Exception {
        String known = CANONICAL.get(id);
        if (known == null) {
            known = server.getJson("/api/entities/" + RunningServer.enc(id), 200).get("entity").get("id").asText();
            CANONICAL.put(id, known);
        }
        return known;
    }

    @Test
    void theValuesChosenAreListedWithTheirCountsThoughNotAmongTheTopValues() throws Exception {
        JsonNode all = server.getJson("/api/search?limit=1&q=", 200).get("facets").get("actor");
        List<String> top = new ArrayList<>();
        all.forEach(v -> top.add(v.get("id").asText()));
        assertFalse(top.contains("actor:tactical-response-brigade"), top.toString());
        // its id, the id of the actor taken for it, either in capitals, or a name: the brigade, listed as chosen so
        for (String chosen : List.of("actor:tactical-response-brigade", "actor:trb", "actor:TRB", "TRB",
                "Tactical Response Brigade")) {
            JsonNode r = server.getJson("/api/search?limit=1&q=&actor=" + RunningServer.enc(chosen), 200);
            JsonNode actors = r.get("facets").get("actor");
            assertEquals(top.size() + 1, actors.size(), actors.toString());
            JsonNode last = actors.get(actors.size() - 1);
            assertEquals("actor:tactical-response-brigade", last.get("id").asText(), "whom 016's TRB is taken for");
            assertEquals("Tactical Response Brigade", last.get("name").asText());
            assertEquals(10, last.get("count").asInt(), "its reports and 016: " + last);
            assertEquals(List.of(chosen), ids(last.get("chosen")), "as the request wrote it");
            assertFalse(actors.get(0).has("chosen"), actors.toString());
            assertEquals(10, r.get("total").asInt(), chosen);
        }
        assertEquals(server.getJson("/api/search?limit=1&q=&eventType=Riots", 200).get("total"),
                server.getJson("/api/search?limit=1&q=&eventType=riot", 200).get("total"), "as event: reads it");
        JsonNode riots = server.getJson("/api/search?limit=1&q=&eventType=riots", 200);
        for (JsonNode v : riots.get("facets").get("eventType")) {
            assertEquals(v.get("value").asText().equals("Riots"), v.has("chosen"), v.toString());
        }
        // each count of an actor others are taken for is of its reports and theirs, each once: "the Brotherhood" is
        // also named in 3 of the Bois-Lenoir Brotherhood's 5 reports
        for (String id : List.of("actor:tactical-response-brigade", "actor:bois-lenoir-brotherhood")) {
            int reports = server.getJson("/api/search?limit=1&q=&actor=" + RunningServer.enc(id), 200)
                    .get("total").asInt();
            JsonNode detail = server.getJson("/api/entities/" + RunningServer.enc(id), 200);
            assertEquals(reports, detail.get("documentTotal").asInt(), id);
            assertEquals(reports, detail.get("documentCount").asInt(), id);
            JsonNode listed = server.getJson("/api/entities?q=" + RunningServer.enc(detail.get("entity").get("name")
                    .asText()), 200).get("entities").get(0);
            assertEquals(id, listed.get("id").asText());
            assertEquals(reports, listed.get("documentCount").asInt(), listed.toString());
        }
        // a value no report carries is listed with no reports, and matches none
        JsonNode none = server.getJson("/api/search?limit=1&q=&year=1999&eventType=protests", 200);
        assertEquals(0, none.get("total").asInt());
        JsonNode years = none.get("facets").get("year");
        assertEquals("1999", years.get(years.size() - 1).get("value").asText());
        assertEquals(0, years.get(years.size() - 1).get("count").asInt());
        List<String> types = new ArrayList<>();
        none.get("facets").get("eventType").forEach(v -> types.add(v.get("value").asText()));
        assertEquals(1, types.stream().filter(t -> t.equals("Protests")).count(), "once, in its own case: " + types);
    }

    @Test
    void aFacetWithValuesChosenCountsItsValuesWithoutItsOwnChoiceSoMoreCanBeAdded() throws Exception {
        String q = "q=" + RunningServer.enc("police OR gang");
        JsonNode types = server.getJson("/api/search?limit=1&" + q, 200).get("facets").get("eventType");
        assertTrue(types.size() >= 3, types.toString());
        String first = types.get(0).get("value").asText();
        String second = types.get(1).get("value").asText();
        JsonNode chosen = server.getJson("/api/search?limit=1&" + q + "&eventType=" + RunningServer.enc(first), 200);
        // the chosen facet: each value counted as if it alone were chosen (the same list as with no choice), the
        // chosen one marked so
        JsonNode listed = chosen.get("facets").get("eventType").deepCopy();
        assertEquals(List.of(first), ids(listed.get(0).get("chosen")));
        listed.forEach(v -> ((ObjectNode) v).remove("chosen"));
        assertEquals(types, listed);
        for (JsonNode v : chosen.get("facets").get("eventType")) {
            int alone = server.getJson("/api/search?limit=1&" + q + "&eventType="
                    + RunningServer.enc(v.get("value").asText()), 200).get("total").asInt();
            assertEquals(alone, v.get("count").asInt(), v.toString());
        }
        // the other facets follow the choice
        for (JsonNode y : chosen.get("facets").get("year")) {
            int both = server.getJson("/api/search?limit=1&" + q + "&eventType=" + RunningServer.enc(first) + "&year="
                    + y.get("value").asText(), 200).get("total").asInt();
            assertEquals(both, y.get("count").asInt(), y.toString());
        }
        // a second value of the same facet widens the matches (OR); the year chosen too narrows them, and the
        // event types are then counted within that year
        String two = "&eventType=" + RunningServer.enc(first) + "&eventType=" + RunningServer.enc(second);
        int either = server.getJson("/api/search?limit=1&" + q + two, 200).get("total").asInt();
        assertTrue(either > chosen.get("total").asInt(), either + " > " + chosen.get("total"));
        // the answer says its facets are estimated when the chosen facet's own pass sampled, though the matches
        // themselves were few enough to count
        JsonNode rarest = types.get(types.size() - 1);
        JsonNode sampled = server.getJson("/api/search?limit=1&" + q + "&eventType="
                + RunningServer.enc(rarest.get("value").asText()) + "&facetSample=" + rarest.get("count").asInt(), 200);
        assertTrue(sampled.get("facetsApproximate").asBoolean(), sampled.toString());
        String year = chosen.get("facets").get("year").get(0).get("value").asText();
        JsonNode inYear = server.getJson("/api/search?limit=1&" + q + two + "&year=" + year, 200);
        for (JsonNode v : inYear.get("facets").get("eventType")) {
            int alone = server.getJson("/api/search?limit=1&" + q + "&year=" + year + "&eventType="
                    + RunningServer.enc(v.get("value").asText()), 200).get("total").asInt();
            assertEquals(alone, v.get("count").asInt(), v.toString());
        }
    }

    @Test
    void facetsAreExactUpToTheSampleSizeAndEstimatedFromADeterministicSampleBeyond() throws Exception {
        JsonNode exact = server.getJson("/api/search?limit=1&q=&cache=false", 200);
        assertFalse(exact.get("facetsApproximate").asBoolean(), "the bundled corpus is smaller than the default sample");
        assertFalse(exact.has("facetSample"));
        int total = exact.get("total").asInt();

        String sampled = "/api/search?limit=1&q=&facetSample=12&cache=false";
        JsonNode r = server.getJson(sampled, 200);
        assertEquals(total, r.get("total").asInt(), "the total stays exact");
        assertTrue(r.get("facetsApproximate").asBoolean(), r.toString());
        int counted = r.get("facetSample").asInt();
        assertTrue(counted > 0 && counted < total, "a sample of the " + total + " matches: " + counted);
        int values = 0;
        for (String facet : List.of("actor", "place", "eventType", "year")) {
            for (JsonNode v : r.get("facets").get(facet)) {
                long count = v.get("count").asLong();
                assertTrue(count >= 1 && count <= total, facet + " " + v);
                values++;
            }
        }
        assertTrue(values > 0, r.toString());
        long years = 0;
        for (JsonNode v : r.get("facets").get("year")) {
            years += v.get("count").asLong();
        }
        assertTrue(years <= total + 4, "scaled year counts add up to about the matches: " + years + " of " + total);
        assertEquals(r, server.getJson(sampled, 200), "the same sample every time");

        JsonNode all = server.getJson("/api/search?limit=1&q=&facetSample=" + total, 200);
        assertFalse(all.get("facetsApproximate").asBoolean());
        assertEquals(exact.get("facets"), all.get("facets"));
        server.getJson("/api/search?q=&facetSample=0", 400);
        server.getJson("/api/search?q=&facetSample=many", 400);
    }

    @Test
    void totalsPastTheSampleAreEstimatedAndSaySoUnlessAnExactCountIsAskedFor() throws Exception {
        String q = RunningServer.enc("gang OR protest");
        int truth = allIds("q=" + q).size();
        long reports = server.getJson("/api/search?limit=1&q=", 200).get("total").asLong();
        assertTrue(truth < reports, "not every report, or Lucene knows the count for free: " + truth);
        JsonNode exact = server.getJson("/api/search?limit=1&cache=false&q=" + q, 200);
        assertEquals(truth, exact.get("total").asInt(), "fewer matches than the default sample: counted");
        assertFalse(exact.get("totalApproximate").asBoolean());
        assertTrue(truth > 12, "enough matches to sample: " + truth);

        JsonNode estimated = server.getJson("/api/search?limit=1&cache=false&facetSample=6&q=" + q, 200);
        assertTrue(estimated.get("totalApproximate").asBoolean(), estimated.toString());
        assertTrue(estimated.get("facetsApproximate").asBoolean());
        long guess = estimated.get("total").asLong();
        assertTrue(guess > 6 && guess <= reports,
                "more than the sample, at most every report: " + guess + " for " + truth);

        JsonNode counted = server.getJson("/api/search?limit=1&cache=false&facetSample=6&exactTotal=true&q=" + q, 200);
        assertEquals(truth, counted.get("total").asInt(), "exactTotal=true counts every match");
        assertFalse(counted.get("totalApproximate").asBoolean());
        assertTrue(counted.get("facetsApproximate").asBoolean(), "the facets are still sampled");

        JsonNode all = server.getJson("/api/search?limit=1&cache=false&facetSample=6&q=", 200);
        assertFalse(all.get("totalApproximate").asBoolean(), "every report: Lucene's own count");
        server.getJson("/api/search?q=police&exactTotal=maybe", 400);
    }

    @Test
    void cachedResultsEqualFreshOnesAndAChangeToTheIndexEmptiesTheCache() throws Exception {
        for (String q : List.of("police", "\"forward operating base\"", "actor:MSS", "")) {
            String path = "/api/search?limit=5&q=" + RunningServer.enc(q);
            JsonNode first = server.getJson(path, 200);
            assertEquals(first, server.getJson(path, 200), "from the cache: " + q);
            assertEquals(first, server.getJson(path + "&cache=false", 200), "without the cache: " + q);
        }
        server.getJson("/api/search?q=x&cache=maybe", 400);

        String path = "/api/search?q=Quibblestone";
        assertEquals(0, server.getJson(path, 200).get("total").asInt());
        assertEquals(0, server.getJson(path, 200).get("total").asInt());
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json",
                "{\"id\":\"cache-1\",\"title\":\"Quibblestone\",\"text\":\"Quibblestone market reopened.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            assertEquals(1, server.getJson(path, 200).get("total").asInt(), "a cached 0 was not served after the POST");
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/cache-1", null, null).statusCode());
        }
        assertEquals(0, server.getJson(path, 200).get("total").asInt(), "nor a cached 1 after the DELETE");
    }

    @Test
    void selectingFacetValuesFilters() throws Exception {
        JsonNode all = server.getJson("/api/search?q=&limit=1", 200);
        String actor = all.get("facets").get("actor").get(0).get("id").asText();
        String type = all.get("facets").get("eventType").get(0).get("value").asText();
        String type2 = all.get("facets").get("eventType").get(1).get("value").asText();
        List<String> filtered = allIds("q=&actor=" + RunningServer.enc(actor) + "&eventType=" + RunningServer.enc(type)
                + "&eventType=" + RunningServer.enc(type2));
        assertFalse(filtered.isEmpty());
        for (String id : filtered) {
            JsonNode doc = server.getJson("/api/documents/" + id, 200);
            Set<String> ids = new HashSet<>();
            doc.get("entities").forEach(e -> ids.add(e.get("id").asText()));
            Set<String> types = new HashSet<>();
            doc.get("events").forEach(e -> types.add(e.get("type").asText()));
            assertTrue(ids.contains(actor), id + " names " + actor);
            assertTrue(types.contains(type) || types.contains(type2), id + " has a " + type + " or " + type2 + " event");
        }
        assertEquals(all.get("facets").get("actor").get(0).get("count").asInt(), allIds("q=&actor=" + RunningServer.enc(actor)).size());
        // an entity the query requires beside words filters as the facet does: the same hits, order and scores (the
        // snippets of the query also mark where each report names the entity)
        JsonNode inQuery = server.getJson("/api/search?limit=50&q="
                + RunningServer.enc("police AND actor:\"Red Scorpions\""), 200).get("hits");
        JsonNode selected = server.getJson("/api/search?limit=50&q=police&actor=actor:red-scorpions", 200).get("hits");
        assertTrue(inQuery.size() > 1, inQuery.toString());
        inQuery.forEach(h -> ((ObjectNode) h).remove("snippets"));
        selected.forEach(h -> ((ObjectNode) h).remove("snippets"));
        assertEquals(selected, inQuery);
    }

    @Test
    void manySearchesAtOnceTakeTurnsAndEachGetsItsOwnAnswer() throws Exception {
        // more searches at once than the server runs together (one per core): the others wait their turn
        List<String> queries = List.of("police", "gang OR protest", "\"forward operating base\"",
                "Liancourt AND Barbecue", "Cherizer~", "actor:MSS", "title:protest", "kidnapped");
        Map<String, JsonNode> alone = new HashMap<>();
        for (String q : queries) {
            alone.put(q, server.getJson("/api/search?cache=false&limit=5&q=" + RunningServer.enc(q), 200).get("hits"));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        try (ExecutorService clients = Executors.newFixedThreadPool(4 * cores + 4)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 12 * cores + 12; i++) {
                String q = queries.get(i % queries.size());
                answers.add(clients.submit(() -> alone.get(q).equals(
                        server.getJson("/api/search?cache=false&limit=5&q=" + RunningServer.enc(q), 200).get("hits"))));
            }
            for (Future<Boolean> a : answers) {
                assertTrue(a.get(60, TimeUnit.SECONDS), "a search run among others answered as it does alone");
            }
        }
    }

    @Test
    void theHeadlineIsSearchedWithTheBodyAndHighlightedInPlace() throws Exception {
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json",
                "{\"id\":\"headline-1\",\"title\":\"Vexilmora siege lifted\",\"date\":\"2031-02-03\",\"text\":"
                        + "\"The market reopened on Monday in Quendrith after weeks of fighting near the river"
                        + " crossing.\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            // a word of the headline alone: found without a field and with body:, its passage marked where it is
            for (String q : List.of("Vexilmora", "body:Vexilmora", "title:Vexilmora", "Vexilmora AND market",
                    "\"Vexilmora siege\"", "\"Vexilmora siege lifted\"")) {
                assertEquals(List.of("headline-1"), allIds("q=" + RunningServer.enc(q)), q);
            }
            JsonNode hit = server.getJson("/api/search?q=Vexilmora", 200).get("hits").get(0);
            assertEquals("<mark>Vexilmora</mark> siege lifted", hit.get("snippets").get(0).asText());
            hit = server.getJson("/api/search?q=" + RunningServer.enc("\"market reopened\""), 200).get("hits").get(0);
            assertTrue(hit.get("snippets").get(0).asText().startsWith("The <mark>market reopened</mark> on"),
                    hit.toString());
            // no phrase runs from the end of the body into the headline
            assertEquals(0, server.getJson("/api/search?q=" + RunningServer.enc("\"river crossing Vexilmora\""), 200)
                    .get("total").asInt());
            assertEquals(0, server.getJson("/api/search?q=title:Quendrith", 200).get("total").asInt());
            assertEquals(List.of("headline-1"), allIds("q=Quendrith"));
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/headline-1", null, null).statusCode());
        }
    }

    /** Adds a report through the API (the body is its JSON). */
    private static void post(String json) throws Exception {
        HttpResponse<String> created = server.send("POST", "/api/documents", "application/json", json);
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Deletes the reports added by a test. */
    private static void delete(String... ids) throws Exception {
        for (String id : ids) {
            assertEquals(204, server.send("DELETE", "/api/documents/" + id, null, null).statusCode(), id);
        }
    }

    @Test
    void wordsAreFoundWithOrWithoutTheirAccents() throws Exception {
        post("{\"id\":\"accents-1\",\"title\":\"Gunfire in Vèlozarte\",\"text\":\"Gunmen attacked the market of"
                + " Vèlozarte near the Église Saint-Quorentin.\"}");
        post("{\"id\":\"accents-2\",\"title\":\"Quiet in Plimzorra\",\"text\":\"Traders reopened in Velozarte.\"}");
        try {
            for (String q : List.of("velozarte", "Vèlozarte", "VELOZARTE", "vélozarte",
                    "title:vèlozarte OR title:plimzorra", "veloz*", "velozart~1")) {
                assertEquals(List.of("accents-1", "accents-2"), allIds("q=" + RunningServer.enc(q)).stream().sorted()
                        .toList(), q);
            }
            for (String q : List.of("eglise", "\"eglise saint-quorentin\"", "\"Église Saint-Quorentin\"")) {
                assertEquals(List.of("accents-1"), allIds("q=" + RunningServer.enc(q)), q);
            }
            JsonNode hit = server.getJson("/api/search?q=velozarte+AND+market", 200).get("hits").get(0);
            assertEquals("Gunmen attacked the market of <mark>Vèlozarte</mark> near the Église Saint-Quorentin.",
                    hit.get("snippets").get(0).asText().replace("<mark>market</mark>", "market"));
        } finally {
            delete("accents-1", "accents-2");
        }
    }

    @Test
    void entityQueriesMarkWhereTheReportNamesTheEntityInEachOfItsForms() throws Exception {
        post("{\"id\":\"marks-1\",\"title\":\"Weekly update\",\"text\":\"Members of the Quorvath Liberation Front"
                + " (QLF) attacked the town of Belmira on Monday, residents said <b>. Farmers met in the market."
                + " Schools stayed shut. The QLF later withdrew from Belmira.\"}");
        try {
            JsonNode snippets = server.getJson("/api/search?q=" + RunningServer.enc("actor:QLF"), 200)
                    .get("hits").get(0).get("snippets");
            assertEquals("[\"Members of the <mark>Quorvath Liberation Front</mark> (<mark>QLF</mark>) attacked the town"
                    + " of Belmira on Monday, residents said &lt;b&gt;.\",\"The <mark>QLF</mark> later withdrew from"
                    + " Belmira.\"]", snippets.toString());
            snippets = server.getJson("/api/search?q=" + RunningServer.enc("place:Belmira AND market"), 200)
                    .get("hits").get(0).get("snippets");
            assertEquals("[\"Members of the Quorvath Liberation Front (QLF) attacked the town of <mark>Belmira</mark>"
                    + " on Monday, residents said &lt;b&gt;.\",\"Farmers met in the <mark>market</mark>.\","
                    + "\"The QLF later withdrew from <mark>Belmira</mark>.\"]", snippets.toString());
        } finally {
            delete("marks-1");
        }
        // the sample report names the Mission by its name and its acronym
        String sample = server.getJson("/api/search?q=" + RunningServer.enc("actor:MSS"), 200).get("hits")
                .get(0).get("snippets").get(0).asText();
        assertTrue(sample.contains("<mark>Multinational Security Support Mission</mark> (<mark>MSS</mark>)"), sample);
    }

    @Test
    void plainTextSentToTheApiIsTitledAndDatedByItsFirstLinesAsATextFileIs() throws Exception {
        HttpResponse<String> created = server.send("POST", "/api/documents", "text/plain; charset=utf-8",
                "Plain Title Zebraplain\n\nPORT-LAZARE, 2 June 2024 \u2014 Gunmen fired on a market.\n");
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.mapper().readTree(created.body()).get("id").asText();
        try {
            JsonNode doc = server.getJson("/api/documents/" + id, 200);
            assertEquals("Plain Title Zebraplain", doc.get("title").asText());
            assertEquals("2024-06-02", doc.get("date").asText());
        } finally {
            delete(id);
        }
    }

    @Test
    void aSnippetOfALineOfFiftyThousandCharactersIsAPieceOfItAroundTheMatch() throws Exception {
        String line = "filler text ".repeat(2_000) + "the zebralongline mark " + "more filler ".repeat(2_000);
        post("{\"id\":\"long-line-1\",\"title\":\"A table flattened\",\"text\":\"" + line + "\"}");
        try {
            JsonNode snippets = server.getJson("/api/search?q=zebralongline", 200).get("hits").get(0).get("snippets");
            assertEquals(1, snippets.size(), snippets.toString());
            String snippet = snippets.get(0).asText();
            assertTrue(snippet.contains("<mark>zebralongline</mark>"), snippet);
            assertTrue(snippet.length() < 700, snippet.length() + " characters");
        } finally {
            delete("long-line-1");
        }
    }

    @Test
    void aMatchNearTheEndOfALongReportHasItsSnippet() throws Exception {
        // 900,000 characters of sentences, then the match: within the text kgi indexes (1,000,000), so shown
        String text = "Nothing happened today in the valley. ".repeat(23_700) + "A grenade zebradeepword was thrown.";
        post("{\"id\":\"long-report-1\",\"title\":\"A long log\",\"text\":\"" + text + "\"}");
        try {
            JsonNode hit = server.getJson("/api/search?q=zebradeepword", 200).get("hits").get(0);
            assertEquals("long-report-1", hit.get("id").asText());
            assertTrue(hit.get("snippets").toString().contains("<mark>zebradeepword</mark>"), hit.toString());
        } finally {
            delete("long-report-1");
        }
    }

    @Test
    void aSnippetNeverRunsIntoTheHeadlineNorRepeatsIt() throws Exception {
        // a body with no full stop at its end, a headline that starts in lower case
        post("{\"id\":\"headline-2\",\"title\":\"update on Zarvenholt\",\"text\":"
                + "\"Militiamen burned the Zarvenholt market near the bridge\\n\"}");
        // a body whose first line is its headline, as in most reports
        post("{\"id\":\"headline-3\",\"title\":\"Curfew declared in Pelmarrow\",\"text\":"
                + "\"Curfew declared in Pelmarrow\\n\\nThe governor declared a curfew in Pelmarrow on Friday"
                + " after the riots.\\n\\n\"}");
        try {
            JsonNode snippets = server.getJson("/api/search?q=Zarvenholt", 200).get("hits").get(0).get("snippets");
            assertEquals("[\"Militiamen burned the <mark>Zarvenholt</mark> market near the bridge\","
                    + "\"update on <mark>Zarvenholt</mark>\"]", snippets.toString());
            snippets = server.getJson("/api/search?q=Pelmarrow", 200).get("hits").get(0).get("snippets");
            assertEquals("[\"Curfew declared in <mark>Pelmarrow</mark>\",\"The governor declared a curfew in"
                    + " <mark>Pelmarrow</mark> on Friday after the riots.\"]", snippets.toString());
        } finally {
            delete("headline-2", "headline-3");
        }
    }

    @Test
    void documentsAddedThroughTheApiAreSearchableAtOnceAndEscaped() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"id\":\"hostile-1\",\"title\":\"Zorblax <b>report</b>\",\"date\":\"2024-02-03\","
                + "\"text\":\"Zorblax said <script>alert(1)</script> at the <img src=x onerror=alert(2)> checkpoint.\"}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode r = server.getJson("/api/search?q=Zorblax", 200);
        assertEquals(1, r.get("total").asInt());
        String snippet = r.get("hits").get(0).get("snippets").get(0).asText();
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script>") || snippet.contains("<img"), snippet);
        assertEquals("Zorblax <b>report</b>", server.getJson("/api/documents/hostile-1", 200).get("title").asText());
        // the title as HTML: escaped as the snippets are, the word searched for marked
        assertEquals("<mark>Zorblax</mark> &lt;b&gt;report&lt;&#x2F;b&gt;",
                r.get("hits").get(0).get("titleHtml").asText());

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/hostile-1"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode());
        assertEquals(0, server.getJson("/api/search?q=Zorblax", 200).get("total").asInt());
        server.getJson("/api/documents/hostile-1", 404);

        HttpResponse<String> conflict = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + SearchApiTest.SAMPLE + "\",\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, conflict.statusCode(), "a corpus file's report is not replaced through the API");
        // an id too long to keep whole, or one a link cannot name, is refused rather than cut or posted
        String longId = "y".repeat(201);
        for (String id : List.of(longId, ".", "..", " .. ")) {
            HttpResponse<String> refused = server.send("POST", "/api/documents", "application/json",
                    "{\"id\":\"" + id + "\",\"text\":\"Police met residents.\"}");
            assertEquals(400, refused.statusCode(), id + ": " + refused.body());
            assertTrue(refused.body().contains(id.length() > 200 ? "201 characters long; at most 200" : "cannot be"),
                    refused.body());
        }
        server.getJson("/api/documents/" + longId.substring(0, 200), 404);
        // a field of the wrong type, or given twice, is a mistake said, not a report made (an id may be a number)
        for (String[] sent : new String[][] {{"{\"text\":123}", "'text' must be a string, not number"},
                {"{\"text\":\"Police met.\",\"title\":true}", "'title' must be a string, not boolean"},
                {"{\"id\":\"twice-1\",\"text\":\"a\",\"text\":\"b\"}", "Duplicate field 'text'"}}) {
            HttpResponse<String> refused = server.send("POST", "/api/documents", "application/json", sent[0]);
            assertEquals(400, refused.statusCode(), sent[0]);
            assertTrue(refused.body().contains(sent[1]), refused.body());
        }
        assertEquals(201, server.send("POST", "/api/documents", "application/json",
                "{\"id\":12345,\"text\":\"Police met residents.\"}").statusCode());
        assertEquals(204, server.send("DELETE", "/api/documents/12345", null, null).statusCode());
        // a body over the server's limit is a problem that says the limit, as every refusal is
        HttpResponse<String> huge = server.send("POST", "/api/documents", "text/plain", "x".repeat(17 << 20));
        assertEquals(413, huge.statusCode(), huge.body());
        assertEquals("application/problem+json", huge.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(huge.body().contains("larger than 16777216 bytes (16 MB)"), huge.body());
    }

    @Test
    void theDocumentEndpointAndSimilarReports() throws Exception {
        JsonNode doc = server.getJson("/api/documents/" + SearchApiTest.SAMPLE, 200);
        assertTrue(doc.get("text").asText().contains("Cherizier"));
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), doc.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        JsonNode similar = server.getJson("/api/documents/" + SearchApiTest.SAMPLE + "/similar?limit=5", 200);
        assertFalse(similar.get("hits").isEmpty());
        similar.get("hits").forEach(h -> assertFalse(h.get("id").asText().equals(SearchApiTest.SAMPLE)));
        for (JsonNode h : similar.get("hits")) {
            Report r = corpus.stream().filter(c -> c.id().equals(h.get("id").asText())).findFirst().orElseThrow();
            assertEquals(r.title(), h.get("title").asText(), h.toString());
            assertEquals(String.valueOf(r.date()), h.get("date").asText(), h.toString());
        }
        server.getJson("/api/documents/no-such-report/similar", 404);
        // a report that shares one common word with the others (and names nothing they name) is like none of them
        assertEquals(201, server.send("POST", "/api/documents", "application/json", "{\"id\":\"unlike-1\",\"text\":"
                + "\"Quorblax zentiva flimbrook praxivane dorglum, velpont skarriv near the mundrelith tovasque.\"}")
                .statusCode());
        try {
            JsonNode none = server.getJson("/api/documents/unlike-1/similar", 200);
            assertTrue(none.get("hits").isEmpty(), none.toString());
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/unlike-1", null, null).statusCode());
        }
    }

    @Test
    void unsafeOrBrokenRequestsAreClear400s() throws Exception {
        for (String q : List.of("*olice", "gang AND (", "date:[2024-13 TO 2025]", "/(a+)+[b-/")) {
            JsonNode p = server.getJson("/api/search?q=" + RunningServer.enc(q), 400);
            assertNotNull(p.get("detail"), q);
        }
        server.getJson("/api/search?q=x&cursor=not-a-cursor", 400);
        // a cursor is for its own search only, and whole: another query, filter or date, or a cursor cut short, is
        // refused; the same filters in another order, or another page size, are the same search
        String next = server.getJson("/api/search?limit=2&q=police&eventType=Riots&eventType=Battles", 200)
                .get("next").asText();
        assertEquals(2, server.getJson("/api/search?limit=2&q=police&eventType=Battles&eventType=Riots&cursor=" + next,
                200).get("hits").size());
        server.getJson("/api/search?limit=5&q=police&eventType=Riots&eventType=Battles&cursor=" + next, 200);
        for (String other : List.of("q=gang&eventType=Riots&eventType=Battles", "q=police&eventType=Riots",
                "q=police&eventType=Riots&eventType=Battles&from=2020", "q=police&eventType=Riots&eventType=Battles"
                        + "&sort=date")) {
            JsonNode p = server.getJson("/api/search?limit=2&" + other + "&cursor=" + next, 400);
            assertTrue(p.get("detail").asText().startsWith("cursor"), other + ": " + p);
        }
        server.getJson("/api/search?limit=2&q=police&eventType=Riots&eventType=Battles&cursor="
                + next.substring(0, next.length() - 2), 400);
        server.getJson("/api/search?q=x&sort=alphabetical", 400);
        server.getJson("/api/search?q=x&from=2024-02-30", 400);
        server.getJson("/api/search?q=x&from=2025&to=2024", 400);
        server.getJson("/api/search?limit=101", 400);
        assertTrue(server.getJson("/api/search?eventType=zzz", 400).get("detail").asText()
                .startsWith("eventType: 'zzz' names no ACLED event type; the types are Battles, "));
        assertEquals(server.getJson("/api/search?q=year:2024", 200).get("total"),
                server.getJson("/api/search?year=2024", 200).get("total"));
        assertNull(server.getJson("/api/search?q=Cherizier", 200).get("next"));
        // said plainly: an operator alone or misplaced, a boost without its number, a day the calendar has not, a
        // field with nothing after it, an unclosed regular expression, a reversed range, a wildcard where no words
        // are; each line a query, and what its 400 says
        String plainly = """
                AND => AND, OR and NOT join two words or groups
                police OR => AND, OR and NOT join two words or groups
                police^-1 => a boost '^' takes a number
                date:2023-02-29 => no date of the calendar
                gang AND - => '-' goes right before the word or group it applies to
                ! => '!' goes right before the word or group it applies to
                date:-1 => '-' goes right before the word or group it applies to
                police AND title: => 'title:' is a field with nothing after it
                /abc => '/abc' opens a regular expression that no '/' closes
                police \\ => a backslash escapes the character after it, and nothing follows it
                date:[2024 TO 2023] => the date range [2024 TO 2023] ends before it starts
                year:abc => year:abc is not a year (YYYY)
                date:2023* => date:2023* takes no wildcard
                event:bat* => event:bat* takes no wildcard
                """;
        for (String line : plainly.strip().split("\n")) {
            String q = line.substring(0, line.indexOf(" => "));
            String says = line.substring(line.indexOf(" => ") + 4);
            JsonNode p = server.getJson("/api/search?q=" + RunningServer.enc(q), 400);
            assertTrue(p.get("detail").asText().contains(says), q + ": " + p);
        }
    }

    @Test
    void queriesWhoseAutomataWouldRunUnboundedAreRefusedBeforeTheyAreBuilt() throws Exception {
        // each took seconds to minutes and gigabytes to parse, before the search's clock started
        for (String q : List.of("/a{10000000}/", "/a{1500000}b{1500000}/", "/(a{100}){100}{100}/", "/[a-z]{20000,}/")) {
            JsonNode p = server.getJson("/api/search?q=" + RunningServer.enc(q), 400);
            assertTrue(p.get("detail").asText().contains("is too large: it would take about"), q + ": " + p);
        }
        String fuzzy = String.join(" ", java.util.stream.IntStream.range(0, 33).mapToObj(i -> "word" + i + "~2")
                .toList());
        JsonNode p = server.getJson("/api/search?q=" + RunningServer.enc(fuzzy), 400);
        assertTrue(p.get("detail").asText().contains("too many fuzzy, wildcard or regular expression words (at most 32;"
                + " the one past it is word32~)"), p.toString());
        // what an analyst writes still runs, up to 32 such words
        String up = "/cheri[sz]i?er/ OR Cherizi~ OR gang* OR /a{2,20}/ OR "
                + fuzzy.substring(0, fuzzy.indexOf(" word28"));
        assertFalse(server.getJson("/api/search?q=" + RunningServer.enc(up), 200).get("hits").isEmpty());
        server.getJson("/api/search?q=" + RunningServer.enc(up + " word28~"), 400);
    }

    @Test
    void aReportIsOfAnEventTypeForWhatHappenedNotForWhatWasDenied() throws Exception {
        // 029: police "denied that the gang had regained a foothold" in Saint-Ophir, and no battle happened there
        String report = "029_quartier-fleuri-grenade";
        assertTrue(server.getJson("/api/documents/" + report, 200).get("events").toString().contains("\"denied\""));
        assertFalse(allIds("q=&eventType=Battles").contains(report));
        assertFalse(allIds("q=event:battles").contains(report));
        assertTrue(allIds("q=event:explosions").contains(report), "its grenade attack");
        JsonNode events = server.getJson("/api/events?type=Battles&limit=500", 200).get("events");
        assertTrue(events.toString().contains("event:" + report + "-"), "its events list keeps the denied one");
    }

    @Test
    void facetSizeListsMoreActorsAndPlacesInTheSameOrder() throws Exception {
        JsonNode ten = server.getJson("/api/search?limit=1&q=police", 200).get("facets");
        JsonNode thirty = server.getJson("/api/search?limit=1&q=police&facetSize=30", 200).get("facets");
        for (String facet : List.of("actor", "place")) {
            assertEquals(10, ten.get(facet).size(), facet);
            assertTrue(thirty.get(facet).size() > 10 && thirty.get(facet).size() <= 30, thirty.get(facet).toString());
            for (int i = 0; i < 10; i++) {
                assertEquals(ten.get(facet).get(i), thirty.get(facet).get(i), facet + " " + i);
            }
        }
        assertEquals(ten.get("eventType"), thirty.get("eventType"), "every event type, as before");
        server.getJson("/api/search?q=police&facetSize=0", 400);
        server.getJson("/api/search?q=police&facetSize=101", 400);
    }

    @Test
    void aQueryStringThatCannotBeDecodedOrGivesAParameterTwiceIsRefused() throws Exception {
        // sent as is: Java's HTTP client refuses to send such a URI
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /api/search?q=%ZZ HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("write a percent sign as %25"), answer);
        }
        // escapes that are not UTF-8 searched for U+FFFD and found nothing
        assertTrue(server.getJson("/api/search?q=%FF", 400).get("detail").asText().contains("are not UTF-8"));
        assertTrue(server.getJson("/api/events?type=Riots&actor=%C3%28", 400).get("detail").asText()
                .contains("are not UTF-8"));
        assertEquals(server.getJson("/api/search?q=" + RunningServer.enc("Sondé"), 200).get("total"),
                server.getJson("/api/search?q=Sond%C3%A9", 200).get("total"));
        JsonNode twice = server.getJson("/api/search?q=police&q=gang", 400);
        assertTrue(twice.get("detail").asText().startsWith("q is given 2 times"), twice.toString());
        assertEquals(2, server.getJson("/api/search?q=&actor=actor:police&actor=actor:gang&limit=2", 200)
                .get("hits").size(), "a filter takes several values");
    }

    @Test
    void aSlashInsideAWordIsTextAndOneThatOpensATermARegularExpression() throws Exception {
        // "MSS/HNP" as the sample report writes it: it was a syntax error (a slash opens a regular expression)
        List<String> written = allIds("q=" + RunningServer.enc("MSS/HNP"));
        assertTrue(written.contains(SearchApiTest.SAMPLE), written.toString());
        assertEquals(new TreeSet<>(allIds("q=" + RunningServer.enc("MSS OR HNP"))), new TreeSet<>(written));
        assertTrue(server.getJson("/api/search?q=" + RunningServer.enc("TRB/JSAM AND Zoklo"), 200).get("total").asInt()
                > 0);
        assertEquals(new TreeSet<>(allIds("q=" + RunningServer.enc("/kidnap.*/"))),
                new TreeSet<>(allIds("q=" + RunningServer.enc("kidnap*"))), "a regular expression still");
        assertTrue(allIds("q=" + RunningServer.enc("/kidnap.*/")).size() > 1);
    }
}
