package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.article.ArticleMeta;
import org.conflictmap.article.ArticleService;
import org.conflictmap.article.Imported;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.extract.ExtractedControlChange;
import org.conflictmap.extract.Extraction;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.support.AsEditor;
import org.conflictmap.support.PostgisAppTest;
import org.conflictmap.support.ScriptedExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging on PostGIS (the same-happening query uses the spatial index there). Each test rolls back: the PostGIS
 * context is shared with tests that count the demo data.
 */
@PostgisAppTest
@Transactional
class ReviewPostgisTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService review;
    @Autowired
    ControlService control;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    ScriptedExtractor extractor;
    @Autowired
    AsEditor.Strategy security;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurity() {
        security.use();
    }

    private ReviewItemView importCapture(String publisher, PlaceCandidate p, LocalDate date) {
        String sentence = "Fighters captured the town.";
        extractor.scriptNext(new Extraction(List.of(new ExtractedControlChange(p.id(), p.name(), p.lat(), p.lon(),
                date, DatePrecision.DAY, "SAA", "HTS", ControlStatus.CONFIRMED, sentence, 0, sentence.length(), 0, 8,
                0.9)), List.of()));
        String text = "Published: 2024-12-05\nSource: " + publisher + "\n\n" + sentence + " " + publisher;
        Imported imported = AsEditor.run("editor", () -> articles.importArticle(text.getBytes(StandardCharsets.UTF_8),
                "a.txt", "text/plain", ArticleMeta.none()));
        return review.ofArticle(imported.articleId()).getFirst();
    }

    @Test
    void twoReportsOfOneCaptureMergeAndAThirdFarAwayDoesNot() {
        PlaceCandidate saraqib = gazetteer.resolveBest("Saraqib").orElseThrow();
        PlaceCandidate idlib = gazetteer.resolveBest("Idlib").orElseThrow();
        ReviewItemView a = importCapture("Wire A", saraqib, LocalDate.parse("2023-01-10"));
        ReviewItemView b = importCapture("Wire B", saraqib, LocalDate.parse("2023-01-11"));
        ReviewItemView c = importCapture("Wire C", idlib, LocalDate.parse("2023-01-10"));

        ReviewService.Accepted first = AsEditor.run("editor", () -> review.accept(a.id(), ReviewEdit.unchanged(a)));
        ReviewService.Accepted second = AsEditor.run("editor", () -> review.accept(b.id(), ReviewEdit.unchanged(b)));
        ReviewService.Accepted third = AsEditor.run("editor", () -> review.accept(c.id(), ReviewEdit.unchanged(c)));

        assertThat(second.merged()).isTrue();
        assertThat(second.featureId()).isEqualTo(first.featureId());
        assertThat(third.merged()).isFalse();
        long id = Long.parseLong(first.featureId().substring("control-".length()));
        assertThat(control.sources(id)).extracting(m -> m.source().publisher()).containsExactly("Wire A", "Wire B");
    }
}
