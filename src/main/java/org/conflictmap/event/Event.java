package org.conflictmap.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.conflictmap.actor.Actor;
import org.conflictmap.gazetteer.GeoPrecision;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.source.Source;
import org.conflictmap.source.SourceMention;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.locationtech.jts.geom.Point;

/** Something that happened at a place on a date, done by one actor (to another), as a source reported it. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "event")
public class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    private DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor1_id")
    private Actor actor1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor2_id")
    private Actor actor2;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;

    /** Where the event is drawn: the place's point unless a more precise one is known. */
    @Column(nullable = false)
    private Point location;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_precision", nullable = false)
    private GeoPrecision geoPrecision;

    private Integer fatalities;

    @Column(nullable = false)
    private String summary;

    /** The first source; {@link #sources} lists every source with its sentence once articles report it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    // reviewed through the review items' audit trail; the item's own columns are audited
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    private List<SourceMention> sources = new ArrayList<>();

    @Version
    private long version;

    protected Event() {
    }

    public Event(LocalDate date, DatePrecision datePrecision, EventType type, Actor actor1, Actor actor2,
                 Place place, GeoPrecision geoPrecision, Integer fatalities, String summary, Source source) {
        this.date = date;
        this.datePrecision = datePrecision;
        this.type = type;
        this.actor1 = actor1;
        this.actor2 = actor2;
        this.place = place;
        this.location = place.getGeom();
        this.geoPrecision = geoPrecision;
        this.fatalities = fatalities;
        this.summary = summary;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    /** Adds a source that reported this item (its first one or, when merging, a further one). */
    public void addSource(SourceMention mention) {
        if (sources.stream().noneMatch(mention::sameAs)) {
            sources.add(mention);
        }
    }

    public List<SourceMention> getSources() {
        return List.copyOf(sources);
    }

    public Place getPlace() {
        return place;
    }

    public LocalDate getDate() {
        return date;
    }

    public long getVersion() {
        return version;
    }
}
