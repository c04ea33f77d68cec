// <conflict-map>: a Lit element wrapping OpenLayers. It draws an offline basemap (Natural Earth countries from
// world-atlas, large places from our API) and fetches events and control changes for the visible area from our
// HTTP API. The server tells it *what* to show (a query string, a selection); features never pass through Vaadin.
import { LitElement, html, css, unsafeCSS } from 'lit';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import TopoJSON from 'ol/format/TopoJSON.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style.js';
import { defaults as defaultControls, ScaleLine } from 'ol/control.js';
import olCss from 'ol/ol.css?inline';
import countries from 'world-atlas/countries-50m.json';

const DEFAULT_CENTER = [38.3, 35.2];
const DEFAULT_ZOOM = 6.6;

/** Marker shape per symbol name (the server's EventType.symbol). */
function shape(symbol, fill, stroke, radius) {
  const common = { fill, stroke };
  switch (symbol) {
    case 'triangle': return new RegularShape({ ...common, points: 3, radius: radius + 2, angle: 0 });
    case 'square': return new RegularShape({ ...common, points: 4, radius: radius + 1, angle: Math.PI / 4 });
    case 'diamond': return new RegularShape({ ...common, points: 4, radius: radius + 2, angle: 0 });
    case 'star': return new RegularShape({ ...common, points: 5, radius: radius + 3, radius2: radius / 2, angle: 0 });
    case 'cross': return new RegularShape({ ...common, points: 4, radius: radius + 2, radius2: 2, angle: 0 });
    case 'x': return new RegularShape({ ...common, points: 4, radius: radius + 2, radius2: 2, angle: Math.PI / 4 });
    case 'pentagon': return new RegularShape({ ...common, points: 5, radius: radius + 1, angle: 0 });
    case 'hexagon': return new RegularShape({ ...common, points: 6, radius: radius + 1, angle: 0 });
    default: return new Circle({ ...common, radius });
  }
}

const hatches = {};
/** Diagonal hatching in a colour: how contested areas are drawn. */
function hatch(colour) {
  if (!hatches[colour]) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 8;
    const ctx = canvas.getContext('2d');
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, 8); ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
    ctx.moveTo(6, 10); ctx.lineTo(10, 6);
    ctx.stroke();
    hatches[colour] = ctx.createPattern(canvas, 'repeat');
  }
  return hatches[colour];
}

const HALO = new Style({ image: new Circle({ radius: 16, stroke: new Stroke({ color: '#111', width: 3 }),
  fill: new Fill({ color: 'rgba(255,255,255,0.55)' }) }), zIndex: 10 });

class ConflictMap extends LitElement {
  static properties = {
    query: { type: String },
    showControl: { type: Boolean },
    selected: { type: String },
    tileUrl: { type: String },
    controlDate: { type: String },
    showAreas: { type: Boolean },
    bySide: { type: Boolean },
  };

  static styles = [unsafeCSS(olCss), css`
    :host { display: block; position: relative; min-height: 300px; }
    #map { position: absolute; inset: 0; background: #d6e6f2; }
    #map:focus { outline: 3px solid var(--lumo-primary-color, #1676f3); outline-offset: -3px; }
    .status { position: absolute; left: 8px; bottom: 8px; background: rgba(255,255,255,.85); padding: 2px 6px;
      border-radius: 4px; font: 12px sans-serif; color: #333; pointer-events: none; }
  `];

  constructor() {
    super();
    this.query = '';
    this.showControl = true;
    this.selected = '';
    this.tileUrl = '';
    this.controlDate = '';
    this.showAreas = true;
    this.bySide = false;
    this._sideColour = {};
    this.areaCount = 0;
    this.controlPointCount = 0;
    this._areaAbort = null;
    this.eventCount = 0;
    this.controlCount = 0;
    this.loading = 0;
    this._abort = null;
  }

