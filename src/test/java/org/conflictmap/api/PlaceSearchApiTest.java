package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** GET /api/places/search: autocomplete by name prefix in any script. */
@H2AppTest
class PlaceSearchApiTest extends ApiTest {
    private List<JsonNode> places(String... query) {
        Response r = api.get("/api/places/search", query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> places = new ArrayList<>();
        r.json().get("places").forEach(places::add);
        return places;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hal", "حل", "ALEP", "alepp"})
    void prefixesInAnyScriptSuggestAleppoFirst(String prefix) {
        JsonNode first = places("q", prefix).getFirst();
        assertThat(first.get("name").asString()).isEqualTo("Aleppo");
        assertThat(first.get("countryCode").asString()).isEqualTo("SY");
    }

    @Test
    void theMatchedSpellingIsReturned() {
        JsonNode aleppo = places("q", "Halab").getFirst();
        assertThat(NameNormalizer.normalize(aleppo.get("matchedName").asString())).startsWith("halab");
    }

    @Test
    void syrianPlacesComeBeforePlacesElsewhere() {
        List<JsonNode> found = places("q", "Tal", "limit", "50");
        int firstForeign = indexOfFirstForeign(found);
        int lastSyrian = indexOfLastSyrian(found);
        assertThat(found).isNotEmpty();
        if (firstForeign >= 0) {
            assertThat(lastSyrian).isLessThan(firstForeign);
        }
    }

    @Test
    void limitIsRespectedAndClampedAt50() {
        assertThat(places("q", "a", "limit", "3")).hasSize(3);
        assertThat(places("q", "a", "limit", "500")).hasSize(50);
    }

    @Test
    void likeWildcardsInTheQueryMatchOnlyThemselves() {
        assertThat(places("q", "%")).isEmpty();
        assertThat(places("q", "a%b")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankQueryIsA400Problem(String q) {
        Response r = api.get("/api/places/search", "q", q);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("q");
    }

    @Test
    void badLimitIsA400Problem() {
        Response r = api.get("/api/places/search", "q", "Ha", "limit", "0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("limit");
    }

    private static int indexOfFirstForeign(List<JsonNode> places) {
        for (int i = 0; i < places.size(); i++) {
            if (!"SY".equals(places.get(i).get("countryCode").asString())) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLastSyrian(List<JsonNode> places) {
        int last = -1;
        for (int i = 0; i < places.size(); i++) {
            if ("SY".equals(places.get(i).get("countryCode").asString())) {
                last = i;
            }
        }
        return last;
    }

    @Test
    void nearPicksTheSuranNorthOfAleppoOverTheLargerOneNearHama() {
        JsonNode byDefault = api.get("/api/places/resolve", "name", "Suran").json().get("candidates").get(0);
        JsonNode nearAleppo = api.get("/api/places/resolve", "name", "Suran", "near", "36.5,37.1").json()
                .get("candidates").get(0);

        assertThat(byDefault.get("lat").asDouble()).isBetween(35.1, 35.4);
        assertThat(nearAleppo.get("lat").asDouble()).isBetween(36.4, 36.7);
        assertThat(nearAleppo.get("reason").asString()).contains("near:");
    }

    @Test
    void countryOverridesTheDefaultScope() {
        JsonNode byDefault = api.get("/api/places/resolve", "name", "Derik").json().get("candidates").get(0);
        JsonNode inTurkey = api.get("/api/places/resolve", "name", "Derik", "country", "tr").json()
                .get("candidates").get(0);

        assertThat(byDefault.get("countryCode").asString()).isEqualTo("SY");
        assertThat(inTurkey.get("countryCode").asString()).isEqualTo("TR");
    }

    @ParameterizedTest
    @CsvSource({"country, SYR", "country, S1", "near, '91,37'", "near, 36.2", "near, 'abc,def'", "near, '36.2,181'"})
    void badCountryOrNearIsA400Problem(String parameter, String value) {
        Response r = api.get("/api/places/resolve", "name", "Suran", parameter, value);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo(parameter);
    }
}
