package org.conflictmap.extract;

import java.time.LocalDate;

/**
 * One news article as the extractor reads it: metadata and the body text. {@code published} may be null when the
 * text did not say it; relative dates then cannot be resolved and the editor is asked for it.
 */
public record ArticleInput(String title, String publisher, String url, LocalDate published, String text) {
    public ArticleInput {
        text = text == null ? "" : text;
    }
}
