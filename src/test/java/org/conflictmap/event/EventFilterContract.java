package org.conflictmap.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.support.GeoFixtures.ALEPPO_CITY;
import static org.conflictmap.support.GeoFixtures.EAST_MEDITERRANEAN_SEA;
import static org.conflictmap.support.GeoFixtures.inside;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.conflictmap.base.FeatureFilter;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlView;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.support.DemoCsv;
import org.conflictmap.support.DemoCsv.ControlRow;
import org.conflictmap.support.DemoCsv.EventRow;
import org.conflictmap.support.GeoFixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The filters of the map (bbox, dates, actors, types, limit) on {@link EventService} and {@link ControlService},
 * checked against the demo data: expectations come from the demo CSV files or from the unfiltered list filtered in
 * Java. Each database gets a concrete subclass, so the same SQL is proven on H2GIS and on PostGIS.
 */
abstract class EventFilterContract {
    private static final LocalDate NOV_29 = LocalDate.parse("2024-11-29");
    private static final LocalDate NOV_30 = LocalDate.parse("2024-11-30");
    private static final LocalDate DEC_01 = LocalDate.parse("2024-12-01");
    private static final LocalDate DEC_05 = LocalDate.parse("2024-12-05");

    @Autowired
    EventService events;
    @Autowired
    ControlService control;
    @Autowired
    Gazetteer gazetteer;

    // --- events ---

    @Test
    void unfilteredEventsAreExactlyTheDemoEvents() {
        assertThat(summaries(events.find(all()))).containsExactlyInAnyOrderElementsOf(
                DemoCsv.events().stream().map(EventRow::summary).toList());
    }

    @Test
    void bboxAroundAleppoCityReturnsOnlyEventsInsideIt() {
        List<EventView> all = events.find(all());
        List<EventView> inAleppo = events.find(all().withBbox(ALEPPO_CITY));

        assertThat(inAleppo).isNotEmpty().hasSizeLessThan(all.size())
                .allMatch(e -> inside(ALEPPO_CITY, e.lon(), e.lat()));
        assertThat(ids(inAleppo)).containsExactlyInAnyOrderElementsOf(
                ids(all.stream().filter(e -> inside(ALEPPO_CITY, e.lon(), e.lat())).toList()));
        assertThat(inAleppo.stream().filter(e -> e.placeName().equals("Aleppo")))
                .hasSize((int) DemoCsv.events().stream().filter(r -> r.place().equals("Aleppo")).count());
    }

    @Test
    void eventOnTheEdgeOfTheBoxIsInside() {
        PlaceCandidate aleppo = gazetteer.resolveBest("Aleppo").orElseThrow();
        Envelope cornerAtAleppo = GeoFixtures.box(aleppo.lon(), aleppo.lat(), aleppo.lon() + 0.01, aleppo.lat() + 0.01);

        assertThat(events.find(all().withBbox(cornerAtAleppo))).anyMatch(e -> e.placeId() == aleppo.id());
    }

    @Test
    void bboxOverTheSeaReturnsNoEvents() {
        assertThat(events.find(all().withBbox(EAST_MEDITERRANEAN_SEA))).isEmpty();
        assertThat(events.count(all().withBbox(EAST_MEDITERRANEAN_SEA))).isZero();
    }

    @Test
    void eventOnTheLastDayOfTheRangeIsIncluded() {
        EventRow onNov30 = DemoCsv.events().stream().filter(r -> r.date().equals(NOV_30)).findFirst().orElseThrow();

        assertThat(summaries(events.find(dates(NOV_30, NOV_30)))).contains(onNov30.summary());
        assertThat(summaries(events.find(dates(null, NOV_29)))).doesNotContain(onNov30.summary());
        assertThat(summaries(events.find(dates(DEC_01, null)))).doesNotContain(onNov30.summary());
    }

    @Test
    void dateRangeIsInclusiveAtBothEnds() {
        assertThat(summaries(events.find(dates(NOV_30, NOV_30))))
                .containsExactlyInAnyOrderElementsOf(demoEvents(r -> r.between(NOV_30, NOV_30)));
        assertThat(summaries(events.find(dates(NOV_29, DEC_01))))
                .containsExactlyInAnyOrderElementsOf(demoEvents(r -> r.between(NOV_29, DEC_01)));
    }

    @Test
    void openEndedDateRangesKeepTheirOneBound() {
        assertThat(summaries(events.find(dates(DEC_05, null))))
                .containsExactlyInAnyOrderElementsOf(demoEvents(r -> !r.date().isBefore(DEC_05)));
        assertThat(summaries(events.find(dates(null, NOV_29))))
                .containsExactlyInAnyOrderElementsOf(demoEvents(r -> !r.date().isAfter(NOV_29)));
    }

