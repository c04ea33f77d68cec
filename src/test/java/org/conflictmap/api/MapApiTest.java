package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.support.ApiClient.features;
import static org.conflictmap.support.ApiClient.lat;
import static org.conflictmap.support.ApiClient.lon;
import static org.conflictmap.support.ApiClient.summaries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictmap.event.EventType;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.DemoCsv;
import org.conflictmap.support.DemoCsv.ControlRow;
import org.conflictmap.support.DemoCsv.EventRow;
import org.conflictmap.support.GeoFixtures;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The read-only HTTP API over real HTTP: GeoJSON answers, filters, the gazetteer, and problems for bad input. */
@H2AppTest
class MapApiTest extends ApiTest {
    private static final String GEO_JSON = "application/geo+json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCRIPT = "<script>alert(1)</script>";


    // --- GeoJSON ---

    @Test
    void eventsAreAnRfc7946FeatureCollection() {
        Response r = api.get("/api/events");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(GEO_JSON);
        JsonNode json = r.json();
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.has("crs")).as("RFC 7946 drops crs").isFalse();
        assertThat(json.path("features")).hasSize(DemoCsv.events().size());
        assertThat(json.path("numberReturned").asInt()).isEqualTo(DemoCsv.events().size());
        for (JsonNode f : json.path("features")) {
            assertThat(f.path("type").asString()).isEqualTo("Feature");
            assertThat(f.path("geometry").path("type").asString()).isEqualTo("Point");
            assertThat(f.path("geometry").path("coordinates")).hasSize(2);
            assertThat(f.path("id").asString()).isEqualTo("event-" + f.path("properties").path("id").asLong());
            assertThat(f.path("properties").path("kind").asString()).isEqualTo("event");
        }
    }

    @Test
    void coordinatesAreLongitudeThenLatitude() {
        JsonNode aleppo = api.get("/api/places/resolve", "name", "Aleppo").json().path("candidates").get(0);

        List<JsonNode> atAleppo = features(api.get("/api/events")).stream()
                .filter(f -> f.path("properties").path("placeId").asLong() == aleppo.path("id").asLong()).toList();

        assertThat(atAleppo).isNotEmpty().allSatisfy(f -> {
            JsonNode c = f.path("geometry").path("coordinates");
            assertThat(c.get(0).asDouble()).isEqualTo(aleppo.path("lon").asDouble());
            assertThat(c.get(1).asDouble()).isEqualTo(aleppo.path("lat").asDouble());
        });
        // Syria lies east of 35.5°E and south of 37.5°N: swapped coordinates would fall outside this box.
        assertThat(features(api.get("/api/events"))).allSatisfy(f -> {
            JsonNode c = f.path("geometry").path("coordinates");
            assertThat(c.get(0).asDouble()).isBetween(35.5, 42.5);
            assertThat(c.get(1).asDouble()).isBetween(32.0, 37.5);
        });
    }

    @Test
    void eventPropertiesCarryDateTypeActorsAndSourceOfTheDemoRows() {
        List<String> expected = DemoCsv.events().stream().map(e -> e.date() + "|" + e.type() + "|" + e.actor1() + "|"
                + e.actor2() + "|" + DemoCsv.sourceTitles().get(e.source()) + "|" + e.summary()).toList();

        List<String> actual = features(api.get("/api/events")).stream().map(f -> f.path("properties")).map(p ->
                p.path("date").asString() + "|" + p.path("type").asString() + "|"
                        + p.path("actor1").path("code").asString() + "|" + p.path("actor2").path("code").asString(null)
                        + "|" + p.path("source").path("title").asString() + "|" + p.path("summary").asString())
                .toList();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void bboxKeepsOnlyFeaturesInsideIt() {
        List<JsonNode> inAleppo = features(api.get("/api/events", "bbox", GeoFixtures.bboxParam(GeoFixtures.ALEPPO_CITY)));

        assertThat(inAleppo).isNotEmpty().hasSizeLessThan(DemoCsv.events().size()).allSatisfy(f -> assertThat(
                GeoFixtures.inside(GeoFixtures.ALEPPO_CITY, lon(f), lat(f))).isTrue());
        assertThat(features(api.get("/api/events", "bbox", GeoFixtures.bboxParam(GeoFixtures.EAST_MEDITERRANEAN_SEA))))
                .isEmpty();
    }

    @Test
    void fromAndToAreInclusive() {
        assertThat(summaries(api.get("/api/events", "from", "2024-11-30", "to", "2024-11-30")))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(DemoCsv.events().stream()
                        .filter(e -> e.date().toString().equals("2024-11-30")).map(EventRow::summary).toList());
        assertThat(features(api.get("/api/events", "to", "2024-11-29")))
                .allMatch(f -> f.path("properties").path("date").asString().compareTo("2024-11-29") <= 0);
    }

    @Test
    void repeatedActorParametersAreAlternatives() {
        assertThat(summaries(api.get("/api/events", "actor", "RUS", "actor", "ISR")))
                .containsExactlyInAnyOrderElementsOf(DemoCsv.events().stream()
                        .filter(e -> e.involvesAnyOf(Set.of("RUS", "ISR"))).map(EventRow::summary).toList());
    }

    @Test
    void repeatedTypeParametersAreAlternatives() {
        Set<String> types = Set.of("AIR_DRONE_STRIKE", "TROOP_MOVEMENT");

        assertThat(summaries(api.get("/api/events", "type", "AIR_DRONE_STRIKE", "type", "TROOP_MOVEMENT")))
                .containsExactlyInAnyOrderElementsOf(DemoCsv.events().stream()
                        .filter(e -> types.contains(e.type())).map(EventRow::summary).toList());
    }

    @Test
    void controlChangesAreGeoJsonFeaturesWithFromAndTo() {
        Response r = api.get("/api/control-changes", "actor", "SDF");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(GEO_JSON);
        assertThat(r.json().path("type").asString()).isEqualTo("FeatureCollection");
        List<JsonNode> features = features(r);
        assertThat(features).allSatisfy(f -> {
            assertThat(f.path("id").asString()).startsWith("control-");
            assertThat(f.path("properties").path("kind").asString()).isEqualTo("control");
            assertThat(f.path("properties").path("to").path("code").asString()).isNotBlank();
            assertThat(f.path("properties").path("source").path("title").asString()).isNotBlank();
        });
        assertThat(summaries(r)).containsExactlyInAnyOrderElementsOf(DemoCsv.controlChanges().stream()
                .filter(c -> c.involvesAnyOf(Set.of("SDF"))).map(ControlRow::summary).toList());
    }

    @Test
    void actorsListsTheDemoActors() {
        Response r = api.get("/api/actors");

        assertThat(r.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().forEach(a -> codes.add(a.path("code").asString()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(DemoCsv.actorCodes());
    }

    @Test
    void eventTypesListsEveryType() {
        List<String> codes = new ArrayList<>();
        api.get("/api/event-types").json().forEach(t -> codes.add(t.path("code").asString()));

        assertThat(codes).containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    // --- limit ---

    @Test
    void limitCutsTheListKeepingTheOldest() {
        JsonNode json = api.get("/api/events", "limit", "3").json();

        assertThat(json.path("features")).hasSize(3);
        assertThat(json.path("numberReturned").asInt()).isEqualTo(3);
        assertThat(json.path("limit").asInt()).isEqualTo(3);
        assertThat(json.path("features").get(0).path("properties").path("date").asString())
                .isEqualTo(DemoCsv.events().stream().map(EventRow::date).sorted().findFirst().orElseThrow().toString());
    }

    @Test
    void limitAboveTheMaximumIsReducedToTheMaximum() {
        Response r = api.get("/api/events", "limit", "20000");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("limit").asInt()).isEqualTo(10_000);
        assertThat(r.json().path("features")).hasSize(DemoCsv.events().size());
    }

    // --- gazetteer ---

    @ParameterizedTest
    @ValueSource(strings = {"Halab", "حلب", "aleppo", "ALEPPO", "Ḩalab"})
    void resolvesSpellingsOfAleppoToTheSyrianCity(String name) {
        JsonNode best = resolveBest(name);

        assertThat(best.path("name").asString()).isEqualTo("Aleppo");
        assertThat(best.path("countryCode").asString()).isEqualTo("SY");
        assertThat(best.path("lat").asDouble()).isBetween(36.1, 36.3);
        assertThat(best.path("lon").asDouble()).isBetween(37.0, 37.3);
    }

    @Test
    void resolvesArabicSpellingOfAleppo() {
        assertThat(resolveBest("حلب").path("name").asString()).isEqualTo("Aleppo");
    }

    @Test
    void resolvesTalRefaatToTallRifat() {
        JsonNode best = resolveBest("Tal Refaat");

        assertThat(NameNormalizer.normalize(best.path("name").asString())).isEqualTo("tall rifat");
        assertThat(best.path("countryCode").asString()).isEqualTo("SY");
    }

    @Test
    void unknownPlaceNameIsA404Problem() {
        Response r = api.get("/api/places/resolve", "name", "Xqzzyplotville");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        assertThat(r.json().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankPlaceNameIsA400Problem(String blank) {
        assertBadRequest(api.get("/api/places/resolve", "name", blank), "name");
        assertBadRequest(api.get("/api/places/resolve"), "name");
    }

    // --- bad input ---

    static Stream<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : List.of("/api/events", "/api/control-changes")) {
            for (String[] c : new String[][]{
                    {"bbox", "bbox", "37.3,36.1,37.0,36.3"},
                    {"bbox", "bbox", "37.0,36.3,37.3,36.1"},
                    {"bbox", "bbox", "a,b,c,d"},
                    {"bbox", "bbox", "37.0,36.1,37.3"},
                    {"bbox", "bbox", "37.0,36.1,37.3,91"},
                    {"bbox", "bbox", "37.0,-91,37.3,36.3"},
                    {"bbox", "bbox", "37.0,36.1,181,36.3"},
                    {"bbox", "bbox", "-181,36.1,37.3,36.3"},
                    {"bbox", "bbox", "NaN,36.1,37.3,36.3"},
                    {"bbox", "bbox", "37.0,36.1,Infinity,36.3"},
                    {"bbox", "bbox", "-Infinity,36.1,37.3,36.3"},
                    {"from", "from", "2024-13-01"},
                    {"from", "from", "2024-02-30"},
                    {"to", "to", "2024/11/30"},
                    {"from", "from", "yesterday"},
                    {"from", "from", "2024-12-05", "to", "2024-11-30"},
                    {"actor", "actor", "NOBODY"},
                    {"actor", "actor", "HTS", "actor", "NOBODY"},
                    {"type", "type", "BOMBING"},
                    {"limit", "limit", "0"},
                    {"limit", "limit", "-5"},
                    {"limit", "limit", "abc"},
                    {"limit", "limit", "99999999999999"},
                    {"limit", "limit", "1.5"}}) {
                cases.add(Arguments.of(endpoint, c[0], Arrays.copyOfRange(c, 1, c.length)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} -> 400 naming {1}")
    @MethodSource("badInputs")
    void badInputIsA400ProblemNamingTheParameter(String endpoint, String parameter, String[] query) {
        assertBadRequest(api.get(endpoint, query), parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor", "type", "from", "to", "bbox", "limit"})
    void sentScriptIsNeverEchoed(String parameter) {
        for (String endpoint : List.of("/api/events", "/api/control-changes")) {
            Response r = api.get(endpoint, parameter, SCRIPT);

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).doesNotContain(SCRIPT).doesNotContainIgnoringCase("<script").doesNotContain("alert(1)");
        }
    }

    @Test
    void sentScriptAsPlaceNameIsNeverEchoed() {
        Response r = api.get("/api/places/resolve", "name", SCRIPT);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain(SCRIPT).doesNotContainIgnoringCase("<script").doesNotContain("alert(1)");
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void oddInputNeverCausesAServerError(String path, String[] query) {
        Response r = api.get(path, query);

        assertThat(r.status()).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        }
    }

    static Stream<Arguments> oddInputs() {
        String longText = "x".repeat(5_000);
        return Stream.of(
                Arguments.of("/api/events", new String[]{"bbox", ",,,"}),
                Arguments.of("/api/events", new String[]{"bbox", "1e400,36,37,36.5"}),
                Arguments.of("/api/events", new String[]{"bbox", "37,36,37.5,36.5,"}),
                Arguments.of("/api/events", new String[]{"bbox", "-180,-90,180,90"}),
                Arguments.of("/api/events", new String[]{"bbox", longText}),
                Arguments.of("/api/events", new String[]{"from", "٢٠٢٤-١١-٣٠"}),
                Arguments.of("/api/events", new String[]{"from", "+2024-11-30"}),
                Arguments.of("/api/events", new String[]{"from", "2024-11-30T00:00"}),
                Arguments.of("/api/events", new String[]{"to", "99999-01-01"}),
                Arguments.of("/api/events", new String[]{"to", "0000-01-01"}),
                Arguments.of("/api/events", new String[]{"limit", "٥"}),
                Arguments.of("/api/events", new String[]{"limit", " 7 "}),
                Arguments.of("/api/events", new String[]{"limit", "1e3"}),
                Arguments.of("/api/events", new String[]{"actor", longText}),
                Arguments.of("/api/events", new String[]{"actor", "'; DROP TABLE event; --"}),
                Arguments.of("/api/events", new String[]{"actor", "HTS,SNA"}),
                Arguments.of("/api/events", new String[]{"type", ""}),
                Arguments.of("/api/events", new String[]{"type", "armed_clash"}),
                Arguments.of("/api/control-changes", new String[]{"actor", "\u0000"}),
                Arguments.of("/api/places/resolve", new String[]{"name", longText}),
                Arguments.of("/api/places/resolve", new String[]{"name", "'; DROP TABLE place; --"}),
                Arguments.of("/api/places/resolve", new String[]{"name", "%"}),
                Arguments.of("/api/places/resolve", new String[]{"name", "\u0000"}));
    }

    // --- paths and methods ---

    @ParameterizedTest
    @ValueSource(strings = {"/api/nope", "/api/events/42", "/api/places"})
    void unknownPathUnderApiIsA404Problem(String path) {
        Response r = api.get(path);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void apiIsReadOnly(String method) {
        Response r = api.send(method, "/api/events");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.allow()).contains("GET");
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void pathsOutsideApiAreLeftToTheUi() {
        Response r = api.get("/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
    }

    // --- helpers ---

    private static void assertBadRequest(Response r, String parameter) {
        assertThat(r.status()).as(r.body()).isNotEqualTo(500).isEqualTo(400);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        assertThat(r.json().path("parameter").asString()).isEqualTo(parameter);
        assertThat(r.json().path("status").asInt()).isEqualTo(400);
    }

    private JsonNode resolveBest(String name) {
        Response r = api.get("/api/places/resolve", "name", name);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("candidates").get(0);
    }

}
