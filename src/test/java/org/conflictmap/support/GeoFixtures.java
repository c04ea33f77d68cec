package org.conflictmap.support;

import java.util.Locale;

import org.locationtech.jts.geom.Envelope;

/** The bounding boxes the tests use, as JTS envelopes (lon/lat, WGS 84) and as {@code bbox} query values. */
public final class GeoFixtures {
    /** Aleppo city with its airport, but not the villages west of it (Khan al-Asal, Urum) nor Kuweires. */
    public static final Envelope ALEPPO_CITY = box(37.05, 36.12, 37.25, 36.28);
    /** Open sea between Cyprus and the Lebanese coast. */
    public static final Envelope EAST_MEDITERRANEAN_SEA = box(33.0, 33.0, 34.5, 34.3);

    private GeoFixtures() {
    }

    public static Envelope box(double minLon, double minLat, double maxLon, double maxLat) {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    /** A small box around a point, for "at this place". */
    public static Envelope around(double lon, double lat) {
        return box(lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);
    }

    /** The {@code bbox} query parameter value: minLon,minLat,maxLon,maxLat. */
    public static String bboxParam(Envelope e) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** Inclusive, like the SQL bounding-box test. */
    public static boolean inside(Envelope e, double lon, double lat) {
        return e.contains(lon, lat);
    }
}
