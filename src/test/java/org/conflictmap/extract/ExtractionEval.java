package org.conflictmap.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;

/**
 * Runs an extractor over a folder of articles and compares it with a gold file (one row per expected item:
 * file, kind control|event, place, date, from, to, type, actors, status, optional lat/lon). An item matches a gold
 * row of the same file and kind when its place is the gold place or within {@value #MATCH_KM} km of it, and it has
 * the same new controller (control) or type (event); dates are scored separately. Also counts items placed at a
 * metonymic mention listed in an optional metonymy file (file, phrase, place word in the phrase).
 */
final class ExtractionEval {
    static final double MATCH_KM = 10;

    private final Extractor extractor;
    private final Gazetteer gazetteer;

    ExtractionEval(Extractor extractor, Gazetteer gazetteer) {
        this.extractor = extractor;
        this.gazetteer = gazetteer;
    }

    record Gold(String file, String kind, String place, LocalDate date, String to, String type, String status,
                double lat, double lon) {
    }

    /** One extracted item, flattened for matching. */
    record Found(String file, String kind, long placeId, String place, double lat, double lon, LocalDate date,
                 DatePrecision precision, String to, String type, String status, int mentionStart, int mentionEnd,
                 String sentence) {
        /** A week or a month is right when the gold day falls in it. */
        boolean dateFits(LocalDate gold) {
            if (date == null) {
                return false;
            }
            return switch (precision) {
                case DAY -> date.equals(gold);
                case WEEK -> !gold.isBefore(date) && gold.isBefore(date.plusDays(7));
                case MONTH -> gold.getYear() == date.getYear() && gold.getMonth() == date.getMonth();
            };
        }

        String describe() {
            return kind + " " + (kind.equals("control") ? "to=" + to : type) + " at " + place + " on " + date
                    + " — \"" + sentence + "\"";
        }
    }

    record Score(int gold, int found, int matched) {
        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Report(Score control, Score events, int matched, int datesRight, int statusesRight,
                  int metonymyViolations, List<String> errors) {
        double dateAccuracy() {
            return matched == 0 ? 1 : (double) datesRight / matched;
        }

        /** CONFIRMED / CLAIMED / CONTESTED right, among matched control changes. */
        double statusAccuracy() {
            return control.matched() == 0 ? 1 : (double) statusesRight / control.matched();
        }

        String summary() {
            return String.format("control changes: P=%.2f R=%.2f F1=%.2f (%d gold, %d found)%n"
                            + "events:          P=%.2f R=%.2f F1=%.2f (%d gold, %d found)%n"
                            + "date accuracy:   %.2f (%d of %d matched items)%n"
                            + "status accuracy: %.2f (%d of %d matched control changes)%nmetonymy violations: %d%n",
                    control.precision(), control.recall(), control.f1(), control.gold(), control.found(),
                    events.precision(), events.recall(), events.f1(), events.gold(), events.found(),
                    dateAccuracy(), datesRight, matched, statusAccuracy(), statusesRight, control.matched(),
                    metonymyViolations);
        }
    }

