package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import org.conflictmap.article.ArticleMeta;
import org.conflictmap.article.ArticleService;
import org.conflictmap.article.Imported;
import org.conflictmap.audit.Revision;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.conflictmap.extract.ExtractedControlChange;
import org.conflictmap.extract.ExtractedEvent;
import org.conflictmap.extract.Extraction;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.source.SourceMentionRef;
import org.conflictmap.support.AsEditor;
import org.conflictmap.support.ReviewAppTest;
import org.conflictmap.support.ScriptedExtractor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing, accepting, merging, rejecting and the guards around them, through the services. */
@ReviewAppTest
class ReviewFlowTest {
    private static final String SENTENCE = "Rebels captured the town on Friday.";

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService review;
    @Autowired
    ControlService control;
    @Autowired
    EventService events;
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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate tx;

    private PlaceCandidate place(String name) {
        return gazetteer.resolveBest(name).orElseThrow();
    }

    private static ExtractedControlChange capture(PlaceCandidate p, LocalDate date, String to) {
        return new ExtractedControlChange(p.id(), p.name(), p.lat(), p.lon(), date, DatePrecision.DAY, "SAA", to,
                ControlStatus.CONFIRMED, SENTENCE, 10, 10 + SENTENCE.length(), 14, 22, 0.9);
    }

