package org.conflictmap.base;

/** A requested thing does not exist. Becomes an HTTP 404 problem. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
