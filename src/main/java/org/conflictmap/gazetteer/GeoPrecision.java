package org.conflictmap.gazetteer;

/** How well a point locates what it stands for (ACLED's geo-precision 1, 2, 3). */
public enum GeoPrecision {
    /** The point is on the named site or town. */
    EXACT,
    /** Near the point: outskirts, a nearby village, within a few kilometres. */
    NEAR,
    /** Only the wider region is known; the point represents it. */
    REGION
}