    /** Imports an article (unique text) whose extraction is scripted; returns its pending items. */
    private List<ReviewItemView> importWith(String publisher, Extraction extraction) {
        extractor.scriptNext(extraction);
        String text = "Title: Report\nPublished: 2024-12-05\nSource: " + publisher + "\n\nFirst line. " + SENTENCE
                + " " + UUID.randomUUID();
        Imported imported = AsEditor.run("editor", () -> articles.importArticle(text.getBytes(StandardCharsets.UTF_8),
                "report.txt", "text/plain", ArticleMeta.none()));
        return review.ofArticle(imported.articleId());
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void acceptingPutsTheControlChangeOnTheMapWithTheArticleAsSource() {
        PlaceCandidate saraqib = place("Saraqib");
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-11-10"), "HTS")), List.of())).getFirst();
        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);

        ReviewService.Accepted accepted = AsEditor.run("editor", () -> review.accept(item.id(),
                ReviewEdit.unchanged(item)));

        assertThat(accepted.merged()).isFalse();
        long id = Long.parseLong(accepted.featureId().substring("control-".length()));
        assertThat(control.find(id)).hasValueSatisfying(c -> {
            assertThat(c.placeName()).isEqualTo(saraqib.name());
            assertThat(c.to().code()).isEqualTo("HTS");
            assertThat(c.source().publisher()).isEqualTo("Wire A");
        });
        assertThat(control.sources(id)).extracting(SourceMentionRef::sentence).containsExactly(SENTENCE);
        ReviewItemView done = review.find(item.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(done.reviewer()).isEqualTo("editor");
        assertThat(done.controlChangeId()).isEqualTo(id);
    }

    @Test
    void twoArticlesReportingTheSameCaptureMakeOneControlChangeWithTwoSources() {
        PlaceCandidate saraqib = place("Saraqib");
        ReviewItemView first = importWith("Wire A", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-10-01"), "SNA")), List.of())).getFirst();
        ReviewItemView second = importWith("Wire B", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-10-02"), "SNA")), List.of())).getFirst();
        int changesBefore = count("control_change");

        ReviewService.Accepted a = AsEditor.run("editor", () -> review.accept(first.id(), ReviewEdit.unchanged(first)));
        ReviewService.Accepted b = AsEditor.run("editor", () -> review.accept(second.id(),
                ReviewEdit.unchanged(second)));

        assertThat(b.merged()).isTrue();
        assertThat(b.featureId()).isEqualTo(a.featureId());
        assertThat(count("control_change")).isEqualTo(changesBefore + 1);
        long id = Long.parseLong(a.featureId().substring("control-".length()));
        assertThat(control.sources(id)).extracting(m -> m.source().publisher()).containsExactly("Wire A", "Wire B");
        assertThat(review.find(second.id()).orElseThrow().merged()).isTrue();
        // adding a source bumps the control change's version: two simultaneous merges cannot lose one
        assertThat(jdbc.queryForObject("SELECT version FROM control_change WHERE id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void reportsFartherApartThanTheRulesAreNotMerged() {
        PlaceCandidate saraqib = place("Saraqib");
        PlaceCandidate idlib = place("Idlib"); // ~17 km away
        ReviewItemView a = importWith("Wire A", new Extraction(List.of(capture(saraqib, LocalDate.parse("2024-09-01"),
                "SNA")), List.of())).getFirst();
        ReviewItemView laterDay = importWith("Wire B", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-09-03"), "SNA")), List.of())).getFirst();
        ReviewItemView elsewhere = importWith("Wire C", new Extraction(List.of(capture(idlib,
                LocalDate.parse("2024-09-01"), "SNA")), List.of())).getFirst();
        ReviewItemView otherActor = importWith("Wire D", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-09-01"), "HTS")), List.of())).getFirst();

        List<ReviewService.Accepted> accepted = AsEditor.run("editor", () -> List.of(
                review.accept(a.id(), ReviewEdit.unchanged(a)),
                review.accept(laterDay.id(), ReviewEdit.unchanged(laterDay)),
                review.accept(elsewhere.id(), ReviewEdit.unchanged(elsewhere)),
                review.accept(otherActor.id(), ReviewEdit.unchanged(otherActor))));

        assertThat(accepted).noneMatch(ReviewService.Accepted::merged);
        assertThat(accepted).extracting(ReviewService.Accepted::featureId).doesNotHaveDuplicates();
    }

    @Test
    void sameEventFromTwoArticlesMergesIntoOneEvent() {
        PlaceCandidate sarmada = place("Sarmada");
        ExtractedEvent strike = new ExtractedEvent(EventType.AIR_DRONE_STRIKE, sarmada.id(), sarmada.name(),
                sarmada.lat(), sarmada.lon(), LocalDate.parse("2024-08-01"), DatePrecision.DAY, List.of("RUS"),
                SENTENCE, 10, 10 + SENTENCE.length(), 14, 22, 0.8);
        ReviewItemView a = importWith("Wire A", new Extraction(List.of(), List.of(strike))).getFirst();
        ReviewItemView b = importWith("Wire B", new Extraction(List.of(), List.of(strike))).getFirst();

        ReviewService.Accepted first = AsEditor.run("editor", () -> review.accept(a.id(), ReviewEdit.unchanged(a)));
        ReviewService.Accepted second = AsEditor.run("editor", () -> review.accept(b.id(), ReviewEdit.unchanged(b)));

        assertThat(second.merged()).isTrue();
        long id = Long.parseLong(first.featureId().substring("event-".length()));
        assertThat(events.sources(id)).hasSize(2);
        assertThat(events.find(id)).hasValueSatisfying(e -> assertThat(e.actor1().code()).isEqualTo("RUS"));
    }

    @Test
    void editsAreAppliedWhenAccepting() {
        PlaceCandidate saraqib = place("Saraqib");
        PlaceCandidate maarat = place("Maarat al-Numan");
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(saraqib,
                LocalDate.parse("2024-07-01"), "HTS")), List.of())).getFirst();
        ReviewEdit edit = new ReviewEdit(item.version(), maarat.id(), LocalDate.parse("2024-07-02"),
                DatePrecision.DAY, null, List.of(), null, "SNA", ControlStatus.CLAIMED);

        ReviewService.Accepted accepted = AsEditor.run("editor", () -> review.accept(item.id(), edit));

        long id = Long.parseLong(accepted.featureId().substring("control-".length()));
        assertThat(control.find(id)).hasValueSatisfying(c -> {
            assertThat(c.placeId()).isEqualTo(maarat.id());
            assertThat(c.date()).isEqualTo(LocalDate.parse("2024-07-02"));
            assertThat(c.from()).isNull();
            assertThat(c.to().code()).isEqualTo("SNA");
            assertThat(c.status()).isEqualTo(ControlStatus.CLAIMED);
        });
    }

    @Test
    void rejectedItemsStayOffTheMap() {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"),
                LocalDate.parse("2024-06-01"), "HTS")), List.of())).getFirst();
        int changes = count("control_change");

        AsEditor.run("editor", () -> review.reject(item.id(), item.version()));

        assertThat(review.find(item.id()).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(count("control_change")).isEqualTo(changes);
    }

    @Test
    void missingFieldsAreRefusedWithAClearMessage() {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"), null, "HTS")),
                List.of())).getFirst();

