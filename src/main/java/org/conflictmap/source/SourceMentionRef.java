package org.conflictmap.source;

/** A source as shown next to an item, with the sentence that reported it (null when not known). */
public record SourceMentionRef(SourceRef source, String sentence) {
}
