package org.conflictmap.review;

/** An item cannot be accepted as it stands (no place, no date, unknown actor…); the message says what to fix. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
