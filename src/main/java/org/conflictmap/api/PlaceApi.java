package org.conflictmap.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictmap.base.BadRequestException;
import org.conflictmap.base.LoadingException;
import org.conflictmap.base.NotFoundException;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.gazetteer.PlaceQuery;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gazetteer over HTTP. */
@RestController
@RequestMapping("/api/places")
class PlaceApi {
    private static final int MAX_NAME_LENGTH = 200;
    /** A paragraph or two: other places and kind words in it help; more text would not. */
    private static final int MAX_CONTEXT_LENGTH = 2_000;
    private static final int MAX_CANDIDATES = 20;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final int SEARCH_DEFAULT = 10;
    private static final int SEARCH_MAX = 50;
    /** Places at least this large get a label on the offline basemap. */
    private static final long LABEL_POPULATION = 100_000;

    private final Gazetteer gazetteer;

    PlaceApi(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    record Candidate(long id, String name, String kind, double lat, double lon, String countryCode, String admin1,
                     double score, String precision, String reason) {
    }

    record Resolution(String query, List<Candidate> candidates) {
    }

    @GetMapping("/resolve")
    Resolution resolve(@RequestParam(required = false) String name, @RequestParam(required = false) String country,
                       @RequestParam(required = false) String near, @RequestParam(required = false) String context) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "'name' is required: the place name to look up.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new BadRequestException("name", "'name' is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (context != null && context.length() > MAX_CONTEXT_LENGTH) {
            throw new BadRequestException("context", "'context' is longer than " + MAX_CONTEXT_LENGTH
                    + " characters.");
        }
        Set<String> scope = country == null || country.isBlank() ? gazetteer.defaultScope() : countries(country);
        List<Candidate> candidates = gazetteer.resolve(new PlaceQuery(name, context, scope, point(near))).stream()
                .limit(MAX_CANDIDATES).map(PlaceApi::candidate).toList();
        if (candidates.isEmpty() && !gazetteer.loaded()) {
            throw new LoadingException("The gazetteer is still loading (a few seconds after start); try again.");
        }
        if (candidates.isEmpty()) {
            throw new NotFoundException("No place in the gazetteer has that name.");
        }
        return new Resolution(name, candidates);
    }

    record Match(long id, String name, String matchedName, String kind, double lat, double lon, String countryCode,
                 String admin1) {
    }

    record SearchResult(String query, List<Match> places) {
    }

    /** Autocomplete: places with a name starting with {@code q}, in any script. */
    @GetMapping("/search")
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", "'q' is required: the beginning of a place name.");
        }
        if (q.length() > MAX_NAME_LENGTH) {
            throw new BadRequestException("q", "'q' is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        int n = FilterParams.limit(limit, SEARCH_DEFAULT, SEARCH_MAX);
        List<Match> places = gazetteer.search(q, 0, n).stream().map(m -> new Match(m.place().id(), m.place().name(),
                m.matchedName(), m.place().kind().name(), m.place().lat(), m.place().lon(), m.place().countryCode(),
                m.place().admin1())).toList();
        return new SearchResult(q, places);
    }

    /** Large places for the offline basemap's labels. */
    @GetMapping("/labels")
    ResponseEntity<GeoJson.FeatureCollection> labels() {
        List<GeoJson.Feature> features = gazetteer.majorPlaces(LABEL_POPULATION).stream().map(p -> {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", p.name());
            props.put("population", p.population());
            props.put("countryCode", p.countryCode());
            return new GeoJson.Feature("place-" + p.id(), p.lon(), p.lat(), props);
        }).toList();
        return ResponseEntity.ok().contentType(GeoJson.GEO_JSON).body(new GeoJson.FeatureCollection(features, null));
    }

    /** {@code SY} or {@code SY,LB}: ISO 3166 alpha-2 codes. */
    private static Set<String> countries(String value) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : value.split(",", -1)) {
            if (!COUNTRY.matcher(code.strip()).matches()) {
                throw new BadRequestException("country", "'country' must be two-letter country codes, e.g. SY or SY,LB.");
            }
            codes.add(code.strip().toUpperCase(Locale.ROOT));
        }
        return codes;
    }

    /** {@code lat,lon} in degrees, or null when absent. */
    private static Coordinate point(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String expected = "'near' must be lat,lon in degrees, e.g. 36.2,37.16.";
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw new BadRequestException("near", expected);
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
                throw new BadRequestException("near", expected);
            }
            return new Coordinate(lon, lat);
        } catch (NumberFormatException e) {
            throw new BadRequestException("near", expected);
        }
    }

    private static Candidate candidate(PlaceCandidate c) {
        return new Candidate(c.id(), c.name(), c.kind().name(), c.lat(), c.lon(), c.countryCode(), c.admin1(),
                c.score(), c.geoPrecision().name(), c.reason());
    }
}
