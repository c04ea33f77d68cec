package org.conflictmap.control;

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
import org.conflictmap.gazetteer.Place;
import org.conflictmap.source.Source;
import org.conflictmap.source.SourceMention;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A place passing from one actor's control to another's on a date. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "control_change")
public class ControlChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;

    @Column(name = "change_date", nullable = false)
    private LocalDate date;

    /** Null when the previous controller is unknown. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_actor_id")
    private Actor fromActor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_actor_id")
    private Actor toActor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ControlStatus status;

    @Column(nullable = false)
    private String summary;

    /** The first source; {@link #sources} lists every source with its sentence once articles report it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    // reviewed through the review items' audit trail; the item's own columns are audited
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "control_change_source", joinColumns = @JoinColumn(name = "control_change_id"))
    private List<SourceMention> sources = new ArrayList<>();

    @Version
    private long version;

    /** True for who held the place when records begin (previous controller unknown), not an observed change. */
    @Column(nullable = false)
    private boolean baseline;

    protected ControlChange() {
    }

    /** Who held {@code place} on {@code date}, the start of the record. */
    public static ControlChange baseline(Place place, LocalDate date, Actor controller, ControlStatus status,
                                         String note, Source source) {
        ControlChange record = new ControlChange(place, date, null, controller, status, note, source);
        record.baseline = true;
        return record;
    }

    public ControlChange(Place place, LocalDate date, Actor fromActor, Actor toActor, ControlStatus status,
                         String summary, Source source) {
        this.place = place;
        this.date = date;
        this.fromActor = fromActor;
        this.toActor = toActor;
        this.status = status;
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
