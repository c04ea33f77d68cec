package org.conflictmap.article;

import java.time.LocalDate;

/** Metadata an editor gives with an upload; each non-null value overrides what the file itself says. */
public record ArticleMeta(String title, String publisher, String url, LocalDate published) {
    public static ArticleMeta none() {
        return new ArticleMeta(null, null, null, null);
    }
}
