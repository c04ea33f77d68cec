package org.conflictmap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.conflictmap.Application;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.ActorService;
import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.extract.ArticleInput;
import org.conflictmap.extract.ArticleText;
import org.conflictmap.extract.Extractor;
import org.conflictmap.extract.RuleExtractor;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Articles per second through {@link Extractor#extract}: ~800-word articles made by joining development-corpus
 * articles, 300 warm-up extractions, then 2,000 timed ones on one thread (p50/p99 latency) and 2,000 on two threads
 * (throughput); once with the application's gazetteer (its in-memory index), once with the gazetteer's answers
 * memoised across articles, which leaves the extractor's own cost. Run with {@code ./mvnw -Pbench verify}.
 */
public final class ExtractBench {
    private static final int WORDS = 800;
    private static final int WARM_UP = 300;
    private static final int TIMED = 2_000;

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--spring.datasource.url=jdbc:h2:mem:extractbench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--logging.level.root=warn", "--logging.level.org.conflictmap.gazetteer=info",
                "--conflictmap.gazetteer.world-import=startup");
        try {
            List<ArticleInput> articles = articles();
            measure("application gazetteer", context.getBean(Extractor.class), articles);
            // The gazetteer's answers memoised across articles: what is left is the extractor's own cost.
            Gazetteer gazetteer = context.getBean(Gazetteer.class);
            List<Actor> actors = context.getBean(ActorService.class).all();
            Map<String, List<PlaceCandidate>> memo = new ConcurrentHashMap<>();
            measure("memoised gazetteer", new RuleExtractor((name, near) -> memo.computeIfAbsent(name + "|" + near,
                    k -> gazetteer.resolve(name, gazetteer.defaultScope(), near)), gazetteer.defaultScope(),
                    () -> actors), articles);
        } finally {
            context.close();
        }
    }

    private static void measure(String label, Extractor extractor, List<ArticleInput> articles) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            extractor.extract(articles.get(i % articles.size()));
        }
        long[] nanos = new long[TIMED];
        long start = System.nanoTime();
        int items = 0;
        for (int i = 0; i < TIMED; i++) {
            long s = System.nanoTime();
            var x = extractor.extract(articles.get(i % articles.size()));
            nanos[i] = System.nanoTime() - s;
            items += x.controlChanges().size() + x.events().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        double words = articles.stream().mapToInt(a -> a.text().split("\\s+").length).average().orElse(0);
        System.out.printf("extract (%s): %d articles of %.0f words on average, %.0f articles/s on "
                        + "one thread, p50=%.2f p99=%.2f ms, %.1f items per article%n", label, TIMED, words,
                TIMED / seconds, nanos[TIMED / 2] / 1e6, nanos[(int) (TIMED * 0.99)] / 1e6,
                (double) items / TIMED);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> futures = new ArrayList<>();
            long s = System.nanoTime();
            for (int i = 0; i < TIMED; i++) {
                ArticleInput a = articles.get(i % articles.size());
                futures.add(pool.submit(() -> extractor.extract(a)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            System.out.printf("extract (%s): %.0f articles/s on two threads%n", label,
                    TIMED / ((System.nanoTime() - s) / 1e9));
        }
    }

    /** Development-corpus articles joined, in rotating order, until each has about {@value #WORDS} words. */
    private static List<ArticleInput> articles() throws IOException {
        List<ArticleInput> corpus = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:extract/corpus/*.txt")) {
            try (InputStream in = r.getInputStream()) {
                corpus.add(ArticleText.parse(ArticleBytes.decode(in.readAllBytes())).article());
            }
        }
        List<ArticleInput> joined = new ArrayList<>();
        for (int first = 0; first < corpus.size(); first++) {
            StringBuilder text = new StringBuilder();
            for (int i = first; text.toString().split("\\s+").length < WORDS; i++) {
                text.append(corpus.get(i % corpus.size()).text()).append("\n\n");
            }
            ArticleInput head = corpus.get(first);
            joined.add(new ArticleInput(head.title(), head.publisher(), head.url(), head.published(),
                    text.toString()));
        }
        return joined;
    }
}
