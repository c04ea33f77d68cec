package org.conflictmap.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an item was reported: a publisher's article or a compiled timeline. */
@Entity
@Table(name = "source")
public class Source {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    private String title;

    private String url;

    private LocalDate published;

    protected Source() {
    }

    public Source(String publisher, String title, String url, LocalDate published) {
        this.publisher = publisher;
        this.title = title;
        this.url = url;
        this.published = published;
    }

    public Long getId() {
        return id;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublished() {
        return published;
    }
}