  render() {
    return html`<div id="map" tabindex="0" role="application" aria-label="Map of events and control changes"></div>
      <div class="status" aria-live="polite">${this._status || ''}</div>`;
  }

  firstUpdated() {
    this.basemap = new VectorLayer({
      source: new VectorSource({
        features: new TopoJSON({ layers: ['countries'] }).readFeatures(countries, { featureProjection: 'EPSG:3857' }),
      }),
      style: (f) => new Style({
        fill: new Fill({ color: f.get('name') === 'Syria' ? '#fbf7ee' : '#eeeae0' }),
        stroke: new Stroke({ color: '#8a8a8a', width: f.get('name') === 'Syria' ? 1.6 : 0.8 }),
      }),
    });
    this.tiles = new TileLayer({ visible: false });
    this.labels = new VectorLayer({ source: new VectorSource(), declutter: true, style: (f) => new Style({
      image: new Circle({ radius: 2.5, fill: new Fill({ color: '#555' }) }),
      text: new Text({ text: f.get('name'), offsetY: -10, font: '12px sans-serif', fill: new Fill({ color: '#333' }),
        stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }) }),
    }) });
    this.areaLayer = new VectorLayer({ source: new VectorSource(), style: (f) => this._areaStyle(f), zIndex: 1 });
    this.controlPointLayer = new VectorLayer({ source: new VectorSource(), zIndex: 1, style: (f) => new Style({
      image: new Circle({ radius: 3.5, fill: new Fill({ color: this._colour(f.get('controller'), f.get('colour')) }),
        stroke: new Stroke({ color: f.get('status') === 'CONTESTED' ? '#000' : '#fff', width: 1 }) }) }) });
    this.controlLayer = new VectorLayer({ source: new VectorSource(), style: (f) => this._controlStyle(f), zIndex: 2 });
    this.eventLayer = new VectorLayer({ source: new VectorSource(), style: (f) => this._eventStyle(f), zIndex: 3 });
    this.map = new Map({
      target: this.renderRoot.getElementById('map'),
      layers: [this.tiles, this.basemap, this.areaLayer, this.labels, this.controlPointLayer, this.controlLayer,
        this.eventLayer],
      view: new View({ center: fromLonLat(DEFAULT_CENTER), zoom: DEFAULT_ZOOM }),
      controls: defaultControls().extend([new ScaleLine()]),
      keyboardEventTarget: this.renderRoot.getElementById('map'),
    });
    this.map.on('moveend', () => {
      this._reload();
      const [lon, lat] = toLonLat(this.map.getView().getCenter());
      this.dispatchEvent(new CustomEvent('view-change', { detail: {
        lon: Math.round(lon * 10000) / 10000, lat: Math.round(lat * 10000) / 10000,
        zoom: Math.round(this.map.getView().getZoom() * 100) / 100, bbox: this._bbox() } }));
    });
    this.map.on('singleclick', (evt) => {
      const feature = this.map.forEachFeatureAtPixel(evt.pixel, (f) => f,
        { layerFilter: (l) => l === this.eventLayer || l === this.controlLayer || l === this.controlPointLayer,
          hitTolerance: 4 });
      if (feature) {
        this.selected = feature.getId();
        this.dispatchEvent(new CustomEvent('feature-click', { detail: { id: feature.getId() } }));
      }
    });
    this.map.on('pointermove', (evt) => {
      const hit = this.map.hasFeatureAtPixel(evt.pixel,
        { layerFilter: (l) => l === this.eventLayer || l === this.controlLayer || l === this.controlPointLayer });
      this.map.getTargetElement().style.cursor = hit ? 'pointer' : '';
    });
    fetch('api/places/labels').then((r) => r.json()).then((json) => {
      this.labels.getSource().addFeatures(new GeoJSON().readFeatures(json, { featureProjection: 'EPSG:3857' }));
    }).catch(() => {});
    Promise.all([fetch('api/actors').then((r) => r.json()), fetch('api/sides').then((r) => r.json())])
      .then(([actors, sides]) => {
        const colours = Object.fromEntries(sides.map((side) => [side.code, side.colour]));
        this._sideColour = Object.fromEntries(actors.map((a) => [a.code, colours[a.side]]));
        if (this.bySide) this._restyle();
      }).catch(() => {});
    new ResizeObserver(() => this.map.updateSize()).observe(this);
    this._applyTiles();
  }

  updated(changed) {
    if (!this.map) return;
    // deferred: starting a load inside the update cycle would schedule another update from within it
    if (changed.has('query') || changed.has('showControl')) setTimeout(() => this._reload());
    if (changed.has('controlDate') || changed.has('showAreas')) setTimeout(() => this._reloadControl());
    if (changed.has('selected')) { this.eventLayer.changed(); this.controlLayer.changed(); }
    if (changed.has('tileUrl')) this._applyTiles();
    if (changed.has('bySide')) this._restyle();
  }

  _restyle() {
    [this.areaLayer, this.controlPointLayer, this.controlLayer, this.eventLayer].forEach((l) => l.changed());
  }

  /** The colour for an actor: its own, or its side's when colouring by side. */
  _colour(code, own) {
    return (this.bySide && this._sideColour[code]) || own || '#666';
  }

  /** Centres the map on a point; called from the server. */
  flyTo(lon, lat, zoom) {
    const view = this.map.getView();
    view.animate({ center: fromLonLat([lon, lat]), zoom: zoom || Math.max(view.getZoom(), 8), duration: 400 });
  }

  /** Sets the view without animation (restoring a permalink). */
  setView(lon, lat, zoom) {
    this.map.getView().setCenter(fromLonLat([lon, lat]));
    this.map.getView().setZoom(zoom);
  }

  _applyTiles() {
    const url = (this.tileUrl || '').trim();
    if (url && /^https?:\/\//.test(url)) {
      this.tiles.setSource(new XYZ({ url, crossOrigin: 'anonymous' }));
      this.tiles.setVisible(true);
      this.basemap.setOpacity(0.35);
    } else {
      this.tiles.setVisible(false);
      this.basemap.setOpacity(1);
    }
  }

  _bbox() {
    const extent = transformExtent(this.map.getView().calculateExtent(this.map.getSize()), 'EPSG:3857', 'EPSG:4326');
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    return [clamp(extent[0], 180), clamp(extent[1], 90), clamp(extent[2], 180), clamp(extent[3], 90)]
      .map((v) => v.toFixed(4)).join(',');
  }

  async _reload() {
    if (!this.map || !this.map.getSize()) return;
    if (this._abort) this._abort.abort();
    const abort = new AbortController();
    this._abort = abort;
    const params = `${this.query ? this.query + '&' : ''}bbox=${this._bbox()}`;
    this.loading++;
    this._status = 'Loading…';
    this.requestUpdate();
    try {
      const format = new GeoJSON();
      const read = async (path) => {
        const response = await fetch(`api/${path}?${params}`, { signal: abort.signal });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.json();
      };
      const [events, controls] = await Promise.all([read('events'),
        this.showControl ? read('control-changes') : Promise.resolve({ features: [], numberReturned: 0 })]);
      const opts = { featureProjection: 'EPSG:3857' };
      this.eventLayer.getSource().clear();
      this.eventLayer.getSource().addFeatures(format.readFeatures(events, opts));
      this.controlLayer.getSource().clear();
      this.controlLayer.getSource().addFeatures(format.readFeatures(controls, opts));
      this.eventCount = this.eventLayer.getSource().getFeatures().length;
      this.controlCount = this.controlLayer.getSource().getFeatures().length;
      this.dataset.eventCount = String(this.eventCount);
      this.dataset.controlCount = String(this.controlCount);
      this.dispatchEvent(new CustomEvent('features-loaded', { detail: {
        events: this.eventCount, controls: this.controlCount,
        eventsCut: events.numberReturned >= events.limit, controlsCut: controls.numberReturned >= controls.limit } }));
    } catch (e) {
      if (e.name !== 'AbortError') this._status = 'Could not load map data';
    } finally {
      this.loading--;
      if (this.loading === 0 && this._status === 'Loading…') this._status = '';
      this.requestUpdate();
    }
  }

  /** Control areas and controlled places on `controlDate` (empty: none drawn). */
  async _reloadControl() {
    if (!this.map) return;
    if (this._areaAbort) this._areaAbort.abort();
    const abort = new AbortController();
    this._areaAbort = abort;
    const date = this.controlDate || '';
    if (!date || !this.showAreas) {
      this.areaLayer.getSource().clear();
      this.controlPointLayer.getSource().clear();
      this.areaCount = 0;
      this.controlPointCount = 0;
      this.dataset.controlDate = '';
      return;
    }
    try {
      const get = async (path) => {
        const response = await fetch(`api/${path}?date=${encodeURIComponent(date)}`, { signal: abort.signal });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.json();
      };
      const [areas, points] = await Promise.all([get('control/areas'), get('control')]);
      const format = new GeoJSON();
      const opts = { featureProjection: 'EPSG:3857' };
      this.areaLayer.getSource().clear();
      this.areaLayer.getSource().addFeatures(format.readFeatures(areas, opts));
      this.controlPointLayer.getSource().clear();
      this.controlPointLayer.getSource().addFeatures(format.readFeatures(points, opts));
      this.areaCount = this.areaLayer.getSource().getFeatures().length;
      this.controlPointCount = this.controlPointLayer.getSource().getFeatures().length;
      this.dataset.controlDate = date;
      this.dispatchEvent(new CustomEvent('control-loaded', { detail: { date, areas: this.areaCount,
        places: this.controlPointCount } }));
    } catch (e) {
      if (e.name !== 'AbortError') { this._status = 'Could not load control areas'; this.requestUpdate(); }
    }
  }

  /** Controller code of a place on the shown control date, by place name (used by tests and tooltips). */
  controllerAt(placeName) {
    const f = this.controlPointLayer.getSource().getFeatures().find((x) => x.get('place') === placeName);
    return f ? f.get('controller') : null;
  }

  _areaStyle(feature) {
    const colour = this._colour(feature.get('controller'), feature.get('colour'));
    if (feature.get('contested')) {
      return new Style({ fill: new Fill({ color: hatch(colour) }),
        stroke: new Stroke({ color: colour, width: 1.5, lineDash: [6, 4] }) });
    }
    return new Style({ fill: new Fill({ color: colour + '40' }), stroke: new Stroke({ color: colour + 'aa', width: 1 }) });
  }

  _eventStyle(feature) {
    const selected = feature.getId() === this.selected;
    const marker = new Style({
      image: shape(feature.get('symbol'),
        new Fill({ color: this._colour((feature.get('actor1') || {}).code, feature.get('colour')) }),
        new Stroke({ color: '#fff', width: 1.5 }), selected ? 9 : 6),
      zIndex: selected ? 11 : 1,
    });
    return selected ? [HALO, marker] : marker;
  }

  _controlStyle(feature) {
    const selected = feature.getId() === this.selected;
    const radius = selected ? 12 : 9;
    const marker = new Style({
      image: new RegularShape({ points: 4, radius, angle: 0,
        fill: new Fill({ color: this._colour((feature.get('to') || {}).code, feature.get('colour')) }),
        stroke: new Stroke({ color: feature.get('from')
          ? this._colour(feature.get('from').code, feature.get('fromColour')) : '#fff', width: 4 }) }),
      text: new Text({ text: '⚑', font: `${selected ? 14 : 11}px sans-serif`, fill: new Fill({ color: '#fff' }) }),
      zIndex: selected ? 11 : 0,
    });
    return selected ? [HALO, marker] : marker;
  }
}

customElements.define('conflict-map', ConflictMap);
