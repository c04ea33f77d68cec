package org.conflictmap.control;

import java.time.LocalDate;

import org.conflictmap.actor.ActorRef;

/** Who held a place on a given day: the latest control record at or before that day. */
public record ControlAt(long placeId, String placeName, double lon, double lat, ActorRef controller, String side,
                        ControlStatus status, LocalDate since, long changeId) {
}
