package org.conflictmap.map;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;

/** "Find a place": suggestions from the gazetteer as the user types, in any script or spelling. */
class PlaceSearch extends ComboBox<Gazetteer.PlaceMatch> {

    PlaceSearch(Gazetteer gazetteer, Consumer<PlaceCandidate> onChoose) {
        super("Find a place");
        setId("place-search");
        setPlaceholder("Aleppo, Halab, حلب…");
        setWidth("12em");
        setClearButtonVisible(true);
        setItems(query -> gazetteer.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        setItemLabelGenerator(PlaceSearch::label);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChoose.accept(e.getValue().place());
            }
        });
    }

    /** "Aleppo (Halab) · city · SY": the matched spelling shows why a suggestion came up. */
    private static String label(Gazetteer.PlaceMatch m) {
        PlaceCandidate p = m.place();
        String matched = m.matchedName() == null || m.matchedName().equals(p.name()) ? "" : " (" + m.matchedName() + ")";
        return p.name() + matched + " · " + p.kind().name().toLowerCase() + (p.countryCode() == null ? ""
                : " · " + p.countryCode());
    }
}
