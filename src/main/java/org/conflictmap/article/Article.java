package org.conflictmap.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.source.Source;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A news article an editor imported: its metadata and text, kept so that reviewers can read every sentence. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "article")
public class Article {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    private String publisher;

    @Column(length = 2000)
    private String url;

    @Column(nullable = false)
    private LocalDate published;

    // one character per byte at most: an accepted upload always fits
    @Column(nullable = false, length = ArticleBytes.MAX_BYTES)
    private String body;

    @Column(name = "text_sha256", nullable = false, length = 64, unique = true)
    private String textSha256;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Made when the first item of this article is accepted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    protected Article() {
    }

    Article(String title, String publisher, String url, LocalDate published, String body, String textSha256,
            String createdBy, Instant createdAt) {
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.published = published;
        this.body = body;
        this.textSha256 = textSha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The source that items accepted from this article cite; null until the first is accepted. */
    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublished() {
        return published;
    }

    public String getBody() {
        return body;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
