package org.conflictmap.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.conflictmap.actor.ActorRef;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.base.FilterSql;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final ControlChangeRepository changes;

    ControlService(NamedParameterJdbcTemplate jdbc, ControlChangeRepository changes) {
        this.jdbc = jdbc;
        this.changes = changes;
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
        return jdbc.query(SELECT + "WHERE c.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> view(rs))
                .stream().findFirst();
    }

    @Transactional
    public ControlChange save(ControlChange change) {
        return changes.save(change);
    }

    /** The WHERE clause for control changes (aliases c, p, fa, ta). */
    public static String where(FeatureFilter filter, MapSqlParameterSource params, String prefix) {
        return FilterSql.where(filter, prefix, params, "p.geom", "c.change_date", List.of("fa.code", "ta.code"),
                null);
    }

    private static ControlView view(ResultSet rs) throws SQLException {
        return new ControlView(rs.getLong("id"), rs.getDate("change_date").toLocalDate(), rs.getLong("place_id"),
                rs.getString("place_name"), rs.getDouble("lon"), rs.getDouble("lat"), ActorRef.read(rs, "fa"),
                ActorRef.read(rs, "ta"), ControlStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                SourceRef.read(rs));
    }
}
