package org.conflictmap.event;

import java.time.LocalDate;

import org.conflictmap.actor.ActorRef;
import org.conflictmap.gazetteer.GeoPrecision;
import org.conflictmap.source.SourceRef;

/** An event as the map, the list and the API show it. {@code actor2} may be null. */
public record EventView(long id, LocalDate date, DatePrecision datePrecision, EventType type, ActorRef actor1,
                        ActorRef actor2, long placeId, String placeName, double lon, double lat,
                        GeoPrecision geoPrecision, Integer fatalities, String summary, SourceRef source) {
}
