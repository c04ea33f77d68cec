package org.conflictmap.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.conflictmap.Application;
import org.conflictmap.control.ControlService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Control areas for one date with 2,000 controlled places and 20,000 control changes, on PostGIS (target: p95 ≤
 * 150 ms). Creates the database {@code conflictmap_bench} (dropped first), starts the app on it with the demo data,
 * adds synthetic places inside Syria and random control changes, then times {@code areasOn(date)} for random dates.
 * Run with {@code ./mvnw -Pbench verify}; PostGIS at POSTGIS_BENCH_URL (default jdbc:postgresql://127.0.0.1:5432/),
 * user postgres, password from POSTGIS_BENCH_PASSWORD.
 */
public final class ControlAreasBench {
    private static final int PLACES = 2_000;
    private static final int CHANGES = 20_000;
    private static final int RUNS = 60;

    public static void main(String[] args) throws Exception {
        String server = env("POSTGIS_BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String password = env("POSTGIS_BENCH_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", password);
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS conflictmap_bench");
            st.execute("CREATE DATABASE conflictmap_bench");
        } catch (SQLException e) {
            System.out.println("control areas bench skipped: PostGIS not reachable (" + e.getMessage() + ")");
            return;
        }
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--spring.datasource.url=" + server + "conflictmap_bench", "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + password, "--server.port=0", "--logging.level.root=warn",
                "--conflictmap.gazetteer.world-import=off");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            int existing = jdbc.queryForObject("SELECT COUNT(DISTINCT place_id) FROM control_change", Integer.class);
            jdbc.execute("SELECT setseed(0.42)");
            jdbc.update("""
                    INSERT INTO place (name, kind, geom, country_code, geo_precision, external_id, source)
                    SELECT 'bench place ' || g, 'VILLAGE', pt, 'SY', 'EXACT', 'bench:' || g, 'synthetic (benchmark)'
                    FROM (SELECT g, ST_SetSRID(ST_MakePoint(35.6 + random() * 6.8, 32.3 + random() * 5.1), 4326) AS pt
                          FROM generate_series(1, 12000) g) x
                    WHERE ST_Intersects(pt, (SELECT geom FROM boundary WHERE code = 'SY'))
                    LIMIT ?""", PLACES - existing);
            ControlService control = context.getBean(ControlService.class);
            // scenario 1: every change gives its place to a random one of four actors (a worst case: control
            // fragments into single cells, so the dissolve has the most boundaries to keep)
            insertChanges(jdbc, CHANGES - jdbc.queryForObject("SELECT COUNT(*) FROM control_change", Integer.class),
                    "a.ids[1 + floor(random() * 4)::int]");
            measure("random controllers", jdbc, control);
            // scenario 2: control follows regions (2-degree squares), with 10 % of changes going to another actor
            jdbc.update("DELETE FROM control_change WHERE summary = 'synthetic (benchmark)'");
            insertChanges(jdbc, CHANGES - jdbc.queryForObject("SELECT COUNT(*) FROM control_change", Integer.class),
                    """
                    CASE WHEN random() < 0.1 THEN a.ids[1 + floor(random() * 4)::int]
                         ELSE a.ids[1 + (floor(ST_X(pl.geom) / 2) + floor(ST_Y(pl.geom) / 2))::int % 4] END""");
            measure("regional controllers", jdbc, control);
        } finally {
            context.close();
        }
    }

    private static void insertChanges(JdbcTemplate jdbc, int count, String controller) {
        jdbc.update("""
                INSERT INTO control_change (place_id, change_date, from_actor_id, to_actor_id, status, summary,
                                            source_id)
                SELECT pl.id, DATE '2024-11-26' + floor(random() * 40)::int, NULL, %s,
                       CASE WHEN random() < 0.1 THEN 'CONTESTED' ELSE 'CONFIRMED' END,
                       'synthetic (benchmark)', (SELECT MIN(id) FROM source)
                FROM (SELECT p.ids[1 + floor(random() * array_length(p.ids, 1))::int] AS place_id
                      FROM generate_series(1, ?) g,
                           (SELECT array_agg(id) AS ids FROM place WHERE external_id LIKE 'bench:%%') p) pick
                JOIN place pl ON pl.id = pick.place_id,
                     (SELECT array_agg(id ORDER BY code) AS ids FROM actor
                      WHERE code IN ('SAA', 'HTS', 'SNA', 'SDF')) a""".formatted(controller), count);
    }

    private static void measure(String scenario, JdbcTemplate jdbc, ControlService control) {
        jdbc.execute("ANALYZE");
        int places = jdbc.queryForObject("SELECT COUNT(DISTINCT place_id) FROM control_change", Integer.class);
        int changes = jdbc.queryForObject("SELECT COUNT(*) FROM control_change", Integer.class);
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2024, 11, 26);
        for (int i = 0; i < 5; i++) {
            control.areasOn(first.plusDays(random.nextInt(40)));
        }
        long[] nanos = new long[RUNS];
        int areas = 0;
        for (int i = 0; i < RUNS; i++) {
            LocalDate day = first.plusDays(random.nextInt(40));
            long s = System.nanoTime();
            areas += control.areasOn(day).size();
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        System.out.printf("control areas on PostGIS, %s: %d places with control, %d control changes, %d dates: "
                        + "p50=%.1f p95=%.1f max=%.1f ms (%.1f areas per date)%n", scenario, places, changes, RUNS,
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6,
                areas / (double) RUNS);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
