package org.conflictmap.gazetteer;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
public class Gazetteer {
    private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);
    private final NamedParameterJdbcTemplate jdbc;
    private final Set<String> defaultScope;
    private final GazetteerImporter importer;
    private final BoundaryImporter boundaries;
    private final PlaceRepository places;
    private final Set<String> fuzzyCountries;
    private final WorldImport worldImport;
    private volatile PlaceIndex index;
    /** Set once the region is imported and indexed (see {@link #loaded()}). */
    private volatile boolean loaded;

    Gazetteer(NamedParameterJdbcTemplate jdbc, GazetteerImporter importer, BoundaryImporter boundaries,
              PlaceRepository places,
              @Value("${conflictmap.gazetteer.default-scope:SY}") List<String> defaultScope,
              @Value("${conflictmap.gazetteer.fuzzy-countries:SY,TR,IQ,LB,JO,IL,PS}") Set<String> fuzzyCountries,
              @Value("${conflictmap.gazetteer.world-import:background}") WorldImport worldImport) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.boundaries = boundaries;
        this.places = places;
        this.defaultScope = Collections.unmodifiableSet(new LinkedHashSet<>(defaultScope));
        this.fuzzyCountries = Set.copyOf(fuzzyCountries);
        this.worldImport = worldImport;
    }

    /** When the places of the rest of the world are imported: while starting, after it, or not at all. */
    public enum WorldImport {
        STARTUP, BACKGROUND, OFF
    }

    /**
     * Loads the gazetteer data and country outlines into an empty database (see {@link GazetteerImporter}): the
     * scope and fuzzy countries at once, the rest of the world as {@code conflictmap.gazetteer.world-import} says;
     * in the background, the index is rebuilt when it is in and resolving works meanwhile with the region.
     */
    public int importIfEmpty() {
        boundaries.importIfEmpty();
        int imported = importer.importRegionIfEmpty(region());
        rebuildIndex();
        loaded = true;
        switch (worldImport) {
            case STARTUP -> imported += importWorld();
            case BACKGROUND -> Thread.ofPlatform().daemon().name("gazetteer-world-import").start(this::importWorld);
            case OFF -> log.info("Gazetteer: world import off; only {} are loaded", region());
        }
        return imported;
    }

    private int importWorld() {
        try {
            int imported = importer.importWorldIfMissing(region());
            if (imported > 0) {
                rebuildIndex();
            }
            return imported;
        } catch (RuntimeException e) {
            log.error("Gazetteer: the world import failed and was rolled back; it is retried at the next start", e);
            return 0;
        }
    }

    private Set<String> region() {
        Set<String> region = new LinkedHashSet<>(defaultScope);
        region.addAll(fuzzyCountries);
        return region;
    }

    /**
     * Places with a name matching {@code name}, best first (at most {@value PlaceScorer#MAX_CANDIDATES}); empty when
     * none does. Exact (normalised) names are
     * tried first; only when none matches, the looser key ({@link NameNormalizer#loose}), then fuzzy matching, each
     * at a lower score.
     */
    public List<PlaceCandidate> resolve(String name) {
        return resolve(name, defaultScope, null);
    }

    /**
     * As {@link #resolve(String)}, with the countries to prefer instead of the default scope and an optional point
     * {@code near} (lon/lat): candidates closer to it score higher (up to +0.4 at the point, nothing beyond
     * {@value PlaceScorer#NEAR_RANGE_KM} km, distances on the sphere).
     */
    public List<PlaceCandidate> resolve(String name, Set<String> scope, Coordinate near) {
        return resolve(new PlaceQuery(name, null, scope, near));
    }

    /** The full form: a name, the text around it (kind words, other places), a scope and a point. */
    public List<PlaceCandidate> resolve(PlaceQuery query) {
        Set<String> scope = query.scope() == null ? defaultScope : query.scope();
        return new PlaceScorer(index(), scope).resolve(query, text -> readContext(text, query.name(), scope));
    }

    /** The places and countries named in {@code text} that resolve without doubt, for {@link PlaceQuery#context}. */
    private ContextPlaces.Context readContext(String text, String name, Set<String> scope) {
        PlaceScorer scorer = new PlaceScorer(index(), scope);
        return ContextPlaces.of(text, NameNormalizer.normalize(name), scorer::resolveNameOnly);
    }

    /**
     * False until the start-up import of the region has finished (a few seconds after the server starts): until
     * then an empty answer means "not loaded yet", not "no such place".
     */
    public boolean loaded() {
        return loaded;
    }

    /** The countries preferred when a name is ambiguous and the caller names none, the first one most. */
    public Set<String> defaultScope() {
        return defaultScope;
    }

    private PlaceIndex index() {
        PlaceIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    rebuildIndex();
                }
                current = index;
            }
        }
        return current;
    }

    /** Reloads the in-memory name index from the database (after an import). */
    public synchronized void rebuildIndex() {
        long start = System.nanoTime();
        index = PlaceIndex.load(jdbc.getJdbcTemplate(), fuzzyCountries);
        log.info("Gazetteer index: {} places in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Transactional(readOnly = true)
    public Place place(long id) {
        return places.findById(id).orElseThrow(() -> new IllegalArgumentException("No place with id " + id));
    }

    /**
     * Places having a name that starts with {@code prefix} (normalised like {@link #resolve}), in any script:
     * places in the first default-scope country first, then in the rest of the scope, then by population. Found
     * in the in-memory index (a binary search over the sorted names), so one letter over the world stays quick. {@code matchedName} is the name that matched.
     */
    public List<PlaceMatch> search(String prefix, int offset, int limit) {
        String key = NameNormalizer.normalize(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        PlaceIndex idx = index();
        String primary = defaultScope.iterator().next();
        Comparator<Integer> order = Comparator.<Integer>comparingInt(slot -> primary.equals(idx.countries[slot]) ? 0
                        : defaultScope.contains(idx.countries[slot]) ? 1 : 2)
                .thenComparing(slot -> -idx.populations[slot])
                .thenComparing(slot -> idx.names[slot])
                .thenComparing(slot -> idx.ids[slot]);
        List<Integer> slots = Arrays.stream(idx.withPrefix(key)).boxed().sorted(order).skip(offset).limit(limit)
                .toList();
        if (slots.isEmpty()) {
            return List.of();
        }
        // The name that matched, for display: one small query over the places found.
        String pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Map<Long, String> matched = new HashMap<>();
        jdbc.query("""
                SELECT place_id, MIN(name) FROM place_name
                WHERE place_id IN (:ids) AND normalized LIKE :pattern ESCAPE '\\' GROUP BY place_id""",
                new MapSqlParameterSource("ids", slots.stream().map(slot -> idx.ids[slot]).toList())
                        .addValue("pattern", pattern), rs -> {
                    matched.put(rs.getLong(1), rs.getString(2));
                });
        return slots.stream().map(slot -> {
            PlaceCandidate c = new PlaceScorer(idx, defaultScope).describe(slot, "prefix");
            return new PlaceMatch(c, matched.getOrDefault(c.id(), c.name()));
        }).toList();
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
}
