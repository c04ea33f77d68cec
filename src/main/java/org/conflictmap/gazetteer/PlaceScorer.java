package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;

/**
 * Resolves one query against a {@link PlaceIndex}. Exact names come first: the normalised name, else the name
 * without its kind words ("Idlib province" → Idlib, as a region) and the words of facility and region names
 * ("Kuweires airport"). When none of those lies in scope, places whose loose key matches join them: those in the
 * first scope country if there are any, else those anywhere in scope or within range of the given points; and when
 * nothing matched at all, fuzzy matches (one or two edits) in the same places.
 * Loose and fuzzy answers never come from elsewhere: a close-enough name in another country is never an answer.
 * <p>
 * Score (0..~2): 0.5 × name (1 primary, 0.8 alternate, 0.6 loose or word, 0.5/0.4 one/two edits) + 0.2 in the
 * first scope country (0.1 in the others) +
 * 0.2 × size (log10 population / 7; 1 for a country; without a figure 0.7 for a city or region, 0.6 for a town) +
 * 0.1 × kind, plus 0.5 when the kind is the one the name asks for (0.1 when only
 * the surrounding text does), up to 0.4 near the given point, up to 0.2 near other places of the text and 0.4 in a
 * country the text names.
 */
final class PlaceScorer {
    static final double NEAR_RANGE_KM = 150;
    /** Candidates returned at most: enough for any real ambiguity, and a common name costs no more to explain. */
    static final int MAX_CANDIDATES = 100;
    /** A named point outweighs population and kind: the caller knows where the text is about. */
    static final double NEAR_WEIGHT = 0.4;
    static final double CONTEXT_WEIGHT = 0.2;
    /** A country named in the text outweighs the scope: "Tripoli, Libya" is in Libya. */
    static final double CONTEXT_COUNTRY_WEIGHT = 0.4;
    static final double NAME_KIND_WEIGHT = 0.5;
    static final double TEXT_KIND_WEIGHT = 0.1;
    /** The first scope country adds 0.2; the others a little less, so that it wins between equals. */
    static final double OTHER_SCOPE_WEIGHT = 0.1;
    /** A loose match weighs 0.45 to 0.65, by how close the spelling is to the place's own name. */
    static final double LOOSE_BASE = 0.45;
    static final double LOOSE_SIMILARITY = 0.2;

    private final PlaceIndex index;
    private final Set<String> scope;
    private final String primaryCountry;
    /** The normalised name being resolved (one scorer serves one query at a time). */
    private String queryKey = "";

    /** {@code scope}: the countries to prefer, the first one most (iteration order counts). */
    PlaceScorer(PlaceIndex index, Set<String> scope) {
        this.index = index;
        this.scope = scope;
        this.primaryCountry = scope.isEmpty() ? null : scope.iterator().next();
    }

    private enum How {
        PRIMARY("name", 1), ALTERNATE("alternate-name", 0.8), LOOSE("loose-name", 0.6), WORD("name-word", 0.6),
        FUZZY1("fuzzy:1", 0.5), FUZZY2("fuzzy:2", 0.4);

        final String reason;
        final double weight;

        How(String reason, double weight) {
            this.reason = reason;
            this.weight = weight;
        }
    }

    private record Hit(int slot, How how) {
    }

