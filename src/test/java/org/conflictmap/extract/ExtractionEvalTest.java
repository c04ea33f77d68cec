package org.conflictmap.extract;

import java.nio.file.Path;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
     * The two sets written blind to the rules, as floors against regressions, below the current figures. First
     * (blind) runs: set 1 control P 0.75 R 0.42, events F1 0.63; set 2 control P 0.80 R 0.38, events F1 0.55 (see
     * DD006). Most of what they still miss are places the gazetteer lacks (small towns of Eastern Ghouta and the
     * Golan, villages of Idlib and south Lebanon).
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            heldout,  0.9, 0.8, 0.85
            heldout2, 0.9, 0.5, 0.5
            """)
    void holdsItsGroundOnTheBlindSets(String folder, double controlPrecision, double controlRecall, double eventsF1) {
        Path set = RESOURCES.resolve(folder);
        ExtractionEval.Report report = new ExtractionEval(extractor, gazetteer).run(set, set.resolve("gold.csv"),
                set.resolve("metonymy.csv"), java.util.Map.of());
        print(folder, report);
        assertThat(report.control().precision()).isGreaterThanOrEqualTo(controlPrecision);
        assertThat(report.control().recall()).isGreaterThanOrEqualTo(controlRecall);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(eventsF1);
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
