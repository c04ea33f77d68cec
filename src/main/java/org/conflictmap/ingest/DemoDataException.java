package org.conflictmap.ingest;

/** The demo data files are inconsistent (an unknown place, actor or source); the load is rolled back. */
public class DemoDataException extends RuntimeException {
    public DemoDataException(String message) {
        super(message);
    }
}
