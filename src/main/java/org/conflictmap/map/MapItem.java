package org.conflictmap.map;

import java.time.LocalDate;

/** One row of the list beside the map: an event or a control change. {@code featureId} matches the map's ids. */
public record MapItem(String featureId, LocalDate date, String what, String place, String actors, double lon,
                      double lat) {
}
