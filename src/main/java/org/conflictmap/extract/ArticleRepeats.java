package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.conflictmap.event.EventType;

/**
 * What an article says more than once is one item: the last step of {@link RuleExtractor}, over all the items of
 * one article. {@code dated} holds the items dated by a phrase in their own sentence (by identity).
 */
final class ArticleRepeats {
    private ArticleRepeats() {
    }

    static Extraction settle(Collection<ExtractedControlChange> changes, Collection<ExtractedEvent> events,
                             Set<Object> dated, ActorLexicon lex) {
        return new Extraction(repeatsDropped(changes, dated, lex),
                new ArrayList<>(events.stream().filter(e -> !partOfACapture(e, changes, dated)).toList()));
    }

    /**
     * A place taken by the same side is one happening however often the article comes back to it ("the fall of
     * Aleppo", "after Aleppo was captured"): the mentions that carry their own date win over those dated only by
     * earlier text or the publication date; among the latter, the most confident (first) one stays.
     */
    private static List<ExtractedControlChange> repeatsDropped(Collection<ExtractedControlChange> changes,
                                                               Set<Object> dated, ActorLexicon lex) {
        Map<String, List<ExtractedControlChange>> byPlaceAndTaker = new LinkedHashMap<>();
        changes.forEach(c -> byPlaceAndTaker.computeIfAbsent(c.placeId() + "|" + c.to(), k -> new ArrayList<>())
                .add(c));
        List<ExtractedControlChange> kept = new ArrayList<>();
        for (List<ExtractedControlChange> same : byPlaceAndTaker.values()) {
            List<ExtractedControlChange> own = same.stream().filter(dated::contains).toList();
            if (!own.isEmpty()) {
                kept.addAll(own);
            } else {
                kept.add(same.stream().max(Comparator.comparingDouble(ExtractedControlChange::confidence))
                        .orElseThrow());
            }
        }
        // a withdrawal to nobody named: the side the article reports taking places from the withdrawing one
        String taker = mainTaker(changes);
        return kept.stream().map(c -> c.to() != null || taker == null || c.from() == null
                || Objects.equals(lex.side(c.from()), lex.side(taker)) ? c
                : new ExtractedControlChange(c.placeId(), c.place(), c.lat(), c.lon(), c.date(), c.datePrecision(),
                c.from(), taker, c.status(), c.sentence(), c.start(), c.end(), c.mentionStart(), c.mentionEnd(),
                c.confidence())).toList();
    }

    /** The actor that takes the most places in the article, or null. */
    private static String mainTaker(Collection<ExtractedControlChange> changes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        changes.stream().filter(c -> c.to() != null).forEach(c -> counts.merge(c.to(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Fighting at a place the article reports taken, with no date of its own, is the fighting for that capture
     * ("the rebel attack on Aleppo"), which the control change already shows.
     */
    private static boolean partOfACapture(ExtractedEvent e, Collection<ExtractedControlChange> changes,
                                          Set<Object> dated) {
        return e.type() == EventType.ARMED_CLASH && !dated.contains(e)
                && changes.stream().anyMatch(c -> c.placeId() == e.placeId() && c.to() != null);
    }
}
