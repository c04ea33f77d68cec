package org.conflictmap.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * One day for the whole map: control areas and places as of that day, events up to it (or within a window). Play
 * advances a day per tick, driven by the UI's poll interval, so no push connection is needed.
 */
class TimeSlider extends HorizontalLayout {
    private final LocalDate first;
    private final LocalDate last;
    private final Checkbox enabled = new Checkbox("Time slider");
    private final Input range = new Input(ValueChangeMode.EAGER);
    private final Span label = new Span();
    private final Button play = new Button("Play");
    private final Select<Integer> speed = new Select<>();
    private final Select<Integer> window = new Select<>();
    private final BiConsumer<LocalDate, Integer> onChange;
    private Registration poll;
    private boolean playing;
    private boolean updating;

    /** @param onChange called with the chosen day (null when the slider is off) and the event window in days */
    TimeSlider(LocalDate first, LocalDate last, BiConsumer<LocalDate, Integer> onChange) {
        this.first = first;
        this.last = last;
        this.onChange = onChange;
        addClassName("time-slider");
        setAlignItems(FlexComponent.Alignment.CENTER);
        enabled.setId("slider-enabled");
        range.setId("time-slider");
        range.setType("range");
        range.getElement().setAttribute("min", "0");
        range.getElement().setAttribute("max", String.valueOf(ChronoUnit.DAYS.between(first, last)));
        range.getElement().setAttribute("step", "1");
        range.getElement().setAttribute("aria-label", "Day shown on the map");
        range.setValue("0");
        label.setId("slider-date");
        label.addClassName("slider-date");
        play.setId("slider-play");
        speed.setId("slider-speed");
        speed.setItems(1, 2, 4);
        speed.setItemLabelGenerator(n -> n + (n == 1 ? " day/s" : " days/s"));
        speed.setValue(2);
        speed.setWidth("8em");
        speed.setAriaLabel("Play speed");
        window.setId("slider-window");
        window.setItems(MapState.WINDOWS);
        window.setItemLabelGenerator(w -> w == 0 ? "Events up to the day" : w == 1 ? "Events of the day"
                : "Events of the last " + w + " days");
        window.setValue(0);
        window.setWidth("15em");
        window.setAriaLabel("Events shown");
        enabled.addValueChangeListener(e -> {
            if (!e.getValue()) {
                stop();
            }
            showEnabled();
            fire();
        });
        range.addValueChangeListener(e -> fire());
        window.addValueChangeListener(e -> fire());
        speed.addValueChangeListener(e -> {
            if (playing) {
                UI.getCurrent().setPollInterval(1000 / speed.getValue());
            }
        });
        play.addClickListener(e -> {
            if (playing) {
                stop();
            } else {
                start();
            }
        });
        add(enabled, range, label, play, speed, window);
        showEnabled();
    }

    /** Shows a state from a permalink without firing. */
    void show(LocalDate day, int windowDays) {
        updating = true;
        try {
            enabled.setValue(day != null);
            if (day != null) {
                range.setValue(String.valueOf(offset(day)));
            }
            window.setValue(windowDays);
            showEnabled();
        } finally {
            updating = false;
        }
    }

    LocalDate day() {
        return enabled.getValue() ? first.plusDays(Long.parseLong(range.getValue())) : null;
    }

    private long offset(LocalDate day) {
        return Math.max(0, Math.min(ChronoUnit.DAYS.between(first, day), ChronoUnit.DAYS.between(first, last)));
    }

    private void showEnabled() {
        boolean on = enabled.getValue();
        range.setEnabled(on);
        play.setEnabled(on);
        speed.setEnabled(on);
        window.setEnabled(on);
        label.setText(on ? day().toString() : "");
    }

    private void fire() {
        if (updating) {
            return;
        }
        label.setText(enabled.getValue() ? day().toString() : "");
        onChange.accept(day(), window.getValue());
    }

    private void start() {
        if (day() != null && !day().isBefore(last)) {
            range.setValue("0");
        }
        playing = true;
        play.setText("Pause");
        UI.getCurrent().setPollInterval(1000 / speed.getValue());
    }

    private void stop() {
        playing = false;
        play.setText("Play");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void tick() {
        if (!playing) {
            return;
        }
        LocalDate day = day();
        if (day == null || !day.isBefore(last)) {
            stop();
            return;
        }
        range.setValue(String.valueOf(offset(day) + 1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll = event.getUI().addPollListener(e -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
        if (poll != null) {
            poll.remove();
        }
    }
}
