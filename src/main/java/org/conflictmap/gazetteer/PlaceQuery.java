package org.conflictmap.gazetteer;

import java.util.Set;

import org.locationtech.jts.geom.Coordinate;

/**
 * A name to resolve and what helps choose among places sharing it: {@code context}, the text around the name (its
 * kind words such as "province" or "airport", and the other places it names, count), the countries to prefer
 * ({@code scope}, null for the default) and a point ({@code near}, lon/lat). Only {@code name} is required.
 */
public record PlaceQuery(String name, String context, Set<String> scope, Coordinate near) {
}