    @Test
    void eventMatchesWhenEitherOfItsActorsIsChosen() {
        List<EventView> sdf = events.find(actors("SDF"));

        assertThat(summaries(sdf)).containsExactlyInAnyOrderElementsOf(demoEvents(r -> r.involvesAnyOf(Set.of("SDF"))));
        assertThat(sdf).anyMatch(e -> e.actor1().code().equals("SDF"))
                .anyMatch(e -> e.actor2() != null && e.actor2().code().equals("SDF"));
    }

    @Test
    void severalChosenActorsAreAlternatives() {
        assertThat(summaries(events.find(actors("RUS", "ISR"))))
                .containsExactlyInAnyOrderElementsOf(demoEvents(r -> r.involvesAnyOf(Set.of("RUS", "ISR"))));
    }

    @Test
    void typeFilterReturnsOnlyTheChosenTypes() {
        Set<String> chosen = Set.of("AIR_DRONE_STRIKE", "TROOP_MOVEMENT");
        List<EventView> found = events.find(types(chosen));

        assertThat(found).isNotEmpty().allMatch(e -> chosen.contains(e.type().name()));
        assertThat(summaries(found)).containsExactlyInAnyOrderElementsOf(demoEvents(r -> chosen.contains(r.type())));
    }

    @Test
    void combinedFiltersMustAllHold() {
        FeatureFilter combined = new FeatureFilter(ALEPPO_CITY, NOV_29, DEC_01, Set.of("HTS"),
                Set.of("NON_STATE_ACTOR_OVERTAKES_TERRITORY"), FeatureFilter.MAX_LIMIT);
        Predicate<EventView> expected = e -> inside(ALEPPO_CITY, e.lon(), e.lat())
                && !e.date().isBefore(NOV_29) && !e.date().isAfter(DEC_01)
                && (e.actor1().code().equals("HTS") || (e.actor2() != null && e.actor2().code().equals("HTS")))
                && e.type() == EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;

        List<EventView> found = events.find(combined);

        assertThat(found).isNotEmpty();
        assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(ids(events.find(all()).stream().filter(expected).toList()));
    }

    @Test
    void limitReturnsAtMostThatManyOldestFirst() {
        List<EventView> firstFive = events.find(all().withLimit(5));
        List<LocalDate> oldestDates = DemoCsv.events().stream().map(EventRow::date).sorted().limit(5).toList();

        assertThat(firstFive).hasSize(5);
        assertThat(firstFive).extracting(EventView::date).isSorted().containsExactlyElementsOf(oldestDates);
        assertThat(firstFive).isEqualTo(events.find(all()).subList(0, 5));
    }

    @Test
    void eventCountsEqualListSizes() {
        for (FeatureFilter f : sampleFilters()) {
            assertThat(events.count(f)).as("count for %s", f).isEqualTo(events.find(f).size());
        }
    }

    // --- control changes ---

    @Test
    void unfilteredControlChangesAreExactlyTheDemoChanges() {
        assertThat(controlSummaries(control.find(all()))).containsExactlyInAnyOrderElementsOf(
                DemoCsv.controlChanges().stream().map(ControlRow::summary).toList());
    }

    @Test
    void baselineRecordsAreNotControlChanges() {
        FeatureFilter baselineDay = dates(DemoCsv.BASELINE_DAY, DemoCsv.BASELINE_DAY);

        assertThat(control.controlAt(DemoCsv.BASELINE_DAY)).as("baseline records exist").isNotEmpty();
        assertThat(control.find(baselineDay)).isEmpty();
        assertThat(control.count(baselineDay)).isZero();
    }

    @Test
    void bboxAroundAleppoCityReturnsOnlyControlChangesInsideIt() {
        List<ControlView> all = control.find(all());
        List<ControlView> inAleppo = control.find(all().withBbox(ALEPPO_CITY));

        assertThat(inAleppo).isNotEmpty().hasSizeLessThan(all.size())
                .allMatch(c -> inside(ALEPPO_CITY, c.lon(), c.lat()));
        assertThat(controlIds(inAleppo)).containsExactlyInAnyOrderElementsOf(
                controlIds(all.stream().filter(c -> inside(ALEPPO_CITY, c.lon(), c.lat())).toList()));
    }

    @Test
    void bboxOverTheSeaReturnsNoControlChanges() {
        assertThat(control.find(all().withBbox(EAST_MEDITERRANEAN_SEA))).isEmpty();
        assertThat(control.count(all().withBbox(EAST_MEDITERRANEAN_SEA))).isZero();
    }

