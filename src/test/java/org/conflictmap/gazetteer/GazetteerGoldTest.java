package org.conflictmap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Development gold set of the gazetteer ({@code src/test/resources/gazetteer/gold.csv}): place names as users and
 * sources write them (English, French, German, Arabic, transliterations, case, typos, facilities, governorates,
 * countries, ambiguous names) with their true location, collected independently of the gazetteer's own data.
 * Every query goes through {@link Gazetteer#resolveBest}; a hit is a best candidate within the row's tolerance.
 */
@H2AppTest
class GazetteerGoldTest {
    /*
     * The gazetteer issue's target: >= 97 % of the queries within tolerance and no answer in the wrong country.
     * History on this set: 78.4 % with exact normalised names only (Levant places); 92.4 % with the loose key;
     * 100 % (342 of 342, 0 wrong-country) on 2026-11-26 with the global GeoNames data, the in-memory index, kind
     * words, scoped loose and fuzzy matching and the curated facilities, regions and Kurdish names. The set was used
     * while developing those, so the held-out set (heldout.csv, below) is the fairer figure.
     */
    static final double OVERALL_FLOOR = 97.0;
    static final int WRONG_COUNTRY_CEILING = 0;
    static final int MIN_QUERIES = 220;
    static final int MIN_PER_CATEGORY = 15;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Autowired
    Gazetteer gazetteer;

    record Gold(String query, String expected, double lat, double lon, double toleranceKm, String country,
                String category) {
    }

    record Outcome(Gold gold, Optional<PlaceCandidate> best) {
        double km() {
            return best.map(b -> haversineKm(gold.lat(), gold.lon(), b.lat(), b.lon())).orElse(Double.NaN);
        }

        boolean miss() {
            return best.isEmpty();
        }

        boolean hit() {
            return !miss() && km() <= gold.toleranceKm();
        }

        boolean wrongCountry() {
            return !miss() && !gold.country().equals(best.get().countryCode());
        }

        String describe() {
            return "[%s] %s (expected %s, %s) -> %s".formatted(gold.category(), gold.query(), gold.expected(),
                    gold.country(), best.map(b -> "%s, %s, %s, %.0f km off (score %.3f, %s)".formatted(b.name(),
                            b.kind(), b.countryCode(), km(), b.score(), b.reason())).orElse("nothing"));
        }
    }

    @Test
    void goldSetHasAtLeast220Queries() {
        assertThat(gold()).hasSizeGreaterThanOrEqualTo(MIN_QUERIES);
    }

    @Test
    void everyCategoryHasAtLeast15Queries() {
        Map<String, Long> perCategory = gold().stream()
                .collect(Collectors.groupingBy(Gold::category, TreeMap::new, Collectors.counting()));
        assertThat(perCategory).hasSize(11).allSatisfy((category, n) ->
                assertThat(n).as(category).isGreaterThanOrEqualTo(MIN_PER_CATEGORY));
    }

    @Test
    void accuracyDoesNotFallBelowTheRegressionFloors() {
        List<Outcome> outcomes = gold().stream().map(g -> new Outcome(g, gazetteer.resolveBest(g.query()))).toList();
        System.out.println(report("Gazetteer gold set (development)", outcomes));
        double accuracy = accuracy(outcomes);
        long wrongCountry = outcomes.stream().filter(Outcome::wrongCountry).count();
        assertThat(accuracy).as("overall accuracy %%, see the report above").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(wrongCountry).as("wrong-country answers").isLessThanOrEqualTo(WRONG_COUNTRY_CEILING);
    }

    /*
     * Held-out set (heldout.csv): 76 queries written after the development set had been tuned on, never tuned on
     * since, some with the text around the name or a country parameter. Measured on 2026-11-26: see HELD_OUT_FLOOR.
     */
    static final double HELD_OUT_FLOOR = 90.0;

    @Test
    void heldOutSetResolvesWithoutWrongCountries() {
        List<Outcome> outcomes = heldOut().stream().map(h -> new Outcome(h.gold(), gazetteer.resolve(new PlaceQuery(
                h.gold().query(), h.context(), h.scope(), null)).stream().findFirst())).toList();
        System.out.println(report("Gazetteer held-out set", outcomes));
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(70);
        assertThat(accuracy(outcomes)).as("held-out accuracy %%, see the report above")
                .isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
        assertThat(outcomes.stream().filter(Outcome::wrongCountry).count()).as("wrong-country answers")
                .isLessThanOrEqualTo(WRONG_COUNTRY_CEILING);
    }

    private static String report(String title, List<Outcome> outcomes) {
        Map<String, List<Outcome>> byCategory = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.gold().category(), TreeMap::new, Collectors.toList()));
        StringBuilder report = new StringBuilder("\n" + title + "\n");
        report.append("%-16s %5s %5s %9s %6s %14s%n".formatted("category", "n", "hits", "accuracy", "misses",
                "wrong-country"));
        byCategory.forEach((category, list) -> report.append(row(category, list)));
        report.append(row("OVERALL", outcomes));
        report.append("\nFailures:\n");
        outcomes.stream().filter(o -> !o.hit()).forEach(o -> report.append("  ").append(o.describe()).append('\n'));
        return report.toString();
    }

    private static String row(String label, List<Outcome> list) {
        return "%-16s %5d %5d %8.1f%% %6d %14d%n".formatted(label, list.size(), count(list, Outcome::hit),
                accuracy(list), count(list, Outcome::miss), count(list, Outcome::wrongCountry));
    }

    private static long count(List<Outcome> list, Predicate<Outcome> test) {
        return list.stream().filter(test).count();
    }

    private static double accuracy(List<Outcome> list) {
        return 100.0 * count(list, Outcome::hit) / list.size();
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    record HeldOut(Gold gold, String context, Set<String> scope) {
    }

    static List<HeldOut> heldOut() {
        try (InputStream in = GazetteerGoldTest.class.getResourceAsStream("/gazetteer/heldout.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> new HeldOut(new Gold(r.get("query"), r.get("expected"), Double.parseDouble(r.get("lat")),
                            Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("tolerance_km")),
                            r.get("expected_country"), r.get("category")),
                            r.get("context").isBlank() ? null : r.get("context"),
                            r.get("country").isBlank() ? null : Set.of(r.get("country"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Gold> gold() {
        try (InputStream in = GazetteerGoldTest.class.getResourceAsStream("/gazetteer/gold.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> new Gold(r.get("query"), r.get("expected"), Double.parseDouble(r.get("lat")),
                            Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("tolerance_km")),
                            r.get("country"), r.get("category")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
