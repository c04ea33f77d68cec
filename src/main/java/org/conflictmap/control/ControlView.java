package org.conflictmap.control;

import java.time.LocalDate;

import org.conflictmap.actor.ActorRef;
import org.conflictmap.source.SourceRef;

/** A control change as the map, the list and the API show it. {@code from} is null when unknown. */
public record ControlView(long id, LocalDate date, long placeId, String placeName, double lon, double lat,
                          ActorRef from, ActorRef to, ControlStatus status, String summary, SourceRef source) {
}
