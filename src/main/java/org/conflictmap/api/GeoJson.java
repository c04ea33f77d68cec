package org.conflictmap.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;

/** RFC 7946 shapes. Coordinates are [longitude, latitude] in WGS 84. */
final class GeoJson {
    static final String MEDIA_TYPE = "application/geo+json";
    static final MediaType GEO_JSON = MediaType.parseMediaType(MEDIA_TYPE);

    private GeoJson() {
    }

    record Point(String type, double[] coordinates) {
        Point(double lon, double lat) {
            this("Point", new double[]{lon, lat});
        }
    }

    /** {@code geometry} is a {@link Point} or a geometry already encoded by the database (a JSON tree). */
    record Feature(String type, String id, Object geometry, Map<String, Object> properties) {
        Feature(String id, double lon, double lat, Map<String, Object> properties) {
            this("Feature", id, new Point(lon, lat), properties);
        }
    }

    /** {@code numberReturned} and {@code limit} are foreign members telling a client whether the list was cut. */
    record FeatureCollection(String type, List<Feature> features, int numberReturned, Integer limit) {
        FeatureCollection(List<Feature> features, Integer limit) {
            this("FeatureCollection", features, features.size(), limit);
        }
    }
}
