package org.conflictmap.map;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.conflictmap.actor.ActorRef;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlView;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventView;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.source.SourceMentionRef;
import org.conflictmap.source.SourceRef;

/** Details of the selected event or control change. All texts are set as text, never as HTML. */
class DetailPanel extends VerticalLayout {
    private final EventService events;
    private final ControlService control;
    private final Gazetteer gazetteer;
    private final Runnable onClose;

    DetailPanel(EventService events, ControlService control, Gazetteer gazetteer, Runnable onClose) {
        this.events = events;
        this.control = control;
        this.gazetteer = gazetteer;
        setId("detail");
        addClassName("detail-panel");
        setPadding(true);
        setSpacing(false);
        setVisible(false);
        this.onClose = onClose;
    }

    /** Shows the feature with this map id; hides the panel when null or unknown. */
    void show(String featureId) {
        removeAll();
        if (featureId != null && featureId.startsWith("place-")) {
            showPlace(Long.parseLong(featureId.substring("place-".length())));
            return;
        }
        if (featureId != null && featureId.startsWith("control-at-")) {
            showHistory(Long.parseLong(featureId.substring("control-at-".length())));
            return;
        }
        Optional<? extends Record> item = featureId == null ? Optional.empty()
                : featureId.startsWith("event-") ? events.find(id(featureId))
                : control.find(id(featureId));
        setVisible(item.isPresent());
        item.ifPresent(i -> {
            Button close = new Button("Close", e -> onClose.run());
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setId("detail-close");
            if (i instanceof EventView e) {
                add(header(e.type().label() + " — " + e.placeName(), close),
                        row("Date", e.date() + " (precision: " + e.datePrecision().name().toLowerCase() + ")"),
                        row("Type", e.type().label() + " · " + e.type().category()),
                        row("Actors", actor(e.actor1()) + (e.actor2() == null ? "" : " vs " + actor(e.actor2()))),
                        row("Place", e.placeName() + " (" + coordinates(e.lon(), e.lat()) + "; location "
                                + e.geoPrecision().name().toLowerCase() + ")"),
                        row("Fatalities", e.fatalities() == null ? "not reported" : e.fatalities().toString()),
                        new Paragraph(e.summary()), sources(events.sources(e.id())));
            } else if (i instanceof ControlView c) {
                add(header("Control change — " + c.placeName(), close),
                        row("Date", c.date().toString()),
                        row("Control", (c.from() == null ? "unknown" : actor(c.from())) + " → " + actor(c.to())),
                        row("Status", c.status().name().toLowerCase()),
                        row("Place", c.placeName() + " (" + coordinates(c.lon(), c.lat()) + ")"),
                        new Paragraph(c.summary()), sources(control.sources(c.id())));
            }
        });
    }

    /** A gazetteer place: kind, where it is, and every name it is known by. */
    private void showPlace(long placeId) {
        Optional<PlaceCandidate> found = gazetteer.find(placeId);
        setVisible(found.isPresent());
        found.ifPresent(p -> {
            Button close = new Button("Close", e -> onClose.run());
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setId("detail-close");
            List<String> names = gazetteer.names(placeId).stream().map(Gazetteer.PlaceName::name).toList();
            add(header(p.name(), close),
                    row("Kind", p.kind().name().toLowerCase()),
                    row("Where", (p.admin1() == null ? "" : p.admin1() + ", ") + (p.countryCode() == null ? ""
                            : p.countryCode()) + " (" + coordinates(p.lon(), p.lat()) + ")"),
                    row("Also written", String.join(" · ", names)));
        });
    }

    /** The control history of a place: every record, oldest first, with its source. */
    private void showHistory(long placeId) {
        List<ControlView> history = control.history(placeId);
        setVisible(!history.isEmpty());
        if (history.isEmpty()) {
            return;
        }
        Button close = new Button("Close", e -> onClose.run());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setId("detail-close");
        add(header("Control history — " + history.getFirst().placeName(), close));
        for (ControlView c : history) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            Span date = new Span(c.date().toString());
            date.addClassName("detail-label");
            entry.add(date, new Span(" " + (c.from() == null ? "" : c.from().code() + " → ") + c.to().code()
                    + " (" + c.status().name().toLowerCase() + ")"), new Paragraph(c.summary()), source(c.source()));
            add(entry);
        }
    }

    private static Component header(String title, Button close) {
        Div header = new Div(new H3(title), close);
        header.addClassName("detail-header");
        return header;
    }

    private static Component row(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("detail-label");
        return new Div(l, new Span(value));
    }

    /** Every source of the item; with the sentence that reported it when it came from an imported article. */
    private static Component sources(List<SourceMentionRef> mentions) {
        Div div = new Div();
        div.addClassName("detail-sources");
        div.setId("detail-sources");
        if (mentions.size() > 1) {
            Span label = new Span(mentions.size() + " sources");
            label.addClassName("detail-label");
            div.add(label);
        }
        for (SourceMentionRef m : mentions) {
            Div entry = new Div(source(m.source()));
            entry.addClassName("detail-source-entry");
            if (m.sentence() != null) {
                Paragraph quote = new Paragraph("“" + m.sentence() + "”");
                quote.addClassName("detail-quote");
                entry.add(quote);
            }
            div.add(entry);
        }
        return div;
    }

    private static Component source(SourceRef s) {
        Div div = new Div();
        div.addClassName("detail-source");
        String text = "Source: " + s.publisher() + ", “" + s.title() + "”"
                + (s.published() == null ? "" : ", " + s.published());
        div.add(new Span(text));
        if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
            div.add(new Span(" "), new Anchor(s.url(), "link", AnchorTarget.BLANK));
        }
        return div;
    }

    private static String actor(ActorRef a) {
        return a.name() + " (" + a.code() + ")";
    }

    private static String coordinates(double lon, double lat) {
        return String.format(java.util.Locale.ROOT, "%.4f, %.4f", lat, lon);
    }

    private static long id(String featureId) {
        return Long.parseLong(featureId.substring(featureId.indexOf('-') + 1));
    }
}
