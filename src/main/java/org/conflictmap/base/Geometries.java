package org.conflictmap.base;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory of the application: WGS 84 longitude/latitude, SRID 4326. */
public final class Geometries {
    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {
    }
}
