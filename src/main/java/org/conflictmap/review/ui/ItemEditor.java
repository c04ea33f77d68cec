package org.conflictmap.review.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.conflictmap.actor.Actor;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.review.ReviewEdit;
import org.conflictmap.review.ReviewItemView;
import org.conflictmap.review.ReviewKind;

/**
 * The fields of the selected review item, for the editor to correct, and the buttons to decide: Accept
 * (Ctrl+Enter), Reject (Ctrl+Delete), Save. Event items show type and actors; control items from, to and status.
 */
class ItemEditor extends VerticalLayout {
    /** What the editor decided, with the fields as edited. */
    enum Decision { ACCEPT, REJECT, SAVE }

    interface DecisionListener {
        void decided(ReviewItemView item, Decision decision, ReviewEdit edit);
    }

    private final H3 heading = new H3();
    private final Span confidence = new Span();
    private final ComboBox<PlaceCandidate> place = new ComboBox<>("Place");
    private final DatePicker date = new DatePicker("Date");
    private final Select<DatePrecision> precision = new Select<>();
    private final Select<EventType> type = new Select<>();
    private final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors (acting first)");
    private final ComboBox<String> from = new ComboBox<>("From");
    private final ComboBox<String> to = new ComboBox<>("To (new controller)");
    private final Select<ControlStatus> status = new Select<>();
    private final Gazetteer gazetteer;
    private ReviewItemView item;

    ItemEditor(Gazetteer gazetteer, List<Actor> actorList, DecisionListener listener) {
        this.gazetteer = gazetteer;
        setPadding(false);
        setSpacing(false);
        setId("item-editor");
        Map<String, String> names = actorList.stream().collect(Collectors.toMap(Actor::getCode, Actor::getName,
                (a, b) -> a, java.util.LinkedHashMap::new));
        Function<String, String> label = code -> code + " – " + names.getOrDefault(code, "unknown actor");
        List<String> codes = List.copyOf(names.keySet());

        place.setId("edit-place");
        place.setItems(query -> gazetteer.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream().map(Gazetteer.PlaceMatch::place));
        place.setItemLabelGenerator(p -> p.name() + (p.admin1() == null ? "" : ", " + p.admin1())
                + (p.countryCode() == null ? "" : " (" + p.countryCode() + ")"));
        place.setHelperText("Type a name in any script to search the gazetteer");
        date.setId("edit-date");
        precision.setId("edit-precision");
        precision.setLabel("Date precision");
        precision.setItems(DatePrecision.values());
        type.setId("edit-type");
        type.setLabel("Event type");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(EventType::label);
        actors.setId("edit-actors");
        actors.setItems(codes);
        actors.setItemLabelGenerator(label::apply);
        from.setId("edit-from");
        from.setItems(codes);
        from.setItemLabelGenerator(label::apply);
        from.setClearButtonVisible(true);
        to.setId("edit-to");
        to.setItems(codes);
        to.setItemLabelGenerator(label::apply);
        status.setId("edit-status");
        status.setLabel("Status");
        status.setItems(ControlStatus.values());

        Button accept = new Button("Accept", e -> decide(listener, Decision.ACCEPT));
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        accept.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        accept.setTooltipText("Put it on the map (Ctrl+Enter)");
        Button reject = new Button("Reject", e -> decide(listener, Decision.REJECT));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.addClickShortcut(Key.DELETE, KeyModifier.CONTROL);
        reject.setTooltipText("Keep it off the map (Ctrl+Delete)");
        Button save = new Button("Save changes", e -> decide(listener, Decision.SAVE));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.TERTIARY);

        FormLayout form = new FormLayout(place, date, precision, type, actors, from, to, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(heading, confidence, form, new HorizontalLayout(accept, reject, save));
        show(null);
    }

    /** Shows an item's fields, or hides the editor for null. */
    void show(ReviewItemView item) {
        this.item = item;
        setVisible(item != null);
        if (item == null) {
            return;
        }
        boolean event = item.kind() == ReviewKind.EVENT;
        heading.setText((event ? "Event" : "Control change") + " from “" + item.articleTitle() + "”");
        confidence.setText("Extractor's confidence: " + Math.round(item.confidence() * 100) + " %");
        place.setValue(item.placeId() == null ? null : gazetteer.find(item.placeId()).orElse(null));
        date.setValue(item.date());
        precision.setValue(item.datePrecision() == null ? DatePrecision.DAY : item.datePrecision());
        type.setVisible(event);
        actors.setVisible(event);
        from.setVisible(!event);
        to.setVisible(!event);
        status.setVisible(!event);
        type.setValue(item.eventType());
        actors.setValue(new LinkedHashSet<>(item.actors()));
        from.setValue(item.fromActor());
        to.setValue(item.toActor());
        status.setValue(item.controlStatus() == null ? ControlStatus.CONFIRMED : item.controlStatus());
        place.focus();
    }

    private void decide(DecisionListener listener, Decision decision) {
        if (item == null) {
            return;
        }
        // keep the acting actor first: the item's own order, then any the editor added
        List<String> chosen = new java.util.ArrayList<>(item.actors().stream().filter(actors.getValue()::contains)
                .toList());
        actors.getValue().stream().filter(c -> !chosen.contains(c)).sorted().forEach(chosen::add);
        ReviewEdit edit = new ReviewEdit(item.version(), place.getValue() == null ? null : place.getValue().id(),
                date.getValue(), precision.getValue(), type.getValue(), chosen, from.getValue(), to.getValue(),
                status.getValue());
        listener.decided(item, decision, edit);
    }
}
