package org.conflictmap.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo data at start-up when {@code conflictmap.demo.enabled} is true (the default). */
@Component
@Order(2)
@ConditionalOnProperty(name = "conflictmap.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataStartup implements ApplicationRunner {
    private final DemoData demoData;

    DemoDataStartup(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadIfEmpty();
    }
}
