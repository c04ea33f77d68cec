package org.conflictmap.map;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import org.conflictmap.base.FeatureFilter;

/** The list beside the map: a lazy grid over {@link MapItems}, sorted by date (newest first by default). */
class ItemList extends Grid<MapItem> {
    private final MapItems items;
    private FeatureFilter filter = FeatureFilter.all();
    private boolean withControl = true;
    private boolean syncing;
    private final Column<MapItem> date;

    ItemList(MapItems items, Consumer<MapItem> onSelect) {
        this.items = items;
        setId("item-list");
        addClassName("item-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        date = addColumn(MapItem::date).setHeader("Date").setKey("date").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(MapItem::what).setHeader("What").setFlexGrow(3).setResizable(true);
        addColumn(MapItem::place).setHeader("Place").setFlexGrow(2).setResizable(true);
        addColumn(MapItem::actors).setHeader("Actors").setFlexGrow(2);
        setTooltipGenerator(i -> i.date() + " · " + i.what() + " · " + i.place() + " · " + i.actors());
        setItems(query -> {
            boolean newestFirst = query.getSortOrders().isEmpty()
                    || query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
            return items.page(filter, withControl, newestFirst, query.getOffset(), query.getLimit()).stream();
        }, query -> items.count(filter, withControl));
        sort(GridSortOrder.desc(date).build());
        setSelectionMode(SelectionMode.SINGLE);
        asSingleSelect().addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });
    }

    void show(FeatureFilter filter, boolean withControl) {
        this.filter = filter;
        this.withControl = withControl;
        getDataProvider().refreshAll();
    }

    /** Selects (and scrolls to) the row of a feature chosen on the map, without echoing the selection back. */
    void selectQuietly(MapItem item) {
        syncing = true;
        try {
            if (item == null) {
                deselectAll();
                return;
            }
            select(item);
            boolean newestFirst = getSortOrder().isEmpty()
                    || getSortOrder().getFirst().getDirection() == SortDirection.DESCENDING;
            int index = items.indexOf(filter, withControl, newestFirst, item);
            if (index >= 0) {
                scrollToIndex(index);
            }
        } finally {
            syncing = false;
        }
    }
}
