package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gazetteer's names in memory, so that resolving a name costs a few hash lookups instead of a query: places in
 * parallel arrays, and three maps from a key to place slots: the normalised name ({@link NameNormalizer#normalize}),
 * the loose key ({@link NameNormalizer#loose}) and, for fuzzy matching, every one-letter deletion of the compact key
 * (the normalised name without spaces) of the places in the {@code fuzzyCountries}. Immutable once built; the
 * {@link Gazetteer} swaps in a new one after an import.
 */
final class PlaceIndex {
    /** Fuzzy matching needs this many letters for one edit, and {@link #TWO_EDITS_MIN} for two. */
    static final int ONE_EDIT_MIN = 5;
    static final int TWO_EDITS_MIN = 9;
    private static final int[] NONE = new int[0];

    final long[] ids;
    final String[] names;
    final String[] primaryKeys;
    final PlaceKind[] kinds;
    final double[] lats;
    final double[] lons;
    final String[] countries;
    final String[] admin1s;
    final long[] populations;
    final GeoPrecision[] precisions;
    private final Map<String, int[]> exact;
    private final Map<String, int[]> loose;
    /** Deletion neighbourhood: a compact key and each of its one-letter deletions → slots whose key has it. */
    private final Map<String, int[]> deletions;
    /** Loose keys of runs of up to three words of facility, region and country names → slots. */
    private final Map<String, int[]> words;
    /** Compact keys per slot that take part in fuzzy matching (null for the others). */
    private final String[][] compactKeys;

    private PlaceIndex(int size) {
        ids = new long[size];
        names = new String[size];
        primaryKeys = new String[size];
        kinds = new PlaceKind[size];
        lats = new double[size];
        lons = new double[size];
        countries = new String[size];
        admin1s = new String[size];
        populations = new long[size];
        precisions = new GeoPrecision[size];
        exact = new HashMap<>(size * 8);
        loose = new HashMap<>(size * 8);
        deletions = new HashMap<>();
        words = new HashMap<>();
        compactKeys = new String[size][];
    }

    int size() {
        return ids.length;
    }

    /** Reads every place and name; {@code fuzzyCountries} are the countries whose names fuzzy matching covers. */
    static PlaceIndex load(JdbcTemplate jdbc, Set<String> fuzzyCountries) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM place", Integer.class);
        PlaceIndex index = new PlaceIndex(count == null ? 0 : count);
        Map<Long, Integer> slots = new HashMap<>(index.size() * 2);
        int[] next = {0};
        jdbc.query("""
                SELECT id, name, kind, country_code, admin1, population, geo_precision,
                       ST_X(geom) AS lon, ST_Y(geom) AS lat
                FROM place ORDER BY id""", rs -> {
            int slot = next[0]++;
            if (slot >= index.size()) {
                return; // a place added while loading; the next rebuild picks it up
            }
            index.ids[slot] = rs.getLong(1);
            index.names[slot] = rs.getString(2);
            index.primaryKeys[slot] = NameNormalizer.normalize(rs.getString(2));
            index.kinds[slot] = PlaceKind.valueOf(rs.getString(3));
            index.countries[slot] = rs.getString(4);
            index.admin1s[slot] = rs.getString(5);
            long population = rs.getLong(6);
            index.populations[slot] = rs.wasNull() ? -1 : population;
            index.precisions[slot] = GeoPrecision.valueOf(rs.getString(7));
            index.lons[slot] = rs.getDouble(8);
            index.lats[slot] = rs.getDouble(9);
            slots.put(index.ids[slot], slot);
        });
        Map<Integer, List<String>> compact = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        jdbc.query("SELECT place_id, normalized, loose FROM place_name", rs -> {
            Integer slot = slots.get(rs.getLong(1));
            if (slot == null) {
                return;
            }
            String key = interned.computeIfAbsent(rs.getString(2), k -> k);
            add(index.exact, key, slot);
            String looseKey = rs.getString(3);
            if (looseKey != null && !looseKey.isEmpty()) {
                add(index.loose, interned.computeIfAbsent(looseKey, k -> k), slot);
            }
            if (index.kinds[slot] == PlaceKind.FACILITY || index.kinds[slot] == PlaceKind.REGION
                    || index.kinds[slot] == PlaceKind.COUNTRY) {
                String[] w = key.split(" ");
                for (int i = 0; i < w.length; i++) {
                    for (int j = i + 1; j <= Math.min(w.length, i + 3); j++) {
                        String run = NameNormalizer.loose(String.join(" ", Arrays.asList(w).subList(i, j)));
                        if (run.length() >= 2) {
                            add(index.words, run, slot);
                        }
                    }
                }
            }
            String country = index.countries[slot];
            if (country == null || fuzzyCountries.contains(country)) {
                String c = key.replace(" ", "");
                if (c.length() >= ONE_EDIT_MIN) {
                    compact.computeIfAbsent(slot, s -> new ArrayList<>(2)).add(c);
                }
            }
        });
        compact.forEach((slot, keys) -> {
            String[] distinct = keys.stream().distinct().toArray(String[]::new);
            index.compactKeys[slot] = distinct;
            for (String key : distinct) {
                for (String d : deletesOf(key)) {
                    add(index.deletions, interned.computeIfAbsent(d, k -> k), slot);
                }
            }
        });
        return index;
    }

    private static void add(Map<String, int[]> map, String key, int slot) {
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[]{slot});
        } else if (old[old.length - 1] != slot && Arrays.stream(old).noneMatch(s -> s == slot)) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = slot;
            map.put(key, grown);
        }
    }

    int[] exact(String normalized) {
        return exact.getOrDefault(normalized, NONE);
    }

    int[] loose(String looseKey) {
        return loose.getOrDefault(looseKey, NONE);
    }

    /** Facility, region and country slots with a run of words whose loose key is {@code looseKey}. */
    int[] word(String looseKey) {
        return words.getOrDefault(looseKey, NONE);
    }

    /** A slot and the number of edits between the query and its closest compact key. */
    record Fuzzy(int slot, int edits) {
    }

    /**
     * Places whose compact key is within one edit of {@code normalized}'s, counting a swap of two neighbouring
     * letters as one edit; for long names also two edits, when the two keys share a one-letter deletion (a
     * deletion on each side, or two in one). Only places in the fuzzy countries take part.
     */
    List<Fuzzy> fuzzy(String normalized) {
        String query = normalized.replace(" ", "");
        if (query.length() < ONE_EDIT_MIN) {
            return List.of();
        }
        int maxEdits = query.length() >= TWO_EDITS_MIN ? 2 : 1;
        Set<Integer> seen = new HashSet<>();
        List<Fuzzy> found = new ArrayList<>();
        for (String d : deletesOf(query)) {
            for (int slot : deletions.getOrDefault(d, NONE)) {
                if (!seen.add(slot)) {
                    continue;
                }
                int best = Integer.MAX_VALUE;
                for (String key : compactKeys[slot]) {
                    best = Math.min(best, Edits.damerau(query, key, maxEdits));
                }
                if (best <= maxEdits && best > 0) {
                    found.add(new Fuzzy(slot, best));
                }
            }
        }
        return found;
    }

    /** The key itself and every string made by deleting one of its characters. */
    private static Set<String> deletesOf(String key) {
        Set<String> out = new HashSet<>(key.length() * 2);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
