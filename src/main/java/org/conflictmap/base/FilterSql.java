package org.conflictmap.base;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Turns a {@link FeatureFilter} into a WHERE clause over the given columns. Only fixed SQL text is assembled here;
 * every value goes in as a bind parameter (named with the given prefix, so two clauses can share one statement).
 * The same SQL runs on PostGIS and H2GIS: {@code &&} compares bounding boxes and uses the spatial index on both.
 */
public final class FilterSql {
    private FilterSql() {
    }

    /**
     * @param typeColumn null when the table has no event type; a type filter then does not apply to it
     */
    public static String where(FeatureFilter filter, String prefix, MapSqlParameterSource params, String geomColumn,
                               String dateColumn, List<String> actorColumns, String typeColumn) {
        List<String> conditions = new ArrayList<>();
        if (filter.bbox() != null) {
            // && finds candidates through the index (PostGIS compares float4 boxes, so a point up to ~0.2 m outside
            // can pass); ST_Intersects then keeps exactly the points inside the box, edges included
            String envelope = "ST_MakeEnvelope(:" + prefix + "minLon, :" + prefix + "minLat, :" + prefix + "maxLon, :"
                    + prefix + "maxLat, " + Geometries.SRID + ")";
            conditions.add(geomColumn + " && " + envelope + " AND ST_Intersects(" + geomColumn + ", " + envelope + ")");
            params.addValue(prefix + "minLon", filter.bbox().getMinX());
            params.addValue(prefix + "minLat", filter.bbox().getMinY());
            params.addValue(prefix + "maxLon", filter.bbox().getMaxX());
            params.addValue(prefix + "maxLat", filter.bbox().getMaxY());
        }
        if (filter.from() != null) {
            conditions.add(dateColumn + " >= :" + prefix + "from");
            params.addValue(prefix + "from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(dateColumn + " <= :" + prefix + "to");
            params.addValue(prefix + "to", Date.valueOf(filter.to()));
        }
        if (!filter.actors().isEmpty()) {
            conditions.add("(" + String.join(" OR ",
                    actorColumns.stream().map(c -> c + " IN (:" + prefix + "actors)").toList()) + ")");
            params.addValue(prefix + "actors", List.copyOf(filter.actors()));
        }
        if (!filter.types().isEmpty() && typeColumn != null) {
            conditions.add(typeColumn + " IN (:" + prefix + "types)");
            params.addValue(prefix + "types", List.copyOf(filter.types()));
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }
}
