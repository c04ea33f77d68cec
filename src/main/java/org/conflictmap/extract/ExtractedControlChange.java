package org.conflictmap.extract;

import java.time.LocalDate;

import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;

/**
 * A change of control found in a sentence. {@code from} and {@code to} are actor codes (null when the text does not
 * say); {@code start}/{@code end} are the sentence's character offsets in {@link ArticleInput#text()}, and
 * {@code mentionStart}/{@code mentionEnd} those of the place name. {@code date} is null when no date could be
 * resolved.
 */
public record ExtractedControlChange(long placeId, String place, double lat, double lon, LocalDate date,
                                     DatePrecision datePrecision, String from, String to, ControlStatus status,
                                     String sentence, int start, int end, int mentionStart, int mentionEnd,
                                     double confidence) {
}
