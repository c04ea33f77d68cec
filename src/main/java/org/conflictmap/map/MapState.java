package org.conflictmap.map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;

/**
 * Everything a permalink restores: filters, the selection and the view. Parsing is lenient (a broken permalink
 * opens the default map, it never fails the page); the API validates strictly.
 */
public record MapState(LocalDate from, LocalDate to, List<String> actors, List<String> sides, List<String> types,
                       boolean showControl,
                       String selected, Double lon, Double lat, Double zoom, LocalDate day, int window,
                       boolean bySide) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern FEATURE_ID = Pattern.compile("(event|control|control-at|place)-\\d{1,18}");
    /** Windows the time slider offers, in days of events shown up to the day; 0 means all up to the day. */
    public static final List<Integer> WINDOWS = List.of(0, 1, 3, 7);

    public MapState {
        actors = List.copyOf(actors);
        sides = List.copyOf(sides);
        types = List.copyOf(types);
    }

    public static MapState initial() {
        return new MapState(null, null, List.of(), List.of(), List.of(), true, null, null, null, null, null, 0,
                false);
    }

    public static MapState parse(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new MapState(date(first(p, "from")), date(first(p, "to")), codes(p.get("actor")), codes(p.get("side")),
                codes(p.get("type")),
                !"0".equals(first(p, "control")), featureId(first(p, "sel")), number(first(p, "lon"), 180),
                number(first(p, "lat"), 90), number(first(p, "z"), 30), date(first(p, "day")),
                window(first(p, "win")), "side".equals(first(p, "by")));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (from != null) p.put("from", List.of(from.toString()));
        if (to != null) p.put("to", List.of(to.toString()));
        if (!actors.isEmpty()) p.put("actor", actors);
        if (!sides.isEmpty()) p.put("side", sides);
        if (!types.isEmpty()) p.put("type", types);
        if (!showControl) p.put("control", List.of("0"));
        if (selected != null) p.put("sel", List.of(selected));
        if (day != null) p.put("day", List.of(day.toString()));
        if (day != null && window != 0) p.put("win", List.of(String.valueOf(window)));
        if (bySide) p.put("by", List.of("side"));
        if (lon != null && lat != null && zoom != null) {
            p.put("lon", List.of(String.valueOf(lon)));
            p.put("lat", List.of(String.valueOf(lat)));
            p.put("z", List.of(String.valueOf(zoom)));
        }
        return new QueryParameters(p);
    }

    /** The filter part of the map's API query string, values URL-encoded. */
    public String apiQuery() {
        List<String> parts = new ArrayList<>();
        if (from != null) parts.add("from=" + from);
        if (to != null) parts.add("to=" + to);
        actors.forEach(a -> parts.add("actor=" + URLEncoder.encode(a, StandardCharsets.UTF_8)));
        sides.forEach(a -> parts.add("side=" + URLEncoder.encode(a, StandardCharsets.UTF_8)));
        types.forEach(t -> parts.add("type=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    public MapState withFilters(LocalDate from, LocalDate to, List<String> actors, List<String> sides,
                                List<String> types, boolean showControl) {
        return new MapState(from, to, actors, sides, types, showControl, selected, lon, lat, zoom, day, window,
                bySide);
    }

    /**
     * Sets the time slider's day; while it is on, it decides the date range too: events up to the day, or within
     * the last {@code window} days.
     */
    public MapState withDay(LocalDate day, int window) {
        if (day == null) {
            return new MapState(from, to, actors, sides, types, showControl, selected, lon, lat, zoom, null, window,
                    bySide);
        }
        LocalDate start = window == 0 ? null : day.minusDays(window - 1L);
        return new MapState(start, day, actors, sides, types, showControl, selected, lon, lat, zoom, day, window,
                bySide);
    }

    public MapState withBySide(boolean bySide) {
        return new MapState(from, to, actors, sides, types, showControl, selected, lon, lat, zoom, day, window,
                bySide);
    }

    public MapState withSelected(String selected) {
        return new MapState(from, to, actors, sides, types, showControl, selected, lon, lat, zoom, day, window,
                bySide);
    }

    public MapState withView(double lon, double lat, double zoom) {
        return new MapState(from, to, actors, sides, types, showControl, selected, lon, lat, zoom, day, window,
                bySide);
    }

    private static int window(String value) {
        try {
            int w = value == null ? 0 : Integer.parseInt(value);
            return WINDOWS.contains(w) ? w : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> CODE.matcher(v).matches()).distinct().toList();
    }

    private static String featureId(String value) {
        return value != null && FEATURE_ID.matcher(value).matches() ? value : null;
    }

    private static Double number(String value, double bound) {
        try {
            double d = value == null ? Double.NaN : Double.parseDouble(value);
            return Double.isFinite(d) && Math.abs(d) <= bound ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
