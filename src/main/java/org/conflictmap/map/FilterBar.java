package org.conflictmap.map;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.Side;
import org.conflictmap.event.EventType;

/** Date range, actors, event types and the control-change toggle. Every change applies at once. */
class FilterBar extends HorizontalLayout {
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final MultiSelectComboBox<Actor> actors = new MultiSelectComboBox<>("Actors");
    private final MultiSelectComboBox<Side> sides = new MultiSelectComboBox<>("Sides");
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>("Event types");
    private final Checkbox showControl = new Checkbox("Control changes", true);
    private final Span counts = new Span();
    private final List<Actor> allActors;
    private final List<Side> allSides;
    private boolean updating;

    FilterBar(List<Actor> allActors, List<Side> allSides, Consumer<FilterBar> onChange) {
        this.allActors = allActors;
        this.allSides = allSides;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("filter-bar");
        from.setId("filter-from");
        to.setId("filter-to");
        actors.setId("filter-actors");
        types.setId("filter-types");
        showControl.setId("filter-control");
        counts.setId("counts");
        counts.addClassName("counts");
        from.setWidth("8.5em");
        to.setWidth("8.5em");
        showControl.setTooltipText("Show control changes on the map and in the list");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actors.setItems(allActors.stream().sorted(Comparator.comparing(Actor::getName)).toList());
        actors.setItemLabelGenerator(a -> a.getCode() + " – " + a.getName());
        actors.setClearButtonVisible(true);
        actors.setWidth("12em");
        sides.setId("filter-sides");
        sides.setItems(allSides);
        sides.setItemLabelGenerator(Side::code);
        sides.setTooltipText("Items involving any actor of the chosen sides");
        sides.setClearButtonVisible(true);
        sides.setWidth("7.5em");
        sides.addValueChangeListener(e -> fire(onChange));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(EventType::label);
        types.setClearButtonVisible(true);
        types.setWidth("12em");
        from.addValueChangeListener(e -> fire(onChange));
        to.addValueChangeListener(e -> fire(onChange));
        actors.addValueChangeListener(e -> fire(onChange));
        types.addValueChangeListener(e -> fire(onChange));
        showControl.addValueChangeListener(e -> fire(onChange));
        add(from, to, actors, sides, types, showControl, counts);
    }

    private void fire(Consumer<FilterBar> onChange) {
        if (!updating) {
            onChange.accept(this);
        }
    }

    /** Shows a state (from a permalink) without firing change events. */
    void show(MapState state) {
        updating = true;
        try {
            from.setValue(state.from());
            to.setValue(state.to());
            actors.setValue(allActors.stream().filter(a -> state.actors().contains(a.getCode()))
                    .collect(java.util.stream.Collectors.toSet()));
            sides.setValue(allSides.stream().filter(side -> state.sides().contains(side.code()))
                    .collect(java.util.stream.Collectors.toSet()));
            types.setValue(Arrays.stream(EventType.values()).filter(t -> state.types().contains(t.name()))
                    .collect(java.util.stream.Collectors.toSet()));
            showControl.setValue(state.showControl());
        } finally {
            updating = false;
        }
    }

    /** Shows a date range chosen elsewhere (the time slider) without firing change events. */
    void showDates(LocalDate fromDate, LocalDate toDate) {
        updating = true;
        try {
            from.setValue(fromDate);
            to.setValue(toDate);
        } finally {
            updating = false;
        }
    }

    LocalDate from() {
        return from.getValue();
    }

    LocalDate to() {
        return to.getValue();
    }

    List<String> actorCodes() {
        return actors.getValue().stream().map(Actor::getCode).sorted().toList();
    }

    List<String> sideCodes() {
        return sides.getValue().stream().map(Side::code).sorted().toList();
    }

    List<String> typeNames() {
        Set<EventType> selected = types.getValue();
        return selected.stream().map(EventType::name).sorted().toList();
    }

    boolean showControl() {
        return showControl.getValue();
    }

    void setCounts(int events, int controls, boolean cut) {
        String more = cut ? "+" : "";
        counts.setText(events + more + (events == 1 ? " event, " : " events, ") + controls + more
                + (controls == 1 ? " control change" : " control changes"));
    }
}
