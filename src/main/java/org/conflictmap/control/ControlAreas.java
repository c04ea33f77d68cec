package org.conflictmap.control;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictmap.base.Geometries;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Territory on a day, derived from the controlled places: the Voronoi cells of the places inside the country,
 * dissolved per controller (contested places apart) and clipped to the country's outline. See
 * docs/DD004-control-areas.md for the method and its limits. PostGIS builds the cells and finds each cell's
 * controller in one statement (on H2GIS, which lacks a set-returning dump of Voronoi cells, JTS builds them); the
 * cells are then dissolved with JTS's coverage union, which PostGIS 3.3 does not offer.
 */
@Component
class ControlAreas {
    static final String COUNTRY = "SY";

    /**
     * Latest record per place at or before :date, for places inside the country outline; by place id, so that of
     * two places on one point the lower id owns the cell, as in the PostGIS statement.
     */
    private static final String POINTS = """
            SELECT a.code, a.name, a.colour, a.side, l.status, ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
            FROM (SELECT c.place_id, c.to_actor_id, c.status,
                         ROW_NUMBER() OVER (PARTITION BY c.place_id ORDER BY c.change_date DESC, c.id DESC) AS rn
                  FROM control_change c WHERE c.change_date <= :date) l
            JOIN place p ON p.id = l.place_id
            JOIN actor a ON a.id = l.to_actor_id
            JOIN boundary b ON b.code = :country AND ST_Intersects(b.geom, p.geom)
            WHERE l.rn = 1
            ORDER BY p.id""";

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
            ), owned AS (
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
            SELECT a.code, a.name, a.colour, a.side, o.contested, ST_AsBinary(o.cell) AS cell
            FROM owned o JOIN actor a ON a.id = o.to_actor_id""";

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
        String outlineWkt = jdbc.queryForObject("SELECT ST_AsText(geom) FROM boundary WHERE code = :country", params,
                String.class);
        Geometry outline = read(outlineWkt);
        Map<Site, List<Geometry>> cells = postgis ? postgisCells(params) : jtsCells(params, outline);
        List<ControlArea> areas = new ArrayList<>();
        cells.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Site::code).thenComparing(Site::contested)))
                .forEach(e -> {
                    // Voronoi cells form a coverage (edges shared exactly), so a coverage union dissolves them in
                    // linear time, far faster than a general overlay union (PostGIS 3.3 has no ST_CoverageUnion)
                    Geometry area = CoverageUnion.union(e.getValue().toArray(Geometry[]::new)).intersection(outline);
                    Site s = e.getKey();
                    areas.add(new ControlArea(s.code(), s.name(), s.colour(), s.side(), s.contested(),
                            e.getValue().size(), GeoJsonText.of(area)));
                });
        return areas;
    }

    private Map<Site, List<Geometry>> postgisCells(MapSqlParameterSource params) {
        WKBReader wkb = new WKBReader(Geometries.FACTORY);
        Map<Site, List<Geometry>> cells = new LinkedHashMap<>();
        jdbc.query(POSTGIS, params, rs -> {
            Site site = new Site(rs.getString("code"), rs.getString("name"), rs.getString("colour"),
                    rs.getString("side"), rs.getBoolean("contested"));
            try {
                cells.computeIfAbsent(site, k -> new ArrayList<>()).add(wkb.read(rs.getBytes("cell")));
            } catch (ParseException e) {
                throw new IllegalStateException("PostGIS returned an unreadable cell", e);
            }
        });
        return cells;
    }

    private Map<Site, List<Geometry>> jtsCells(MapSqlParameterSource params, Geometry outline) {
        Map<Coordinate, Site> sites = new LinkedHashMap<>();
        jdbc.query(POINTS, params, rs -> {
            Coordinate at = new Coordinate(rs.getDouble("lon"), rs.getDouble("lat"));
            sites.putIfAbsent(at, new Site(rs.getString("code"), rs.getString("name"), rs.getString("colour"),
                    rs.getString("side"), "CONTESTED".equals(rs.getString("status"))));
        });
        Map<Site, List<Geometry>> cells = new LinkedHashMap<>();
        if (sites.isEmpty()) {
            return cells;
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites.keySet());
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(1);
        voronoi.setClipEnvelope(clip);
        GeometryCollection diagram = (GeometryCollection) voronoi.getDiagram(Geometries.FACTORY);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            cells.computeIfAbsent(sites.get((Coordinate) cell.getUserData()), k -> new ArrayList<>()).add(cell);
        }
        return cells;
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
