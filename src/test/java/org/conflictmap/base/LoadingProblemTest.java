package org.conflictmap.base;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Asked before its data is loaded, the API answers 503 with a hint when to come back, not 404. */
class LoadingProblemTest {

    @Test
    void stillLoadingIsA503ProblemWithRetryAfter() {
        ResponseEntity<ProblemDetail> r = new ProblemHandler().loading(new LoadingException("The gazetteer is "
                + "still loading."));

        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.getBody()).isNotNull();
        assertThat(r.getBody().getDetail()).isEqualTo("The gazetteer is still loading.");
    }
}
