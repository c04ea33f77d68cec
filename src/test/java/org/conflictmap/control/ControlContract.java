package org.conflictmap.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.conflictmap.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Control on a date, history and derived areas; run on H2GIS and on PostGIS by the subclasses. */
abstract class ControlContract {
    private static final LocalDate BASELINE = LocalDate.of(2024, 11, 26);

    @Autowired
    ControlService control;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcTemplate jdbc;

    private long aleppo() {
        return gazetteer.resolveBest("Aleppo").orElseThrow().id();
    }

    private Map<Long, ControlAt> on(LocalDate date) {
        return control.controlAt(date).stream().collect(Collectors.toMap(ControlAt::placeId, Function.identity()));
    }

    @Test
    void nothingIsControlledBeforeTheFirstRecord() {
        assertThat(control.controlAt(BASELINE.minusDays(1))).isEmpty();
    }

    @Test
    void aleppoIsGovernmentHeldOnTheEveOfTheOffensive() {
        ControlAt aleppo = on(BASELINE).get(aleppo());
        assertThat(aleppo.controller().code()).isEqualTo("SAA");
        assertThat(aleppo.since()).isEqualTo(BASELINE);
    }

    @Test
    void aleppoFlipsToHtsBetween28NovemberAnd1December() {
        assertThat(on(LocalDate.of(2024, 11, 28)).get(aleppo()).controller().code()).isEqualTo("SAA");
        assertThat(on(LocalDate.of(2024, 12, 1)).get(aleppo()).controller().code()).isEqualTo("HTS");
    }

    @Test
    void controlChangesOnTheDayOfTheRecordNotTheDayBefore() {
        ControlView firstChange = control.history(aleppo()).stream()
                .filter(c -> c.date().isAfter(BASELINE)).findFirst().orElseThrow();
        LocalDate day = firstChange.date();
        assertThat(on(day.minusDays(1)).get(aleppo()).controller().code()).isEqualTo("SAA");
        assertThat(on(day).get(aleppo()).controller().code()).isEqualTo(firstChange.to().code());
        assertThat(on(day).get(aleppo()).since()).isEqualTo(day);
        assertThat(on(day.plusDays(1)).get(aleppo()).controller().code()).isEqualTo("HTS");
    }

    @Test
    void everyPlaceHasOneControllerPerDay() {
        List<ControlAt> controls = control.controlAt(LocalDate.of(2024, 12, 3));
        assertThat(controls).extracting(ControlAt::placeId).doesNotHaveDuplicates();
        assertThat(controls.size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void historyIsOrderedOldestFirstWithSources() {
        List<ControlView> history = control.history(aleppo());
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history).extracting(ControlView::date).isSorted();
        assertThat(history.getFirst().date()).isEqualTo(BASELINE);
        assertThat(history).allSatisfy(c -> assertThat(c.source().title()).isNotBlank());
    }

    @Test
    void areasCoverSyriaWithoutOverlaps() {
        for (LocalDate day : List.of(BASELINE, LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 8))) {
            List<ControlArea> areas = control.areasOn(day);
            assertThat(areas).extracting(ControlArea::controller).contains("SAA", "HTS", "SDF", "SNA");
            double syria = jdbc.queryForObject("SELECT ST_Area(geom) FROM boundary WHERE code = 'SY'", Double.class);
            double sum = areas.stream().mapToDouble(a -> area(a.geoJson())).sum();
            assertThat(sum / syria).as("areas on %s cover Syria", day).isCloseTo(1.0, within(0.01));
            for (int i = 0; i < areas.size(); i++) {
                for (int j = i + 1; j < areas.size(); j++) {
                    double overlap = jdbc.queryForObject(
                            "SELECT ST_Area(ST_Intersection(ST_GeomFromGeoJSON(?), ST_GeomFromGeoJSON(?)))",
                            Double.class, areas.get(i).geoJson(), areas.get(j).geoJson());
                    assertThat(overlap / syria).as("overlap of %s and %s", areas.get(i).controller(),
                            areas.get(j).controller()).isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void htsGainsTerritoryDuringTheOffensive() {
        double before = areaOf("HTS", BASELINE);
        double after = areaOf("HTS", LocalDate.of(2024, 12, 5));
        assertThat(after).isGreaterThan(before * 1.5);
    }

    private double areaOf(String controller, LocalDate day) {
        return control.areasOn(day).stream().filter(a -> a.controller().equals(controller))
                .mapToDouble(a -> area(a.geoJson())).sum();
    }

    private double area(String geoJson) {
        return jdbc.queryForObject("SELECT ST_Area(ST_GeomFromGeoJSON(?))", Double.class, geoJson);
    }
}
