package org.conflictmap.review;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;

/**
 * An editor's version of a review item's fields, with the item version it was based on. Event items use
 * {@code eventType} and {@code actors}; control items {@code fromActor}, {@code toActor} and {@code controlStatus}.
 */
public record ReviewEdit(long version, Long placeId, LocalDate date, DatePrecision datePrecision, EventType eventType,
                         List<String> actors, String fromActor, String toActor, ControlStatus controlStatus) {
    public ReviewEdit {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** The item's fields as they are: accepting it unchanged. */
    public static ReviewEdit unchanged(ReviewItemView item) {
        return new ReviewEdit(item.version(), item.placeId(), item.date(), item.datePrecision(), item.eventType(),
                item.actors(), item.fromActor(), item.toActor(), item.controlStatus());
    }
}
