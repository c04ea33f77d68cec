package org.conflictmap.review;

/** The item was changed by someone else since it was loaded: reload it and decide again. Nothing was saved. */
public class StaleReviewException extends RuntimeException {
    public StaleReviewException(String message) {
        super(message);
    }
}