    /**
     * Evaluates every {@code *.txt} in {@code corpus}. {@code published} gives publication dates for files without
     * a Published header (the seeds); {@code metonymy} may be null.
     */
    Report run(Path corpus, Path goldFile, Path metonymy, Map<String, LocalDate> published) {
        List<Gold> gold = gold(goldFile);
        Map<String, List<String[]>> metonymic = new HashMap<>();
        if (metonymy != null) {
            for (CSVRecord r : csv(metonymy)) {
                metonymic.computeIfAbsent(r.get("file"), k -> new ArrayList<>())
                        .add(new String[]{r.get("phrase"), r.get("place")});
            }
        }
        List<Found> found = new ArrayList<>();
        int violations = 0;
        List<String> errors = new ArrayList<>();
        for (Path file : articles(corpus)) {
            String name = file.getFileName().toString();
            ArticleInput article = article(file, published.get(name));
            Extraction x = extractor.extract(article);
            List<Found> items = new ArrayList<>();
            x.controlChanges().forEach(c -> items.add(new Found(name, "control", c.placeId(), c.place(), c.lat(),
                    c.lon(), c.date(), c.datePrecision(), c.to(), null, c.status().name(), c.mentionStart(), c.mentionEnd(),
                    c.sentence())));
            x.events().forEach(e -> items.add(new Found(name, "event", e.placeId(), e.place(), e.lat(), e.lon(),
                    e.date(), e.datePrecision(), null, e.type().name(), null, e.mentionStart(), e.mentionEnd(),
                    e.sentence())));
            for (String[] m : metonymic.getOrDefault(name, List.of())) {
                for (int at = article.text().indexOf(m[0]); at >= 0; at = article.text().indexOf(m[0], at + 1)) {
                    int s = at + m[0].indexOf(m[1]);
                    int e = s + m[1].length();
                    for (Found f : items) {
                        if (f.mentionStart() < e && s < f.mentionEnd()) {
                            violations++;
                            errors.add(name + ": METONYMY " + m[0] + " → " + f.describe());
                        }
                    }
                }
            }
            found.addAll(items);
        }
        int[] matched = new int[2];
        int[] foundCount = new int[2];
        int[] goldCount = new int[2];
        int datesRight = 0;
        int statusesRight = 0;
        // Pairs cheapest first (distance, plus 5 km for a wrong date), each gold and item used once: districts of
        // one city lie within the radius of one another, and first-come matching would pair them crosswise.
        record Pair(Gold g, Found f, double cost) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Gold g : gold) {
            for (Found f : found) {
                if (matches(g, f)) {
                    pairs.add(new Pair(g, f, km(g.lat(), g.lon(), f.lat(), f.lon()) + (f.dateFits(g.date()) ? 0 : 5)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cost));
        Map<Gold, Found> assigned = new IdentityHashMap<>();
        Set<Found> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pair p : pairs) {
            if (!assigned.containsKey(p.g()) && !taken.contains(p.f())) {
                assigned.put(p.g(), p.f());
                taken.add(p.f());
            }
        }
        for (Gold g : gold) {
            int k = g.kind().equals("control") ? 0 : 1;
            goldCount[k]++;
            Found hit = assigned.get(g);
            if (hit == null) {
                errors.add(g.file() + ": MISSED " + g.kind() + " " + (k == 0 ? "to=" + g.to() : g.type()) + " at "
                        + g.place() + " on " + g.date());
                continue;
            }
            matched[k]++;
            if (k == 0 && g.status() != null) {
                if (g.status().equals(hit.status())) {
                    statusesRight++;
                } else {
                    errors.add(g.file() + ": WRONG STATUS " + hit.status() + " instead of " + g.status() + " for "
                            + hit.describe());
                }
            }
            if (hit.dateFits(g.date())) {
                datesRight++;
            } else {
                errors.add(g.file() + ": WRONG DATE " + hit.date() + " instead of " + g.date() + " for "
                        + hit.describe());
            }
        }
        for (Found f : found) {
            foundCount[f.kind().equals("control") ? 0 : 1]++;
        }
        found.stream().filter(f -> !taken.contains(f)).forEach(f -> errors.add(f.file() + ": SPURIOUS "
                + f.describe()));
        errors.sort(null);
        return new Report(new Score(goldCount[0], foundCount[0], matched[0]),
                new Score(goldCount[1], foundCount[1], matched[1]), matched[0] + matched[1], datesRight, statusesRight,
                violations, errors);
    }

    private boolean matches(Gold g, Found f) {
        if (!g.file().equals(f.file()) || !g.kind().equals(f.kind())) {
            return false;
        }
        boolean same = g.kind().equals("control") ? Objects.equals(g.to(), f.to()) : g.type().equals(f.type());
        return same && km(g.lat(), g.lon(), f.lat(), f.lon()) <= MATCH_KM;
    }

    private List<Gold> gold(Path file) {
        List<Gold> gold = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            double lat;
            double lon;
            if (!r.get("lat").isBlank()) {
                lat = Double.parseDouble(r.get("lat"));
                lon = Double.parseDouble(r.get("lon"));
            } else {
                PlaceCandidate p = gazetteer.resolve(r.get("place")).stream().findFirst().orElseThrow(
                        () -> new IllegalStateException("gold place not in the gazetteer: " + r.get("place")));
                lat = p.lat();
                lon = p.lon();
            }
            gold.add(new Gold(r.get("file"), r.get("kind"), r.get("place"), LocalDate.parse(r.get("date")),
                    blankToNull(r.get("to")), blankToNull(r.get("type")), blankToNull(r.get("status")), lat, lon));
        }
        return gold;
    }

    static Map<String, LocalDate> published(Path file) {
        Map<String, LocalDate> dates = new TreeMap<>();
        if (file != null) {
            csv(file).forEach(r -> dates.put(r.get("file"), LocalDate.parse(r.get("published"))));
        }
        return dates;
    }

    static ArticleInput article(Path file, LocalDate published) {
        try {
            ArticleInput a = ArticleText.parse(ArticleBytes.decode(Files.readAllBytes(file))).article();
            return published == null || a.published() != null ? a
                    : new ArticleInput(a.title(), a.publisher(), a.url(), published, a.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> articles(Path corpus) {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