    List<PlaceCandidate> resolve(PlaceQuery query, Function<String, ContextPlaces.Context> readContext) {
        String key = NameNormalizer.normalize(query.name());
        if (key.isEmpty()) {
            return List.of();
        }
        queryKey = key;
        KindHints.Split split = KindHints.of(query.name(), key);
        Set<PlaceKind> textKinds = split.kinds().isEmpty() ? KindHints.in(query.context()) : Set.of();
        ContextPlaces.Context context = query.context() == null || query.context().isBlank()
                ? ContextPlaces.Context.NONE : readContext.apply(query.context());
        List<Hit> hits = match(key, split, query.near(), context);
        // Score everything, but explain (build the candidate and its reason) only the best MAX_CANDIDATES.
        List<Scored> scored = new ArrayList<>(hits.size());
        Set<Integer> seen = new HashSet<>();
        for (Hit hit : hits) {
            if (seen.add(hit.slot())) {
                scored.add(new Scored(hit, score(hit, split.kinds(), textKinds, query.near(), context, null)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(s -> index.ids[s.hit().slot()]));
        List<PlaceCandidate> out = new ArrayList<>(Math.min(scored.size(), MAX_CANDIDATES));
        for (Scored s : scored.subList(0, Math.min(scored.size(), MAX_CANDIDATES))) {
            StringBuilder reason = new StringBuilder();
            double score = score(s.hit(), split.kinds(), textKinds, query.near(), context, reason);
            int slot = s.hit().slot();
            long population = index.populations[slot];
            out.add(new PlaceCandidate(index.ids[slot], index.names[slot], index.kinds[slot], index.lats[slot],
                    index.lons[slot], index.countries[slot], index.admin1s[slot], population < 0 ? null : population,
                    index.precisions[slot], Math.round(score * 1000) / 1000.0, reason.toString()));
        }
        return out;
    }

    private record Scored(Hit hit, double score) {
    }

    /** A slot as a candidate with score 1 and the given reason (for lists that are not ranked by score). */
    PlaceCandidate describe(int slot, String reason) {
        long population = index.populations[slot];
        return new PlaceCandidate(index.ids[slot], index.names[slot], index.kinds[slot], index.lats[slot],
                index.lons[slot], index.countries[slot], index.admin1s[slot], population < 0 ? null : population,
                index.precisions[slot], 1.0, reason);
    }

    /** The best place for an exact name when it stands out (for reading context), else empty. */
    Optional<PlaceCandidate> resolveNameOnly(String name) {
        String key = NameNormalizer.normalize(name);
        int[] slots = index.exact(key);
        if (slots.length == 0 || slots.length > 20) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = -1;
        double second = -1;
        for (int slot : slots) {
            double score = score(new Hit(slot, How.ALTERNATE), Set.of(), Set.of(), null, ContextPlaces.Context.NONE,
                    null);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = slot;
            } else if (score > second) {
                second = score;
            }
        }
        boolean clear = slots.length == 1 || bestScore - second >= 0.15;
        return clear ? Optional.of(describe(best, "clear")) : Optional.empty();
    }

    private List<Hit> match(String key, KindHints.Split split, Coordinate near, ContextPlaces.Context context) {
        String bare = split.kinds().isEmpty() ? null : NameNormalizer.normalize(split.bareName());
        boolean hasBare = bare != null && !bare.isEmpty();
        List<Hit> hits = exact(key);
        if (hits.isEmpty() && hasBare) {
            hits = exact(bare);
            hits.addAll(words(bare, split.kinds()));
        }
        if (hits.stream().anyMatch(h -> inScope(h.slot()))) {
            return hits;
        }
        // Nothing exact in scope: a looser spelling of a place in the first scope country (or, when there is none,
        // anywhere in scope or near the given points) may be meant.
        List<Hit> loose = local(index.loose(NameNormalizer.loose(key)), How.LOOSE, near, context);
        if (loose.isEmpty() && hasBare) {
            loose = local(index.loose(NameNormalizer.loose(bare)), How.LOOSE, near, context);
        }
        if (loose.isEmpty() && hits.isEmpty()) {
            loose = fuzzy(hasBare ? bare : key, near, context);
        }
        if (loose.stream().anyMatch(h -> primary(h.slot()))) {
            loose = loose.stream().filter(h -> primary(h.slot())).toList();
        }
        hits.addAll(loose);
        return hits;
    }

    /** Only the slots in scope or within range of the given points: loose and fuzzy matches never go further. */
    private List<Hit> local(int[] slots, How how, Coordinate near, ContextPlaces.Context context) {
        List<Hit> hits = new ArrayList<>();
        for (int slot : slots) {
            if (local(slot, near, context)) {
                hits.add(new Hit(slot, how));
            }
        }
        return hits;
    }

    private boolean local(int slot, Coordinate near, ContextPlaces.Context context) {
        return inScope(slot) || (near != null && km(near, slot) <= NEAR_RANGE_KM)
                || context.countries().contains(index.countries[slot])
                || context.points().stream().anyMatch(c -> km(c, slot) <= NEAR_RANGE_KM);
    }

    private boolean primary(int slot) {
        return primaryCountry != null && primaryCountry.equals(index.countries[slot]);
    }

    private boolean inScope(int slot) {
        return index.countries[slot] != null && scope.contains(index.countries[slot]);
    }

    private List<Hit> exact(String key) {
        List<Hit> hits = new ArrayList<>();
        for (int slot : index.exact(key)) {
            hits.add(new Hit(slot, index.primaryKeys[slot].equals(key) ? How.PRIMARY : How.ALTERNATE));
        }
        return hits;
    }

    private List<Hit> words(String bare, Set<PlaceKind> kinds) {
        List<Hit> hits = new ArrayList<>();
        for (int slot : index.word(NameNormalizer.loose(bare))) {
            if (kinds.contains(index.kinds[slot])) {
                hits.add(new Hit(slot, How.WORD));
            }
        }
        return hits;
    }

    private List<Hit> fuzzy(String key, Coordinate near, ContextPlaces.Context context) {
        List<Hit> hits = new ArrayList<>();
        for (PlaceIndex.Fuzzy f : index.fuzzy(key)) {
            if (local(f.slot(), near, context)) {
                hits.add(new Hit(f.slot(), f.edits() == 1 ? How.FUZZY1 : How.FUZZY2));
            }
        }
        return hits;
    }

    /** The score of a hit; its reasons are appended to {@code reason} unless that is null. */
    private double score(Hit hit, Set<PlaceKind> nameKinds, Set<PlaceKind> textKinds, Coordinate near,
                         ContextPlaces.Context context, StringBuilder reason) {
        int slot = hit.slot();
        PlaceKind kind = index.kinds[slot];
        long population = index.populations[slot];
        boolean inScope = inScope(slot);
        double size = kind == PlaceKind.COUNTRY ? 1 : population > 0 ? Math.min(1, Math.log10(population) / 7)
                : unknownSize(kind);
        double scoreWeight = !inScope ? 0 : index.countries[slot].equals(primaryCountry) ? 0.2 : OTHER_SCOPE_WEIGHT;
        double nameWeight = hit.how() == How.LOOSE ? LOOSE_BASE + LOOSE_SIMILARITY * similarity(slot) : hit.how().weight;
        double score = 0.5 * nameWeight + scoreWeight + 0.2 * size + 0.1 * kindWeight(kind);
        Explain why = new Explain(reason);
        why.add(hit.how().reason).add(inScope ? ",in-scope" : ",out-of-scope");
        if (nameKinds.contains(kind)) {
            score += NAME_KIND_WEIGHT;
            why.add(",kind:").add(kind.name().toLowerCase());
        } else if (textKinds.contains(kind)) {
            score += TEXT_KIND_WEIGHT;
            why.add(",text-kind:").add(kind.name().toLowerCase());
        }
        if (near != null) {
            double km = km(near, slot);
            score += NEAR_WEIGHT * Math.max(0, 1 - km / NEAR_RANGE_KM);
            why.add(",near:").add(Math.round(km) + "km");
        }
        if (!context.points().isEmpty()) {
            double km = Double.MAX_VALUE;
            for (Coordinate c : context.points()) {
                km = Math.min(km, km(c, slot));
            }
            if (km <= NEAR_RANGE_KM) {
                score += CONTEXT_WEIGHT * (1 - km / NEAR_RANGE_KM);
                why.add(",context:").add(Math.round(km) + "km");
            }
        }
        if (kind != PlaceKind.COUNTRY && context.countries().contains(index.countries[slot])) {
            score += CONTEXT_COUNTRY_WEIGHT;
            why.add(",context-country");
        }
        return score;
    }

    /** Appends to a reason when there is one to write. */
    private record Explain(StringBuilder reason) {
        Explain add(String part) {
            if (reason != null) {
                reason.append(part);
            }
            return this;
        }
    }

    /**
     * How close the query is to the place's primary name, 0..1, both without articles and spaces: the loose key
     * throws vowels away, and this brings them back to break ties (Qousseir is al-Qusayr rather than Kayseri).
     */
    private double similarity(int slot) {
        if (queryKey.chars().anyMatch(c -> c >= 0x80)) {
            return 0.5; // another script than the primary name's Latin: no way to compare
        }
        String a = NameNormalizer.compact(queryKey);
        String b = NameNormalizer.compact(index.primaryKeys[slot]);
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 0 : 1 - (double) Edits.damerau(a, b, longest) / longest;
    }

    /** Size of a place without a population figure, from its kind: about 100,000 for a city or a region. */
    private static double unknownSize(PlaceKind kind) {
        return switch (kind) {
            case CITY, REGION -> 0.7;
            case TOWN -> 0.6;
            default -> 0;
        };
    }

    private static double kindWeight(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> 1.0;
            case CITY -> 0.8;
            case REGION -> 0.7;
            case TOWN, FACILITY -> 0.6;
            case VILLAGE -> 0.4;
        };
    }

    private double km(Coordinate from, int slot) {
        return haversineKm(from, index.lons[slot], index.lats[slot]);
    }

    static double haversineKm(Coordinate from, double lon, double lat) {
        double dLat = Math.toRadians(lat - from.y);
        double dLon = Math.toRadians(lon - from.x);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(from.y)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
