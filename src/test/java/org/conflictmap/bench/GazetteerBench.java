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

/**
 * Resolves per second, single-threaded, over the gold set's queries on the embedded H2GIS database, after warm-up;
 * p50/p99 latency and heap used. Run with {@code ./mvnw -Pbench verify}. (The gazetteer issue's targets — 50,000
 * resolves/s, p99 ≤ 1 ms — call for an in-memory index; this measures the SQL lookup that serves today.)
 */
public final class GazetteerBench {
    private static final int ROUNDS = 30;

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--spring.datasource.url=jdbc:h2:mem:gazbench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--conflictmap.demo.enabled=false", "--logging.level.root=warn");
        try {
            Gazetteer gazetteer = context.getBean(Gazetteer.class);
            List<String> queries = new ArrayList<>();
            try (Reader in = new InputStreamReader(new ClassPathResource("gazetteer/gold.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    queries.add(r.get("query"));
                }
            }
            for (int i = 0; i < 5; i++) {
                queries.forEach(gazetteer::resolveBest);
            }
            long[] nanos = new long[queries.size() * ROUNDS];
            long start = System.nanoTime();
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    gazetteer.resolveBest(q);
                    nanos[n++] = System.nanoTime() - s;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("gazetteer resolve (H2GIS, SQL lookup): %d resolves, %.0f per second, p50=%.3f "
                            + "p99=%.3f ms; heap used after GC %d MB%n", n, n / seconds, nanos[n / 2] / 1e6,
                    nanos[(int) (n * 0.99)] / 1e6, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        } finally {
            context.close();
        }
    }
}
