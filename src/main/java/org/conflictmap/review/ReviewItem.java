package org.conflictmap.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.conflictmap.article.Article;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;
import org.conflictmap.extract.ExtractedControlChange;
import org.conflictmap.extract.ExtractedEvent;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One thing the extractor found in an article, waiting for an editor: accepted, it becomes (or adds a source to) an
 * event or a control change; rejected, it stays here for the record. The version column makes two editors working
 * on the same item fail loudly instead of overwriting each other.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "review_item")
public class ReviewItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewStatus status = ReviewStatus.PENDING;

    @Column(name = "place_id")
    private Long placeId;

    @Column(name = "item_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 10)
    private DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 40)
    private EventType eventType;

    /** Event actors, comma-separated codes, the acting one first. */
    @Column(name = "actor_codes", length = 200)
    private String actorCodes;

    @Column(name = "from_actor", length = 20)
    private String fromActor;

    @Column(name = "to_actor", length = 20)
    private String toActor;

    @Enumerated(EnumType.STRING)
    @Column(name = "control_status", length = 10)
    private ControlStatus controlStatus;

    @Column(nullable = false, length = 4000)
    private String sentence;

    @Column(name = "sentence_start", nullable = false)
    private int start;

    @Column(name = "sentence_end", nullable = false)
    private int end;

    @Column(name = "mention_start", nullable = false)
    private int mentionStart;

    @Column(name = "mention_end", nullable = false)
    private int mentionEnd;

    @Column(nullable = false)
    private double confidence;

    @Column(length = 100)
    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "control_change_id")
    private Long controlChangeId;

    /** True when accepting added the article as a further source of an item already on the map. */
    @Column(nullable = false)
    private boolean merged;

    @Version
    private long version;

    protected ReviewItem() {
    }

    private ReviewItem(Article article, ReviewKind kind, long placeId, LocalDate date, DatePrecision precision,
                       String sentence, int start, int end, int mentionStart, int mentionEnd, double confidence) {
        this.article = article;
        this.kind = kind;
        this.placeId = placeId > 0 ? placeId : null;
        this.date = date;
        this.datePrecision = precision;
        this.sentence = sentence.length() > 4000 ? sentence.substring(0, 4000) : sentence;
        this.start = start;
        this.end = end;
        this.mentionStart = mentionStart;
        this.mentionEnd = mentionEnd;
        this.confidence = confidence;
    }

    public static ReviewItem of(Article article, ExtractedEvent e) {
        ReviewItem item = new ReviewItem(article, ReviewKind.EVENT, e.placeId(), e.date(), e.datePrecision(),
                e.sentence(), e.start(), e.end(), e.mentionStart(), e.mentionEnd(), e.confidence());
        item.eventType = e.type();
        item.actorCodes = e.actors().isEmpty() ? null : String.join(",", e.actors());
        return item;
    }

    public static ReviewItem of(Article article, ExtractedControlChange c) {
        ReviewItem item = new ReviewItem(article, ReviewKind.CONTROL_CHANGE, c.placeId(), c.date(), c.datePrecision(),
                c.sentence(), c.start(), c.end(), c.mentionStart(), c.mentionEnd(), c.confidence());
        item.fromActor = c.from();
        item.toActor = c.to();
        item.controlStatus = c.status();
        return item;
    }

    /** Takes the editor's corrections (null fields stay empty: accepting then says what is missing). */
    void edit(ReviewEdit edit) {
        placeId = edit.placeId();
        date = edit.date();
        datePrecision = edit.datePrecision();
        if (kind == ReviewKind.EVENT) {
            eventType = edit.eventType();
            actorCodes = edit.actors().isEmpty() ? null : String.join(",", edit.actors());
        } else {
            fromActor = edit.fromActor();
            toActor = edit.toActor();
            controlStatus = edit.controlStatus();
        }
    }

    void accept(String reviewer, Instant when, Long eventId, Long controlChangeId, boolean merged) {
        this.status = ReviewStatus.ACCEPTED;
        this.reviewer = reviewer;
        this.reviewedAt = when;
        this.eventId = eventId;
        this.controlChangeId = controlChangeId;
        this.merged = merged;
    }

    void reject(String reviewer, Instant when) {
        this.status = ReviewStatus.REJECTED;
        this.reviewer = reviewer;
        this.reviewedAt = when;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public ReviewKind getKind() {
        return kind;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public EventType getEventType() {
        return eventType;
    }

    public List<String> getActors() {
        return actorCodes == null ? List.of() : Arrays.stream(actorCodes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public String getFromActor() {
        return fromActor;
    }

    public String getToActor() {
        return toActor;
    }

    public ControlStatus getControlStatus() {
        return controlStatus;
    }

    public String getSentence() {
        return sentence;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public int getMentionStart() {
        return mentionStart;
    }

    public int getMentionEnd() {
        return mentionEnd;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getControlChangeId() {
        return controlChangeId;
    }

    public boolean isMerged() {
        return merged;
    }

    public long getVersion() {
        return version;
    }
}
