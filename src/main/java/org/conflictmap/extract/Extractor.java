package org.conflictmap.extract;

/** Turns one article into candidate events and control changes; pure and thread-safe, stores nothing. */
public interface Extractor {
    Extraction extract(ArticleInput article);
}
