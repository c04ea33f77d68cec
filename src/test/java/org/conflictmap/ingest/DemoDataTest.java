package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmap.actor.ActorService;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlView;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventView;
import org.conflictmap.support.DemoCsv;
import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data set as loaded at start-up, and a load that fails half-way. */
@H2AppTest
class DemoDataTest {
    private static final FeatureFilter OFFENSIVE = new FeatureFilter(null, DemoCsv.FIRST_DAY, DemoCsv.LAST_DAY,
            Set.of(), Set.of(), FeatureFilter.MAX_LIMIT);
    private static final FeatureFilter EVERYTHING = new FeatureFilter(null, null, null, Set.of(), Set.of(),
            FeatureFilter.MAX_LIMIT);

    @Autowired
    DemoData demoData;
    @Autowired
    EventService events;
    @Autowired
    ControlService control;
    @Autowired
    ActorService actors;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoSetCoversTheOffensiveFrom27NovemberTo8December() {
        assertThat(events.count(OFFENSIVE)).isGreaterThanOrEqualTo(30).isEqualTo(DemoCsv.events().size());
        assertThat(control.count(OFFENSIVE)).isGreaterThanOrEqualTo(15).isEqualTo(DemoCsv.controlChanges().size());
    }

    @Test
    void everyEventAndControlChangeHasASource() {
        List<EventView> allEvents = events.find(EVERYTHING);
        List<ControlView> allChanges = control.find(EVERYTHING);

        assertThat(allEvents).hasSize(rows("event")).allSatisfy(e -> {
            assertThat(e.source().publisher()).isNotBlank();
            assertThat(e.source().title()).isNotBlank();
        });
        assertThat(allChanges).hasSize(rows("control_change WHERE baseline = FALSE")).allSatisfy(c -> {
            assertThat(c.source().publisher()).isNotBlank();
            assertThat(c.source().title()).isNotBlank();
        });
    }

    @Test
    void everyDemoRowNamesAKnownSource() {
        Set<String> keys = DemoCsv.sourceTitles().keySet();

        assertThat(DemoCsv.events()).allMatch(e -> keys.contains(e.source()));
        assertThat(DemoCsv.controlChanges()).allMatch(c -> keys.contains(c.source()));
    }

    @Test
    void unknownPlaceFailsTheLoadNamingThePlaceAndLeavesNothingBehind() {
        Map<String, Integer> before = tableSizes();

        assertThatThrownBy(() -> demoData.load("demo-bad/"))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("Nowhereville");

        assertThat(tableSizes()).isEqualTo(before);
        assertThat(actors.exists("TESTA")).isFalse();
    }

    private Map<String, Integer> tableSizes() {
        return Map.of("actor", rows("actor"), "source", rows("source"), "event", rows("event"),
                "control_change", rows("control_change"));
    }

    /** Rows of a table, optionally followed by a WHERE clause. */
    private int rows(String tableAndCondition) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Integer.class);
        return n == null ? 0 : n;
    }
}
