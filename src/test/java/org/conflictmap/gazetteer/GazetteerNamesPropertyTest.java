package org.conflictmap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Properties over every name of every place in Syria and its neighbours (tens of thousands of names), not examples:
 * each name finds its own place among the candidates, and a name that no other place in the gazetteer shares
 * resolves to that place first (or to one within {@value #TOLERANCE_KM} km, for duplicates in the source data).
 */
@H2AppTest
class GazetteerNamesPropertyTest {
    static final double TOLERANCE_KM = 10;

    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcTemplate jdbc;

    record Named(long placeId, String name, String normalized, double lat, double lon) {
    }

    private List<Named> levantNames() {
        return jdbc.query("""
                SELECT pn.place_id, pn.name, pn.normalized, ST_Y(p.geom) AS lat, ST_X(p.geom) AS lon
                FROM place_name pn JOIN place p ON p.id = pn.place_id
                WHERE p.country_code IN ('SY', 'LB', 'JO', 'IL', 'PS')""",
                (rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5)));
    }

    @Test
    void everyNameOfAPlaceFindsThatPlace() {
        List<Named> names = levantNames();
        assertThat(names).hasSizeGreaterThan(10_000);
        List<String> lost = new ArrayList<>();
        for (Named n : names) {
            if (gazetteer.resolve(n.name()).stream().noneMatch(c -> c.id() == n.placeId())) {
                lost.add(n.name() + " (place " + n.placeId() + ")");
            }
        }
        assertThat(lost).as("names whose own place is not among the candidates").isEmpty();
    }

    @Test
    void aNameNoOtherPlaceSharesResolvesToItsPlaceFirst() {
        Map<String, Long> placesPerName = jdbc.query(
                "SELECT normalized, COUNT(DISTINCT place_id) FROM place_name GROUP BY normalized",
                rs -> {
                    Map<String, Long> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getLong(2));
                    }
                    return m;
                });
        List<Named> unique = levantNames().stream().filter(n -> placesPerName.get(n.normalized()) == 1).toList();
        assertThat(unique).hasSizeGreaterThan(5_000);
        List<String> wrong = unique.stream().filter(n -> gazetteer.resolveBest(n.name())
                        .map(best -> best.id() != n.placeId() && GazetteerGoldTest.haversineKm(n.lat(), n.lon(),
                                best.lat(), best.lon()) > TOLERANCE_KM).orElse(true))
                .map(n -> n.name() + " (place " + n.placeId() + ")").collect(Collectors.toList());
        assertThat(wrong).as("unique names resolving elsewhere first").isEmpty();
    }
}
