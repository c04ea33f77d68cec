package org.conflictmap.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.conflictmap.article.ArticleRefused.Reason;
import org.conflictmap.audit.RevisionUser;
import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.extract.ArticleInput;
import org.conflictmap.extract.ArticleText;
import org.conflictmap.extract.Extraction;
import org.conflictmap.extract.Extractor;
import org.conflictmap.review.ReviewItem;
import org.conflictmap.review.ReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the article feature: importing an article reads its bytes (plain text with optional header lines,
 * or HTML), runs the extractor and stores the article with its pending review items, all in one transaction.
 */
@Service
public class ArticleService {
    static final int MAX_TITLE = 500;
    static final int MAX_PUBLISHER = 200;
    static final int MAX_URL = 2000;

    private final ArticleRepository articles;
    private final Extractor extractor;
    private final ReviewService review;
    private final Clock clock;

    ArticleService(ArticleRepository articles, Extractor extractor, ReviewService review) {
        this.articles = articles;
        this.extractor = extractor;
        this.review = review;
        this.clock = Clock.systemUTC();
    }

    /**
     * Imports one article. {@code meta} values override the file's own. Refused (nothing stored) when the bytes are
     * not a readable text, the publication date is missing, metadata is malformed or the same text was imported
     * before.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Imported importArticle(byte[] bytes, String fileName, String contentType, ArticleMeta meta) {
        ArticleInput input = read(bytes, fileName, contentType, meta);
        String sha = sha256(input.text());
        if (articles.existsByTextSha256(sha)) {
            throw new ArticleRefused(Reason.DUPLICATE, null, "This article's text was imported before; nothing was "
                    + "stored.");
        }
        Extraction found = extractor.extract(input);
        Article article = articles.save(new Article(input.title(), input.publisher(), input.url(),
                input.published(), input.text(), sha, RevisionUser.currentUser(), Instant.now(clock)));
        List<ReviewItem> items = new java.util.ArrayList<>();
        found.events().forEach(e -> items.add(ReviewItem.of(article, e)));
        found.controlChanges().forEach(c -> items.add(ReviewItem.of(article, c)));
        review.queue(items);
        return new Imported(article.getId(), article.getTitle(), found.events().size(),
                found.controlChanges().size());
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    /** Decodes, converts HTML, parses header lines and applies the overrides; checks what an article needs. */
    static ArticleInput read(byte[] bytes, String fileName, String contentType, ArticleMeta meta) {
        String raw;
        try {
            raw = ArticleBytes.decode(bytes);
        } catch (ArticleBytes.Rejected e) {
            throw new ArticleRefused(e.tooLarge() ? Reason.TOO_LARGE : Reason.UNREADABLE, null, e.getMessage());
        }
        if (HtmlArticle.isHtml(fileName, contentType)) {
            raw = HtmlArticle.toText(raw);
        }
        ArticleText.Parsed parsed = ArticleText.parse(raw);
        ArticleInput a = parsed.article();
        String body = a.text().strip();
        if (body.isEmpty()) {
            throw new ArticleRefused(Reason.UNREADABLE, null, "The article has no text after its header lines.");
        }
        LocalDate published = meta.published() != null ? meta.published() : a.published();
        if (published == null) {
            throw new ArticleRefused(Reason.MISSING_DATE, "published", parsed.badDate()
                    ? "The 'Published:' line is not a date; write it as YYYY-MM-DD or give the publication date."
                    : "The article has no publication date; give it (or add a line 'Published: YYYY-MM-DD').");
        }
        String url = check("url", first(meta.url(), a.url()), MAX_URL);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new ArticleRefused(Reason.BAD_METADATA, "url", "The URL must start with http:// or https://.");
        }
        String title = check("title", first(meta.title(), a.title(), baseName(fileName), firstLine(body)), MAX_TITLE);
        String publisher = check("publisher", first(meta.publisher(), a.publisher(), host(url), "unknown"),
                MAX_PUBLISHER);
        // the extractor's offsets refer to this exact text, which is stored as the article's body
        return new ArticleInput(title, publisher, url, published, a.text());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ArticleRefused(Reason.BAD_METADATA, field, "The " + field + " is longer than " + max
                    + " characters.");
        }
        return value;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replaceAll("^.*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstLine(String body) {
        String line = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
