package org.conflictmap.extract;

/** A stretch of the article text, by character offsets (end exclusive). */
record Span(int start, int end) {
    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
