package org.conflictmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port over PostGIS ({@code conflictmap_test} on 127.0.0.1:5432, user postgres, or
 * POSTGIS_TEST_URL / _USER / _PASSWORD). The schema is cleaned and migrated afresh and the demo data loaded. Outside
 * CI the tests are skipped when PostGIS is unreachable; with CI=true they run and fail. A {@link ScriptedExtractor}
 * stands in front of the real extractor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgisAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${POSTGIS_TEST_URL:jdbc:postgresql://127.0.0.1:5432/conflictmap_test}",
        "spring.datasource.username=${POSTGIS_TEST_USER:postgres}",
        "spring.datasource.password=${POSTGIS_TEST_PASSWORD:}",
        "spring.flyway.clean-disabled=false",
        "conflictmap.gazetteer.world-import=startup"})
@Import({CleanMigrate.class, ScriptedExtractor.Config.class})
public @interface PostgisAppTest {
}
