package org.conflictmap.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictmap.base.NotFoundException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the requests under /api that no endpoint serves, so that they get problems too. Without it an unknown
 * path fell through to the Vaadin UI (200 with an HTML page) and a write got the servlet error page instead of a
 * problem, because {@link org.conflictmap.base.ProblemHandler} only sees requests that reached this package.
 */
@RestController
@RequestMapping("/api")
class ApiFallback {

    @GetMapping("/**")
    void unknownPath() {
        throw new NotFoundException("No such resource.");
    }

    @RequestMapping(path = "/**", method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE})
    void write(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET"));
    }
}
