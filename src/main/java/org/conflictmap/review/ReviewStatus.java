package org.conflictmap.review;

/** Where a review item stands: only accepted items reach the map. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED
}
