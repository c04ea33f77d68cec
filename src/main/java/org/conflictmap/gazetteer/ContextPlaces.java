package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;

/**
 * The other places a text names, as points that pull an ambiguous name towards them: runs of capitalised words
 * (up to three) and of Arabic-script words, each kept only when it resolves to one clear place.
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

    static List<Coordinate> points(String text, Function<String, Optional<Coordinate>> clearPlace) {
        List<Coordinate> points = new ArrayList<>();
        Matcher m = RUN.matcher(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        while (m.find() && points.size() < MAX_POINTS) {
            Optional<Coordinate> whole = clearPlace.apply(m.group());
            if (whole.isPresent()) {
                points.add(whole.get());
                continue;
            }
            for (String word : m.group().split("\\s+")) {
                if (word.length() >= 4) {
                    clearPlace.apply(word).ifPresent(points::add);
                }
            }
        }
        return points;
    }
}
