package org.conflictmap.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.base.FeatureFilter;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list beside the map: events and control changes under one filter, in date order, a page at a time, so the
 * grid never holds more than it shows.
 */
@Service
@Transactional(readOnly = true)
public class MapItems {
    private static final String EVENTS = """
            SELECT 'event' AS kind, e.id, e.event_date AS item_date, e.type AS what, p.name AS place,
                   a1.code AS actor_a, a2.code AS actor_b, ST_X(e.location) AS lon, ST_Y(e.location) AS lat
            FROM event e JOIN actor a1 ON a1.id = e.actor1_id LEFT JOIN actor a2 ON a2.id = e.actor2_id
            JOIN place p ON p.id = e.place_id
            WHERE\s""";
    private static final String CONTROLS = """
            SELECT 'control' AS kind, c.id, c.change_date AS item_date, c.status AS what, p.name AS place,
                   fa.code AS actor_a, ta.code AS actor_b, ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
            FROM control_change c JOIN place p ON p.id = c.place_id LEFT JOIN actor fa ON fa.id = c.from_actor_id
            JOIN actor ta ON ta.id = c.to_actor_id
            WHERE\s""";

    private final NamedParameterJdbcTemplate jdbc;

    MapItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MapItem> page(FeatureFilter filter, boolean withControl, boolean newestFirst, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        String direction = newestFirst ? "DESC" : "ASC";
        String sql = "SELECT * FROM (" + union(filter, withControl, params) + ") items ORDER BY item_date "
                + direction + ", kind " + direction + ", id " + direction + " LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, n) -> item(rs));
    }

    public int count(FeatureFilter filter, boolean withControl) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + union(filter, withControl, params) + ") items",
                params, Integer.class);
        return count == null ? 0 : count;
    }

    /** The first and last day with an event or a control record; today when there is none. */
    public DateRange dateRange() {
        return jdbc.query("""
                SELECT MIN(d) AS first_day, MAX(d) AS last_day FROM (
                    SELECT event_date AS d FROM event UNION ALL SELECT change_date AS d FROM control_change) days""",
                rs -> {
                    rs.next();
                    java.sql.Date a = rs.getDate("first_day");
                    java.sql.Date b = rs.getDate("last_day");
                    LocalDate today = LocalDate.now();
                    return new DateRange(a == null ? today : a.toLocalDate(), b == null ? today : b.toLocalDate());
                });
    }

    public record DateRange(LocalDate first, LocalDate last) {
    }

    /** Position of a row in {@link #page} order (for scrolling the list to it), or -1 when the filter hides it. */
    public int indexOf(FeatureFilter filter, boolean withControl, boolean newestFirst, MapItem item) {
        String[] parts = item.featureId().split("-", 2);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("date", java.sql.Date.valueOf(item.date()))
                .addValue("kind", parts[0]).addValue("id", Long.parseLong(parts[1]));
        String union = union(filter, withControl, params);
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM (" + union
                + ") items WHERE kind = :kind AND id = :id", params, Integer.class);
        if (present == null || present == 0) {
            return -1;
        }
        String before = newestFirst ? ">" : "<";
        Integer index = jdbc.queryForObject("SELECT COUNT(*) FROM (" + union + ") items WHERE (item_date, kind, id) "
                + before + " (:date, :kind, :id)", params, Integer.class);
        return index == null ? -1 : index;
    }

    /** The row of one feature, by map id ({@code event-12}, {@code control-3}). */
    public java.util.Optional<MapItem> find(String featureId) {
        String[] parts = featureId.split("-", 2);
        MapSqlParameterSource params = new MapSqlParameterSource("id", Long.parseLong(parts[1]));
        String sql = "event".equals(parts[0]) ? EVENTS + "e.id = :id" : CONTROLS + "c.id = :id";
        return jdbc.query(sql, params, (rs, n) -> item(rs)).stream().findFirst();
    }

    private static String union(FeatureFilter filter, boolean withControl, MapSqlParameterSource params) {
        String sql = EVENTS + EventService.where(filter, params, "e_");
        if (withControl) {
            sql += " UNION ALL " + CONTROLS + ControlService.where(filter, params, "c_");
        }
        return sql;
    }

    private static MapItem item(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String a = rs.getString("actor_a");
        String b = rs.getString("actor_b");
        String what;
        String actors;
        if ("event".equals(kind)) {
            what = EventType.valueOf(rs.getString("what")).label();
            actors = b == null ? a : a + " vs " + b;
        } else {
            ControlStatus status = ControlStatus.valueOf(rs.getString("what"));
            what = "Control change" + (status == ControlStatus.CONFIRMED ? "" : " (" + status.name().toLowerCase() + ")");
            actors = (a == null ? "?" : a) + " → " + b;
        }
        return new MapItem(kind + "-" + rs.getLong("id"), rs.getDate("item_date").toLocalDate(), what,
                rs.getString("place"), actors, rs.getDouble("lon"), rs.getDouble("lat"));
    }
}
