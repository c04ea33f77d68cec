package org.conflictmap.base;

/** Data the request needs is still being loaded after start-up. Becomes an HTTP 503 problem with Retry-After. */
public class LoadingException extends RuntimeException {
    public LoadingException(String message) {
        super(message);
    }
}
