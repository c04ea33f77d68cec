package org.conflictmap.base;

/** Bad input from a client, always tied to the request parameter it concerns. Becomes an HTTP 400 problem. */
public class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
