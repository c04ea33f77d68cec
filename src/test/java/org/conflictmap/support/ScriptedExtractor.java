package org.conflictmap.support;

import java.util.concurrent.atomic.AtomicReference;

import org.conflictmap.extract.ArticleInput;
import org.conflictmap.extract.Extraction;
import org.conflictmap.extract.Extractor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's real extractor, unless a test scripts the next extraction (to control exactly which items an
 * import yields, e.g. one whose place does not exist). A script is used once.
 */
public class ScriptedExtractor implements Extractor {
    private final ApplicationContext context;
    private final AtomicReference<Extraction> next = new AtomicReference<>();

    ScriptedExtractor(ApplicationContext context) {
        this.context = context;
    }

    public void scriptNext(Extraction extraction) {
        next.set(extraction);
    }

    @Override
    public Extraction extract(ArticleInput article) {
        Extraction scripted = next.getAndSet(null);
        return scripted != null ? scripted : real().extract(article);
    }

    private Extractor real() {
        return context.getBeansOfType(Extractor.class).values().stream().filter(e -> e != this).findFirst()
                .orElseThrow(() -> new IllegalStateException("no real extractor"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        ScriptedExtractor scriptedExtractor(ApplicationContext context) {
            return new ScriptedExtractor(context);
        }

        @Bean
        AsEditor.Strategy securityContextStrategy() {
            return new AsEditor.Strategy();
        }
    }
}
