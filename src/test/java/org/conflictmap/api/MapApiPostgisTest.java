package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.support.ApiClient.features;
import static org.conflictmap.support.ApiClient.lat;
import static org.conflictmap.support.ApiClient.lon;
import static org.conflictmap.support.ApiClient.summaries;

import java.util.List;
import java.util.Set;

import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.DemoCsv;
import org.conflictmap.support.DemoCsv.ControlRow;
import org.conflictmap.support.DemoCsv.EventRow;
import org.conflictmap.support.GeoFixtures;
import org.conflictmap.support.PostgisAppTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP API's filters on PostGIS, so that its SQL is proven there as well as on H2GIS. */
@PostgisAppTest
class MapApiPostgisTest extends ApiTest {
    @Test
    void eventsAreGeoJsonWithEveryDemoEvent() {
        Response r = api.get("/api/events");

        assertThat(r.contentType()).startsWith("application/geo+json");
        assertThat(features(r)).hasSize(DemoCsv.events().size());
    }

    @Test
    void bboxKeepsOnlyFeaturesInsideIt() {
        String aleppo = GeoFixtures.bboxParam(GeoFixtures.ALEPPO_CITY);

        assertThat(features(api.get("/api/events", "bbox", aleppo)))
                .isNotEmpty().hasSizeLessThan(DemoCsv.events().size())
                .allMatch(f -> GeoFixtures.inside(GeoFixtures.ALEPPO_CITY, lon(f), lat(f)));
        assertThat(features(api.get("/api/control-changes", "bbox", aleppo)))
                .isNotEmpty().allMatch(f -> GeoFixtures.inside(GeoFixtures.ALEPPO_CITY, lon(f), lat(f)));
        assertThat(features(api.get("/api/events", "bbox",
                GeoFixtures.bboxParam(GeoFixtures.EAST_MEDITERRANEAN_SEA)))).isEmpty();
    }

    @Test
    void fromAndToAreInclusive() {
        assertThat(summaries(api.get("/api/events", "from", "2024-11-30", "to", "2024-11-30")))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(DemoCsv.events().stream()
                        .filter(e -> e.date().toString().equals("2024-11-30")).map(EventRow::summary).toList());
        assertThat(summaries(api.get("/api/control-changes", "from", "2024-11-30", "to", "2024-11-30")))
                .containsExactlyInAnyOrderElementsOf(DemoCsv.controlChanges().stream()
                        .filter(c -> c.date().toString().equals("2024-11-30")).map(ControlRow::summary).toList());
    }

    @Test
    void actorFilterMatchesEitherSide() {
        assertThat(summaries(api.get("/api/events", "actor", "SDF", "actor", "RUS")))
                .containsExactlyInAnyOrderElementsOf(DemoCsv.events().stream()
                        .filter(e -> e.involvesAnyOf(Set.of("SDF", "RUS"))).map(EventRow::summary).toList());
        assertThat(summaries(api.get("/api/control-changes", "actor", "SDF")))
                .containsExactlyInAnyOrderElementsOf(DemoCsv.controlChanges().stream()
                        .filter(c -> c.involvesAnyOf(Set.of("SDF"))).map(ControlRow::summary).toList());
    }

    @Test
    void invertedBboxIsA400ProblemNamingBbox() {
        Response r = api.get("/api/events", "bbox", "37.3,36.1,37.0,36.3");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("parameter").asString()).isEqualTo("bbox");
    }

}
