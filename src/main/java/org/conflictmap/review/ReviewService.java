package org.conflictmap.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.ActorService;
import org.conflictmap.article.Article;
import org.conflictmap.audit.RevisionUser;
import org.conflictmap.control.ControlChange;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.Event;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.source.Source;
import org.conflictmap.source.SourceMention;
import org.conflictmap.source.SourceRepository;
import org.hibernate.StaleStateException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the review feature: the queue of pending items, and accepting (which puts an item on the public
 * map, or adds its article as a further source of the same happening already there) or rejecting them.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {
    /** Two reports are the same happening when their places lie within this distance… */
    public static final double SAME_KM = 5.0;
    /** …and their dates within this many days (and the event type or the new controller agree). */
    public static final int SAME_DAYS = 1;
    private static final int MAX_SUMMARY = 2000;

    private static final String SELECT = """
            SELECT r.id, r.article_id, a.title AS article_title, r.kind, r.status, r.place_id, p.name AS place_name,
                   r.item_date, r.date_precision, r.event_type, r.actor_codes, r.from_actor, r.to_actor,
                   r.control_status, r.sentence, r.sentence_start, r.sentence_end, r.mention_start, r.mention_end,
                   r.confidence, r.reviewer, r.event_id, r.control_change_id, r.merged, r.version
            FROM review_item r JOIN article a ON a.id = r.article_id LEFT JOIN place p ON p.id = r.place_id
            """;

    private final ReviewItemRepository items;
    private final NamedParameterJdbcTemplate jdbc;
    private final EventService events;
    private final ControlService control;
    private final ActorService actors;
    private final Gazetteer gazetteer;
    private final SourceRepository sources;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    ReviewService(ReviewItemRepository items, NamedParameterJdbcTemplate jdbc, EventService events,
                  ControlService control, ActorService actors, Gazetteer gazetteer, SourceRepository sources,
                  EntityManager em) {
        this.items = items;
        this.jdbc = jdbc;
        this.events = events;
        this.control = control;
        this.actors = actors;
        this.gazetteer = gazetteer;
        this.sources = sources;
        this.em = em;
    }

    /** Stores new pending items (part of an article import's transaction). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void queue(List<ReviewItem> newItems) {
        items.saveAll(newItems);
    }

    /** Pending items, oldest article first and in text order within an article. */
    public List<ReviewItemView> pending(int offset, int limit) {
        return jdbc.query(SELECT + "WHERE r.status = 'PENDING' ORDER BY r.article_id, r.sentence_start, r.id "
                + "LIMIT :limit OFFSET :offset", new MapSqlParameterSource("limit", limit).addValue("offset", offset),
                (rs, n) -> view(rs));
    }

    public int countPending() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM review_item WHERE status = 'PENDING'",
                new MapSqlParameterSource(), Integer.class);
        return n == null ? 0 : n;
    }

    public Optional<ReviewItemView> find(long id) {
        return jdbc.query(SELECT + "WHERE r.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> view(rs))
                .stream().findFirst();
    }

    /** Every item of an article, in text order. */
    public List<ReviewItemView> ofArticle(long articleId) {
        return jdbc.query(SELECT + "WHERE r.article_id = :article ORDER BY r.sentence_start, r.id",
                new MapSqlParameterSource("article", articleId), (rs, n) -> view(rs));
    }

    /** Saves the editor's corrections without deciding yet. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ReviewItemView save(long id, ReviewEdit edit) {
        ReviewItem item = pendingItem(id, edit.version());
        item.edit(edit);
        flush();
        return find(id).orElseThrow();
    }

    /** What accepting did: the map feature id ({@code event-12}, {@code control-3}) and whether it merged. */
    public record Accepted(String featureId, boolean merged) {
    }

    /**
     * Accepts an item with the editor's fields: creates the event or control change with the article as its source,
     * or, when the same happening is already on the map ({@link #SAME_KM}, {@link #SAME_DAYS}, same type or same
     * new controller), adds the article as a further source of it.
     *
     * @throws StaleReviewException when someone else changed or decided the item since {@code edit.version()}
     * @throws ReviewException when a field needed for the map is missing or unknown
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Accepted accept(long id, ReviewEdit edit) {
        ReviewItem item = pendingItem(id, edit.version());
        item.edit(edit);
        if (item.getPlaceId() == null) {
            throw new ReviewException("Choose the place before accepting.");
        }
        if (item.getDate() == null) {
            throw new ReviewException("Give the date before accepting.");
        }
        Place place = gazetteer.find(item.getPlaceId()).isPresent() ? gazetteer.place(item.getPlaceId()) : null;
        if (place == null) {
            throw new ReviewException("The place is not in the gazetteer; choose it again.");
        }
        DatePrecision precision = item.getDatePrecision() == null ? DatePrecision.DAY : item.getDatePrecision();
        double lon = place.getGeom().getX();
        double lat = place.getGeom().getY();
        LocalDate date = item.getDate();
        String summary = item.getSentence().length() > MAX_SUMMARY ? item.getSentence().substring(0, MAX_SUMMARY)
                : item.getSentence();
        Source source = sourceOf(item.getArticle());
        SourceMention mention = new SourceMention(source, item.getSentence(), item.getStart(), item.getEnd());
        Accepted accepted;
        if (item.getKind() == ReviewKind.EVENT) {
            EventType type = item.getEventType();
            if (type == null) {
                throw new ReviewException("Choose the event type before accepting.");
            }
            List<String> codes = item.getActors();
            if (codes.isEmpty()) {
                throw new ReviewException("Choose at least one actor (the one acting first).");
            }
            if (codes.size() > 2) {
                throw new ReviewException("An event has at most two actors: the one acting and the one acted on.");
            }
            Optional<Long> same = events.findSame(type, lon, lat, date, SAME_KM, SAME_DAYS);
            long eventId;
            if (same.isPresent()) {
                eventId = same.get();
                events.addSource(eventId, mention);
            } else {
                Event event = new Event(date, precision, type, actor(codes.getFirst()),
                        codes.size() > 1 ? actor(codes.get(1)) : null, place, place.getGeoPrecision(), null, summary,
                        source);
                event.addSource(mention);
                eventId = events.save(event).getId();
            }
            item.accept(RevisionUser.currentUser(), Instant.now(clock), eventId, null, same.isPresent());
            accepted = new Accepted("event-" + eventId, same.isPresent());
        } else {
            if (item.getToActor() == null) {
                throw new ReviewException("Choose who took control before accepting.");
            }
            Actor to = actor(item.getToActor());
            Actor from = item.getFromActor() == null ? null : actor(item.getFromActor());
            ControlStatus status = item.getControlStatus() == null ? ControlStatus.CONFIRMED : item.getControlStatus();
            Optional<Long> same = control.findSame(to.getCode(), lon, lat, date, SAME_KM, SAME_DAYS);
            long changeId;
            if (same.isPresent()) {
                changeId = same.get();
                control.addSource(changeId, mention);
            } else {
                ControlChange change = new ControlChange(place, date, from, to, status, summary, source);
                change.addSource(mention);
                changeId = control.save(change).getId();
            }
            item.accept(RevisionUser.currentUser(), Instant.now(clock), null, changeId, same.isPresent());
            accepted = new Accepted("control-" + changeId, same.isPresent());
        }
        flush();
        return accepted;
    }

    /** Rejects an item: it stays in the record but never reaches the map. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void reject(long id, long version) {
        pendingItem(id, version).reject(RevisionUser.currentUser(), Instant.now(clock));
        flush();
    }

    private ReviewItem pendingItem(long id, long version) {
        ReviewItem item = items.findById(id).orElseThrow(() -> new StaleReviewException(
                "This item no longer exists; reload the queue."));
        if (item.getStatus() != ReviewStatus.PENDING) {
            throw new StaleReviewException("This item was already " + item.getStatus().name().toLowerCase() + " by "
                    + item.getReviewer() + "; reload the queue.");
        }
        if (item.getVersion() != version) {
            throw new StaleReviewException("This item was changed by someone else since you opened it; reload it "
                    + "and check the changes.");
        }
        return item;
    }

    private Source sourceOf(Article article) {
        if (article.getSource() == null) {
            article.setSource(sources.save(new Source(article.getPublisher(), article.getTitle(), article.getUrl(),
                    article.getPublished())));
        }
        return article.getSource();
    }

    private Actor actor(String code) {
        return actors.byCode(code).orElseThrow(() -> new ReviewException("Unknown actor code '" + code
                + "'; choose one from the list."));
    }

    /** Writes now, so that a concurrent change (version check in SQL) fails here with a clear message. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException | ObjectOptimisticLockingFailureException e) {
            throw new StaleReviewException("This item (or the map item it adds to) was changed by someone else at "
                    + "the same time; reload it and decide again.");
        }
    }

    private static ReviewItemView view(ResultSet rs) throws SQLException {
        String codes = rs.getString("actor_codes");
        return new ReviewItemView(rs.getLong("id"), rs.getLong("article_id"), rs.getString("article_title"),
                ReviewKind.valueOf(rs.getString("kind")), ReviewStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("place_id", Long.class), rs.getString("place_name"),
                rs.getDate("item_date") == null ? null : rs.getDate("item_date").toLocalDate(),
                rs.getString("date_precision") == null ? null : DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getString("event_type") == null ? null : EventType.valueOf(rs.getString("event_type")),
                codes == null ? List.of() : Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).toList(),
                rs.getString("from_actor"), rs.getString("to_actor"),
                rs.getString("control_status") == null ? null : ControlStatus.valueOf(rs.getString("control_status")),
                rs.getString("sentence"), rs.getInt("sentence_start"), rs.getInt("sentence_end"),
                rs.getInt("mention_start"), rs.getInt("mention_end"), rs.getDouble("confidence"),
                rs.getString("reviewer"), rs.getObject("event_id", Long.class),
                rs.getObject("control_change_id", Long.class), rs.getBoolean("merged"), rs.getLong("version"));
    }
}
