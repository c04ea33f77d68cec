package org.conflictmap.gazetteer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the gazetteer: finds places by any of their names, ignoring case, diacritics and punctuation.
 * When several places share a name, the score prefers the primary name over an alternate one, places inside the
 * default country scope, larger populations and more important kinds.
 */
@Service
@Transactional(readOnly = true)
public class Gazetteer {
    private final NamedParameterJdbcTemplate jdbc;
    private final Set<String> defaultScope;
    private final GazetteerImporter importer;
    private final BoundaryImporter boundaries;
    private final PlaceRepository places;

    Gazetteer(NamedParameterJdbcTemplate jdbc, GazetteerImporter importer, BoundaryImporter boundaries,
              PlaceRepository places,
              @Value("${conflictmap.gazetteer.default-scope:SY}") Set<String> defaultScope) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.boundaries = boundaries;
        this.places = places;
        this.defaultScope = Set.copyOf(defaultScope);
    }

    /** Loads the gazetteer data and country outlines into an empty database; see {@link GazetteerImporter}. */
    @Transactional
    public int importIfEmpty() {
        boundaries.importIfEmpty();
        return importer.importIfEmpty();
    }

    /**
     * All places with a name matching {@code name}, best first; empty when none does. Exact (normalised) names are
     * tried first; only when none matches, the looser key ({@link NameNormalizer#loose}), at a lower score.
     */
    public List<PlaceCandidate> resolve(String name) {
        return resolve(name, defaultScope, null);
    }

    /**
     * As {@link #resolve(String)}, with the countries to prefer instead of the default scope and an optional point
     * {@code near} (lon/lat): candidates closer to it score higher (up to +0.4 at the point, nothing beyond
     * {@value #NEAR_RANGE_KM} km, distances on the sphere).
     */
    public List<PlaceCandidate> resolve(String name, Set<String> scope, Coordinate near) {
        String key = NameNormalizer.normalize(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<PlaceCandidate> exact = candidates("pn.normalized = :key", key, key, false, scope, near);
        return exact.isEmpty()
                ? candidates("pn.loose = :key", NameNormalizer.loose(name), key, true, scope, near) : exact;
    }

    static final double NEAR_RANGE_KM = 150;
    /** A named point outweighs population and kind: the caller knows where the text is about. */
    static final double NEAR_WEIGHT = 0.4;

    /** The countries preferred when a name is ambiguous and the caller names none. */
    public Set<String> defaultScope() {
        return defaultScope;
    }

    private List<PlaceCandidate> candidates(String condition, String value, String key, boolean loose,
                                            Set<String> scope, Coordinate near) {
        if (value.isEmpty()) {
            return List.of();
        }
        Map<Long, PlaceCandidate> best = new LinkedHashMap<>();
        jdbc.query("""
                SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.population, p.geo_precision,
                       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
                FROM place_name pn JOIN place p ON p.id = pn.place_id
                WHERE\s""" + condition, new MapSqlParameterSource("key", value), rs -> {
            String placeName = rs.getString("name");
            boolean primary = NameNormalizer.normalize(placeName).equals(key);
            String country = rs.getString("country_code");
            Long population = rs.getObject("population") == null ? null : rs.getLong("population");
            PlaceKind kind = PlaceKind.valueOf(rs.getString("kind"));
            boolean inScope = country != null && scope.contains(country);
            double score = score(primary, loose, inScope, population, kind);
            String reason = (loose ? "loose-name" : primary ? "name" : "alternate-name")
                    + (inScope ? ",in-scope" : ",out-of-scope");
            if (near != null) {
                double km = haversineKm(near, rs.getDouble("lon"), rs.getDouble("lat"));
                score = Math.round((score + NEAR_WEIGHT * Math.max(0, 1 - km / NEAR_RANGE_KM)) * 1000) / 1000.0;
                reason += ",near:" + Math.round(km) + "km";
            }
            best.put(rs.getLong("id"), new PlaceCandidate(rs.getLong("id"), placeName, kind, rs.getDouble("lat"),
                    rs.getDouble("lon"), country, rs.getString("admin1"), population,
                    GeoPrecision.valueOf(rs.getString("geo_precision")), score, reason));
        });
        return best.values().stream()
                .sorted(Comparator.comparingDouble(PlaceCandidate::score).reversed()
                        .thenComparing(PlaceCandidate::id))
                .toList();
    }

    public Place place(long id) {
        return places.findById(id).orElseThrow(() -> new IllegalArgumentException("No place with id " + id));
    }

    /**
     * Places having a name that starts with {@code prefix} (normalised like {@link #resolve}), in any script:
     * places in the default scope first, then by population. {@code matchedName} is the name that matched.
     */
    public List<PlaceMatch> search(String prefix, int offset, int limit) {
        String key = NameNormalizer.normalize(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        String pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("pattern", pattern)
                .addValue("scope", defaultScope).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("""
                SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.population, p.geo_precision,
                       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat, m.matched
                FROM (SELECT pn.place_id, MIN(pn.name) AS matched FROM place_name pn
                      WHERE pn.normalized LIKE :pattern ESCAPE '\\' GROUP BY pn.place_id) m
                JOIN place p ON p.id = m.place_id
                ORDER BY CASE WHEN p.country_code IN (:scope) THEN 0 ELSE 1 END, p.population DESC NULLS LAST,
                         p.name, p.id
                LIMIT :limit OFFSET :offset""", params, (rs, n) -> new PlaceMatch(candidate(rs, 1.0, "prefix"),
                rs.getString("matched")));
    }

    public Optional<PlaceCandidate> find(long placeId) {
        return jdbc.query("""
                SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.population, p.geo_precision,
                       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
                FROM place p WHERE p.id = :id""", new MapSqlParameterSource("id", placeId),
                (rs, n) -> candidate(rs, 1.0, "id")).stream().findFirst();
    }

    /** Every name of a place (all languages and spellings), primary name first. */
    public List<PlaceName> names(long placeId) {
        return jdbc.query("""
                SELECT pn.name, pn.language FROM place_name pn JOIN place p ON p.id = pn.place_id
                WHERE pn.place_id = :id
                ORDER BY CASE WHEN pn.name = p.name THEN 0 ELSE 1 END, pn.language NULLS LAST, pn.name""",
                new MapSqlParameterSource("id", placeId),
                (rs, n) -> new PlaceName(rs.getString("name"), rs.getString("language")));
    }

    public record PlaceMatch(PlaceCandidate place, String matchedName) {
    }

    public record PlaceName(String name, String language) {
    }

    private static PlaceCandidate candidate(java.sql.ResultSet rs, double score, String reason)
            throws java.sql.SQLException {
        return new PlaceCandidate(rs.getLong("id"), rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("country_code"), rs.getString("admin1"),
                rs.getObject("population") == null ? null : rs.getLong("population"),
                GeoPrecision.valueOf(rs.getString("geo_precision")), score, reason);
    }

    /** Places with at least {@code minPopulation} people, largest first: the basemap labels them. */
    public List<PlaceCandidate> majorPlaces(long minPopulation) {
        return jdbc.query("""
                SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.population, p.geo_precision,
                       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
                FROM place p WHERE p.population >= :min ORDER BY p.population DESC, p.id""",
                new MapSqlParameterSource("min", minPopulation), (rs, n) -> candidate(rs, 1.0, "population"));
    }

    /** The best place for {@code name}, if any. */
    public Optional<PlaceCandidate> resolveBest(String name) {
        return resolve(name).stream().findFirst();
    }

    private static double haversineKm(Coordinate from, double lon, double lat) {
        double dLat = Math.toRadians(lat - from.y);
        double dLon = Math.toRadians(lon - from.x);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(from.y)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    private static double score(boolean primary, boolean loose, boolean inScope, Long population, PlaceKind kind) {
        double size = population == null || population <= 0 ? 0 : Math.min(1, Math.log10(population) / 7);
        double kindWeight = switch (kind) {
            case COUNTRY -> 1.0;
            case CITY -> 0.8;
            case REGION -> 0.7;
            case TOWN, FACILITY -> 0.6;
            case VILLAGE -> 0.4;
        };
        double nameWeight = loose ? 0.6 : primary ? 1 : 0.8;
        double score = 0.5 * nameWeight + 0.2 * (inScope ? 1 : 0) + 0.2 * size + 0.1 * kindWeight;
        return Math.round(score * 1000) / 1000.0;
    }
}
