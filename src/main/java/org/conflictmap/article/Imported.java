package org.conflictmap.article;

/** The outcome of one import: the stored article and how many items wait for review. */
public record Imported(long articleId, String title, int events, int controlChanges) {
    public int pending() {
        return events + controlChanges;
    }
}
