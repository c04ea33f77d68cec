package org.conflictmap.extract;

import java.nio.file.Path;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor against the development corpus (targets of issue 6) and, on request, against another folder:
 * {@code ./mvnw test -Dtest=ExtractionEvalTest -Dextract.corpus=/work/shared/seeds
 * -Dextract.gold=src/test/resources/extract/seed-gold.csv
 * -Dextract.published=src/test/resources/extract/seed-published.csv}.
 */
@H2AppTest
class ExtractionEvalTest {
    private static final Path RESOURCES = Path.of("src/test/resources/extract");

    @Autowired
    RuleExtractor extractor;
    @Autowired
    Gazetteer gazetteer;

    @Test
    void meetsTheTargetsOnTheDevelopmentCorpus() {
        ExtractionEval.Report report = new ExtractionEval(extractor, gazetteer).run(RESOURCES.resolve("corpus"),
                RESOURCES.resolve("gold.csv"), RESOURCES.resolve("metonymy.csv"), java.util.Map.of());
        print("development corpus", report);
        assertThat(report.control().precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.control().recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.metonymyViolations()).isZero();
    }

    /**
     * The held-out set (written blind to the rules; first run: control P 0.75 R 0.42, events F1 0.63, see DD006):
     * a floor against regressions, below the current figures. Most of what it still misses are places the
     * gazetteer lacks (villages of south Lebanon and Idlib).
     */
    @Test
    void holdsItsGroundOnTheHeldOutSet() {
        Path heldOut = RESOURCES.resolve("heldout");
        ExtractionEval.Report report = new ExtractionEval(extractor, gazetteer).run(heldOut,
                heldOut.resolve("gold.csv"), heldOut.resolve("metonymy.csv"), java.util.Map.of());
        print("held-out set", report);
        assertThat(report.control().precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.control().recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.metonymyViolations()).isZero();
    }

    @Test
    @EnabledIfSystemProperty(named = "extract.corpus", matches = ".+")
    void reportsOnAnotherCorpus() {
        String published = System.getProperty("extract.published");
        ExtractionEval.Report report = new ExtractionEval(extractor, gazetteer).run(
                Path.of(System.getProperty("extract.corpus")), Path.of(System.getProperty("extract.gold")), null,
                ExtractionEval.published(published == null ? null : Path.of(published)));
        print(System.getProperty("extract.corpus"), report);
    }

    private static void print(String title, ExtractionEval.Report report) {
        System.out.println("== Extraction eval: " + title + "\n" + report.summary());
        report.errors().forEach(e -> System.out.println("  " + e));
    }
}
