package org.conflictmap.base;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory of the application: WGS 84 longitude/latitude, SRID 4326. */
public final class Geometries {
    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {
    }

    public static Point point(double lon, double lat) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinate out of range: " + lon + "," + lat);
        }
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
