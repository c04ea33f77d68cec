package org.conflictmap.extract;

import java.util.List;

/** What the extractor found in one article. Nothing in it is stored. */
public record Extraction(List<ExtractedControlChange> controlChanges, List<ExtractedEvent> events) {
    public Extraction {
        controlChanges = List.copyOf(controlChanges);
        events = List.copyOf(events);
    }
}
