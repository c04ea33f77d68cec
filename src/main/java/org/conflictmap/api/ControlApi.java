package org.conflictmap.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictmap.base.BadRequestException;
import org.conflictmap.base.NotFoundException;
import org.conflictmap.control.ControlArea;
import org.conflictmap.control.ControlAt;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** Who controls what on a given day: places, derived areas, and one place's history. */
@RestController
class ControlApi {
    private final ControlService control;
    private final ObjectMapper json;

    ControlApi(ControlService control, ObjectMapper json) {
        this.control = control;
        this.json = json;
    }

    @GetMapping("/api/control")
    ResponseEntity<GeoJson.FeatureCollection> controlAt(@RequestParam(required = false) String date) {
        List<GeoJson.Feature> features = control.controlAt(requiredDate(date)).stream()
                .map(ControlApi::feature).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON).body(new GeoJson.FeatureCollection(features, null));
    }

    @GetMapping("/api/control/areas")
    ResponseEntity<GeoJson.FeatureCollection> areas(@RequestParam(required = false) String date) {
        List<GeoJson.Feature> features = control.areasOn(requiredDate(date)).stream().map(this::feature).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON).body(new GeoJson.FeatureCollection(features, null));
    }

    @GetMapping("/api/places/{id}/control-history")
    ResponseEntity<GeoJson.FeatureCollection> history(@PathVariable String id) {
        long placeId;
        try {
            placeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadRequestException("id", "The place id must be a whole number.");
        }
        List<ControlView> history = control.history(placeId);
        if (history.isEmpty()) {
            throw new NotFoundException("No control records for this place.");
        }
        List<GeoJson.Feature> features = history.stream().map(MapApi::feature).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON).body(new GeoJson.FeatureCollection(features, null));
    }

    private static LocalDate requiredDate(String date) {
        LocalDate parsed = FilterParams.date("date", date);
        if (parsed == null) {
            throw new BadRequestException("date", "'date' is required, written YYYY-MM-DD.");
        }
        return parsed;
    }

    private static GeoJson.Feature feature(ControlAt c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("placeId", c.placeId());
        p.put("place", c.placeName());
        p.put("controller", c.controller().code());
        p.put("controllerName", c.controller().name());
        p.put("colour", c.controller().colour());
        p.put("side", c.side());
        p.put("status", c.status().name());
        p.put("since", c.since().toString());
        p.put("changeId", c.changeId());
        return new GeoJson.Feature("control-at-" + c.placeId(), c.lon(), c.lat(), p);
    }

    private GeoJson.Feature feature(ControlArea a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("controller", a.controller());
        p.put("controllerName", a.name());
        p.put("colour", a.colour());
        p.put("side", a.side());
        p.put("contested", a.contested());
        p.put("places", a.places());
        String id = "area-" + a.controller() + (a.contested() ? "-contested" : "");
        return new GeoJson.Feature("Feature", id, json.readTree(a.geoJson()), p);
    }
}
