package org.conflictmap.gazetteer;

/** One answer of {@link Gazetteer#resolve}: a place, how well it fits (0..1) and why. */
public record PlaceCandidate(long id, String name, PlaceKind kind, double lat, double lon, String countryCode,
                             String admin1, Long population, GeoPrecision geoPrecision, double score,
                             String reason) {
}