        assertThatThrownBy(() -> AsEditor.run("editor", () -> review.accept(item.id(), ReviewEdit.unchanged(item))))
                .isInstanceOf(ReviewException.class).hasMessageContaining("date");
        assertThat(review.find(item.id()).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aSecondEditorWorkingFromTheSameVersionGetsAClearConflict() {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"),
                LocalDate.parse("2024-05-01"), "HTS")), List.of())).getFirst();
        ReviewEdit aliceEdit = new ReviewEdit(item.version(), item.placeId(), item.date(), DatePrecision.WEEK, null,
                List.of(), "SAA", "HTS", ControlStatus.CLAIMED);
        AsEditor.run("alice", () -> review.save(item.id(), aliceEdit));

        // bob still has the item as it was before alice's change
        assertThatThrownBy(() -> AsEditor.run("bob", () -> review.accept(item.id(), ReviewEdit.unchanged(item))))
                .isInstanceOf(StaleReviewException.class).hasMessageContaining("changed by someone else");
        ReviewItemView now = review.find(item.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(now.controlStatus()).isEqualTo(ControlStatus.CLAIMED);
        assertThat(now.version()).isEqualTo(item.version() + 1);
    }

    @Test
    void simultaneousChangesToOneItemFailOnTheVersionColumn() throws Exception {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"),
                LocalDate.parse("2024-04-01"), "HTS")), List.of())).getFirst();
        CountDownLatch bothRead = new CountDownLatch(2);
        Runnable decide = () -> AsEditor.run("editor", () -> tx.executeWithoutResult(s -> {
            // both transactions read version 0 before either writes
            ReviewItem entity = em.find(ReviewItem.class, item.id());
            bothRead.countDown();
            try {
                bothRead.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            entity.reject("editor", java.time.Instant.now());
            em.flush();
        }));
        // two threads of our own: the common pool may have only one on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(decide, threads);
        CompletableFuture<Void> two = CompletableFuture.runAsync(decide, threads);

        List<Throwable> failures = new java.util.ArrayList<>();
        for (CompletableFuture<Void> f : List.of(one, two)) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        long failed = failures.size();
        // the loser failed on the version check, not on a lock timeout
        failures.forEach(f -> assertThat(causes(f)).anyMatch(c -> c instanceof jakarta.persistence.OptimisticLockException
                || c instanceof org.hibernate.StaleStateException));
        threads.shutdown();
        assertThat(failed).as("exactly one of two simultaneous writers loses").isEqualTo(1);
        assertThat(review.find(item.id()).orElseThrow().version()).isEqualTo(item.version() + 1);
    }

    @Test
    void decidingTwiceIsRefused() {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"),
                LocalDate.parse("2024-03-01"), "HTS")), List.of())).getFirst();
        AsEditor.run("editor", () -> review.reject(item.id(), item.version()));

        assertThatThrownBy(() -> AsEditor.run("editor", () -> review.reject(item.id(), item.version() + 1)))
                .isInstanceOf(StaleReviewException.class).hasMessageContaining("already rejected by editor");
    }

    @Test
    void theAuditTrailRecordsWhoAcceptedAnItem() {
        ReviewItemView item = importWith("Wire A", new Extraction(List.of(capture(place("Saraqib"),
                LocalDate.parse("2024-02-01"), "HTS")), List.of())).getFirst();
        ReviewService.Accepted accepted = AsEditor.run("carol", () -> review.accept(item.id(),
                ReviewEdit.unchanged(item)));
        long changeId = Long.parseLong(accepted.featureId().substring("control-".length()));

        tx.executeWithoutResult(s -> {
            AuditReader audit = AuditReaderFactory.get(em);
            List<Number> revisions = audit.getRevisions(ReviewItem.class, item.id());
            assertThat(revisions).hasSize(2); // imported by editor, accepted by carol
            assertThat(audit.findRevision(Revision.class, revisions.get(0)).getUsername()).isEqualTo("editor");
            assertThat(audit.findRevision(Revision.class, revisions.get(1)).getUsername()).isEqualTo("carol");
            ReviewItem before = audit.find(ReviewItem.class, item.id(), revisions.get(0));
            assertThat(before.getStatus()).isEqualTo(ReviewStatus.PENDING);
            List<Number> changeRevisions = audit.getRevisions(org.conflictmap.control.ControlChange.class, changeId);
            assertThat(audit.findRevision(Revision.class, changeRevisions.getFirst()).getUsername())
                    .isEqualTo("carol");
        });
    }

    @Test
    void writesNeedTheEditorRole() {
        assertThatThrownBy(() -> articles.importArticle("Published: 2024-01-01\n\nText".getBytes(
                StandardCharsets.UTF_8), "a.txt", "text/plain", ArticleMeta.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> review.reject(1, 0)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
