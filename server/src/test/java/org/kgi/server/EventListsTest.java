package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Event lists of an actor with more events than a page holds (500), through HTTP: totals, filters by type and
 * sub-type applied before the page is cut, paging, order, the entity page's latest events; and searches by sub-type
 * and by exclusion only, over the same reports.
 */
class EventListsTest {
    /** Arrests in Nairobi, one a day from 2020-01-01, then clashes in Mombasa, one a day from 2022-01-01. */
    static final int EACH = 330;
    static final LocalDate ARRESTS_FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate CLASHES_FROM = LocalDate.of(2022, 1, 1);
    static final String POLICE = "actor:police";
    /** Protests of 2019 that name no police. */
    static final int FILLERS = 1_500;

    @TempDir
    static Path tmp;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < EACH; i++) {
            Files.writeString(corpus.resolve(String.format("arrest-%03d.txt", i)),
                    "On " + ARRESTS_FROM.plusDays(i) + ", police arrested two men in Nairobi.\n");
            Files.writeString(corpus.resolve(String.format("clash-%03d.txt", i)),
                    "On " + CLASHES_FROM.plusDays(i) + ", police clashed with al-Shabaab militants in Mombasa.\n");
        }
        // enough other reports that the default facet sample (2,000) is passed
        for (int i = 0; i < FILLERS; i++) {
            Files.writeString(corpus.resolve(String.format("filler-%04d.txt", i)),
                    "On " + LocalDate.of(2019, 1, 1).plusDays(i % 365) + ", farmers protested in Eldoret.\n");
        }
        // events dated by their year, or their month, alone
        Files.writeString(corpus.resolve("year-only.txt"), "In 2021, soldiers arrested three men in Kisumu.\n");
        Files.writeString(corpus.resolve("month-only.txt"), "In March 2021, soldiers arrested two men in Kisumu.\n");
        server = RunningServer.over(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static int total(String query) throws Exception {
        return server.getJson("/api/events?" + query, 200).get("total").asInt();
    }

    @Test
    void aBusyEdgeSeenInALaterWindowShowsItsEvidenceFromThatWindow() throws Exception {
        // the graph keeps the 20 earliest sentences of the police's 330 clashes (January 2022); June's are in the index
        JsonNode edges = server.getJson("/api/entities/" + POLICE + "/neighbors?kind=actor&relation=opposed"
                + "&from=2022-06&to=2022-06&evidence=5", 200).get("edges");
        assertEquals(1, edges.size(), edges.toString());
        JsonNode edge = edges.get(0);
        assertEquals(30, edge.get("weight").asInt(), edge.toString());
        List<String> dates = new ArrayList<>();
        edge.get("evidence").forEach(e -> dates.add(e.get("date").asText()));
        assertEquals(List.of("2022-06-01", "2022-06-02", "2022-06-03", "2022-06-04", "2022-06-05"), dates);
        edge.get("evidence").forEach(e -> assertTrue(e.get("text").asText().startsWith("On " + e.get("date").asText()
                + ", police clashed with al-Shabaab"), e.toString()));
        String other = edge.get("source").asText().equals(POLICE) ? edge.get("target").asText()
                : edge.get("source").asText();
        JsonNode path = server.getJson("/api/paths?from=" + POLICE + "&to=" + other + "&maxLength=1&k=1"
                + "&since=2022-11-20&until=2022-12-31&evidence=3", 200).get("paths").get(0);
        List<String> pathDates = new ArrayList<>();
        path.get("edges").get(0).get("evidence").forEach(e -> pathDates.add(e.get("date").asText()));
        assertEquals(List.of("2022-11-20", "2022-11-21", "2022-11-22"), pathDates, path.toString());
    }

    @Test
    void everyFilterCountsAllTheEventsBeforeThePageIsCut() throws Exception {
        assertEquals(2 * EACH, total("actor=" + POLICE + "&limit=1"));
        assertEquals(EACH, total("actor=" + POLICE + "&type=Battles&limit=1"));
        // a sub-type, in any case
        assertEquals(EACH, total("actor=" + POLICE + "&type=" + RunningServer.enc("armed clash")));
        assertEquals(EACH, total("actor=" + POLICE + "&type=ARRESTS"));
        assertEquals(EACH + 2, total("type=arrests")); // and the soldiers' two
        assertEquals(EACH + 2, total("type=arrest"), "singular, as search's event: takes it");
        assertTrue(server.getJson("/api/events?type=foo", 400).get("detail").asText()
                .contains("names no ACLED event type"));
        assertEquals(EACH, total("actor=" + POLICE + "&place=place:nairobi"));
        assertEquals(EACH, total("place=place:mombasa&limit=3"));
        assertEquals(31, total("actor=" + POLICE + "&from=2022-03&to=2022-03"));
    }

    @Test
    void pagesVisitEveryEventOnceInDateOrderEitherWay() throws Exception {
        for (String order : List.of("oldest", "newest")) {
            List<String> dates = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Integer offset = 0;
            while (offset != null) {
                JsonNode page = server.getJson("/api/events?actor=" + POLICE + "&limit=500&order=" + order
                        + "&offset=" + offset, 200);
                page.get("events").forEach(e -> {
                    assertTrue(ids.add(e.get("id").asText()), "seen twice: " + e.get("id"));
                    dates.add(e.get("date").asText());
                });
                offset = page.hasNonNull("next") ? page.get("next").asInt() : null;
            }
            assertEquals(2 * EACH, ids.size(), order);
            List<String> sorted = new ArrayList<>(dates);
            sorted.sort(order.equals("oldest") ? null : java.util.Comparator.reverseOrder());
            assertEquals(sorted, dates, order);
        }
        JsonNode newest = server.getJson("/api/events?actor=" + POLICE + "&limit=1&order=newest", 200);
        assertEquals(CLASHES_FROM.plusDays(EACH - 1).toString(), newest.get("events").get(0).get("date").asText());
        assertEquals(1, newest.get("next").asInt());
        JsonNode past = server.getJson("/api/events?actor=" + POLICE + "&offset=5000", 200);
        assertEquals(2 * EACH, past.get("total").asInt());
        assertEquals(0, past.get("events").size());
        assertTrue(!past.hasNonNull("next"));
    }

    @Test
    void filtersNamingTheWrongKindOfEntityOrOrderAreBadRequests() throws Exception {
        assertTrue(server.getJson("/api/events?actor=place:nairobi", 400).get("detail").asText()
                .contains("not an actor"));
        assertTrue(server.getJson("/api/events?place=" + POLICE, 400).get("detail").asText().contains("not a place"));
        server.getJson("/api/events?actor=" + POLICE + "&order=sideways", 400);
        server.getJson("/api/events?actor=" + POLICE + "&offset=-1", 400);
        server.getJson("/api/events?actor=actor:nobody-at-all", 404);
    }

    @Test
    void theEntityPageShowsTheLatestEventsAndCountsThemAll() throws Exception {
        JsonNode page = server.getJson("/api/entities/" + POLICE, 200);
        assertEquals(2 * EACH, page.get("eventTotal").asInt());
        JsonNode events = page.get("events");
        assertEquals(500, events.size());
        // the latest 500, oldest first: the last 170 arrests, then every clash
        assertEquals(ARRESTS_FROM.plusDays(2 * EACH - 500).toString(), events.get(0).get("date").asText());
        assertEquals(CLASHES_FROM.plusDays(EACH - 1).toString(), events.get(499).get("date").asText());
        int months = 0;
        int counted = 0;
        for (var m : page.get("eventsPerMonth").properties()) {
            months++;
            counted += m.getValue().asInt();
        }
        assertEquals(2 * EACH, counted);
        assertEquals(22, months); // January 2020 to November 2020, January 2022 to November 2022
        assertEquals(31, page.get("eventsPerMonth").get("2020-01").asInt());
        assertEquals("{\"2020\":" + EACH + ",\"2022\":" + EACH + "}", page.get("eventsPerYear").toString());
        // a month's count holds no event dated by its year alone: the year's count does
        JsonNode soldiers = server.getJson("/api/entities/actor:military", 200);
        assertEquals("{\"2021-03\":1}", soldiers.get("eventsPerMonth").toString());
        assertEquals("{\"2021\":2}", soldiers.get("eventsPerYear").toString());
    }

    @Test
    void aWindowHoldsTheEventsDatedWithinItWhollyNotThoseKnownOnlyToALongerTime() throws Exception {
        String soldiers = "actor=actor:military&";
        assertEquals(2, total(soldiers + "from=2021&to=2021"));
        assertEquals(1, total(soldiers + "from=2021-03&to=2021-03")); // March's, not the year's
        assertEquals(0, total(soldiers + "from=2021-01-01&to=2021-01-01"));
        assertEquals(0, total(soldiers + "from=2021-03-10&to=2021-03-31"));
        assertEquals(2, total("type=arrests&place=place:kisumu&from=2020-12-31&to=2022-01-01"));
        assertEquals(1, total("type=arrests&from=2021-03-01&to=2021-03-31&place=place:kisumu"));
        assertEquals(0, total("type=arrests&from=2021-01-01&to=2021-01-01"));
    }

    @Test
    void theEntityWebPageSaysItsTimelineIsTheLatestPartAndChartsEveryMonth() throws Exception {
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            browser.check("web-entity-latest-events", () -> {
                driver.get(server.base() + "/entities/" + POLICE);
                browser.waiting().until(d -> d.findElements(By.cssSelector("#timeline li")).size() == 500);
                assertTrue(driver.findElement(By.id("meta")).getText().contains("660 events"),
                        driver.findElement(By.id("meta")).getText());
                assertEquals("The latest 500 of 660 events.", driver.findElement(By.id("timeline-note")).getText());
                assertEquals(22, driver.findElements(By.cssSelector("#months .month")).size());
                assertEquals("2020-01: 31", driver.findElement(By.cssSelector("#months .month")).getAttribute("title"));
            });
        }
    }

    @Test
    void searchesFindEventSubTypesAndExclusionsAlone() throws Exception {
        assertEquals(EACH, searchTotal("q=" + RunningServer.enc("event:\"Armed clash\"")));
        assertEquals(EACH, searchTotal("q=" + RunningServer.enc("event:\"armed clash\"")));
        assertEquals(EACH + 2, searchTotal("q=event:arrests"));
        assertEquals(EACH, searchTotal("q=event:battles"));
        assertEquals(FILLERS, searchTotal("q=" + RunningServer.enc("event:\"Peaceful protest\"")));
        assertEquals(0, searchTotal("q=" + RunningServer.enc("event:\"Excessive force against protesters\"")));
        assertEquals(EACH, searchTotal("eventType=battles"));
        assertEquals(EACH, searchTotal("eventType=Battles"));
        // the arrests, the soldiers' two reports and the protests; the arrests alone
        for (String q : List.of("NOT Mombasa", "-Mombasa", "NOT event:battles")) {
            assertEquals(EACH + 2 + FILLERS, searchTotal("q=" + RunningServer.enc(q)), q);
        }
        for (String q : List.of("police AND (NOT Mombasa)", "police -(Mombasa OR militants)")) {
            assertEquals(EACH, searchTotal("q=" + RunningServer.enc(q)), q);
        }
        assertEquals(2 + FILLERS, searchTotal("q=" + RunningServer.enc("NOT police")));
    }

    @Test
    void facetsAndTotalsOfASmallIndexAreCountedNotEstimated() throws Exception {
        // 2,162 reports: past the default facet sample, well within what is counted exactly
        for (String query : List.of("q=", "q=" + RunningServer.enc("NOT Mombasa"), "q=&actor=" + POLICE)) {
            JsonNode r = server.getJson("/api/search?limit=1&cache=false&" + query, 200);
            assertTrue(!r.get("facetsApproximate").asBoolean() && !r.get("totalApproximate").asBoolean(), query);
        }
        JsonNode all = server.getJson("/api/search?limit=1&cache=false&q=", 200);
        assertEquals(2 * EACH + 2 + FILLERS, all.get("total").asInt());
        java.util.Map<String, Integer> years = new java.util.TreeMap<>();
        all.get("facets").get("year").forEach(y -> years.put(y.get("value").asText(), y.get("count").asInt()));
        assertEquals(java.util.Map.of("2019", FILLERS, "2020", EACH, "2022", EACH), years); // the soldiers' undated
        // a sample asked for is still a sample
        JsonNode sampled = server.getJson("/api/search?limit=1&cache=false&q=&facetSample=100", 200);
        assertTrue(sampled.get("facetsApproximate").asBoolean(), sampled.toString());
    }

    static int searchTotal(String query) throws Exception {
        return server.getJson("/api/search?exactTotal=true&" + query, 200).get("total").asInt();
    }
}
