package org.conflictmap.control;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** RFC 7946 text of a (multi)polygon, coordinates to 5 decimals (≈ 1 m), as ST_AsGeoJSON(geom, 5) writes it. */
final class GeoJsonText {
    private GeoJsonText() {
    }

    static String of(Geometry area) {
        StringBuilder json = new StringBuilder();
        if (area instanceof Polygon polygon) {
            json.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(json, polygon);
        } else {
            json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            boolean first = true;
            for (int i = 0; i < area.getNumGeometries(); i++) {
                if (area.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                    json.append(first ? "" : ",");
                    polygon(json, polygon);
                    first = false;
                }
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static void polygon(StringBuilder json, Polygon polygon) {
        json.append('[');
        ring(json, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            ring(json, polygon.getInteriorRingN(i));
        }
        json.append(']');
    }

    private static void ring(StringBuilder json, LineString ring) {
        json.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.5f,%.5f]", coordinates[i].x,
                    coordinates[i].y));
        }
        json.append(']');
    }
}
