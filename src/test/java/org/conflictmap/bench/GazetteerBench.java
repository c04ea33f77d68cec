package org.conflictmap.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.Application;
import org.conflictmap.gazetteer.Gazetteer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global gazetteer on the embedded H2GIS database: first-start import time, in-memory index build time, heap
 * used by the whole application with the index loaded, and resolves per second single-threaded after warm-up with
 * p50/p99 latency, over two query sets: the gold set (press spellings, typos, facilities) and 20,000 names drawn
 * from the gazetteer itself (every script and country). Run with {@code ./mvnw -Pbench verify}.
 */
public final class GazetteerBench {
    private static final int ROUNDS = 20;

    public static void main(String[] args) throws IOException {
        long boot = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--spring.datasource.url=jdbc:h2:mem:gazbench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--conflictmap.demo.enabled=false", "--logging.level.root=warn");
        try {
            System.out.printf("gazetteer: start-up with first import and index %.1f s%n",
                    (System.nanoTime() - boot) / 1e9);
            Gazetteer gazetteer = context.getBean(Gazetteer.class);
            long build = System.nanoTime();
            gazetteer.rebuildIndex();
            System.out.printf("gazetteer: index rebuild %.1f s%n", (System.nanoTime() - build) / 1e9);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("gazetteer: heap used after GC, whole application with the index: %d MB%n",
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            List<String> gold = new ArrayList<>();
            try (Reader in = new InputStreamReader(new ClassPathResource("gazetteer/gold.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    gold.add(r.get("query"));
                }
            }
            List<String> drawn = context.getBean(JdbcTemplate.class).queryForList(
                    "SELECT name FROM place_name WHERE MOD(id, 40) = 0 ORDER BY id LIMIT 20000", String.class);
            run("gold-set queries", gold, gazetteer);
            run("names drawn from the gazetteer", drawn, gazetteer);
        } finally {
            context.close();
        }
    }

    private static void run(String label, List<String> queries, Gazetteer gazetteer) {
        for (int i = 0; i < 5; i++) {
            queries.forEach(gazetteer::resolveBest);
        }
        int rounds = Math.max(1, ROUNDS * 342 / queries.size());
        long[] nanos = new long[queries.size() * rounds];
        long start = System.nanoTime();
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : queries) {
                long s = System.nanoTime();
                gazetteer.resolveBest(q);
                nanos[n++] = System.nanoTime() - s;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("gazetteer resolve (in-memory index), %s: %d resolves, %.0f per second, p50=%.4f "
                + "p99=%.4f ms%n", label, n, n / seconds, nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6);
    }
}
