package org.conflictmap.gazetteer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty database's gazetteer at start-up, before anything that resolves place names runs. */
@Component
@Order(1)
class GazetteerStartup implements ApplicationRunner {
    private final Gazetteer gazetteer;

    GazetteerStartup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void run(ApplicationArguments args) {
        gazetteer.importIfEmpty();
    }
}
