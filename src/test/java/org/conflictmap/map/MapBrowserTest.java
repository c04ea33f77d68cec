package org.conflictmap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;

import com.jayway.jsonpath.JsonPath;
import org.conflictmap.support.HeadlessChromium;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page in a real (headless) Chromium: the {@code <conflict-map>} element, the filter bar, the list, the
 * detail panel and the permalink, checked against what the HTTP API returns. Screenshots go to target/screenshots.
 */
@H2AppTest
class MapBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * The map element's state once it is idle: no API request in flight, no animation, no server round trip pending.
     * Null while it is still busy.
     */
    private static final String MAP_STATE = """
            const m = document.querySelector('conflict-map');
            const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
            const busy = Object.values(clients).some((c) => c.isActive && c.isActive());
            if (!m || !m.map || !m.map.getSize() || m.loading !== 0 || m.dataset.eventCount === undefined || busy
                || m.map.getView().getAnimating()) return null;
            const view = m.map.getView();
            const [x, y] = view.getCenter();
            const r = 6378137;
            return { query: m.query || '', bbox: m._bbox(), events: m.eventCount, controls: m.controlCount,
              eventAttr: m.dataset.eventCount, controlAttr: m.dataset.controlCount, selected: m.selected || '',
              zoom: view.getZoom(), lon: x / r * 180 / Math.PI,
              lat: (2 * Math.atan(Math.exp(y / r)) - Math.PI / 2) * 180 / Math.PI };
            """;

    /**
     * The list's rendered rows, top to bottom, each as its cells (Date, What, Place, Actors): the cell elements, or
     * their texts when arguments[0] is true.
     */
    private static final String GRID_ROWS = """
            const grid = document.getElementById('item-list');
            return [...grid.shadowRoot.querySelectorAll('#items tr')]
              .filter((tr) => !tr.hidden && tr._item)
              .sort((a, b) => a.index - b.index)
              .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.querySelector('slot').assignedElements()[0])
                .map((cell) => arguments[0] ? cell.textContent : cell));
            """;

    private static ChromeDriver driver;
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start("map-browser-test");
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

    /** JavaScript errors fail the test (a failed server-called function is only logged in the console). */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        if (driver == null) {
            return;
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("/favicon.ico")) // the app has no icon
                .toList();
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    @Test
    void pageLoadsWithTheDemoFeaturesOnTheMapAndInTheList() {
        open("/");
        MapSnapshot map = waitForMap(m -> m.events() > 0);

        List<String> apiEvents = apiIds("events", map);
        List<String> apiControls = apiIds("control-changes", map);
        assertEquals(apiEvents.size(), map.events(), "map events vs GET /api/events?bbox=" + map.bbox());
        assertEquals(apiControls.size(), map.controls(), "map control changes vs GET /api/control-changes");
        assertEquals(Set.copyOf(apiEvents), layerIds("eventLayer"), "the event layer holds the API's features");
        assertEquals(String.valueOf(map.events()), map.eventAttr());
        assertEquals(String.valueOf(map.controls()), map.controlAttr());
        assertEquals(61, map.events(), "the initial view shows all demo events");
        assertEquals(37, map.controls(), "the initial view shows all demo control changes");

        waitForText(By.id("counts"), map.events() + " events, " + map.controls() + " control changes");
        waitForGridSize(map.events() + map.controls());
        List<List<String>> rows = gridRowTexts();
        assertFalse(rows.isEmpty(), "the list shows rows");
        assertTrue(rows.getFirst().stream().noneMatch(String::isBlank), "first row has all columns: " + rows.getFirst());
        assertEquals("2024-12-08", rows.getFirst().getFirst(), "newest first");

        // layout: the map's canvas fills the element, which takes most of the window, and the page does not scroll
        @SuppressWarnings("unchecked")
        Map<String, Number> layout = (Map<String, Number>) js("""
                const m = document.querySelector('conflict-map');
                const canvas = m.renderRoot.querySelector('canvas');
                return { width: m.clientWidth, height: m.clientHeight, mapWidth: m.map.getSize()[0],
                  mapHeight: m.map.getSize()[1], canvasWidth: canvas.getBoundingClientRect().width,
                  canvasHeight: canvas.getBoundingClientRect().height, page: document.documentElement.scrollHeight,
                  window: window.innerHeight };
                """);
        assertEquals(layout.get("width").doubleValue(), layout.get("canvasWidth").doubleValue(), 1, layout.toString());
        assertEquals(layout.get("height").doubleValue(), layout.get("canvasHeight").doubleValue(), 1, layout.toString());
        assertEquals(layout.get("width").doubleValue(), layout.get("mapWidth").doubleValue(), 1, layout.toString());
        assertEquals(layout.get("height").doubleValue(), layout.get("mapHeight").doubleValue(), 1, layout.toString());
        assertTrue(layout.get("width").intValue() > 800 && layout.get("height").intValue() > 500, layout.toString());
        assertTrue(layout.get("page").intValue() <= layout.get("window").intValue(), "page scrolls: " + layout);
        screenshot("map-initial.png");
    }

    @Test
    void choosingAnActorShowsOnlyItsEventsAndPutsItIntoTheUrl() {
        open("/");
        MapSnapshot before = waitForMap(m -> m.events() > 0);

        WebElement input = driver.findElement(By.cssSelector("#filter-actors input"));
        input.click();
        input.sendKeys("RUS");
        // the combo box filters its items in the browser; wait until Russia is the first (and only) match
        waitUntil(d -> js("""
                const items = [...document.querySelectorAll('#filter-actors vaadin-multi-select-combo-box-item')]
                  .filter((i) => !i.hidden && i.offsetParent !== null);
                return items.length === 1 && items[0].textContent.trim().startsWith('RUS');
                """), "the actor list filtered to RUS");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntil(d -> chips("filter-actors").size() == 1, "RUS chosen");
        // leave the field to close its list (Escape on a closed combo box with a clear button would clear it)
        input.sendKeys(Keys.TAB);
        waitUntil(d -> Boolean.FALSE.equals(js("return document.getElementById('filter-actors').opened")),
                "the actor list closed");

        MapSnapshot after = waitForMap(m -> m.query().contains("actor=RUS"));
        assertEquals("actor=RUS", after.query());
        assertTrue(after.events() > 0 && after.events() < before.events(),
                "RUS events " + after.events() + " < all " + before.events());
        assertEquals(apiIds("events", after).size(), after.events(), "map vs API for " + after.query());
        assertEquals(Set.copyOf(apiIds("events", after)), layerIds("eventLayer"));
        assertEquals(List.of(true), js("""
                const m = document.querySelector('conflict-map');
                return [...new Set(m.eventLayer.getSource().getFeatures().map((f) =>
                  [f.get('actor1'), f.get('actor2')].some((a) => a && a.code === 'RUS')))];
                """), "every event on the map involves RUS");
        assertEquals(List.of("RUS – Russian Armed Forces"), chips("filter-actors"));
        waitForUrl(url -> url.contains("actor=RUS"));
        waitForText(By.id("counts"), after.events() + " event");
        waitForGridSize(after.events() + after.controls());
        screenshot("map-actor-filter.png");
    }

    @Test
    void changingTheDateRangeShowsOnlyEventsInItAndPutsItIntoTheUrl() {
        open("/");
        MapSnapshot before = waitForMap(m -> m.events() > 0);

        typeDate("filter-from", "11/30/2024", "2024-11-30");
        MapSnapshot fromOnly = waitForMap(m -> m.query().equals("from=2024-11-30"));
        assertTrue(fromOnly.events() < before.events(), "from 2024-11-30: " + fromOnly.events());
        typeDate("filter-to", "12/1/2024", "2024-12-01");
        MapSnapshot after = waitForMap(m -> m.query().equals("from=2024-11-30&to=2024-12-01"));

        assertTrue(after.events() > 0 && after.events() < fromOnly.events(),
                "30 Nov – 1 Dec: " + after.events() + " < " + fromOnly.events());
        assertEquals(apiIds("events", after).size(), after.events(), "map vs API for " + after.query());
        assertEquals(apiIds("control-changes", after).size(), after.controls());
        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) js("""
                return [...new Set(document.querySelector('conflict-map').eventLayer.getSource().getFeatures()
                  .map((f) => f.get('date')))].sort();
                """);
        assertEquals(List.of("2024-11-30", "2024-12-01"), dates, "the map's events all lie in the range");
        waitForUrl(url -> url.contains("from=2024-11-30") && url.contains("to=2024-12-01"));
        waitForGridSize(after.events() + after.controls());
        List<List<String>> rows = gridRowTexts();
        assertTrue(rows.stream().allMatch(r -> Set.of("2024-11-30", "2024-12-01").contains(r.getFirst())),
                "the list's rows all lie in the range: " + rows);
        screenshot("map-date-filter.png");
    }

    @Test
    void clickingARowShowsItsDetailsOnTheMapAndClickingAFeatureSelectsItsRow() {
        open("/");
        waitForMap(m -> m.events() > 0);
        waitForGridSize(98);

        // list → map and detail panel: the first event in the list
        List<WebElement> row = gridRows().stream().filter(r -> !r.get(1).getText().startsWith("Control change"))
                .findFirst().orElseThrow();
        String date = row.get(0).getText();
        String place = row.get(2).getText();
        row.get(2).click();
        MapSnapshot selected = waitForMap(m -> !m.selected().isEmpty());
        Map<String, Object> feature = feature(selected.selected());
        assertEquals(place, feature.get("place"), "the map selected the row's feature");
        assertEquals(date, feature.get("date"));
        WebElement detail = driver.findElement(By.id("detail"));
        waitUntil(d -> detail.isDisplayed() && detail.getText().contains(place), "detail panel shows " + place);
        String id = selected.selected();
        waitForUrl(url -> url.contains("sel=" + id));
        // the map centres the selected item
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) js("""
                const m = document.querySelector('conflict-map');
                const f = m.eventLayer.getSource().getFeatureById(arguments[0])
                  || m.controlLayer.getSource().getFeatureById(arguments[0]);
                const p = m.map.getPixelFromCoordinate(f.getGeometry().getCoordinates());
                const size = m.map.getSize();
                return [p[0] - size[0] / 2, p[1] - size[1] / 2];
                """, id);
        assertTrue(Math.abs(pixel.get(0).doubleValue()) < 3 && Math.abs(pixel.get(1).doubleValue()) < 3,
                "the selected feature is in the middle of the map: " + pixel);
        screenshot("map-detail.png");

        // map → list and detail panel: a real click on another event, one that is on top where it is drawn
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js("""
                const m = document.querySelector('conflict-map');
                const size = m.map.getSize();
                const box = m.getBoundingClientRect();
                const layers = (l) => l === m.eventLayer || l === m.controlLayer;
                for (const f of m.eventLayer.getSource().getFeatures()) {
                  if (f.getId() === arguments[0]) continue;
                  const p = m.map.getPixelFromCoordinate(f.getGeometry().getCoordinates());
                  if (p[0] < 60 || p[1] < 60 || p[0] > size[0] - 60 || p[1] > size[1] - 60) continue;
                  const x = Math.round(box.left + p[0]);
                  const y = Math.round(box.top + p[1]);
                  const top = m.map.forEachFeatureAtPixel([x - box.left, y - box.top], (g) => g,
                    { layerFilter: layers, hitTolerance: 4 });
                  if (top === f) return { id: f.getId(), place: f.get('place'), date: f.get('date'), x, y };
                }
                return null;
                """, id);
        assertTrue(target != null, "an event on the map stands alone and can be clicked");
        new Actions(driver).moveToLocation(((Number) target.get("x")).intValue(),
                ((Number) target.get("y")).intValue()).click().perform();
        String clicked = (String) target.get("id");
        waitForMap(m -> m.selected().equals(clicked));
        waitUntil(d -> detail.getText().contains((String) target.get("place")),
                "detail panel shows the clicked feature");
        // the list selects the row, but does not scroll to it: look for it
        List<String> selectedRow = selectedGridRow();
        assertEquals(target.get("date"), selectedRow.get(0), "the list selected the clicked feature's row");
        assertEquals(target.get("place"), selectedRow.get(2), "the list selected the clicked feature's row");
        waitForUrl(url -> url.contains("sel=" + clicked));
    }

    @Test
    void aPermalinkRestoresFiltersSelectionAndView() {
        // an HTS event of 29 Nov – 1 Dec 2024 in Aleppo, inside the permalink's view
        String filter = "actor=HTS&from=2024-11-29&to=2024-12-01";
        String body = get("/api/events?" + filter);
        List<String> ids = JsonPath.read(body, "$.features[?(@.properties.place == 'Aleppo Military Academy')].id");
        assertEquals(1, ids.size(), "demo data has the Aleppo Military Academy event");
        String id = ids.getFirst();

        open("/?" + filter + "&sel=" + id + "&lon=37.1&lat=36.2&z=9");
        MapSnapshot map = waitForMap(m -> m.query().contains("actor=HTS") && m.selected().equals(id));

        assertEquals(37.1, map.lon(), 1e-6, "view centre (lon)");
        assertEquals(36.2, map.lat(), 1e-6, "view centre (lat)");
        assertEquals(9, map.zoom(), 1e-9, "zoom");
        assertEquals("from=2024-11-29&to=2024-12-01&actor=HTS", map.query());
        assertEquals(apiIds("events", map).size(), map.events(), "map vs API for " + map.query() + " in the view");
        assertEquals(Set.copyOf(apiIds("events", map)), layerIds("eventLayer"));
        assertTrue(map.events() > 0 && map.events() < 11,
                "the zoomed view shows part of the 11 events: " + map.events());

        assertEquals(List.of("HTS – Hayat Tahrir al-Sham"), chips("filter-actors"));
        assertEquals("2024-11-29", js("return document.getElementById('filter-from').value"));
        assertEquals("2024-12-01", js("return document.getElementById('filter-to').value"));
        assertEquals("11/29/2024", driver.findElement(By.cssSelector("#filter-from input")).getDomProperty("value"));
        assertEquals("12/1/2024", driver.findElement(By.cssSelector("#filter-to input")).getDomProperty("value"));
        waitForText(By.id("counts"), map.events() + " event");

        WebElement detail = driver.findElement(By.id("detail"));
        waitUntil(d -> detail.isDisplayed() && detail.getText().contains("Aleppo Military Academy")
                && detail.getText().contains("2024-11-30"), "detail panel shows the permalink's item");
        List<String> selectedRow = selectedGridRow();
        assertEquals("2024-11-30", selectedRow.get(0), "the list selected the permalink's item");
        assertEquals("Aleppo Military Academy", selectedRow.get(2), "the list selected the permalink's item");
        waitForUrl(url -> url.contains("lon=37.1") && url.contains("lat=36.2") && url.contains("z=9")
                && url.contains("sel=" + id) && url.contains("actor=HTS") && url.contains("from=2024-11-29")
                && url.contains("to=2024-12-01"));
        screenshot("map-permalink.png");
    }

    @Test
    void movingTheTimeSliderChangesWhoHoldsAleppoOnTheMap() {
        open("/?lon=37.6&lat=35.8&z=7.4");
        driver.findElement(By.id("slider-enabled")).click();
        waitUntil(d -> "SAA".equals(js(CONTROLLER_AT, "2024-11-26", "Aleppo")), "Aleppo held by SAA on 26 Nov");
        String saaColour = actorColour("SAA");
        assertEquals(saaColour, js(CONTROL_COLOUR, "Aleppo"), "Aleppo is drawn in the government's colour");
        assertTrue(((Number) js("return document.querySelector('conflict-map').areaCount")).intValue() >= 4,
                "control areas are drawn");
        assertEquals("2024-11-26", driver.findElement(By.id("slider-date")).getText());
        waitForUrl(url -> url.contains("day=2024-11-26"));
        screenshot("map-slider-2024-11-26.png");

        WebElement slider = driver.findElement(By.id("time-slider"));
        for (int i = 0; i < 5; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitUntil(d -> "HTS".equals(js(CONTROLLER_AT, "2024-12-01", "Aleppo")), "Aleppo held by HTS on 1 Dec");
        String htsColour = actorColour("HTS");
        assertEquals(htsColour, js(CONTROL_COLOUR, "Aleppo"), "Aleppo is drawn in HTS's colour");
        assertNotEquals(saaColour, htsColour);
        assertEquals("2024-12-01", driver.findElement(By.id("slider-date")).getText());
        MapSnapshot map = waitForMap(m -> m.query().contains("to=2024-12-01"));
        assertEquals(apiIds("events", map).size(), map.events(), "events up to the day follow the slider");
        waitForUrl(url -> url.contains("day=2024-12-01") && url.contains("to=2024-12-01"));
        screenshot("map-slider-2024-12-01.png");
    }

    @Test
    void colouringBySideDrawsAleppoInTheOppositionColour() {
        open("/?day=2024-12-01&lon=37.6&lat=35.8&z=7.4");
        waitUntil(d -> "HTS".equals(js(CONTROLLER_AT, "2024-12-01", "Aleppo")), "Aleppo held by HTS on 1 Dec");
        assertEquals(actorColour("HTS"), js(DRAWN_COLOUR, "Aleppo"), "by actor: HTS's own colour");

        driver.findElement(By.cssSelector("#legend vaadin-details-summary")).click();
        driver.findElement(By.id("by-side")).click();
        List<String> opposition = JsonPath.read(get("/api/sides"), "$[?(@.code == 'OPP')].colour");
        waitUntil(d -> opposition.getFirst().equals(js(DRAWN_COLOUR, "Aleppo")), "Aleppo drawn in the side's colour");
        waitForUrl(url -> url.contains("by=side"));
        screenshot("map-by-side.png");
    }

    @Test
    void searchingArabicNameFliesToAleppoAndShowsItsNames() {
        open("/");
        WebElement input = driver.findElement(By.cssSelector("#place-search input"));
        input.sendKeys("حلب");
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const items = document.querySelectorAll('vaadin-combo-box-item');
                return [...items].some((i) => i.textContent.startsWith('Aleppo'));
                """)), "Aleppo is suggested for حلب");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntil(d -> d.findElements(By.id("detail")).stream().anyMatch(e -> e.isDisplayed()
                && e.getText().contains("Aleppo") && e.getText().contains("Halab") && e.getText().contains("حلب")),
                "detail shows Aleppo's names");
        MapSnapshot map = waitForMap(m -> Math.abs(m.lon() - 37.16) < 0.05 && Math.abs(m.lat() - 36.20) < 0.05);
        assertTrue(map.zoom() >= 8, "the map zoomed in on Aleppo");
        waitForUrl(url -> url.contains("sel=place-"));
        screenshot("map-place-search.png");
    }

    /** The fill colour the map draws for a controlled place. */
    private static final String DRAWN_COLOUR = """
            const m = document.querySelector('conflict-map');
            const f = m.controlPointLayer.getSource().getFeatures().find((x) => x.get('place') === arguments[0]);
            if (!f) return null;
            const style = m.controlPointLayer.getStyleFunction()(f, 1);
            return style.getImage().getFill().getColor();
            """;

    /** The controller code the map's control-place layer holds for a place, once it shows the given day. */
    private static final String CONTROLLER_AT = """
            const m = document.querySelector('conflict-map');
            return m.dataset.controlDate === arguments[0] ? m.controllerAt(arguments[1]) : null;
            """;

    private static final String CONTROL_COLOUR = """
            const f = document.querySelector('conflict-map').controlPointLayer.getSource().getFeatures()
              .find((x) => x.get('place') === arguments[0]);
            return f ? f.get('colour') : null;
            """;

    private String actorColour(String code) {
        List<String> colours = JsonPath.read(get("/api/actors"), "$[?(@.code == '" + code + "')].colour");
        return colours.getFirst();
    }

    // --- helpers

    record MapSnapshot(String query, String bbox, int events, int controls, String eventAttr, String controlAttr,
                       String selected, double zoom, double lon, double lat) {
    }

    private void open(String pathAndQuery) {
        driver.get("http://localhost:" + port + pathAndQuery);
        waitUntil(d -> js(MAP_STATE) != null, "the map page loaded");
        // the dev-mode tools (not part of the application) cover the filter bar and the list's last row
        js("""
                const style = document.createElement('style');
                style.textContent = 'vaadin-dev-tools, copilot-main { display: none !important; }';
                document.head.append(style);
                """);
    }

    @SuppressWarnings("unchecked")
    private MapSnapshot waitForMap(Predicate<MapSnapshot> condition) {
        MapSnapshot[] last = new MapSnapshot[1];
        waitUntil(d -> {
            Map<String, Object> s = (Map<String, Object>) js(MAP_STATE);
            if (s == null) {
                return false;
            }
            last[0] = new MapSnapshot((String) s.get("query"), (String) s.get("bbox"),
                    ((Number) s.get("events")).intValue(), ((Number) s.get("controls")).intValue(),
                    (String) s.get("eventAttr"), (String) s.get("controlAttr"), (String) s.get("selected"),
                    ((Number) s.get("zoom")).doubleValue(), ((Number) s.get("lon")).doubleValue(),
                    ((Number) s.get("lat")).doubleValue());
            return condition.test(last[0]);
        }, "the map to settle in the expected state");
        return last[0];
    }

    private void typeDate(String pickerId, String typed, String isoValue) {
        WebElement input = driver.findElement(By.cssSelector("#" + pickerId + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.ENTER);
        waitUntil(d -> isoValue.equals(js("return document.getElementById(arguments[0]).value", pickerId)),
                pickerId + " = " + isoValue);
        waitUntil(d -> !Boolean.TRUE.equals(js("return document.getElementById(arguments[0]).opened", pickerId)),
                pickerId + " closed");
    }

    @SuppressWarnings("unchecked")
    private List<String> chips(String comboId) {
        return (List<String>) js("""
                return [...document.getElementById(arguments[0]).querySelectorAll(
                  'vaadin-multi-select-combo-box-chip[slot=chip]')].map((c) => c.label);
                """, comboId);
    }

    @SuppressWarnings("unchecked")
    private List<List<WebElement>> gridRows() {
        return (List<List<WebElement>>) js(GRID_ROWS, false);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> gridRowTexts() {
        return (List<List<String>>) js(GRID_ROWS, true);
    }

    /**
     * The texts of the list's selected row. The grid only holds the rows near its scroll position, so this scrolls
     * through it until the selected row is rendered, and leaves it at the top.
     */
    @SuppressWarnings("unchecked")
    private List<String> selectedGridRow() {
        String key = waitUntil(d -> (String) js("""
                const s = document.getElementById('item-list').selectedItems;
                return s.length === 1 ? s[0].key : null;
                """), "the list has one selected row");
        long size = (Long) js("return document.getElementById('item-list').size");
        int index = 0;
        while (index < size) {
            js("document.getElementById('item-list').scrollToIndex(arguments[0])", index);
            Map<String, Object> found = waitUntil(d -> (Map<String, Object>) js("""
                    const grid = document.getElementById('item-list');
                    const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter((r) => !r.hidden);
                    if (grid.loading || rows.some((r) => r.hasAttribute('loading') || !r._item)) return null;
                    const last = Math.max(...rows.map((r) => r.index));
                    const tr = rows.find((r) => r._item.key === arguments[0]);
                    if (!tr) return { last };
                    const texts = [...tr.querySelectorAll('td')]
                      .map((td) => td.querySelector('slot').assignedElements()[0].textContent);
                    const selected = tr.hasAttribute('selected');
                    grid.scrollToIndex(tr.index);
                    return { last, row: texts, selected };
                    """, key), "the list scrolled to row " + index);
            if (found.containsKey("row")) {
                assertEquals(Boolean.TRUE, found.get("selected"), "the row is marked selected");
                return (List<String>) found.get("row");
            }
            index = Math.max(index + 1, ((Number) found.get("last")).intValue() + 1);
        }
        throw new AssertionError("the selected row (key " + key + ") is not in the list");
    }

    private void waitForGridSize(int size) {
        waitUntil(d -> Long.valueOf(size).equals(js("return document.getElementById('item-list').size"))
                && !gridRows().isEmpty(), "the list has " + size + " rows");
    }

    @SuppressWarnings("unchecked")
    private Set<String> layerIds(String layer) {
        return new HashSet<>((List<String>) js("""
                return document.querySelector('conflict-map')[arguments[0]].getSource().getFeatures()
                  .map((f) => f.getId());
                """, layer));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> feature(String id) {
        return (Map<String, Object>) js("""
                const m = document.querySelector('conflict-map');
                const f = m.eventLayer.getSource().getFeatureById(arguments[0])
                  || m.controlLayer.getSource().getFeatureById(arguments[0]);
                return f ? { place: f.get('place'), date: f.get('date') } : null;
                """, id);
    }

    private void waitForText(By by, String prefix) {
        waitUntil(d -> d.findElement(by).getText().startsWith(prefix), by + " starts with '" + prefix + "'");
    }

    private void waitForUrl(Predicate<String> condition) {
        waitUntil(d -> condition.test(d.getCurrentUrl()), "the URL to hold the state");
    }

    private <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100)).withMessage(what).until(condition);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The ids the API returns for the map's filter and visible area. */
    private List<String> apiIds(String path, MapSnapshot map) {
        String query = (map.query().isEmpty() ? "" : map.query() + "&") + "bbox=" + map.bbox();
        return JsonPath.read(get("/api/" + path + "?" + query), "$.features[*].id");
    }

    private String get(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
