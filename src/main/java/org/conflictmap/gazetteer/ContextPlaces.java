package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;

/**
 * The other places a text names, as points that pull an ambiguous name towards them, and the countries it names,
 * whose places it favours: runs of capitalised words (up to three) and of Arabic-script words, each kept only when
 * it resolves to one clear place.
 */
final class ContextPlaces {
    /** Enough to place a paragraph; more would cost time without changing the answer. */
    static final int MAX_POINTS = 12;
    static final int MAX_TEXT = 2_000;
    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:al|el|as|ash|ad|ar|az|ez|an|at)-?)?\\p{Lu}[\\p{L}'’-]+){0,2}"
                    + "|[\\p{IsArabic}&&\\p{L}]+(?:\\s+[\\p{IsArabic}&&\\p{L}]+){0,2}");

    private ContextPlaces() {
    }

    /** Points of the places a text names (countries excepted) and the country codes of the countries it names. */
    record Context(List<Coordinate> points, Set<String> countries) {
        static final Context NONE = new Context(List.of(), Set.of());
    }

    /** {@code self}: the normalised name being resolved; the text's mentions of it are not context. */
    static Context of(String text, String self, Function<String, Optional<PlaceCandidate>> clearPlace) {
        List<Coordinate> points = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        Matcher m = RUN.matcher(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        Consumer<PlaceCandidate> keep = p -> {
            if (p.kind() == PlaceKind.COUNTRY) {
                countries.add(p.countryCode());
            } else {
                points.add(new Coordinate(p.lon(), p.lat()));
            }
        };
        while (m.find() && points.size() + countries.size() < MAX_POINTS) {
            if (NameNormalizer.normalize(m.group()).equals(self)) {
                continue;
            }
            Optional<PlaceCandidate> whole = clearPlace.apply(m.group());
            if (whole.isPresent()) {
                keep.accept(whole.get());
                continue;
            }
            for (String word : m.group().split("\\s+")) {
                if (word.length() >= 4 && !NameNormalizer.normalize(word).equals(self)) {
                    clearPlace.apply(word).ifPresent(keep);
                }
            }
        }
        return new Context(points, countries);
    }
}
