package org.conflictmap.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.conflictmap.base.Geometries;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * Gazetteer look-ups for one article: each distinct name is resolved once; ambiguous names are resolved again near
 * the centroid of the article's unambiguous places, so that "Suran" in a text about Hama is the town near Hama.
 * Not thread-safe: one instance per extraction.
 */
final class ArticlePlaces {
    /** A name is unambiguous when it has one candidate, or the best leads the next by this much. */
    private static final double CLEAR_LEAD = 0.1;
    /** A spelling-tolerant match further than this from the article's places is another place of a similar name. */
    private static final double FAR_KM = 250;

    private final BiFunction<String, Coordinate, List<PlaceCandidate>> gazetteer;
    private final Set<String> scope;
    private final Map<String, List<PlaceCandidate>> bySpelling = new HashMap<>();
    private final Map<String, List<PlaceCandidate>> byName = new HashMap<>();
    private final Map<String, PlaceCandidate> nearCentroid = new HashMap<>();
    private Coordinate centroid;

    ArticlePlaces(BiFunction<String, Coordinate, List<PlaceCandidate>> gazetteer, Set<String> scope) {
        this.gazetteer = gazetteer;
        this.scope = scope;
    }

    /** Candidates for a name, best first (memoised by spelling, then by normalised name). */
    List<PlaceCandidate> lookup(String name) {
        List<PlaceCandidate> known = bySpelling.get(name);
        if (known == null) {
            known = byName.computeIfAbsent(NameNormalizer.normalize(name), k -> gazetteer.apply(name, null));
            bySpelling.put(name, known);
        }
        return known;
    }

    /** Fixes the centroid from the mentions found so far; call once all mentions are known. */
    void settle(List<PlaceMentions.PlaceMention> mentions) {
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (PlaceMentions.PlaceMention m : mentions) {
            PlaceCandidate best = m.candidates().getFirst();
            if (!m.metonymy() && unambiguous(m.candidates()) && best.kind() != PlaceKind.COUNTRY
                    && scope.contains(best.countryCode())) {
                lat += best.lat();
                lon += best.lon();
                n++;
            }
        }
        centroid = n == 0 ? null : new Coordinate(lon / n, lat / n);
    }

    /** The place a mention stands for: its best candidate, or for an ambiguous name the best near the centroid. */
    PlaceCandidate resolve(PlaceMentions.PlaceMention m) {
        if (unambiguous(m.candidates()) || centroid == null) {
            return m.candidates().getFirst();
        }
        return nearCentroid.computeIfAbsent(NameNormalizer.normalize(m.name()), k -> {
            List<PlaceCandidate> near = gazetteer.apply(m.name(), centroid);
            return near.isEmpty() ? m.candidates().getFirst() : near.getFirst();
        });
    }

    /**
     * True when {@code p} was found only by a tolerant spelling ("Sheikh Saeed" → "Ash Shaykh Sa‘d") or by part of
     * a longer name ("Bustan" of "Bustan al-Basha" → Bustan HaGalil), and lies far
     * from the article's other places: most likely a namesake of a place the gazetteer does not know.
     */
    boolean farFetched(PlaceMentions.PlaceMention m, PlaceCandidate p) {
        String how = p.reason().split(",", 2)[0];
        boolean exact = (how.equals("name") || how.equals("alternate-name")) && !m.partial();
        return !exact && centroid != null
                && Geometries.haversineKm(centroid.x, centroid.y, p.lon(), p.lat()) > FAR_KM;
    }

    private static boolean unambiguous(List<PlaceCandidate> candidates) {
        return candidates.size() == 1 || candidates.get(0).score() - candidates.get(1).score() >= CLEAR_LEAD;
    }
}
