package org.conflictmap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the gazetteer from {@code geodata/} (shipped on the classpath): GeoNames cities500 rows for Syria and its
 * neighbours, then the curated supplement. Batched SQL, not JPA: tens of thousands of names go in at once.
 * Runs once; a database that already holds places is left alone.
 */
@Component
class GazetteerImporter {
    static final String GEONAMES_FILE = "geodata/geonames-cities500-levant.tsv";
    static final String CURATED_FILE = "geodata/curated-places.csv";
    static final String ADMIN1_FILE = "geodata/geonames-admin1.csv";
    private static final String GEONAMES_SOURCE = "GeoNames cities500 (CC-BY 4.0)";
    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(GazetteerImporter.class);

    private final JdbcTemplate jdbc;

    GazetteerImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Imports everything unless places are already there; returns the number of places imported. */
    @Transactional
    public int importIfEmpty() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM place", Long.class);
        if (existing != null && existing > 0) {
            log.info("Gazetteer already holds {} places; import skipped", existing);
            fillLooseKeys();
            return 0;
        }
        long start = System.nanoTime();
        List<PlaceRow> rows = new ArrayList<>(readGeoNames());
        rows.addAll(readCurated());
        insert(rows);
        log.info("Gazetteer: imported {} places in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
        return rows.size();
    }

    private void insert(List<PlaceRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<PlaceRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate("""
                    INSERT INTO place (name, kind, geom, country_code, admin1, population, geo_precision,
                                       external_id, source)
                    VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
                    (ps, r) -> {
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
            log.info("Gazetteer: {} / {} places", Math.min(rows.size(), from + BATCH), rows.size());
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, external_id FROM place", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<Object[]> names = new ArrayList<>();
        for (PlaceRow row : rows) {
            Set<String> seen = new LinkedHashSet<>();
            for (String name : row.names()) {
                String key = NameNormalizer.normalize(name);
                if (!key.isEmpty() && key.length() <= 400 && seen.add(key)) {
                    names.add(new Object[]{ids.get(row.externalId()), name.strip(), language(name), key,
                            NameNormalizer.loose(name)});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO place_name (place_id, name, language, normalized, loose) VALUES (?, ?, ?, ?, ?)",
                names, BATCH, (ps, n) -> {
                    ps.setLong(1, (Long) n[0]);
                    ps.setString(2, (String) n[1]);
                    ps.setString(3, (String) n[2]);
                    ps.setString(4, (String) n[3]);
                    ps.setString(5, (String) n[4]);
                });
        log.info("Gazetteer: {} names", names.size());
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

    private List<PlaceRow> readGeoNames() {
        Map<String, String> admin1Names = new HashMap<>();
        for (CSVRecord r : records(ADMIN1_FILE, CSVFormat.DEFAULT)) {
            admin1Names.put(r.get("code"), r.get("name"));
        }
        List<PlaceRow> rows = new ArrayList<>();
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).get();
        for (CSVRecord r : records(GEONAMES_FILE, tsv)) {
            long population = r.get("population").isBlank() ? 0 : Long.parseLong(r.get("population"));
            String country = r.get("country_code");
            String admin1Code = country + "." + r.get("admin1");
            List<String> names = new ArrayList<>(List.of(r.get("name"), r.get("asciiname")));
            if (!r.get("alternatenames").isBlank()) {
                names.addAll(List.of(r.get("alternatenames").split(",")));
            }
            rows.add(new PlaceRow("geonames:" + r.get("geonameid"), r.get("name"),
                    PlaceKind.ofPopulatedPlace(population, r.get("feature_code")),
                    Double.parseDouble(r.get("longitude")), Double.parseDouble(r.get("latitude")), country,
                    admin1Names.getOrDefault(admin1Code, admin1Code), population, GeoPrecision.EXACT,
                    GEONAMES_SOURCE, names));
        }
        return rows;
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
    }
}
