package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.support.ApiClient.features;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Filtering by side (coalition): an item matches when one of its actors is on a chosen side. */
@H2AppTest
class SideFilterApiTest extends ApiTest {
    private Set<String> actorsOnSide(String side) {
        Set<String> codes = new HashSet<>();
        api.get("/api/actors").json().forEach(a -> {
            if (side.equals(a.get("side").asString())) {
                codes.add(a.get("code").asString());
            }
        });
        return codes;
    }

    @Test
    void eventsOfASideInvolveOneOfItsActors() {
        Set<String> opposition = actorsOnSide("OPP");
        List<JsonNode> events = features(api.get("/api/events", "side", "OPP"));

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            JsonNode p = e.get("properties");
            String actor2 = p.get("actor2").isNull() ? null : p.get("actor2").get("code").asString();
            assertThat(opposition.contains(p.get("actor1").get("code").asString()) || opposition.contains(actor2))
                    .as(p.get("summary").asString()).isTrue();
        });
        assertThat(events.size()).isLessThan(features(api.get("/api/events")).size());
    }

    @Test
    void aSideAddsToChosenActors() {
        int sdfOnly = features(api.get("/api/control-changes", "side", "SDF")).size();
        int withHts = features(api.get("/api/control-changes", "side", "SDF", "actor", "HTS")).size();
        assertThat(withHts).isGreaterThan(sdfOnly);
    }

    @Test
    void unknownSideIsA400Problem() {
        Response r = api.get("/api/events", "side", "NOPE");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("side");
    }
}
