package org.conflictmap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictmap.actor.ActorService;
import org.conflictmap.base.BadRequestException;
import org.conflictmap.base.Bbox;
import org.conflictmap.base.FeatureFilter;
import org.conflictmap.event.EventType;
import org.springframework.stereotype.Component;

/**
 * Reads the map query parameters (bbox, from, to, actor, type, limit) into a {@link FeatureFilter}, rejecting bad
 * input with a {@link BadRequestException} that names the parameter. Error messages never repeat the input.
 */
@Component
class FilterParams {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private final ActorService actors;

    FilterParams(ActorService actors) {
        this.actors = actors;
    }

    /**
     * @param sideCodes sides (coalitions); an item matches when one of its actors is chosen or is on a chosen side
     */
    FeatureFilter parse(String bbox, String from, String to, List<String> actorCodes, List<String> sideCodes,
                        List<String> typeNames, String limit) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequestException("from", "'from' must not be after 'to'.");
        }
        Set<String> chosen = actors(actorCodes);
        chosen.addAll(sideActors(sideCodes));
        return new FeatureFilter(Bbox.parse(bbox), fromDate, toDate, chosen, types(typeNames), limit(limit));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            throw new BadRequestException(name, "'" + name + "' must be a date written YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, "'" + name + "' is not a valid calendar date.");
        }
    }

    private Set<String> actors(List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code.isBlank()) {
                continue;
            }
            if (code.length() > 20 || !actors.exists(code)) {
                throw new BadRequestException("actor", "Unknown actor code; GET /api/actors lists the codes.");
            }
            result.add(code);
        }
        return result;
    }

    private Set<String> sideActors(List<String> codes) {
        List<String> sides = codes == null ? List.of() : codes.stream().filter(c -> !c.isBlank()).toList();
        if (sides.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new LinkedHashSet<>(actors.sides().stream().map(org.conflictmap.actor.Side::code).toList());
        if (!known.containsAll(sides)) {
            throw new BadRequestException("side", "Unknown side code; GET /api/sides lists the codes.");
        }
        return actors.codesOnSides(sides);
    }

    private static Set<String> types(List<String> names) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name.isBlank()) {
                continue;
            }
            try {
                result.add(EventType.valueOf(name).name());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("type", "Unknown event type; GET /api/event-types lists the types.");
            }
        }
        return result;
    }

    static int limit(String value) {
        return limit(value, FeatureFilter.DEFAULT_LIMIT, FeatureFilter.MAX_LIMIT);
    }

    /** A positive whole number; missing gives {@code fallback}, above {@code max} is reduced to it. */
    static int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!INTEGER.matcher(value.strip()).matches()) {
            throw new BadRequestException("limit", "'limit' must be a whole number of at most 9 digits; values from "
                    + "1 up are accepted and those above " + max + " are reduced to it.");
        }
        int limit = Integer.parseInt(value.strip());
        if (limit < 1) {
            throw new BadRequestException("limit", "'limit' must be at least 1.");
        }
        return Math.min(limit, max);
    }
}
