package org.conflictmap.event;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.conflictmap.actor.ActorRef;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.base.FilterSql;
import org.conflictmap.base.Geometries;
import org.conflictmap.base.SameCandidate;
import org.conflictmap.source.SourceMention;
import org.conflictmap.source.SourceMentionRef;
import org.conflictmap.gazetteer.GeoPrecision;
import org.conflictmap.source.SourceRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entry point of the event feature: filtered reads in SQL (indexes do the work), writes through JPA. */
@Service
@Transactional(readOnly = true)
public class EventService {
    private static final String SELECT = """
            SELECT e.id, e.event_date, e.date_precision, e.type, e.geo_precision, e.fatalities, e.summary,
                   ST_X(e.location) AS lon, ST_Y(e.location) AS lat, p.id AS place_id, p.name AS place_name,
                   a1.code AS a1_code, a1.name AS a1_name, a1.colour AS a1_colour,
                   a2.code AS a2_code, a2.name AS a2_name, a2.colour AS a2_colour,
                   s.publisher, s.title, s.url, s.published
            FROM event e
            JOIN actor a1 ON a1.id = e.actor1_id
            LEFT JOIN actor a2 ON a2.id = e.actor2_id
            JOIN place p ON p.id = e.place_id
            JOIN source s ON s.id = e.source_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final EventRepository events;

    EventService(NamedParameterJdbcTemplate jdbc, EventRepository events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Events matching the filter, oldest first, at most {@code filter.limit()}. */
    public List<EventView> find(FeatureFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", filter.limit());
        String where = where(filter, params);
        return jdbc.query(SELECT + "WHERE " + where + " ORDER BY e.event_date, e.id LIMIT :limit", params,
                (rs, n) -> view(rs));
    }

    public long count(FeatureFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT COUNT(*) FROM event e JOIN actor a1 ON a1.id = e.actor1_id "
                + "LEFT JOIN actor a2 ON a2.id = e.actor2_id WHERE " + where(filter, params);
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    public Optional<EventView> find(long id) {
        return jdbc.query(SELECT + "WHERE e.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> view(rs))
                .stream().findFirst();
    }

    @Transactional
    public Event save(Event event) {
        return events.save(event);
    }

    /**
     * An existing event that is the same happening: the same type, within {@code km} of the point and
     * {@code days} of the date; the nearest one (then the closest in time) when several qualify.
     */
    public Optional<Long> findSame(EventType type, double lon, double lat, LocalDate date, double km, int days) {
        double[] d = Geometries.degreesAround(lat, km);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("type", type.name())
                .addValue("from", Date.valueOf(date.minusDays(days)))
                .addValue("until", Date.valueOf(date.plusDays(days)))
                .addValue("minLon", lon - d[0]).addValue("minLat", lat - d[1])
                .addValue("maxLon", lon + d[0]).addValue("maxLat", lat + d[1]);
        // the envelope finds candidates through the spatial index; the distance on the sphere decides
        return jdbc.query("""
                SELECT e.id, e.event_date AS item_day, ST_X(e.location) AS lon, ST_Y(e.location) AS lat FROM event e
                WHERE e.type = :type AND e.event_date BETWEEN :from AND :until
                  AND e.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)""", params,
                (rs, n) -> SameCandidate.read(rs, lon, lat, date)).stream()
                .filter(c -> c.km() <= km).min(SameCandidate.BEST).map(SameCandidate::id);
    }

    /** Adds a further source to an event (optimistic locking: a concurrent change makes this fail). */
    @Transactional
    public void addSource(long eventId, SourceMention mention) {
        events.findById(eventId).orElseThrow().addSource(mention);
    }

    /** Every source of an event with its sentence, first source first. */
    public List<SourceMentionRef> sources(long id) {
        return SourceMentionRef.of(jdbc, """
                SELECT s.id, s.publisher, s.title, s.url, s.published, es.sentence FROM event_source es
                JOIN source s ON s.id = es.source_id WHERE es.event_id = :id ORDER BY s.id""", """
                SELECT s.id, s.publisher, s.title, s.url, s.published FROM event e
                JOIN source s ON s.id = e.source_id WHERE e.id = :id""", id);
    }

    /** The WHERE clause for events; {@code prefix} keeps parameter names apart when combined with other clauses. */
    public static String where(FeatureFilter filter, MapSqlParameterSource params, String prefix) {
        return FilterSql.where(filter, prefix, params, "e.location", "e.event_date", List.of("a1.code", "a2.code"),
                "e.type");
    }

    private static String where(FeatureFilter filter, MapSqlParameterSource params) {
        return where(filter, params, "");
    }

    private static EventView view(ResultSet rs) throws SQLException {
        Integer fatalities = rs.getObject("fatalities") == null ? null : rs.getInt("fatalities");
        return new EventView(rs.getLong("id"), rs.getDate("event_date").toLocalDate(),
                DatePrecision.valueOf(rs.getString("date_precision")), EventType.valueOf(rs.getString("type")),
                ActorRef.read(rs, "a1"), ActorRef.read(rs, "a2"),
                rs.getLong("place_id"), rs.getString("place_name"), rs.getDouble("lon"), rs.getDouble("lat"),
                GeoPrecision.valueOf(rs.getString("geo_precision")), fatalities, rs.getString("summary"),
                SourceRef.read(rs));
    }
}
