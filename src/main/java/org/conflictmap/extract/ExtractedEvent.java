package org.conflictmap.extract;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;

/**
 * An event found in a sentence: its type, the place it happened at, its date and the actor codes involved (the one
 * acting first). Offsets as in {@link ExtractedControlChange}.
 */
public record ExtractedEvent(EventType type, long placeId, String place, double lat, double lon, LocalDate date,
                             DatePrecision datePrecision, List<String> actors, String sentence, int start, int end,
                             int mentionStart, int mentionEnd, double confidence) {
    public ExtractedEvent {
        actors = List.copyOf(actors);
    }
}
