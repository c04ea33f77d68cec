package org.conflictmap.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictmap.article.ArticleMeta;
import org.conflictmap.article.ArticleRefused;
import org.conflictmap.article.ArticleService;
import org.conflictmap.article.Imported;
import org.conflictmap.base.BadRequestException;
import org.conflictmap.extract.ArticleBytes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Importing an article over HTTP (editors only, see the security configuration): the body is the article as plain
 * text (optional header lines) or HTML; query parameters override its metadata. The items found wait for review.
 */
@RestController
class ArticleApi {
    private final ArticleService articles;

    ArticleApi(ArticleService articles) {
        this.articles = articles;
    }

    record Created(long articleId, String title, int pending, int events, int controlChanges) {
    }

    @PostMapping("/api/articles")
    ResponseEntity<Object> importArticle(HttpServletRequest request,
                                         @RequestParam(required = false) String title,
                                         @RequestParam(required = false) String publisher,
                                         @RequestParam(required = false) String url,
                                         @RequestParam(required = false) String published) throws IOException {
        // refuse large bodies before reading them
        if (request.getContentLengthLong() > ArticleBytes.MAX_BYTES) {
            return tooLarge();
        }
        String type = request.getContentType() == null ? "text/plain"
                : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/plain") && !type.startsWith("text/html")
                && !type.startsWith("application/xhtml+xml")) {
            ProblemDetail p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the article as text/plain (UTF-8) or text/html.");
            return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // a body without a length (chunked) is read up to one byte past the limit
            body = in.readNBytes(ArticleBytes.MAX_BYTES + 1);
        }
        if (body.length > ArticleBytes.MAX_BYTES) {
            return tooLarge();
        }
        ArticleMeta meta = new ArticleMeta(title, publisher, url, date(published));
        Imported imported = articles.importArticle(body, null, type, meta);
        return ResponseEntity.created(URI.create("/review?article=" + imported.articleId()))
                .body(new Created(imported.articleId(), imported.title(), imported.pending(), imported.events(),
                        imported.controlChanges()));
    }

    @ExceptionHandler(ArticleRefused.class)
    ResponseEntity<ProblemDetail> refused(ArticleRefused e) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case DUPLICATE -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail p = problem(status, switch (e.reason()) {
            case TOO_LARGE -> "Article too large";
            case DUPLICATE -> "Article already imported";
            case MISSING_DATE -> "Publication date missing";
            default -> "Article not accepted";
        }, e.getMessage());
        if (e.parameter() != null) {
            p.setProperty("parameter", e.parameter());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ResponseEntity<Object> tooLarge() {
        ProblemDetail p = problem(HttpStatus.CONTENT_TOO_LARGE, "Article too large",
                "The article is larger than " + ArticleBytes.MAX_BYTES / 1024 + " KiB.");
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("published", "'published' must be a date written YYYY-MM-DD.");
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }
}
