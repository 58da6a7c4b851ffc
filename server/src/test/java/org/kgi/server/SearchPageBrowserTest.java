package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page in a real headless Chromium against the real server. */
class SearchPageBrowserTest {
    @TempDir
    static Path tmp;
    static RunningServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        // the bundled corpus plus one hostile report
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (var files = Files.list(TestPaths.corpus())) {
            for (Path p : files.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("zz-hostile.txt"), "Injected <script>window.pwned=1</script> headline\n\n"
                + "The checkpoint report quoted <img src=x onerror=\"window.pwned=2\"> and <b>bold</b> text near the checkpoint.");
        server = RunningServer.over(corpus, tmp.resolve("index"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void typingCherizierFindsTheSampleReportWithTheNameHighlighted() throws Exception {
        var driver = browser.driver();
        driver.get(server.base() + "/");
        browser.check("search-cherizier", () -> {
            WebElement box = driver.findElement(By.id("q"));
            box.sendKeys("Cherizier", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "1 report matches"));
            List<WebElement> marks = driver.findElements(By.cssSelector("#results mark"));
            assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Cherizier")), "a <mark>Cherizier</mark> is shown");
            assertTrue(driver.getCurrentUrl().endsWith("/?q=Cherizier"), "the URL holds the query: " + driver.getCurrentUrl());
        });
        browser.screenshot("search-cherizier");
    }

    @Test
    void aBookmarkedSearchOpensDirectlyAndBadQueriesAreExplained() throws Exception {
        var driver = browser.driver();
        browser.check("bookmark", () -> {
            driver.get(server.base() + "/?q=" + RunningServer.enc("\"police station\""));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "match"));
            assertEquals("\"police station\"", driver.findElement(By.id("q")).getDomProperty("value"));
            assertTrue(driver.findElements(By.cssSelector("#results li")).size() >= 1);
            driver.get(server.base() + "/?q=" + RunningServer.enc("gang AND ("));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Query syntax error"));
            // past the facet sample the total is an estimate, and the page says so
            driver.get(server.base() + "/?facetSample=3&q=" + RunningServer.enc("gang OR protest"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "reports match"));
            assertTrue(driver.findElement(By.id("status")).getText().startsWith("about "), driver.findElement(By.id("status")).getText());
            assertTrue(driver.findElement(By.cssSelector("#facets .count")).getText().startsWith("≈"));
        });
    }

    @Test
    void moreValuesOfTheActorAndPlaceFacetsAreListedOnAskingWherePagingStands() throws Exception {
        var driver = browser.driver();
        browser.check("facet-more", () -> {
            driver.get(server.base() + "/?q=police");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "match"));
            driver.findElement(By.cssSelector("#pager .pager-next")).click(); // page 2
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "page 2"));
            List<String> page2 = driver.findElements(By.cssSelector("#results .hit-title a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            int actors = driver.findElements(By.cssSelector("ul[aria-label='Actor'] button.facet-value")).size();
            assertEquals(10, actors);
            driver.findElement(By.xpath("//button[text()='More actors']")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("ul[aria-label='Actor'] button.facet-value"))
                    .size() > 10);
            assertTrue(driver.getCurrentUrl().contains("facetSize=30"), driver.getCurrentUrl());
            assertTrue(driver.findElement(By.id("status")).getText().contains("page 2"), "still on page 2");
            assertEquals(page2, driver.findElements(By.cssSelector("#results .hit-title a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList());
        });
    }

    @Test
    void reportTextIsShownAsTextNeverRunAsHtml() throws Exception {
        var driver = browser.driver();
        browser.check("hostile", () -> {
            // a word of the headline and one of the sentence after it: a passage of each
            driver.get(server.base() + "/?q=" + RunningServer.enc("Injected AND quoted"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "1 report matches"));
            String title = driver.findElement(By.cssSelector(".hit-title")).getText();
            assertTrue(title.contains("<script>window.pwned=1</script>"), title);
            String snippets = String.join("\n", driver.findElements(By.cssSelector(".snippet")).stream()
                    .map(e -> e.getText()).toList());
            assertTrue(snippets.contains("<script>window.pwned=1</script>"), snippets);
            assertTrue(snippets.contains("<img src=x onerror=\"window.pwned=2\">"), snippets);
            assertTrue(driver.findElements(By.cssSelector("#results img, #results script, #results b")).isEmpty());
            assertEquals(null, driver.executeScript("return window.pwned === undefined ? null : window.pwned;"));
        });
    }
}
