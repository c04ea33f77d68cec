package org.conflictmap.control;

import java.sql.ResultSet;
import java.sql.Date;
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
import org.conflictmap.source.SourceRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entry point of the control feature: who took which place when. */
@Service
@Transactional(readOnly = true)
public class ControlService {
    private static final String SELECT = """
            SELECT c.id, c.change_date, c.status, c.summary, p.id AS place_id, p.name AS place_name,
                   ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat,
                   fa.code AS fa_code, fa.name AS fa_name, fa.colour AS fa_colour,
                   ta.code AS ta_code, ta.name AS ta_name, ta.colour AS ta_colour,
                   s.publisher, s.title, s.url, s.published
            FROM control_change c
            JOIN place p ON p.id = c.place_id
            LEFT JOIN actor fa ON fa.id = c.from_actor_id
            JOIN actor ta ON ta.id = c.to_actor_id
            JOIN source s ON s.id = c.source_id
            """;

    /** Latest record per place at or before :date (a window function: runs on PostGIS and H2GIS alike). */
    static final String CONTROL_AT = """
            SELECT x.id, x.place_id, x.change_date, x.status, p.name AS place_name,
                   ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat,
                   ta.code AS ta_code, ta.name AS ta_name, ta.colour AS ta_colour, ta.side
            FROM (SELECT c.id, c.place_id, c.change_date, c.status, c.to_actor_id,
                         ROW_NUMBER() OVER (PARTITION BY c.place_id ORDER BY c.change_date DESC, c.id DESC) AS rn
                  FROM control_change c WHERE c.change_date <= :date) x
            JOIN place p ON p.id = x.place_id
            JOIN actor ta ON ta.id = x.to_actor_id
            WHERE x.rn = 1""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ControlChangeRepository changes;
    private final ControlAreas areas;

    ControlService(NamedParameterJdbcTemplate jdbc, ControlChangeRepository changes, ControlAreas areas) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.areas = areas;
    }

    /** Territory per controller on {@code date}, derived from the controlled places (see {@link ControlAreas}). */
    public List<ControlArea> areasOn(LocalDate date) {
        return areas.on(date);
    }

    /** Control changes matching the filter (event types do not apply), oldest first. */
    public List<ControlView> find(FeatureFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", filter.limit());
        String where = where(filter, params, "");
        return jdbc.query(SELECT + "WHERE " + where + " ORDER BY c.change_date, c.id LIMIT :limit", params,
                (rs, n) -> view(rs));
    }

    public long count(FeatureFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT COUNT(*) FROM control_change c JOIN place p ON p.id = c.place_id "
                + "LEFT JOIN actor fa ON fa.id = c.from_actor_id JOIN actor ta ON ta.id = c.to_actor_id WHERE "
                + where(filter, params, "");
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    public Optional<ControlView> find(long id) {
        return jdbc.query(SELECT + "WHERE c.id = :id AND c.baseline = FALSE", new MapSqlParameterSource("id", id), (rs, n) -> view(rs))
                .stream().findFirst();
    }

    /** The controller of every place with a control record on or before {@code date}. */
    public List<ControlAt> controlAt(LocalDate date) {
        return jdbc.query(CONTROL_AT + " ORDER BY x.place_id", new MapSqlParameterSource("date", Date.valueOf(date)),
                (rs, n) -> new ControlAt(rs.getLong("place_id"), rs.getString("place_name"), rs.getDouble("lon"),
                        rs.getDouble("lat"), ActorRef.read(rs, "ta"), rs.getString("side"),
                        ControlStatus.valueOf(rs.getString("status")), rs.getDate("change_date").toLocalDate(),
                        rs.getLong("id")));
    }

    /** Every control record of a place, oldest first. */
    public List<ControlView> history(long placeId) {
        return jdbc.query(SELECT + "WHERE c.place_id = :place ORDER BY c.change_date, c.id",
                new MapSqlParameterSource("place", placeId), (rs, n) -> view(rs));
    }

    @Transactional
    public ControlChange save(ControlChange change) {
        return changes.save(change);
    }

    /**
     * An existing control change (not a baseline record) that is the same happening: the same new controller, a
     * place within {@code km} and a date within {@code days}; the nearest (then closest in time) one.
     */
    public Optional<Long> findSame(String toActor, double lon, double lat, LocalDate date, double km, int days) {
        double[] d = Geometries.degreesAround(lat, km);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("to", toActor)
                .addValue("from", Date.valueOf(date.minusDays(days)))
                .addValue("until", Date.valueOf(date.plusDays(days)))
                .addValue("minLon", lon - d[0]).addValue("minLat", lat - d[1])
                .addValue("maxLon", lon + d[0]).addValue("maxLat", lat + d[1]);
        // the envelope finds candidates through the spatial index; the distance on the sphere decides
        return jdbc.query("""
                SELECT c.id, c.change_date AS item_day, ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat FROM control_change c
                JOIN place p ON p.id = c.place_id JOIN actor ta ON ta.id = c.to_actor_id
                WHERE c.baseline = FALSE AND ta.code = :to AND c.change_date BETWEEN :from AND :until
                  AND p.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)""", params,
                (rs, n) -> SameCandidate.read(rs, lon, lat, date)).stream()
                .filter(c -> c.km() <= km).min(SameCandidate.BEST).map(SameCandidate::id);
    }

    /** Adds a further source to a control change (optimistic locking: a concurrent change makes this fail). */
    @Transactional
    public void addSource(long changeId, SourceMention mention) {
        changes.findById(changeId).orElseThrow().addSource(mention);
    }

    /** Every source of a control change with its sentence, first source first. */
    public List<SourceMentionRef> sources(long id) {
        return SourceMentionRef.of(jdbc, """
                SELECT s.id, s.publisher, s.title, s.url, s.published, cs.sentence FROM control_change_source cs
                JOIN source s ON s.id = cs.source_id WHERE cs.control_change_id = :id ORDER BY s.id""", """
                SELECT s.id, s.publisher, s.title, s.url, s.published FROM control_change c
                JOIN source s ON s.id = c.source_id WHERE c.id = :id""", id);
    }

    /** The WHERE clause for control changes (aliases c, p, fa, ta); baseline records are not changes. */
    public static String where(FeatureFilter filter, MapSqlParameterSource params, String prefix) {
        return "c.baseline = FALSE AND " + FilterSql.where(filter, prefix, params, "p.geom", "c.change_date",
                List.of("fa.code", "ta.code"), null);
    }

    private static ControlView view(ResultSet rs) throws SQLException {
        return new ControlView(rs.getLong("id"), rs.getDate("change_date").toLocalDate(), rs.getLong("place_id"),
                rs.getString("place_name"), rs.getDouble("lon"), rs.getDouble("lat"), ActorRef.read(rs, "fa"),
                ActorRef.read(rs, "ta"), ControlStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                SourceRef.read(rs));
    }
}
