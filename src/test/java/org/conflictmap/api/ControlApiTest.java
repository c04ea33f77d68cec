package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** /api/control, /api/control/areas and /api/places/{id}/control-history over HTTP. */
@H2AppTest
class ControlApiTest extends ApiTest {
    private static final String SCRIPT = "<script>alert(1)</script>";


    @Test
    void controlOnADayIsGeoJsonPointsWithControllerStatusAndSince() {
        Response r = api.get("/api/control", "date", "2024-12-01");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode aleppo = feature(r.json(), "Aleppo");
        assertThat(aleppo.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(aleppo.get("geometry").get("coordinates").get(0).asDouble()).isBetween(37.0, 37.3);
        assertThat(aleppo.get("properties").get("controller").asString()).isEqualTo("HTS");
        assertThat(aleppo.get("properties").get("since").asString()).isLessThanOrEqualTo("2024-12-01");
        assertThat(aleppo.get("properties").get("status").asString()).isIn("CONFIRMED", "CLAIMED", "CONTESTED");
    }

    @Test
    void areasAreOnePolygonFeaturePerControllerAndStatus() {
        Response r = api.get("/api/control/areas", "date", "2024-11-26");

        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode f : r.json().get("features")) {
            ids.add(f.get("id").asString());
            assertThat(f.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(f.get("properties").get("controller").asString()).isNotBlank();
        }
        assertThat(ids).doesNotHaveDuplicates().contains("area-SAA", "area-HTS", "area-SDF", "area-SNA");
    }

    @Test
    void historyOfAleppoListsItsRecordsOldestFirst() {
        long aleppo = api.get("/api/places/resolve", "name", "Aleppo").json().get("candidates").get(0).get("id")
                .asLong();
        Response r = api.get("/api/places/" + aleppo + "/control-history");

        assertThat(r.status()).isEqualTo(200);
        List<String> dates = new ArrayList<>();
        r.json().get("features").forEach(f -> dates.add(f.get("properties").get("date").asString()));
        assertThat(dates).isSorted().hasSizeGreaterThanOrEqualTo(2).first().isEqualTo("2024-11-26");
    }

    @Test
    void historyOfAPlaceWithoutRecordsIsA404Problem() {
        Response r = api.get("/api/places/999999999/control-history");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nonNumericPlaceIdIsA400Problem() {
        Response r = api.get("/api/places/abc/control-history");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-13-01", "2024/12/01", "yesterday", "2024-02-30", SCRIPT})
    void badOrMissingDateIsA400ProblemThatNeverEchoesTheInput(String date) {
        for (String path : List.of("/api/control", "/api/control/areas")) {
            Response r = date.isEmpty() ? api.get(path) : api.get(path, "date", date);

            assertThat(r.status()).as(path + " date=" + date).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("parameter").asString()).isEqualTo("date");
            assertThat(r.body()).doesNotContain(SCRIPT).doesNotContain("alert(1)");
        }
    }

    private static JsonNode feature(JsonNode collection, String place) {
        for (JsonNode f : collection.get("features")) {
            if (place.equals(f.get("properties").get("place").asString())) {
                return f;
            }
        }
        throw new AssertionError("no feature for " + place);
    }
}
