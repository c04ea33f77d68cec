package org.conflictmap.base;

import org.locationtech.jts.geom.Envelope;

/** Reads a bounding box written {@code minLon,minLat,maxLon,maxLat} (WGS 84); rejects anything else. */
public final class Bbox {
    private static final String EXPECTED = "'bbox' must be four numbers: minLon,minLat,maxLon,maxLat.";

    private Bbox() {
    }

    /** @return null for a missing or blank value */
    public static Envelope parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new BadRequestException("bbox", EXPECTED);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("bbox", EXPECTED);
            }
            if (!Double.isFinite(v[i])) {
                throw new BadRequestException("bbox", EXPECTED);
            }
        }
        if (v[1] < -90 || v[1] > 90 || v[3] < -90 || v[3] > 90) {
            throw new BadRequestException("bbox", "'bbox' latitudes must lie between -90 and 90.");
        }
        if (v[0] < -180 || v[0] > 180 || v[2] < -180 || v[2] > 180) {
            throw new BadRequestException("bbox", "'bbox' longitudes must lie between -180 and 180.");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new BadRequestException("bbox", "'bbox' is inverted: minLon,minLat must be below maxLon,maxLat.");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
