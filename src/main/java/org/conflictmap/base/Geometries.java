package org.conflictmap.base;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory of the application: WGS 84 longitude/latitude, SRID 4326. */
public final class Geometries {
    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {
    }

    /** Great-circle distance in kilometres between two lon/lat points (haversine, mean Earth radius). */
    public static double haversineKm(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    /** {dLon, dLat}: degrees that surely hold every point within {@code km} of a point at latitude {@code lat}. */
    public static double[] degreesAround(double lat, double km) {
        double dLat = km / 110.574;
        double dLon = km / (111.320 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat))))));
        return new double[] {dLon, dLat};
    }
}
