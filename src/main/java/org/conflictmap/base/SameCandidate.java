package org.conflictmap.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A stored item that may be the same happening as a new report: its distance (km, on the sphere) and how many days
 * apart the two dates are. Read from columns id, item_day, lon, lat.
 */
public record SameCandidate(long id, double km, long days) {
    /** Nearest first, then closest in time, then oldest id. */
    public static final Comparator<SameCandidate> BEST = Comparator.comparingDouble(SameCandidate::km)
            .thenComparingLong(SameCandidate::days).thenComparingLong(SameCandidate::id);

    public static SameCandidate read(ResultSet rs, double lon, double lat, LocalDate date) throws SQLException {
        return new SameCandidate(rs.getLong("id"), Geometries.haversineKm(lon, lat, rs.getDouble("lon"),
                rs.getDouble("lat")), Math.abs(rs.getDate("item_day").toLocalDate().toEpochDay() - date.toEpochDay()));
    }
}
