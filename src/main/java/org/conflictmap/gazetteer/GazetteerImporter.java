package org.conflictmap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the gazetteer from {@code geodata/} (shipped on the classpath): every GeoNames cities500 place with all its
 * alternate names, one point per country (Natural Earth) named in many languages by ICU, the curated supplement
 * (facilities, governorates and provinces, countries with their press names) and curated aliases of GeoNames places
 * (Kurdish names, for instance). Batched SQL, not JPA: about 200,000 places and 810,000 names, with progress in the
 * log. The region of interest goes first, in seconds; the rest of the world after, in its own transaction. Runs
 * once; a database that already holds them is left alone.
 */
@Component
class GazetteerImporter {
    static final String GEONAMES_FILE = "geodata/geonames-cities500.tsv.gz";
    static final String COUNTRIES_FILE = "geodata/countries-ne50m.csv";
    static final String CURATED_FILE = "geodata/curated-places.csv";
    static final String ALIASES_FILE = "geodata/curated-aliases.csv";
    static final String ADMIN1_FILE = "geodata/geonames-admin1.csv";
    private static final String GEONAMES_SOURCE = "GeoNames cities500 (CC-BY 4.0)";
    private static final String COUNTRY_SOURCE = "Natural Earth 1:50m (public domain), point inside the country; "
            + "names from ICU (Unicode CLDR)";
    /** Languages whose country names go into the gazetteer, from CLDR via ICU. */
    static final List<String> COUNTRY_NAME_LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "ar", "fa",
            "tr", "ku", "he", "ru", "uk", "zh", "ja");
    private static final int BATCH = 2_000;
    private static final int PROGRESS_EVERY = 50_000;
    private static final Logger log = LoggerFactory.getLogger(GazetteerImporter.class);

    private final JdbcTemplate jdbc;

    GazetteerImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Imports the places of the {@code region} countries, the curated places and the countries, unless places are
     * already there; returns the number of places imported. Quick (seconds): the rest of the world comes after,
     * from {@link #importWorldIfMissing}.
     */
    @Transactional
    public int importRegionIfEmpty(Set<String> region) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM place", Long.class);
        if (existing != null && existing > 0) {
            int added = addNewCurated();
            log.info("Gazetteer already holds {} places; import skipped{}", existing,
                    added == 0 ? "" : ", " + added + " curated places added since the last start");
            fillLooseKeys();
            return added;
        }
        long start = System.nanoTime();
        List<PlaceRow> small = new ArrayList<>(readCurated());
        Set<String> curatedCountries = new HashSet<>();
        small.stream().filter(r -> r.kind() == PlaceKind.COUNTRY).forEach(r -> curatedCountries.add(r.countryCode()));
        small.replaceAll(r -> r.kind() == PlaceKind.COUNTRY ? r.withNames(countryNames(r.countryCode())) : r);
        small.addAll(readCountries(curatedCountries));
        int places = insertPlaces(geoNames().filter(r -> region.contains(r.countryCode())), "GeoNames places")
                + insertPlaces(small.stream(), "curated places and countries");
        Map<String, Long> ids = ids();
        int names = insertNames(geoNames().filter(r -> region.contains(r.countryCode())), ids)
                + insertNames(small.stream(), ids);
        log.info("Gazetteer: imported {} places and {} names of {} in {} ms", places, names, region,
                (System.nanoTime() - start) / 1_000_000);
        return places;
    }

    /**
     * The curated places added to {@value #CURATED_FILE} since this database was filled (a new release adds some):
     * a database made by an older version gets them at the next start, without a full import.
     */
    private int addNewCurated() {
        Set<String> have = new HashSet<>(jdbc.queryForList(
                "SELECT external_id FROM place WHERE external_id LIKE 'curated:%'", String.class));
        List<PlaceRow> rows = readCurated().stream().filter(r -> !have.contains(r.externalId()))
                .map(r -> r.kind() == PlaceKind.COUNTRY ? r.withNames(countryNames(r.countryCode())) : r).toList();
        if (rows.isEmpty()) {
            return 0;
        }
        int places = insertPlaces(rows.stream(), "new curated places");
        insertNames(rows.stream(), ids());
        return places;
    }

    /**
     * Imports the GeoNames places outside the {@code region} countries unless some are already there, in one
     * transaction (an interrupted import leaves nothing and starts again next time); returns the number imported.
     * About 196,000 places and 790,000 names: a minute or more on H2GIS, with progress in the log.
     */
    @Transactional
    public int importWorldIfMissing(Set<String> region) {
        List<String> countries = jdbc.queryForList(
                "SELECT DISTINCT country_code FROM place WHERE external_id LIKE 'geonames:%'", String.class);
        if (countries.stream().anyMatch(c -> c != null && !region.contains(c))) {
            return 0;
        }
        long start = System.nanoTime();
        log.info("Gazetteer: importing the rest of the world's GeoNames places (a minute or more)");
        int places = insertPlaces(geoNames().filter(r -> !region.contains(r.countryCode())), "GeoNames places");
        int names = insertNames(geoNames().filter(r -> !region.contains(r.countryCode())), ids());
        log.info("Gazetteer: imported {} places and {} names of the rest of the world in {} s", places, names,
                (System.nanoTime() - start) / 1_000_000_000);
        return places;
    }

    private Map<String, Long> ids() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, external_id FROM place", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return ids;
    }

    private int insertPlaces(Stream<PlaceRow> rows, String what) {
        try (rows) {
            return insertPlaces(rows.iterator(), what);
        }
    }

    private int insertPlaces(Iterator<PlaceRow> it, String what) {
        List<PlaceRow> batch = new ArrayList<>(BATCH);
        int count = 0;
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == BATCH || !it.hasNext()) {
                jdbc.batchUpdate("""
                        INSERT INTO place (name, kind, geom, country_code, admin1, population, geo_precision,
                                           external_id, source)
                        VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, ?, ?, ?, ?, ?)""", batch,
                        batch.size(), (ps, r) -> {
                            ps.setString(1, r.name());
                            ps.setString(2, r.kind().name());
                            ps.setDouble(3, r.lon());
                            ps.setDouble(4, r.lat());
                            ps.setString(5, r.countryCode());
                            ps.setString(6, r.admin1());
                            ps.setObject(7, r.population());
                            ps.setString(8, r.precision().name());
                            ps.setString(9, r.externalId());
                            ps.setString(10, r.source());
                        });
                int before = count;
                count += batch.size();
                batch.clear();
                if (count / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                    log.info("Gazetteer: {} {} imported", count, what);
                }
            }
        }
        return count;
    }

    private int insertNames(Stream<PlaceRow> rows, Map<String, Long> ids) {
        try (rows) {
            return insertNames(rows.iterator(), ids);
        }
    }

    private int insertNames(Iterator<PlaceRow> it, Map<String, Long> ids) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        int count = 0;
        int places = 0;
        while (it.hasNext()) {
            PlaceRow row = it.next();
            places++;
            Long id = ids.get(row.externalId());
            Set<String> seen = new HashSet<>();
            for (String name : row.names()) {
                String key = NameNormalizer.normalize(name);
                if (!key.isEmpty() && key.length() <= 400 && name.strip().length() <= 400 && seen.add(key)) {
                    batch.add(new Object[]{id, name.strip(), language(name), key, NameNormalizer.loose(name)});
                }
            }
            if (batch.size() >= BATCH || !it.hasNext()) {
                jdbc.batchUpdate("INSERT INTO place_name (place_id, name, language, normalized, loose) "
                        + "VALUES (?, ?, ?, ?, ?)", batch, batch.size(), (ps, n) -> {
                            ps.setLong(1, (Long) n[0]);
                            ps.setString(2, (String) n[1]);
                            ps.setString(3, (String) n[2]);
                            ps.setString(4, (String) n[3]);
                            ps.setString(5, (String) n[4]);
                        });
                int before = count;
                count += batch.size();
                batch.clear();
                if (count / (PROGRESS_EVERY * 4) > before / (PROGRESS_EVERY * 4)) {
                    log.info("Gazetteer: {} names of {} places imported", count, places);
                }
            }
        }
        return count;
    }

    /** Names imported before the loose key existed get it now (one pass, then never again). */
    private void fillLooseKeys() {
        List<Object[]> missing = jdbc.query("SELECT id, name FROM place_name WHERE loose IS NULL",
                (rs, n) -> new Object[]{NameNormalizer.loose(rs.getString("name")), rs.getLong("id")});
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("UPDATE place_name SET loose = ? WHERE id = ?", missing);
            log.info("Gazetteer: loose keys filled for {} names", missing.size());
        }
    }

    /**
     * The GeoNames rows with the curated aliases and population figures ({@value #ALIASES_FILE}), read lazily from
     * the compressed file; closing the stream closes the file.
     */
    private Stream<PlaceRow> geoNames() {
        Map<String, CSVRecord> curated = new HashMap<>();
        for (CSVRecord r : records(ALIASES_FILE, CSVFormat.DEFAULT)) {
            curated.put("geonames:" + r.get("geonameid").strip(), r);
        }
        Map<String, String> admin1Names = new HashMap<>();
        for (CSVRecord r : records(ADMIN1_FILE, CSVFormat.DEFAULT)) {
            admin1Names.put(r.get("code"), r.get("name"));
        }
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();
        try {
            Reader reader = new InputStreamReader(new GZIPInputStream(new ClassPathResource(GEONAMES_FILE)
                    .getInputStream(), 1 << 16), StandardCharsets.UTF_8);
            CSVParser parser = tsv.parse(reader);
            return parser.stream().onClose(() -> close(parser)).map(r -> geoName(r, admin1Names))
                    .map(row -> row.curated(curated.get(row.externalId())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer file " + GEONAMES_FILE, e);
        }
    }

    private static PlaceRow geoName(CSVRecord r, Map<String, String> admin1Names) {
        long population = r.get("population").isBlank() ? 0 : Long.parseLong(r.get("population"));
        String country = r.get("country_code");
        String admin1Code = country + "." + r.get("admin1");
        List<String> names = new ArrayList<>(List.of(r.get("name"), r.get("asciiname")));
        if (!r.get("alternatenames").isBlank()) {
            names.addAll(List.of(r.get("alternatenames").split(",")));
        }
        return new PlaceRow("geonames:" + r.get("geonameid"), r.get("name"),
                PlaceKind.ofPopulatedPlace(population, r.get("feature_code")),
                Double.parseDouble(r.get("longitude")), Double.parseDouble(r.get("latitude")), country,
                admin1Names.getOrDefault(admin1Code, admin1Code), population, GeoPrecision.EXACT,
                GEONAMES_SOURCE, names);
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A point for every country Natural Earth maps, except those the curated file already has. Where Natural Earth
     * gives one code to several shapes (Australia and its reef islands), the shape named like the country wins.
     */
    private List<PlaceRow> readCountries(Set<String> skip) {
        Map<String, PlaceRow> rows = new LinkedHashMap<>();
        for (CSVRecord r : records(COUNTRIES_FILE, CSVFormat.DEFAULT)) {
            Region region;
            try {
                region = Region.getInstance(Integer.parseInt(r.get("iso_numeric")));
            } catch (IllegalArgumentException e) {
                continue; // not an ISO 3166 country (disputed areas without a code)
            }
            String code = region.toString();
            if (code.length() != 2 || skip.contains(code)) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(r.get("name")));
            names.addAll(countryNames(code));
            PlaceRow row = new PlaceRow("country:" + code, r.get("name"), PlaceKind.COUNTRY,
                    Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat")), code, null, null,
                    GeoPrecision.REGION, COUNTRY_SOURCE, names);
            if (!rows.containsKey(code) || r.get("name").equals(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH))) {
                rows.put(code, row);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The country's name in {@link #COUNTRY_NAME_LANGUAGES}, from CLDR. */
    static List<String> countryNames(String code) {
        ULocale country = new ULocale("", code);
        List<String> names = new ArrayList<>();
        for (String language : COUNTRY_NAME_LANGUAGES) {
            String name = country.getDisplayCountry(ULocale.forLanguageTag(language));
            if (!name.isBlank() && !name.equals(code)) {
                names.add(name);
            }
        }
        return names;
    }

    private List<PlaceRow> readCurated() {
        List<PlaceRow> rows = new ArrayList<>();
        for (CSVRecord r : records(CURATED_FILE, CSVFormat.DEFAULT)) {
            List<String> names = new ArrayList<>(List.of(r.get("name")));
            if (!r.get("alt_names").isBlank()) {
                names.addAll(List.of(r.get("alt_names").split("\\|")));
            }
            String precision = r.get("precision").strip().toUpperCase();
            rows.add(new PlaceRow("curated:" + r.get("key"), r.get("name"),
                    PlaceKind.valueOf(r.get("kind").strip().toUpperCase()), Double.parseDouble(r.get("lon")),
                    Double.parseDouble(r.get("lat")), blankToNull(r.get("country_code")), blankToNull(r.get("admin1")),
                    r.get("population").isBlank() ? null : Long.parseLong(r.get("population")),
                    "APPROXIMATE".equals(precision) ? GeoPrecision.NEAR : GeoPrecision.valueOf(precision),
                    "Curated: " + r.get("source"), names));
        }
        return rows;
    }

    private static List<CSVRecord> records(String path, CSVFormat format) {
        try (InputStream in = new ClassPathResource(path).getInputStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer file " + path, e);
        }
    }

    private static String language(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                ? "ar" : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record PlaceRow(String externalId, String name, PlaceKind kind, double lon, double lat,
                            String countryCode, String admin1, Long population, GeoPrecision precision,
                            String source, List<String> names) {
        PlaceRow withNames(List<String> more) {
            List<String> all = new ArrayList<>(names);
            all.addAll(more);
            return new PlaceRow(externalId, name, kind, lon, lat, countryCode, admin1, population, precision, source,
                    all);
        }

        /** With the extra names and, when given, the population of a row of the curated aliases file. */
        PlaceRow curated(CSVRecord aliases) {
            if (aliases == null) {
                return this;
            }
            PlaceRow named = withNames(List.of(aliases.get("aliases").split("\\|")));
            String figure = aliases.get("population").strip();
            if (figure.isEmpty()) {
                return named;
            }
            long people = Long.parseLong(figure);
            return new PlaceRow(externalId, name, PlaceKind.ofPopulatedPlace(people, ""), lon, lat, countryCode,
                    admin1, people, precision, source + "; population: curated", named.names());
        }
    }
}
