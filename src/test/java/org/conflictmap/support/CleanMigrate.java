package org.conflictmap.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A test database starts empty every run: Flyway cleans, then migrates. */
@TestConfiguration(proxyBeanMethods = false)
class CleanMigrate {
    @Bean
    FlywayMigrationStrategy cleanMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
