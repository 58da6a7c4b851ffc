package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real headless Chromium against the real server over the bundled corpus, plus one
 * hostile report added through {@code POST /api/documents}: search with facets and paging, the report page,
 * the entity page and its graph, the path finder, keyboard-only use, and report text that never runs.
 */
class WebPagesBrowserTest {
    static final String HOSTILE_ID = "zz-hostile";
    static final String HOSTILE_TITLE = "Injected <script>window.pwned=1</script> headline";

    @TempDir
    static Path tmp;
    static RunningServer server;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.over(TestPaths.corpus(), tmp.resolve("index"));
        String text = HOSTILE_TITLE + "\n\nDELMONT, 2 January 2030 — Red Scorpions gunmen attacked the police in Delmont, quoting "
                + "<img src=x onerror=\"window.pwned=2\"> and <b>bold</b> words near the checkpoint.";
        String body = "{\"id\":\"" + HOSTILE_ID + "\",\"title\":" + json(HOSTILE_TITLE) + ",\"date\":\"2030-01-02\",\"text\":" + json(text) + "}";
        HttpResponse<String> res = server.send("POST", "/api/documents", "application/json", body);
        assertEquals(201, res.statusCode(), res.body());
        browser = new Browser();
        driver = browser.driver();
    }

    private static String json(String s) throws Exception {
        return org.kgi.indexer.json.Json.mapper().writeValueAsString(s);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static void waitForStatus(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private static List<String> hitIds() {
        return driver.findElements(By.cssSelector("#results .hit-title a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private static void assertNotPwned() {
        assertEquals(null, js("return window.pwned === undefined ? null : window.pwned;"), "no report text ran as script");
    }

    @Test
    void facetsFilterAndUnfilterAndTheUrlHoldsTheState() throws Exception {
        browser.check("web-facets", () -> {
            driver.get(server.base() + "/?q=police");
            waitForStatus("reports match");
            String before = driver.findElement(By.id("status")).getText();
            WebElement facet = driver.findElement(By.cssSelector("button.facet-value[data-param='place']"));
            String place = facet.getDomAttribute("data-value");
            int count = Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText());
            facet.click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("place=" + RunningServer.enc(place)));
            waitForStatus(count + (count == 1 ? " report matches" : " reports match"));
            WebElement on = driver.findElement(By.cssSelector("button.facet-value[data-value='" + place + "']"));
            assertEquals("true", on.getDomAttribute("aria-pressed"));
            browser.screenshot("web-search-facet");
            // another place is still offered, counted as if it alone were chosen: choosing it too widens the
            // matches (OR within a facet), and unchoosing it narrows them again
            WebElement other = driver.findElement(
                    By.cssSelector("button.facet-value[data-param='place'][aria-pressed='false']"));
            String place2 = other.getDomAttribute("data-value");
            int count2 = Integer.parseInt(other.findElement(By.cssSelector(".count")).getText());
            assertEquals(server.getJson("/api/search?limit=1&q=police&place=" + RunningServer.enc(place2), 200)
                    .get("total").asInt(), count2);
            other.click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("place=" + RunningServer.enc(place2)));
            int both = server.getJson("/api/search?limit=1&q=police&place=" + RunningServer.enc(place) + "&place="
                    + RunningServer.enc(place2), 200).get("total").asInt();
            assertTrue(both >= Math.max(count, count2) && both > count, both + " " + count + " " + count2);
            waitForStatus(both + " reports match");
            click(By.cssSelector("button.facet-value[data-value='" + place2 + "']"));
            browser.waiting().until(d -> !d.getCurrentUrl().contains("place=" + RunningServer.enc(place2)));
            waitForStatus(count + (count == 1 ? " report matches" : " reports match"));
            // a second facet (another kind) narrows further: AND across facets
            click(By.cssSelector("button.facet-value[data-param='year']"));
            browser.waiting().until(d -> d.getCurrentUrl().contains("year="));
            // reload the bookmarked URL: same state
            String url = driver.getCurrentUrl();
            List<String> ids = waitForHits();
            driver.get(url);
            assertEquals(ids, waitForHits(), "a bookmarked search shows the same reports");
            assertEquals("police", driver.findElement(By.id("q")).getDomProperty("value"));
            // click the place again: the filter goes, the year stays
            click(By.cssSelector("button.facet-value[data-value='" + place + "']"));
            browser.waiting().until(d -> !d.getCurrentUrl().contains("place="));
            assertTrue(driver.getCurrentUrl().contains("year="));
            click(By.cssSelector("button.facet-value[data-param='year'][aria-pressed='true']"));
            browser.waiting().until(d -> !d.getCurrentUrl().contains("year="));
            waitForStatus(before);
            // a date range and the sort order are part of the state too
            WebElement from = driver.findElement(By.id("from"));
            from.sendKeys("2024", Keys.ENTER);
            browser.waiting().until(d -> d.getCurrentUrl().contains("from=2024"));
            waitForHits();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("date");
            browser.waiting().until(d -> d.getCurrentUrl().contains("sort=date"));
            waitForHits();
            List<String> dates = driver.findElements(By.cssSelector("#results .hit-meta")).stream()
                    .map(m -> m.getText().substring(0, 10)).toList();
            assertTrue(dates.size() >= 2 && dates.stream().allMatch(x -> x.startsWith("2024") || x.startsWith("2030")), dates.toString());
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        });
    }

    private static List<String> waitForHits() {
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("match"));
        return hitIds();
    }

    /** Clicks what {@code by} finds, again if the page re-rendered it in between. */
    private static void click(By by) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    @Test
    void pagingGoesForwardAndBackWithTheCursorInTheUrl() throws Exception {
        browser.check("web-paging", () -> {
            driver.get(server.base() + "/");
            waitForStatus("reports match");
            List<String> page1 = hitIds();
            assertEquals(10, page1.size());
            driver.findElement(By.cssSelector(".pager-next")).click();
            waitForStatus("page 2");
            assertTrue(driver.getCurrentUrl().contains("cursor="));
            List<String> page2 = hitIds();
            String page2Url = driver.getCurrentUrl();
            assertNotEquals(page1, page2);
            driver.findElement(By.cssSelector(".pager-next")).click();
            waitForStatus("page 3");
            List<String> page3 = hitIds();
            String page3Url = driver.getCurrentUrl();
            assertTrue(page3.stream().noneMatch(page2::contains));
            driver.findElement(By.cssSelector(".pager-prev")).click();
            waitForStatus("page 2");
            assertEquals(page2, hitIds());
            driver.navigate().back();
            waitForStatus("page 3");
            assertEquals(page3, hitIds(), "the browser's back button returns to page 3");
            driver.findElement(By.cssSelector(".pager-prev")).click();
            waitForStatus("page 2");
            driver.findElement(By.cssSelector(".pager-prev")).click();
            browser.waiting().until(d -> !d.getCurrentUrl().contains("cursor="));
            assertEquals(page1, waitForHits());
            driver.get(page2Url);
            waitForStatus("match");
            assertEquals(page2, hitIds(), "a bookmarked page shows the same reports");
            // a bookmarked third page says so, and its way back is to the first page
            driver.get(page3Url);
            waitForStatus("page 3");
            assertEquals(page3, hitIds());
            WebElement first = driver.findElement(By.cssSelector(".pager-prev"));
            assertEquals("← First page", first.getText());
            first.click();
            browser.waiting().until(d -> !d.getCurrentUrl().contains("cursor="));
            assertEquals(page1, waitForHits());
            // a page turned with the keyboard leaves the focus at the top of the new page's results
            driver.findElement(By.cssSelector(".pager-next")).sendKeys(Keys.ENTER);
            waitForStatus("page 2");
            assertEquals("status", driver.switchTo().activeElement().getDomAttribute("id"));
        });
    }

    @Test
    void theReportPageMarksEntitiesByKindAndTheyLinkToTheirPages() throws Exception {
        browser.check("web-report", () -> {
            driver.get(server.base() + "/?q=" + RunningServer.enc("\"Cité Marguerite\" Scorpions"));
            waitForStatus("match");
            driver.findElement(By.cssSelector("#results .hit-title a[href='/documents/001_cite-marguerite-clash']")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text a.mention")));
            assertEquals("Two officers wounded as Red Scorpions gang clashes with police in Cité Marguerite",
                    driver.findElement(By.id("title")).getText());
            assertTrue(driver.findElements(By.cssSelector("#text a.mention.kind-actor")).size() > 5);
            assertTrue(driver.findElements(By.cssSelector("#text a.mention.kind-place")).size() > 3);
            assertTrue(driver.findElements(By.cssSelector("#text .event-mark")).size() > 3);
            assertTrue(driver.findElement(By.id("legend")).isDisplayed());
            assertEquals(3, driver.findElements(By.cssSelector("#legend .legend-item")).size());
            int events = server.getJson("/api/documents/001_cite-marguerite-clash", 200).get("events").size();
            assertTrue(events >= 4, "report 001 tells the clash, the barricades, the threat and the deployment: " + events);
            assertEquals(events, driver.findElements(By.cssSelector("#events tbody tr")).size(),
                    "one row per event the API gives");
            assertTrue(driver.findElement(By.cssSelector("#events tbody")).getText().contains("Armed clash"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#similar a")));
            browser.screenshot("web-report");
            driver.findElement(By.cssSelector("#text a.mention[data-entity='actor:red-scorpions']")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#name"), "Red Scorpions"));
            assertTrue(driver.getCurrentUrl().contains("/entities/actor"), driver.getCurrentUrl());
            driver.get(server.base() + "/documents/no-such-report");
            waitForStatus("Not found");
            // the shells say so to a crawler or a link checker too, and are 200 for what exists
            assertEquals(404, server.get("/documents/no-such-report").statusCode());
            assertEquals(404, server.get("/entities/actor:no-such-actor").statusCode());
            assertEquals(200, server.get("/documents/" + SearchApiTest.SAMPLE).statusCode());
            assertEquals(200, server.get("/entities/actor:red-scorpions").statusCode());
            assertTrue(server.get("/entities/actor:no-such-actor").body().contains("<script"), "the page itself");
        });
    }

    private static long nodes() {
        return (Long) js("return window.kgiGraph ? window.kgiGraph.nodes().length : 0;");
    }

    private static long visibleEdges() {
        return (Long) js("return window.kgiGraph.edges().filter(e => e.visible()).length;");
    }

    @Test
    void theEntityPageDrawsItsNeighbourhoodExpandsNodesAndFiltersRelations() throws Exception {
        browser.check("web-entity", () -> {
            driver.get(server.base() + "/entities/actor:red-scorpions");
            browser.waiting().until(d -> nodes() > 5 && d.findElement(By.id("graph-status")).getText().contains("nodes"));
            assertEquals("Red Scorpions", driver.findElement(By.id("name")).getText());
            assertTrue(driver.findElements(By.cssSelector("#documents a")).size() >= 5);
            assertTrue(driver.findElements(By.cssSelector("#timeline li")).size() >= 5);
            // the bars are months; events dated by their year alone are told under them, not drawn as a month
            assertTrue(driver.findElements(By.cssSelector("#months .month-label")).stream()
                    .allMatch(m -> m.getDomProperty("textContent").matches("\\d{4}-\\d{2}")));
            String yearOnly = driver.findElement(By.id("months-year-only")).getText();
            assertTrue(yearOnly.matches("Dated by their year alone: 20\\d\\d \\(\\d+\\).*"), yearOnly);
            assertEquals(0L, js("return document.querySelectorAll('style').length;"), "no inline style for the CSP to block");
            long n0 = nodes();
            assertEquals(n0 + " nodes", driver.findElement(By.id("graph-status")).getText().split(" · ")[0]);
            browser.screenshot("web-entity");
            // from the keyboard alone: the list's Show button selects a node, whose panel has Expand
            WebElement summary = driver.findElement(By.cssSelector("#node-list summary"));
            summary.sendKeys(Keys.ENTER);
            WebElement show = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#node-links button.node-show")));
            String first = driver.findElement(By.cssSelector("#node-links li a")).getText();
            show.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> d.findElement(By.cssSelector("#selection h3")).getText().equals(first));
            assertEquals(first, driver.switchTo().activeElement().getText(), "the panel's heading has the focus");
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("expand-selected", driver.switchTo().activeElement().getDomAttribute("id"));
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waiting().until(d -> nodes() > n0);
            driver.get(server.base() + "/entities/actor:red-scorpions");
            browser.waiting().until(d -> nodes() > 5
                    && d.findElement(By.id("graph-status")).getText().contains("nodes"));
            // select the neighbour with the most ties elsewhere, then expand it
            js("const cy = window.kgiGraph; const n = cy.getElementById('actor:police').nonempty() ? cy.getElementById('actor:police')"
                    + " : cy.nodes('[kind = \"actor\"]').filter(x => !x.hasClass('root'))[0]; n.select(); n.emit('tap');");
            WebElement expand = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("expand-selected")));
            expand.click();
            browser.waiting().until(d -> nodes() > n0);
            // a relation unticked hides its edges
            long before = visibleEdges();
            WebElement box = driver.findElement(By.cssSelector("#relations input[value='took_part_in']"));
            box.click();
            browser.waiting().until(d -> visibleEdges() < before);
            assertTrue(driver.findElement(By.id("graph-status")).getText().contains("hidden"));
            box.click();
            browser.waiting().until(d -> visibleEdges() == before);
            // depth 2 and a time window redraw through the API
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("depth"))).selectByValue("2");
            driver.findElement(By.id("gfrom")).sendKeys("2024-06");
            driver.findElement(By.cssSelector("#graph-controls button[type=submit]")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("depth=2") && d.getCurrentUrl().contains("from=2024-06"));
            browser.waiting().until(d -> d.findElement(By.id("graph-status")).getText().contains("nodes"));
            assertTrue(nodes() > 1);
            // the selected node's "Open" link goes to its page
            js("const n = window.kgiGraph.nodes('[kind = \"actor\"]').filter(x => !x.hasClass('root'))[0]; n.select(); n.emit('tap');");
            WebElement open = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("open-selected")));
            String href = open.getDomAttribute("href");
            open.click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith(href));
            browser.waiting().until(d -> nodes() > 0);
            driver.get(server.base() + "/entities/actor:no-such-actor");
            waitForStatus("Not found");
            // an event's page: what happened, who took part, its report; the timeline says the entity's own role
            JsonNode ev = server.getJson("/api/events?actor=actor:red-scorpions&limit=1", 200).get("events").get(0);
            driver.get(server.base() + "/entities/" + ev.get("id").asText());
            browser.waiting().until(d -> d.findElement(By.id("name")).getText().startsWith(
                    ev.get("subType").isNull() ? ev.get("type").asText() : ev.get("subType").asText()));
            String timeline = driver.findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains("Red Scorpions"), timeline);
            assertEquals(1, driver.findElements(By.cssSelector("#documents a[href^='/documents/']")).size());
            driver.get(server.base() + "/entities/actor:red-scorpions");
            browser.waiting().until(d -> d.findElements(By.cssSelector("#timeline li")).size() > 1);
            assertTrue(driver.findElement(By.id("timeline")).getText().contains("(as "),
                    driver.findElement(By.id("timeline")).getText());
            // report 016 says only "a TRB unit": its TRB is the brigade other reports spell out, shown as such
            driver.get(server.base() + "/entities/actor:trb");
            browser.waiting().until(d -> d.findElement(By.id("name")).getText().equals("Tactical Response Brigade"));
            assertTrue(driver.getCurrentUrl().endsWith("/entities/actor%3Atactical-response-brigade"),
                    "the brigade's own address: " + driver.getCurrentUrl());
            String attributes = driver.findElement(By.id("attributes")).getText();
            assertTrue(attributes.contains("also named") && attributes.contains("actor:trb"), attributes);
            String search = driver.findElement(By.linkText("Its reports in search →")).getDomAttribute("href");
            assertEquals("/?actor=actor%3Atactical-response-brigade", search);
            // its reports in search: 016's too, and the actor facet counts them all under the brigade's name
            driver.findElement(By.linkText("Its reports in search →")).click();
            waitForStatus("10 reports match");
            assertTrue(hitIds().contains("/documents/016_dufresne-market-looted"), hitIds().toString());
            List<String> facet = driver.findElements(By.cssSelector("button.facet-value.on")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Tactical Response Brigade\n10"), facet,
                    driver.findElement(By.id("facet-lists")).getText());
            // chosen by the id of 016's TRB: shown as the brigade, chosen, and unchosen in one click
            driver.get(server.base() + "/?actor=actor:trb");
            waitForStatus("10 reports match");
            WebElement on = driver.findElement(By.cssSelector("button.facet-value.on"));
            assertEquals("Tactical Response Brigade\n10", on.getText());
            String chips = driver.findElement(By.id("active-filters")).getText();
            assertTrue(chips.contains("Actor: Tactical Response Brigade"), chips);
            on.click();
            browser.waiting().until(d -> !d.getCurrentUrl().contains("actor=")
                    && !d.findElement(By.id("status")).getText().startsWith("10 "));
            assertEquals(0, driver.findElements(By.cssSelector("button.facet-value.on")).size());
            // a query the server cannot run leaves no counts of the search before it
            driver.get(server.base() + "/?q=" + RunningServer.enc("gang AND (") + "&actor=actor:trb");
            waitForStatus("not closed");
            assertEquals(0, driver.findElements(By.cssSelector("#facet-lists button")).size());
        });
    }

    @Test
    void thePathFinderWorksWithTheKeyboardAndShowsEvidence() throws Exception {
        browser.check("web-paths", () -> {
            driver.get(server.base() + "/paths");
            WebElement from = driver.findElement(By.id("from-input"));
            from.sendKeys("Red Scorp");
            browser.waiting().until(d -> d.findElement(By.id("from-list")).isDisplayed()
                    && d.findElement(By.id("from-list")).getText().contains("Red Scorpions"));
            from.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
            assertEquals("Red Scorpions", from.getDomProperty("value"));
            WebElement to = driver.switchTo().activeElement();
            assertEquals("to-input", to.getDomAttribute("id"), "Enter moves on to the second picker");
            to.sendKeys("Kanno");
            browser.waiting().until(d -> d.findElement(By.id("to-list")).getText().contains("Kanno Lanmè"));
            to.sendKeys(Keys.ENTER);
            assertEquals("find", driver.switchTo().activeElement().getDomAttribute("id"));
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForStatus("between Red Scorpions and Kanno Lanmè");
            assertTrue(driver.getCurrentUrl().contains("from=actor%3Ared-scorpions"), driver.getCurrentUrl());
            assertTrue(driver.findElements(By.cssSelector("#paths .path")).size() >= 1);
            WebElement evidence = driver.findElement(By.cssSelector("#paths .evidence"));
            assertTrue(evidence.getText().length() > 20, evidence.getText());
            assertTrue(driver.findElements(By.cssSelector("#paths .evidence-list a[href^='/documents/']")).size() >= 1);
            assertTrue(nodes() >= 2, "the paths are drawn");
            browser.screenshot("web-paths");
            // a time window and the nodes and links a path may use: from the URL to the form and the answer
            driver.get(server.base() + "/paths?from=actor:red-scorpions&to=actor:kanno-lanme&through=actor"
                    + "&relation=opposed,acted_together&since=2024");
            waitForStatus("between Red Scorpions and Kanno Lanmè");
            assertEquals("actor", new Select(driver.findElement(By.id("through")))
                    .getFirstSelectedOption().getDomAttribute("value"));
            assertEquals("2024", driver.findElement(By.id("since")).getDomProperty("value"));
            JsonNode api = server.getJson("/api/paths?from=actor:red-scorpions&to=actor:kanno-lanme&through=actor"
                    + "&relation=opposed,acted_together&since=2024", 200);
            assertEquals(api.get("paths").size(), driver.findElements(By.cssSelector("#paths .path")).size());
            String shown = driver.findElement(By.id("paths")).getText();
            assertFalse(shown.contains("mentioned with") || shown.contains("took part in"), shown);
            assertTrue(shown.contains("opposed") || shown.contains("acted with"), shown);
            driver.get(server.base() + "/paths?from=actor:lifeline-relief-international"
                    + "&to=actor:tactical-response-brigade&k=5&generic=false");
            waitForStatus("between Lifeline Relief International and");
            assertTrue(driver.findElement(By.id("generic")).isSelected());
            assertTrue(driver.findElements(By.cssSelector("#paths a[href='/entities/actor%3Acivilians']")).isEmpty(),
                    driver.findElement(By.id("paths")).getText());
            assertTrue(driver.findElements(By.cssSelector("#paths .path")).size() > 0);
            // a link's relation the list does not offer is searched and shown, not dropped for "any relation"
            driver.get(server.base() + "/paths?from=actor:jean-robert-valcin&to=actor:kanno-lanme&relation=leads");
            waitForStatus("between Jean-Robert Valcin and Kanno Lanmè");
            assertEquals("leads", new Select(driver.findElement(By.id("relation"))).getFirstSelectedOption()
                    .getDomAttribute("value"));
            JsonNode leads = server.getJson("/api/paths?from=actor:jean-robert-valcin&to=actor:kanno-lanme"
                    + "&relation=leads", 200);
            assertEquals(leads.get("paths").size(), driver.findElements(By.cssSelector("#paths .path")).size());
            // 016's TRB: the paths of the brigade, under its own id
            driver.get(server.base() + "/paths?from=actor:trb&to=actor:red-scorpions");
            waitForStatus("between Tactical Response Brigade and Red Scorpions");
            assertTrue(driver.getCurrentUrl().contains("from=actor%3Atactical-response-brigade"),
                    driver.getCurrentUrl());
            // no path: the status says why, with the two ends named
            driver.get(server.base() + "/paths?from=actor:red-scorpions&to=actor:jocelyn-metellus&maxLength=1");
            waitForStatus("No path between Red Scorpions and Jocelyn Métellus. The shortest path has");
        });
    }

    @Test
    void aVeryLongWordWrapsInsteadOfWideningThePage() throws Exception {
        String word = "Zq" + "x".repeat(600);
        assertEquals(201, server.send("POST", "/api/documents", "application/json", "{\"id\":\"long-word-1\","
                + "\"title\":\"" + word + "\",\"text\":\"Police met residents of Zorbville. " + word
                + " was written on a wall.\"}").statusCode());
        try {
            browser.check("web-long-word", () -> {
                for (String page : List.of("/documents/long-word-1", "/?q=" + word)) {
                    driver.get(server.base() + page);
                    browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(word));
                    long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
                    assertTrue(overflow <= 0, page + " is " + overflow + " px wider than the window");
                }
            });
        } finally {
            assertEquals(204, server.send("DELETE", "/api/documents/long-word-1", null, null).statusCode());
        }
    }

    @Test
    void theRankingsPageListsCentralActorsPlacesAndCommunities() throws Exception {
        browser.check("web-rankings", () -> {
            driver.get(server.base() + "/rankings?by=degree");
            waitForStatus("Ranked by degree");
            assertTrue(driver.findElements(By.cssSelector("#actors li a")).size() >= 10);
            assertTrue(driver.findElements(By.cssSelector("#places li a")).size() >= 5);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#communities .community")).size() >= 2);
            browser.screenshot("web-rankings");
            // a hand-edited URL's bad values fall back to the page's defaults
            driver.get(server.base() + "/rankings?by=bogus&limit=100000");
            waitForStatus("Ranked by PageRank");
            assertEquals(20, driver.findElements(By.cssSelector("#actors li a")).size());
            // and the browser's icon is there, not a 404
            assertEquals(200, server.get("/favicon.ico").statusCode());
            // a window and the generic actors left out, kept in the URL and shown in the form
            driver.get(server.base() + "/rankings?by=degree");
            waitForStatus("Ranked by degree");
            assertTrue(driver.findElement(By.cssSelector("#actors")).getText().contains("civilians"));
            driver.findElement(By.id("rfrom")).sendKeys("2024");
            driver.findElement(By.id("rgeneric")).click();
            waitForStatus("Ranked by degree, over 2024 to the end");
            assertTrue(driver.getCurrentUrl().contains("from=2024") && driver.getCurrentUrl().contains("generic=false"),
                    driver.getCurrentUrl());
            assertFalse(driver.findElement(By.cssSelector("#actors")).getText().contains("civilians"));
            driver.navigate().refresh();
            waitForStatus("Ranked by degree, over 2024 to the end");
            assertTrue(driver.findElement(By.id("rgeneric")).isSelected());
            assertEquals("2024", driver.findElement(By.id("rfrom")).getAttribute("value"));
        });
    }

    @Test
    void aHostileReportIsShownAsTextInEveryView() throws Exception {
        browser.check("web-hostile", () -> {
            driver.get(server.base() + "/?q=Injected");
            waitForStatus("1 report matches");
            assertTrue(driver.findElement(By.cssSelector(".hit-title")).getText().contains("<script>window.pwned=1</script>"));
            // the word searched for is marked in the title, the rest of it text
            assertEquals("Injected", driver.findElement(By.cssSelector(".hit-title a mark")).getText());
            assertEquals(server.base() + "/documents/" + HOSTILE_ID, driver.findElement(By.cssSelector(".hit-title a"))
                    .getAttribute("href"));
            assertTrue(driver.findElement(By.cssSelector(".snippet")).getText().contains("<script>"));
            assertTrue(driver.findElements(By.cssSelector("#results img, #results script, #results b")).isEmpty());
            assertNotPwned();

            driver.get(server.base() + "/documents/" + HOSTILE_ID);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "<script>"));
            assertEquals(HOSTILE_TITLE, driver.findElement(By.id("title")).getText());
            assertTrue(driver.findElement(By.id("text")).getText().contains("<img src=x onerror=\"window.pwned=2\">"));
            assertTrue(driver.findElements(By.cssSelector("#report img, #report script, #report b")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector("#text a.mention")).size() >= 1, "its entities are still marked");
            assertTrue(driver.getTitle().contains("<script>"));
            assertNotPwned();

            driver.get(server.base() + "/entities/actor:red-scorpions");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), HOSTILE_TITLE));
            browser.waiting().until(d -> nodes() > 1);
            assertTrue(driver.findElements(By.cssSelector("#entity img, #entity script, #entity b")).isEmpty());
            String timeline = driver.findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains("<img src=x") || timeline.contains("<script>") || !timeline.isEmpty());
            // node labels and the selection panel (evidence) stay text
            js("const n = window.kgiGraph.getElementById('actor:police'); if (n.nonempty()) { n.select(); n.emit('tap'); }");
            assertTrue(driver.findElements(By.cssSelector("#selection img, #selection script")).isEmpty());
            assertNotPwned();
        });
    }

    @Test
    void searchAndNavigationWorkWithTheKeyboardAlone() throws Exception {
        browser.check("web-keyboard", () -> {
            driver.get(server.base() + "/");
            waitForStatus("reports match");
            Actions keys = new Actions(driver);
            // from the skip link, the first stop of the page, Tab on to the search box
            js("document.querySelector('.skip-link').focus();");
            for (int i = 0; i < 10 && !"q".equals(driver.switchTo().activeElement().getDomAttribute("id")); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("q", driver.switchTo().activeElement().getDomAttribute("id"));
            keys.sendKeys("Cherizier").sendKeys(Keys.ENTER).perform();
            waitForStatus("1 report matches");
            for (int i = 0; i < 15 && !isResultLink(driver.switchTo().activeElement()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            WebElement link = driver.switchTo().activeElement();
            assertTrue(isResultLink(link), "Tab reaches the first result");
            String href = link.getDomAttribute("href");
            keys.sendKeys(Keys.ENTER).perform();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith(href));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
            assertFalse(driver.findElement(By.id("title")).getText().isBlank());
            // on a new page the first Tab reaches the skip link, and Enter on it moves to the content
            keys.sendKeys(Keys.TAB).perform();
            assertTrue(driver.switchTo().activeElement().getDomAttribute("class").contains("skip-link"));
            keys.sendKeys(Keys.ENTER).perform();
            browser.waiting().until(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
        });
    }

    private static boolean isResultLink(WebElement e) {
        return "a".equals(e.getTagName()) && (Boolean) js("return arguments[0].closest('#results') !== null;", e);
    }

    static WebDriver driver() {
        return driver;
    }
}
