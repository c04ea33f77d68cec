package org.conflictmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port over an in-memory H2GIS database with the demo data loaded. All tests using
 * it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:conflictmap;DB_CLOSE_DELAY=-1",
        "conflictmap.gazetteer.world-import=startup",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
public @interface H2AppTest {
}
