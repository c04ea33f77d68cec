package org.conflictmap.control;

/** Territory derived for one controller on a day; {@code geoJson} is a (Multi)Polygon, lon/lat. */
public record ControlArea(String controller, String name, String colour, String side, boolean contested,
                          int places, String geoJson) {
}
