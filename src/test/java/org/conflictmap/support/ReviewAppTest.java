package org.conflictmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port over its own in-memory H2GIS database (not the one {@link H2AppTest} shares:
 * these tests put accepted items on the map), with a known editor password ({@link #EDITOR_PASSWORD}) and a
 * {@link ScriptedExtractor} in front of the real extractor. The gazetteer holds the region (Syria and its neighbours)
 * without the rest of the world, which these tests do not need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:review;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "conflictmap.gazetteer.world-import=off",
        "EDITOR_PASSWORD=" + ReviewAppTest.EDITOR_PASSWORD})
@Import(ScriptedExtractor.Config.class)
public @interface ReviewAppTest {
    String EDITOR_PASSWORD = "test-editor-secret";
}