    @Test
    void controlDateRangeIsInclusive() {
        assertThat(controlSummaries(control.find(dates(NOV_30, NOV_30))))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(demoChanges(r -> r.between(NOV_30, NOV_30)));
        assertThat(controlSummaries(control.find(dates(null, NOV_29))))
                .containsExactlyInAnyOrderElementsOf(demoChanges(r -> !r.date().isAfter(NOV_29)));
    }

    @Test
    void controlChangeMatchesWhenTheLosingOrTheGainingActorIsChosen() {
        List<ControlView> sdf = control.find(actors("SDF"));

        assertThat(controlSummaries(sdf))
                .containsExactlyInAnyOrderElementsOf(demoChanges(r -> r.involvesAnyOf(Set.of("SDF"))));
        assertThat(sdf).anyMatch(c -> c.from() != null && c.from().code().equals("SDF"))
                .anyMatch(c -> c.to().code().equals("SDF"));
    }

    @Test
    void controlChangesIgnoreTheTypeFilter() {
        assertThat(control.find(types(Set.of("ARMED_CLASH")))).isEqualTo(control.find(all()));
        assertThat(control.count(types(Set.of("ARMED_CLASH")))).isEqualTo(DemoCsv.controlChanges().size());
    }

    @Test
    void controlLimitReturnsOldestFirst() {
        List<ControlView> firstThree = control.find(all().withLimit(3));

        assertThat(firstThree).extracting(ControlView::date).isSorted().containsExactlyElementsOf(
                DemoCsv.controlChanges().stream().map(ControlRow::date).sorted().limit(3).toList());
        assertThat(control.find(all())).extracting(ControlView::date).isSorted();
    }

    @Test
    void controlCountsEqualListSizes() {
        for (FeatureFilter f : sampleFilters()) {
            assertThat(control.count(f)).as("count for %s", f).isEqualTo(control.find(f).size());
        }
    }

    @Test
    void aleppoPassesToHtsBetween28NovemberAnd1December() {
        PlaceCandidate aleppo = gazetteer.resolveBest("Aleppo").orElseThrow();
        FeatureFilter atAleppo = dates(LocalDate.parse("2024-11-28"), DEC_01)
                .withBbox(GeoFixtures.around(aleppo.lon(), aleppo.lat()));

        assertThat(control.find(atAleppo))
                .anyMatch(c -> c.placeId() == aleppo.id() && c.to().code().equals("HTS"));
    }

    // --- helpers ---

    private static FeatureFilter all() {
        return new FeatureFilter(null, null, null, Set.of(), Set.of(), FeatureFilter.MAX_LIMIT);
    }

    private static FeatureFilter dates(LocalDate from, LocalDate to) {
        return new FeatureFilter(null, from, to, Set.of(), Set.of(), FeatureFilter.MAX_LIMIT);
    }

    private static FeatureFilter actors(String... codes) {
        return new FeatureFilter(null, null, null, Set.of(codes), Set.of(), FeatureFilter.MAX_LIMIT);
    }

    private static FeatureFilter types(Set<String> types) {
        return new FeatureFilter(null, null, null, Set.of(), types, FeatureFilter.MAX_LIMIT);
    }

    private static List<FeatureFilter> sampleFilters() {
        return List.of(all(), all().withBbox(ALEPPO_CITY), all().withBbox(EAST_MEDITERRANEAN_SEA),
                dates(NOV_30, NOV_30), dates(DEC_05, null), actors("HTS", "SDF"),
                types(Set.of("ARMED_CLASH", "AIR_DRONE_STRIKE")),
                new FeatureFilter(ALEPPO_CITY, NOV_29, DEC_01, Set.of("HTS", "SAA"), Set.of("ARMED_CLASH"),
                        FeatureFilter.MAX_LIMIT));
    }

    private static List<String> demoEvents(Predicate<EventRow> keep) {
        return DemoCsv.events().stream().filter(keep).map(EventRow::summary).toList();
    }

    private static List<String> demoChanges(Predicate<ControlRow> keep) {
        return DemoCsv.controlChanges().stream().filter(keep).map(ControlRow::summary).toList();
    }

    private static List<String> summaries(List<EventView> views) {
        return views.stream().map(EventView::summary).toList();
    }

    private static List<String> controlSummaries(List<ControlView> views) {
        return views.stream().map(ControlView::summary).toList();
    }

    private static List<Long> ids(List<EventView> views) {
        return views.stream().map(EventView::id).sorted(Comparator.naturalOrder()).toList();
    }

    private static List<Long> controlIds(List<ControlView> views) {
        return views.stream().map(ControlView::id).sorted(Comparator.naturalOrder()).toList();
    }
}
