package org.conflictmap.map;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.Side;
import org.conflictmap.event.EventType;

/** Actor colours, event-type symbols, the control-change marker, and the optional online tile layer. */
class Legend extends Details {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** The same shapes the map draws (frontend/conflict-map.js). */
    private static final Map<String, String> SYMBOLS = Map.of("circle", "●", "triangle", "▲", "square", "■",
            "diamond", "◆", "star", "★", "cross", "✚", "x", "✖", "pentagon", "⬟", "hexagon", "⬢");

    private final Checkbox bySide = new Checkbox("Colour by side");
    private boolean updating;

    Legend(List<Actor> actors, List<Side> sides, ConflictMap map, Consumer<Boolean> onBySide) {
        setSummaryText("Legend and basemap");
        setId("legend");
        addClassName("legend");
        Div content = new Div();
        bySide.setId("by-side");
        bySide.addValueChangeListener(e -> {
            if (!updating) {
                onBySide.accept(e.getValue());
            }
        });
        content.add(bySide, heading("Sides (colours with “Colour by side”)"));
        for (Side s : sides) {
            content.add(new Div(swatch(s.colour()), new Span(s.code() + " – " + s.name())));
        }
        content.add(heading("Actors (marker colour)"));
        for (Actor a : actors) {
            content.add(new Div(swatch(a.getColour()), new Span(a.getCode() + " – " + a.getName() + " (" + a.getSide()
                    + ")")));
        }
        content.add(heading("Event types (marker shape)"));
        for (EventType t : EventType.values()) {
            Span symbol = new Span(SYMBOLS.getOrDefault(t.symbol(), "●"));
            symbol.addClassName("symbol");
            content.add(new Div(symbol, new Span(t.label())));
        }
        content.add(heading("Control change"));
        Span flag = new Span("⚑");
        flag.addClassName("symbol");
        content.add(new Div(flag, new Span("Fill: new controller; border: previous controller")));
        TextField tiles = new TextField("Online tile URL (optional)");
        tiles.setPlaceholder("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        tiles.setHelperText("Drawn under the offline basemap when you are online.");
        tiles.setWidthFull();
        tiles.setId("tile-url");
        tiles.addValueChangeListener(e -> map.setTileUrl(e.getValue()));
        content.add(tiles);
        add(content);
    }

    /** Shows the by-side setting of a permalink without firing. */
    void showBySide(boolean value) {
        updating = true;
        try {
            bySide.setValue(value);
        } finally {
            updating = false;
        }
    }

    private static Span swatch(String colour) {
        Span swatch = new Span();
        swatch.addClassName("swatch");
        if (COLOUR.matcher(colour).matches()) {
            swatch.getStyle().setBackgroundColor(colour);
        }
        return swatch;
    }

    private static Div heading(String text) {
        Div d = new Div(text);
        d.addClassName("legend-heading");
        return d;
    }
}
