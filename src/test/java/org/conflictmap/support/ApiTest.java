package org.conflictmap.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of HTTP API tests: a client for the running application's random port. */
public abstract class ApiTest {
    @LocalServerPort
    protected int port;
    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }
}
