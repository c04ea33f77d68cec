package org.conflictmap.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.extract.ArticleText;
import org.conflictmap.extract.Extraction;
import org.conflictmap.extract.Extractor;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/extract}: runs the extractor over one plain-text article (header lines allowed, see
 * {@link ArticleText}) and answers the candidate control changes and events. Nothing is stored. The body is read
 * only up to {@link ArticleBytes#MAX_BYTES} (a larger Content-Length is refused before reading), then checked like
 * an upload: empty, binary or non-UTF-8 bodies get 400, larger ones 413, other media types 415.
 */
@RestController
class ExtractApi {
    private final Extractor extractor;

    ExtractApi(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Bad input to this endpoint; becomes a problem with the given status. */
    static final class Refused extends RuntimeException {
        private final HttpStatus status;
        private final String title;

        Refused(HttpStatus status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }

    // Any media type reaches this method, so that a wrong one gets 415 here rather than the 405 of ApiFallback.
    @PostMapping(path = "/api/extract", consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Extraction extract(HttpServletRequest request) throws IOException {
        requirePlainText(request.getContentType());
        if (request.getContentLengthLong() > ArticleBytes.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(ArticleBytes.MAX_BYTES + 1);
        }
        ArticleText.Parsed parsed;
        try {
            parsed = ArticleText.parse(ArticleBytes.decode(body));
        } catch (ArticleBytes.Rejected e) {
            throw e.tooLarge() ? tooLarge() : new Refused(HttpStatus.BAD_REQUEST, "Unreadable article", e.getMessage());
        }
        if (parsed.badDate()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Unreadable article",
                    "The Published header must be a date written YYYY-MM-DD.");
        }
        return extractor.extract(parsed.article());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        problem.setTitle(e.title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void requirePlainText(String contentType) {
        boolean plain;
        try {
            plain = contentType != null && MediaType.TEXT_PLAIN.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            plain = false;
        }
        if (!plain) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the article as text/plain (UTF-8).");
        }
    }

    private static Refused tooLarge() {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, "Article too large",
                "The article is larger than " + ArticleBytes.MAX_BYTES / 1024 + " KiB.");
    }
}
