package org.conflictmap.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.actor.Actor;
import org.conflictmap.gazetteer.GeoPrecision;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.gazetteer.PlaceKind;
import org.springframework.core.io.ClassPathResource;

/**
 * A {@link RuleExtractor} over a small fake gazetteer (a dozen places, exact names only) and the real actor list,
 * for fast unit tests of the patterns without a database.
 */
final class TestExtractor {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 4); // a Wednesday

    private record Entry(long id, String name, PlaceKind kind, double lat, double lon, String country,
                         List<String> names) {
    }

    private static final List<Entry> PLACES = List.of(
            entry(1, "Aleppo", PlaceKind.CITY, 36.202, 37.158, "SY", "Halab", "حلب"),
            entry(2, "Hama", PlaceKind.CITY, 35.131, 36.757, "SY", "Hamah", "حماة"),
            entry(3, "Saraqib", PlaceKind.TOWN, 35.864, 36.801, "SY"),
            entry(4, "Tall Rif‘at", PlaceKind.TOWN, 36.470, 37.097, "SY", "Tal Rifaat"),
            entry(5, "Idlib", PlaceKind.CITY, 35.930, 36.634, "SY"),
            entry(6, "Idlib Governorate", PlaceKind.REGION, 35.8, 36.6, "SY"),
            entry(7, "Damascus", PlaceKind.CITY, 33.510, 36.291, "SY", "دمشق"),
            entry(8, "Syria", PlaceKind.COUNTRY, 35.0, 38.5, "SY"),
            entry(9, "Lebanon", PlaceKind.COUNTRY, 33.9, 35.85, "LB"),
            entry(10, "Moscow", PlaceKind.CITY, 55.75, 37.62, "RU"),
            entry(11, "Aleppo International Airport", PlaceKind.FACILITY, 36.181, 37.224, "SY"),
            entry(12, "Nayrab Military Airbase", PlaceKind.FACILITY, 36.186, 37.21, "SY", "Aleppo military airport"),
            entry(13, "Manbij", PlaceKind.CITY, 36.528, 37.955, "SY", "منبج"),
            entry(14, "Maarat al-Numan", PlaceKind.TOWN, 35.643, 36.671, "SY", "Ma‘arrat an Nu‘mān"),
            entry(15, "Homs", PlaceKind.CITY, 34.727, 36.723, "SY"),
            entry(16, "Ankara", PlaceKind.CITY, 39.92, 32.85, "TR"),
            entry(17, "Doha", PlaceKind.CITY, 25.29, 51.53, "QA"),
            entry(18, "Suran", PlaceKind.TOWN, 35.292, 36.748, "SY"),
            entry(19, "Suran", PlaceKind.VILLAGE, 36.566, 37.213, "SY"),
            entry(20, "Deir ez-Zor", PlaceKind.CITY, 35.336, 40.141, "SY"),
            entry(21, "Ash Shaykh Sa‘d", PlaceKind.VILLAGE, 31.737, 35.257, "PS", "Sheikh Saeed"),
            entry(22, "Israel", PlaceKind.COUNTRY, 31.5, 34.9, "IL"),
            entry(23, "Turkey", PlaceKind.COUNTRY, 39.0, 35.0, "TR"));
    /** Places found only by a tolerant spelling (their other names stand for the gazetteer's loose keys). */
    private static final Set<Long> LOOSE = Set.of(21L);

    private TestExtractor() {
    }

    static RuleExtractor create() {
        return new RuleExtractor((name, near) -> resolve(name), Set.of("SY"), TestExtractor::actors);
    }

    static Extraction extract(String text) {
        return create().extract(new ArticleInput("t", "p", null, PUBLISHED, text));
    }

    private static Entry entry(long id, String name, PlaceKind kind, double lat, double lon, String country,
                               String... names) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(Arrays.asList(names));
        return new Entry(id, name, kind, lat, lon, country, all);
    }

    /** Exact (normalised) names; the smaller id first among namesakes, like a bigger place first. */
    private static List<PlaceCandidate> resolve(String name) {
        String key = NameNormalizer.normalize(name);
        return PLACES.stream().filter(e -> e.names().stream().anyMatch(n -> NameNormalizer.normalize(n).equals(key)))
                .map(e -> new PlaceCandidate(e.id(), e.name(), e.kind(), e.lat(), e.lon(), e.country(), null, null,
                        GeoPrecision.EXACT, e.id() == 19 ? 0.7 : 0.9,
                        LOOSE.contains(e.id()) && !e.name().equals(name) ? "loose-name" : "name")).toList();
    }

    private static List<Actor> actors() {
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/actors.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            List<Actor> actors = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                actors.add(new Actor(r.get("code"), r.get("name"), List.of(r.get("aliases").split("\\|")),
                        r.get("kind"), r.get("colour"), r.get("side")));
            }
            return actors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
