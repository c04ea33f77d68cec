package org.conflictmap.article;

/** An article that cannot be imported, with a message fit for the editor. Nothing was stored. */
public class ArticleRefused extends RuntimeException {
    /** Why: the API answers 413 for {@code TOO_LARGE}, 409 for {@code DUPLICATE}, 400 otherwise. */
    public enum Reason {
        TOO_LARGE, UNREADABLE, MISSING_DATE, BAD_METADATA, DUPLICATE
    }

    private final Reason reason;
    private final String parameter;

    public ArticleRefused(Reason reason, String parameter, String message) {
        super(message);
        this.reason = reason;
        this.parameter = parameter;
    }

    public Reason reason() {
        return reason;
    }

    /** The metadata field concerned (title, publisher, url, published), or null for the content itself. */
    public String parameter() {
        return parameter;
    }
}
