package org.conflictmap.control;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictmap.base.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Territory on a day, derived from the controlled places: the Voronoi cell of every place inside the country,
 * clipped to the country's outline and dissolved per controller (contested places apart). See
 * docs/DD004-control-areas.md for the method and its limits. PostGIS computes it in one statement; on the embedded
 * H2GIS database the same method runs in JTS, because H2GIS lacks a set-returning dump of Voronoi cells.
 */
@Component
class ControlAreas {
    static final String COUNTRY = "SY";

    /** Latest record per place at or before :date, for places inside the country outline. */
    private static final String POINTS = """
            SELECT a.code, a.name, a.colour, a.side, l.status, ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
            FROM (SELECT c.place_id, c.to_actor_id, c.status,
                         ROW_NUMBER() OVER (PARTITION BY c.place_id ORDER BY c.change_date DESC, c.id DESC) AS rn
                  FROM control_change c WHERE c.change_date <= :date) l
            JOIN place p ON p.id = l.place_id
            JOIN actor a ON a.id = l.to_actor_id
            JOIN boundary b ON b.code = :country AND ST_Intersects(b.geom, p.geom)
            WHERE l.rn = 1""";

    /**
     * Sites are the distinct points of places controlled on :date inside the outline. Each Voronoi cell finds its
     * site's place through the place table's spatial index and that place's controller through the
     * (place_id, change_date) index, so no step compares every cell with every site. MATERIALIZED keeps PostgreSQL
     * from re-running the Voronoi diagram per row.
     */
    private static final String POSTGIS = """
            WITH outline AS MATERIALIZED (
                SELECT geom FROM boundary WHERE code = :country
            ), sites AS MATERIALIZED (
                SELECT DISTINCT p.geom
                FROM place p
                WHERE EXISTS (SELECT 1 FROM control_change c WHERE c.place_id = p.id AND c.change_date <= :date)
                  AND ST_Intersects((SELECT geom FROM outline), p.geom)
            ), cells AS MATERIALIZED (
                SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(geom), 0,
                        (SELECT ST_Expand(ST_Envelope(geom), 1) FROM outline)))).geom AS cell
                FROM sites
            ), owned AS MATERIALIZED (
                SELECT c.cell, o.to_actor_id, o.status = 'CONTESTED' AS contested
                FROM cells c
                CROSS JOIN LATERAL (
                    SELECT latest.to_actor_id, latest.status
                    FROM place p
                    CROSS JOIN LATERAL (
                        SELECT x.to_actor_id, x.status FROM control_change x
                        WHERE x.place_id = p.id AND x.change_date <= :date
                        ORDER BY x.change_date DESC, x.id DESC LIMIT 1) latest
                    WHERE p.geom && c.cell AND ST_Contains(c.cell, p.geom)
                    ORDER BY p.id LIMIT 1) o
            )
            SELECT a.code, a.name, a.colour, a.side, g.contested, g.places, g.geojson
            FROM (SELECT o.to_actor_id, o.contested, COUNT(*) AS places,
                         ST_AsGeoJSON(ST_Intersection(ST_Union(o.cell), (SELECT geom FROM outline)), 5) AS geojson
                  FROM owned o GROUP BY o.to_actor_id, o.contested) g
            JOIN actor a ON a.id = g.to_actor_id
            ORDER BY a.code, g.contested""";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgis;

    ControlAreas(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgis = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    List<ControlArea> on(LocalDate date) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("date", Date.valueOf(date))
                .addValue("country", COUNTRY);
        if (postgis) {
            return jdbc.query(POSTGIS, params, (rs, n) -> new ControlArea(rs.getString("code"), rs.getString("name"),
                    rs.getString("colour"), rs.getString("side"), rs.getBoolean("contested"), rs.getInt("places"),
                    rs.getString("geojson")));
        }
        return withJts(params);
    }

    private List<ControlArea> withJts(MapSqlParameterSource params) {
        String outlineWkt = jdbc.queryForObject("SELECT ST_AsText(geom) FROM boundary WHERE code = :country", params,
                String.class);
        Geometry outline = read(outlineWkt);
        Map<Coordinate, Site> sites = new LinkedHashMap<>();
        jdbc.query(POINTS, params, rs -> {
            Coordinate at = new Coordinate(rs.getDouble("lon"), rs.getDouble("lat"));
            sites.putIfAbsent(at, new Site(rs.getString("code"), rs.getString("name"), rs.getString("colour"),
                    rs.getString("side"), "CONTESTED".equals(rs.getString("status"))));
        });
        if (sites.isEmpty()) {
            return List.of();
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites.keySet());
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(1);
        voronoi.setClipEnvelope(clip);
        GeometryCollection cells = (GeometryCollection) voronoi.getDiagram(Geometries.FACTORY);
        Map<Site, List<Geometry>> byController = new LinkedHashMap<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            Site site = sites.get((Coordinate) cell.getUserData());
            byController.computeIfAbsent(site, s -> new ArrayList<>()).add(cell);
        }
        List<ControlArea> areas = new ArrayList<>();
        byController.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Site::code)
                        .thenComparing(Site::contested)))
                .forEach(e -> {
                    Geometry area = UnaryUnionOp.union(e.getValue()).intersection(outline);
                    String geoJson = jdbc.queryForObject("SELECT ST_AsGeoJSON(ST_GeomFromText(:wkt, 4326))",
                            new MapSqlParameterSource("wkt", area.toText()), String.class);
                    Site s = e.getKey();
                    areas.add(new ControlArea(s.code(), s.name(), s.colour(), s.side(), s.contested(),
                            e.getValue().size(), geoJson));
                });
        return areas;
    }

    private static Geometry read(String wkt) {
        try {
            return new WKTReader(Geometries.FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored boundary is not valid WKT", e);
        }
    }

    private record Site(String code, String name, String colour, String side, boolean contested) {
    }
}
