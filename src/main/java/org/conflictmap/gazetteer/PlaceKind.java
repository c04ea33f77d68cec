package org.conflictmap.gazetteer;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
    CITY, TOWN, VILLAGE, FACILITY, REGION, COUNTRY;

    /** Kind of a GeoNames populated place, from its population (GeoNames has no town/village distinction). */
    static PlaceKind ofPopulatedPlace(long population, String featureCode) {
        if (population >= 100_000 || "PPLC".equals(featureCode)) {
            return CITY;
        }
        return population >= 5_000 ? TOWN : VILLAGE;
    }
}
