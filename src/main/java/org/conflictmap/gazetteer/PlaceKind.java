package org.conflictmap.gazetteer;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
    CITY, TOWN, VILLAGE, FACILITY, REGION, COUNTRY;

    /**
     * Kind of a GeoNames populated place, from its population (GeoNames has no town/village distinction). Where the
     * population is missing (many Syrian towns), a seat of a first-order division counts as a city and a district
     * seat as a town.
     */
    static PlaceKind ofPopulatedPlace(long population, String featureCode) {
        boolean unknown = population <= 0;
        if (population >= 100_000 || "PPLC".equals(featureCode) || (unknown && "PPLA".equals(featureCode))) {
            return CITY;
        }
        return population >= 5_000 || (unknown && "PPLA2".equals(featureCode)) ? TOWN : VILLAGE;
    }
}
