package org.conflictmap.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictmap.actor.ActorRef;
import org.conflictmap.actor.ActorService;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlView;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.conflictmap.event.EventView;
import org.conflictmap.source.SourceRef;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the map reads: events and control changes as GeoJSON, plus the actor and event type vocabularies. */
@RestController
@RequestMapping("/api")
class MapApi {
    private final FilterParams params;
    private final EventService events;
    private final ControlService control;
    private final ActorService actors;

    MapApi(FilterParams params, EventService events, ControlService control, ActorService actors) {
        this.params = params;
        this.events = events;
        this.control = control;
        this.actors = actors;
    }

    @GetMapping("/events")
    ResponseEntity<GeoJson.FeatureCollection> events(
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) List<String> actor,
            @RequestParam(required = false) List<String> side, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String limit) {
        FeatureFilter filter = params.parse(bbox, from, to, actor, side, type, limit);
        List<GeoJson.Feature> features = events.find(filter).stream().map(MapApi::feature).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON)
                .body(new GeoJson.FeatureCollection(features, filter.limit()));
    }

    @GetMapping("/control-changes")
    ResponseEntity<GeoJson.FeatureCollection> controlChanges(
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) List<String> actor,
            @RequestParam(required = false) List<String> side, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String limit) {
        FeatureFilter filter = params.parse(bbox, from, to, actor, side, type, limit);
        List<GeoJson.Feature> features = control.find(filter).stream().map(MapApi::feature).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON)
                .body(new GeoJson.FeatureCollection(features, filter.limit()));
    }

    record ActorJson(String code, String name, List<String> aliases, String kind, String colour, String side) {
    }

    @GetMapping("/actors")
    List<ActorJson> actors() {
        return actors.all().stream()
                .map(a -> new ActorJson(a.getCode(), a.getName(), a.getAliases(), a.getKind(), a.getColour(),
                        a.getSide()))
                .toList();
    }

    @GetMapping("/sides")
    List<org.conflictmap.actor.Side> sides() {
        return actors.sides();
    }

    record EventTypeJson(String code, String label, String category, String symbol) {
    }

    @GetMapping("/event-types")
    List<EventTypeJson> eventTypes() {
        return Arrays.stream(EventType.values())
                .map(t -> new EventTypeJson(t.name(), t.label(), t.category(), t.symbol()))
                .toList();
    }

    static GeoJson.Feature feature(EventView e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "event");
        p.put("id", e.id());
        p.put("date", e.date().toString());
        p.put("datePrecision", e.datePrecision().name());
        p.put("type", e.type().name());
        p.put("typeLabel", e.type().label());
        p.put("category", e.type().category());
        p.put("symbol", e.type().symbol());
        p.put("actor1", actor(e.actor1()));
        p.put("actor2", actor(e.actor2()));
        p.put("colour", e.actor1().colour());
        p.put("placeId", e.placeId());
        p.put("place", e.placeName());
        p.put("geoPrecision", e.geoPrecision().name());
        p.put("fatalities", e.fatalities());
        p.put("summary", e.summary());
        p.put("source", source(e.source()));
        return new GeoJson.Feature("event-" + e.id(), e.lon(), e.lat(), p);
    }

    static GeoJson.Feature feature(ControlView c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "control");
        p.put("id", c.id());
        p.put("date", c.date().toString());
        p.put("placeId", c.placeId());
        p.put("place", c.placeName());
        p.put("from", actor(c.from()));
        p.put("to", actor(c.to()));
        p.put("colour", c.to().colour());
        p.put("fromColour", c.from() == null ? null : c.from().colour());
        p.put("status", c.status().name());
        p.put("summary", c.summary());
        p.put("source", source(c.source()));
        return new GeoJson.Feature("control-" + c.id(), c.lon(), c.lat(), p);
    }

    private static Map<String, Object> actor(ActorRef a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("colour", a.colour());
        return m;
    }

    private static Map<String, Object> source(SourceRef s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publisher", s.publisher());
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("published", s.published() == null ? null : s.published().toString());
        return m;
    }
}
