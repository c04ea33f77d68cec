package org.conflictmap.base;

import java.time.LocalDate;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;

/**
 * What the map and the list show: an optional bounding box (lon/lat), an optional inclusive date range, actor codes
 * (an item matches when any of its actors is chosen) and event type names. Empty sets mean "all".
 */
public record FeatureFilter(Envelope bbox, LocalDate from, LocalDate to, Set<String> actors, Set<String> types,
                            int limit) {
    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;

    public FeatureFilter {
        actors = Set.copyOf(actors);
        types = Set.copyOf(types);
    }

    public static FeatureFilter all() {
        return new FeatureFilter(null, null, null, Set.of(), Set.of(), DEFAULT_LIMIT);
    }

    public FeatureFilter withBbox(Envelope bbox) {
        return new FeatureFilter(bbox, from, to, actors, types, limit);
    }

    public FeatureFilter withLimit(int limit) {
        return new FeatureFilter(bbox, from, to, actors, types, limit);
    }
}
