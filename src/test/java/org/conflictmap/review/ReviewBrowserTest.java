package org.conflictmap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.conflictmap.support.HeadlessChromium;
import org.conflictmap.support.ReviewAppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An editor's whole path in a real (headless) Chromium with the real extractor: sign in, upload an article, see its
 * pending items, accept one, and find it on the public map with the article as its source. Screenshots go to
 * target/screenshots.
 */
@ReviewAppTest
class ReviewBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path ARTICLE = Path.of("src/test/resources/extract/corpus/01-aleppo-entry.txt");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String HIDE_DEV_TOOLS = """
            const style = document.createElement('style');
            style.textContent = 'vaadin-dev-tools, copilot-main { display: none !important; }';
            document.head.append(style);
            """;

    private static ChromeDriver driver;
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start("review-browser-test");
        driver = browser.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
            driver = null;
        }
    }

    @Test
    void editorUploadsAnArticleAcceptsAnItemAndItAppearsOnThePublicMap() {
        // anonymous: the map offers to sign in, and the review screen asks for it
        open("/");
        waitUntil(d -> d.findElement(By.id("session-link")).getText().equals("Log in"), "a 'Log in' link on the map");
        open("/review");
        waitUntil(d -> d.getCurrentUrl().contains("/login"), "the review screen sends anonymous users to sign in");

        // sign in
        WebElement user = waitUntil(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")), "login form");
        user.sendKeys("editor");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(ReviewAppTest.EDITOR_PASSWORD, Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("/review") && !d.findElements(By.id("review-queue")).isEmpty(),
                "the review screen after signing in");
        js(HIDE_DEV_TOOLS);
        int pendingBefore = pending();

        // upload the article through the Upload component's file input
        WebElement upload = driver.findElement(By.id("article-upload"));
        WebElement fileInput = waitUntil(d -> (WebElement) js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');
                """, upload), "the upload's file input");
        fileInput.sendKeys(ARTICLE.toAbsolutePath().toString());
        waitUntil(d -> notifications().stream().anyMatch(t -> t.contains("item(s) to review")),
                "a notification that the article was imported");
        int pendingAfter = pending();
        assertTrue(pendingAfter > pendingBefore, "the article added pending items: " + pendingBefore + " → "
                + pendingAfter);
        waitUntil(d -> d.findElement(By.id("queue-count")).getText().startsWith(pendingAfter + " item"),
                "the queue count");
        assertTrue(driver.findElement(By.id("review-hint")).isDisplayed(), "a hint stands where the item will be");
        screenshot("review-uploaded.png");

        // choose a control change with a place and a date, read its sentence, accept it
        long itemId = jdbc.queryForObject("""
                SELECT MIN(r.id) FROM review_item r JOIN article a ON a.id = r.article_id
                WHERE a.title LIKE 'Opposition fighters push into Aleppo%' AND r.kind = 'CONTROL_CHANGE'
                  AND r.status = 'PENDING' AND r.place_id IS NOT NULL AND r.item_date IS NOT NULL
                  AND r.to_actor IS NOT NULL""", Long.class);
        String place = jdbc.queryForObject("SELECT p.name FROM review_item r JOIN place p ON p.id = r.place_id "
                + "WHERE r.id = ?", String.class, itemId);
        String sentence = jdbc.queryForObject("SELECT sentence FROM review_item WHERE id = ?", String.class, itemId);
        WebElement cell = waitUntil(d -> d.findElements(By.cssSelector("#review-queue vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().equals(place)).findFirst().orElse(null), "a row for " + place);
        cell.click();
        WebElement highlighted = waitUntil(d -> d.findElement(By.id("highlighted-sentence")), "the sentence");
        assertEquals(sentence.strip(), highlighted.getText().strip(), "the article text highlights the sentence");
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("ALEPPO, Syria"),
                "the whole article is shown");
        assertTrue(driver.findElements(By.id("review-hint")).stream().noneMatch(WebElement::isDisplayed),
                "the hint gives way to the item");
        screenshot("review-item.png");
        driver.findElement(By.id("accept")).click();
        waitUntil(d -> notifications().stream().anyMatch(t -> t.startsWith("Accepted")), "accepted");
        Long changeId = jdbc.queryForObject("SELECT control_change_id FROM review_item WHERE id = ? AND status = "
                + "'ACCEPTED'", Long.class, itemId);
        assertTrue(changeId != null, "the item was accepted into a control change");
        waitUntil(d -> d.findElement(By.id("queue-count")).getText().startsWith((pendingAfter - 1) + " item"),
                "the queue shrank by one");

        // the public map shows it, with the article among its sources
        String feature = "control-" + changeId;
        open("/?sel=" + feature);
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const m = document.querySelector('conflict-map');
                return !!m && m.loading === 0 && !!m.controlLayer.getSource().getFeatureById(arguments[0]);
                """, feature)), "the map draws " + feature);
        WebElement sources = waitUntil(d -> d.findElement(By.id("detail-sources")), "the detail panel's sources");
        waitUntil(d -> sources.getText().contains("Opposition fighters push into Aleppo"), "the article as a source");
        assertTrue(sources.getText().contains(sentence.strip().substring(0, 20)), "the source sentence is quoted");
        assertEquals("Review", driver.findElement(By.id("session-link")).getText());
        assertTrue(get("/api/control-changes").contains("\"" + feature + "\""), "the API lists " + feature);
        js("arguments[0].scrollIntoView({block: 'end'})", sources);
        screenshot("review-on-map.png");

        // log out: back to an anonymous map
        open("/review");
        waitUntil(d -> d.findElement(By.id("logout")), "log out button").click();
        waitUntil(d -> !d.getCurrentUrl().contains("/review"), "logged out");
        open("/");
        waitUntil(d -> d.findElement(By.id("session-link")).getText().equals("Log in"), "signed out");
        assertEquals(List.of(), severeConsoleErrors(), "errors in the browser console");
    }

    private int pending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_item WHERE status = 'PENDING'", Integer.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> notifications() {
        return (List<String>) js("""
                return [...document.querySelectorAll('vaadin-notification-card')].map((c) => c.textContent.trim());
                """);
    }

    private List<String> severeConsoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("/favicon.ico")).toList();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitUntil(d -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && !!window.Vaadin")),
                "the page loaded");
        js(HIDE_DEV_TOOLS);
    }

    private String get(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100)).withMessage(what)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("review-failure.png");
            throw new AssertionError(what + " (at " + driver.getCurrentUrl() + ")", e);
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
