package org.conflictmap.review;

/** What a review item proposes to add to the map. */
public enum ReviewKind {
    CONTROL_CHANGE, EVENT
}
