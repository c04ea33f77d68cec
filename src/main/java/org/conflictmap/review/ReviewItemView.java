package org.conflictmap.review;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;

/** A review item as the review screen shows it, with its article's title and its place's name. */
public record ReviewItemView(long id, long articleId, String articleTitle, ReviewKind kind, ReviewStatus status,
                             Long placeId, String placeName, LocalDate date, DatePrecision datePrecision,
                             EventType eventType, List<String> actors, String fromActor, String toActor,
                             ControlStatus controlStatus, String sentence, int start, int end, int mentionStart,
                             int mentionEnd, double confidence, String reviewer, Long eventId, Long controlChangeId,
                             boolean merged, long version) {
    public ReviewItemView {
        actors = List.copyOf(actors);
    }

    /** What the item says in a few words, e.g. "HTS → Aleppo" or "Air/drone strike · RUS". */
    public String what() {
        if (kind == ReviewKind.CONTROL_CHANGE) {
            return "Control: " + (fromActor == null ? "?" : fromActor) + " → " + (toActor == null ? "?" : toActor)
                    + (controlStatus == null || controlStatus == ControlStatus.CONFIRMED ? ""
                    : " (" + controlStatus.name().toLowerCase() + ")");
        }
        return (eventType == null ? "Event" : eventType.label()) + (actors.isEmpty() ? "" : " · "
                + String.join(", ", actors));
    }
}
