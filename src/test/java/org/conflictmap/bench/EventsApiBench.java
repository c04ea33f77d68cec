package org.conflictmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.conflictmap.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up time and /api/events latency on the demo data, over real HTTP on loopback. Not a test: run with
 * {@code ./mvnw -Pbench verify} (embedded H2GIS) or add {@code -Dbench.args="--spring.datasource.url=jdbc:postgresql://…"}
 * for PostGIS. Prints one line per query: requests, p50/p95/p99 and max in milliseconds, requests per second.
 */
public final class EventsApiBench {
    private static final int WARM_UP = 300;
    private static final int RUNS = 2_000;

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String[] given = Arrays.stream(args).filter(a -> !a.isBlank()).toArray(String[]::new);
        String[] appArgs = given.length > 0 ? given : new String[]{
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--logging.level.root=warn", "--conflictmap.gazetteer.world-import=off"};
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, appArgs);
        double startupMs = (System.nanoTime() - start) / 1e6;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.printf("start-up incl. gazetteer import and demo load: %.0f ms%n", startupMs);

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("all events (no filter)", "");
        queries.put("Syria bbox", "bbox=35.5,32.3,42.4,37.4");
        queries.put("Aleppo bbox + dates + actor", "bbox=36.9,36.0,37.4,36.4&from=2024-11-28&to=2024-12-02&actor=HTS");
        queries.put("two types, whole period", "type=AIR_DRONE_STRIKE&type=ARMED_CLASH&from=2024-11-27&to=2024-12-08");
        HttpClient http = HttpClient.newHttpClient();
        try {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                URI uri = URI.create("http://127.0.0.1:" + port + "/api/events?" + q.getValue());
                HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
                for (int i = 0; i < WARM_UP; i++) {
                    http.send(request, HttpResponse.BodyHandlers.discarding());
                }
                long[] nanos = new long[RUNS];
                long t0 = System.nanoTime();
                for (int i = 0; i < RUNS; i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - s;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(q.getKey() + ": HTTP " + response.statusCode());
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                Arrays.sort(nanos);
                System.out.printf("%-32s n=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f ms, %.0f req/s%n", q.getKey(), RUNS,
                        ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[RUNS - 1] / 1e6, RUNS / seconds);
            }
        } finally {
            context.close();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }
}
