package org.conflictmap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.conflictmap.base.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Loads country outlines (Natural Earth 1:50m, from geodata/) into {@code boundary}, once. */
@Component
class BoundaryImporter {
    static final String SYRIA_FILE = "geodata/boundary-syria-ne50m.geojson";
    private static final Logger log = LoggerFactory.getLogger(BoundaryImporter.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    BoundaryImporter(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public void importIfEmpty() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM boundary", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        MultiPolygon syria = read(SYRIA_FILE);
        jdbc.update("INSERT INTO boundary (code, name, geom, source) VALUES (?, ?, ST_GeomFromText(?, 4326), ?)",
                "SY", "Syria", syria.toText(), "Natural Earth 1:50m admin-0 countries (public domain), via world-atlas");
        log.info("Boundaries: Syria outline loaded ({} vertices)", syria.getNumPoints());
    }

    /** The (multi)polygon of the first feature of a GeoJSON FeatureCollection. */
    private MultiPolygon read(String path) {
        JsonNode geometry;
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            geometry = json.readTree(in).get("features").get(0).get("geometry");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read boundary file " + path, e);
        }
        List<Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.get("type").asString())) {
            polygons.add(polygon(geometry.get("coordinates")));
        } else {
            geometry.get("coordinates").forEach(p -> polygons.add(polygon(p)));
        }
        return Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return Geometries.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return Geometries.FACTORY.createLinearRing(coordinates);
    }
}
