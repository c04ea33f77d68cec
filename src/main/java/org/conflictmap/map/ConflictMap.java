package org.conflictmap.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * Java facade of the {@code <conflict-map>} element (frontend/conflict-map.js). The server sets what to show — a
 * query string of filters, whether control changes are drawn, the selection — and the element fetches the
 * features for its visible area from the HTTP API itself.
 */
@Tag("conflict-map")
@NpmPackage(value = "ol", version = "10.11.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@JsModule("./conflict-map.js")
public class ConflictMap extends com.vaadin.flow.component.Component implements HasSize {
    /**
     * The OpenLayers map exists only after the element's first update, so calls made while the view is being built
     * (restoring a permalink in beforeEnter) wait for it; called directly they would fail and be lost.
     */
    private static final String WHEN_RENDERED =
            "customElements.whenDefined(this.localName).then(() => this.updateComplete).then(() => ";

    /** Sets the filter part of the API query, e.g. {@code from=2024-11-27&actor=HTS}; the map adds the bbox. */
    public void setQuery(String query) {
        getElement().setProperty("query", query);
    }

    public void setShowControl(boolean show) {
        getElement().setProperty("showControl", show);
    }

    /** Highlights a feature, by id such as {@code event-12}; empty for none. */
    public void setSelected(String featureId) {
        getElement().setProperty("selected", featureId == null ? "" : featureId);
    }

    /** An optional XYZ tile URL template drawn under the offline basemap. */
    public void setTileUrl(String url) {
        getElement().setProperty("tileUrl", url == null ? "" : url);
    }

    /** Colours markers and areas by the actor's side (coalition) instead of by actor. */
    public void setBySide(boolean bySide) {
        getElement().setProperty("bySide", bySide);
    }

    /** Draws control areas and controlled places as of this day; null for none. */
    public void setControlDate(java.time.LocalDate day) {
        getElement().setProperty("controlDate", day == null ? "" : day.toString());
    }

    public void flyTo(double lon, double lat) {
        getElement().executeJs(WHEN_RENDERED + "this.flyTo($0, $1))", lon, lat);
    }

    public void setView(double lon, double lat, double zoom) {
        getElement().executeJs(WHEN_RENDERED + "this.setView($0, $1, $2))", lon, lat, zoom);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addViewChangeListener(ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    public Registration addFeaturesLoadedListener(ComponentEventListener<FeaturesLoadedEvent> listener) {
        return addListener(FeaturesLoadedEvent.class, listener);
    }

    @DomEvent("feature-click")
    public static class FeatureClickEvent extends ComponentEvent<ConflictMap> {
        private final String featureId;

        public FeatureClickEvent(ConflictMap source, boolean fromClient,
                                 @EventData("event.detail.id") String featureId) {
            super(source, fromClient);
            this.featureId = featureId;
        }

        public String featureId() {
            return featureId;
        }
    }

    @DomEvent("view-change")
    public static class ViewChangeEvent extends ComponentEvent<ConflictMap> {
        private final double lon;
        private final double lat;
        private final double zoom;
        private final String bbox;

        public ViewChangeEvent(ConflictMap source, boolean fromClient, @EventData("event.detail.lon") double lon,
                               @EventData("event.detail.lat") double lat, @EventData("event.detail.zoom") double zoom,
                               @EventData("event.detail.bbox") String bbox) {
            super(source, fromClient);
            this.lon = lon;
            this.lat = lat;
            this.zoom = zoom;
            this.bbox = bbox;
        }

        public double lon() {
            return lon;
        }

        public double lat() {
            return lat;
        }

        public double zoom() {
            return zoom;
        }

        /** The visible area as minLon,minLat,maxLon,maxLat. */
        public String bbox() {
            return bbox;
        }
    }

    @DomEvent("features-loaded")
    public static class FeaturesLoadedEvent extends ComponentEvent<ConflictMap> {
        private final int events;
        private final int controls;
        private final boolean cut;

        public FeaturesLoadedEvent(ConflictMap source, boolean fromClient,
                                   @EventData("event.detail.events") int events,
                                   @EventData("event.detail.controls") int controls,
                                   @EventData("event.detail.eventsCut || event.detail.controlsCut") boolean cut) {
            super(source, fromClient);
            this.events = events;
            this.controls = controls;
            this.cut = cut;
        }

        public int events() {
            return events;
        }

        public int controls() {
            return controls;
        }

        /** True when a limit cut the answer: there is more than the map shows. */
        public boolean cut() {
            return cut;
        }
    }
}
