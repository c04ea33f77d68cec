package org.conflictmap.map;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.ActorService;
import org.conflictmap.actor.Side;
import org.conflictmap.base.BadRequestException;
import org.conflictmap.base.Bbox;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.control.ControlService;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.conflictmap.gazetteer.Gazetteer;
import org.locationtech.jts.geom.Envelope;

/**
 * The conflict map: filter bar on top, the map, and beside it the list, the selected item's details and the
 * legend. The URL always holds the state, so a copied link reopens the same map.
 */
@Route("")
@AnonymousAllowed
@PageTitle("Conflict map")
public class MapView extends VerticalLayout implements BeforeEnterObserver {
    private final MapItems items;
    private final ActorService actorService;
    private final Set<String> actorCodes;
    private final ConflictMap map = new ConflictMap();
    private final FilterBar filterBar;
    private final ItemList list;
    private final DetailPanel detail;
    private final TimeSlider slider;
    private final Legend legend;
    private MapState state = MapState.initial();
    private String bbox;

    MapView(ActorService actorService, EventService events, ControlService control, MapItems items,
            Gazetteer gazetteer, AuthenticationContext auth) {
        this.items = items;
        List<Actor> actors = actorService.all();
        this.actorCodes = actors.stream().map(Actor::getCode).collect(Collectors.toSet());
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("map-view");

        this.actorService = actorService;
        filterBar = new FilterBar(actors, actorService.sides(), bar -> applyFilters());
        MapItems.DateRange range = items.dateRange();
        slider = new TimeSlider(range.first(), range.last(), this::showDay);
        list = new ItemList(items, this::selectFromList);
        detail = new DetailPanel(events, control, gazetteer, () -> select(null, false));
        PlaceSearch search = new PlaceSearch(gazetteer, place -> {
            map.flyTo(place.lon(), place.lat());
            select("place-" + place.id(), false);
        });
        map.setId("map");
        map.setSizeFull();
        map.addFeatureClickListener(e -> select(e.featureId(), false));
        map.addViewChangeListener(e -> {
            state = state.withView(e.lon(), e.lat(), e.zoom());
            bbox = e.bbox();
            refreshList();
            pushUrl();
        });
        map.addFeaturesLoadedListener(e -> filterBar.setCounts(e.events(), e.controls(), e.cut()));

        H1 title = new H1("Conflict map");
        title.addClassName("app-title");
        // editors go to their review screen; everyone else may sign in as one
        Anchor session = auth.hasRole("EDITOR") ? new Anchor("review", "Review") : new Anchor("login", "Log in");
        session.setId("session-link");
        session.addClassName("session-link");
        HorizontalLayout top = new HorizontalLayout(title, search, filterBar, session);
        top.addClassName("top-bar");
        top.setWidthFull();
        slider.setWidthFull();

        legend = new Legend(actors, actorService.sides(), map, bySide -> {
            state = state.withBySide(bySide);
            map.setBySide(bySide);
            pushUrl();
        });
        VerticalLayout side = new VerticalLayout(list, detail, legend);
        side.addClassName("side-panel");
        side.setPadding(false);
        side.setSpacing(false);
        side.setSizeFull();
        list.setHeight("100%");

        SplitLayout split = new SplitLayout(map, side);
        split.setSizeFull();
        split.setSplitterPosition(60);
        add(top, slider, split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MapState query = MapState.parse(event.getLocation().getQueryParameters());
        MapState parsed = query.withDay(query.day(), query.window());
        Set<String> typeNames = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> sideCodes = actorService.sides().stream().map(Side::code).collect(Collectors.toSet());
        state = parsed.withFilters(parsed.from(), parsed.to(),
                parsed.actors().stream().filter(actorCodes::contains).toList(),
                parsed.sides().stream().filter(sideCodes::contains).toList(),
                parsed.types().stream().filter(typeNames::contains).toList(), parsed.showControl());
        filterBar.show(state);
        slider.show(state.day(), state.window());
        legend.showBySide(state.bySide());
        map.setBySide(state.bySide());
        map.setControlDate(state.day());
        showState();
        if (state.lon() != null) {
            map.setView(state.lon(), state.lat(), state.zoom());
        }
        if (state.selected() != null) {
            select(state.selected(), false);
        }
    }

    /** The time slider moved (or was switched off): control as of that day, events up to it or in its window. */
    private void showDay(LocalDate day, int window) {
        state = state.withDay(day, window);
        map.setControlDate(day);
        if (day != null) {
            filterBar.showDates(state.from(), state.to());
            showState();
        }
        pushUrl();
    }

    private void applyFilters() {
        state = state.withFilters(filterBar.from(), filterBar.to(), filterBar.actorCodes(), filterBar.sideCodes(),
                filterBar.typeNames(), filterBar.showControl());
        showState();
        pushUrl();
    }

    private void showState() {
        map.setQuery(state.apiQuery());
        map.setShowControl(state.showControl());
        refreshList();
    }

    private void refreshList() {
        Set<String> chosen = new HashSet<>(state.actors());
        chosen.addAll(actorService.codesOnSides(state.sides()));
        FeatureFilter filter = new FeatureFilter(visibleArea(), state.from(), state.to(), chosen,
                Set.copyOf(state.types()), FeatureFilter.MAX_LIMIT);
        list.show(filter, state.showControl());
    }

    private Envelope visibleArea() {
        try {
            return Bbox.parse(bbox);
        } catch (BadRequestException e) {
            return null;
        }
    }

    private void selectFromList(MapItem item) {
        select(item.featureId(), true);
    }

    /** Selects a feature from anywhere (map, list, permalink) and keeps map, list, panel and URL in step. */
    private void select(String featureId, boolean centre) {
        state = state.withSelected(featureId);
        map.setSelected(featureId);
        detail.show(featureId);
        boolean listed = featureId != null && (featureId.startsWith("event-") || featureId.matches("control-\\d+"));
        MapItem item = listed ? items.find(featureId).orElse(null) : null;
        list.selectQuietly(item);
        if (centre && item != null) {
            map.flyTo(item.lon(), item.lat());
        }
        pushUrl();
    }

    private void pushUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", state.toQueryParameters()));
    }
}
