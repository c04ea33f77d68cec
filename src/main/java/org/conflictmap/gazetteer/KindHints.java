package org.conflictmap.gazetteer;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that say what sort of place a name is ("Idlib province", "the countryside of Aleppo", "Kuweires air base",
 * "محافظة إدلب"), in English, French, German, Turkish and Arabic. {@link #of} splits a name into the bare name and
 * the kinds its words ask for; {@link #in} reads the kinds a whole text talks about.
 */
final class KindHints {
    private static final String REGION_WORDS = "province|provinces|governorate|governorates|governate|muhafazah|"
            + "muhafazat|wilayah|vilayet|ili|district|region|countryside|rif|gouvernorat|région|provinz|"
            + "gouvernement|bezirk|ilçesi|محافظة|محافظه|ريف|منطقة|منطقه";
    private static final String FACILITY_WORDS = "international airport|military airport|military airbase|"
            + "air base|airbase|airport|airfield|air field|aéroport|flughafen|base aérienne|luftwaffenstützpunkt|"
            + "military academy|military college|academy|citadel|dam|border crossing|crossing|prison|"
            + "havalimanı|مطار|قاعدة|سجن|سد|معبر|قلعة|الكلية الحربية";
    /** A kind phrase before or after the name, with "of"/"de"/"d'" between: "province of Idlib", "ريف حلب". */
    private static final Pattern AROUND = Pattern.compile("^(?:the\\s+)?(?:(?<pre>" + REGION_WORDS + "|"
            + FACILITY_WORDS + ")\\s+(?:of\\s+|de\\s+|d['’]\\s*|du\\s+|von\\s+)?)?(?<name>.+?)"
            + "(?<post>\\s+(?:" + REGION_WORDS + "|" + FACILITY_WORDS + "))?$", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern REGION = Pattern.compile("(?<![\\p{L}])(?:" + REGION_WORDS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FACILITY = Pattern.compile("(?<![\\p{L}])(?:" + FACILITY_WORDS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    /** Every word of the kind phrases, normalised: a name without any of them needs no regular expression. */
    private static final Set<String> KIND_WORDS = java.util.Arrays.stream((REGION_WORDS + "|" + FACILITY_WORDS)
            .split("[| ]")).map(NameNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean mayHaveKindWords(String normalized) {
        for (String word : normalized.split(" ")) {
            if (KIND_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private KindHints() {
    }

    /** A name without its kind words, and the kinds those words ask for (empty when it had none). */
    record Split(String bareName, Set<PlaceKind> kinds) {
    }

    /** {@code normalized}: the name as {@link NameNormalizer#normalize} gives it. */
    static Split of(String name, String normalized) {
        if (!mayHaveKindWords(normalized)) {
            return new Split(name, Set.of());
        }
        String s = POSSESSIVE.matcher(name.strip()).replaceAll("");
        Matcher m = AROUND.matcher(s);
        if (!m.matches() || (m.group("pre") == null && m.group("post") == null)) {
            return new Split(name, Set.of());
        }
        String words = (m.group("pre") == null ? "" : m.group("pre")) + " "
                + (m.group("post") == null ? "" : m.group("post"));
        return new Split(m.group("name").strip(), in(words));
    }

    /** The kinds a text's words point to: regions for "province", facilities for "airport" and so on. */
    static Set<PlaceKind> in(String text) {
        Set<PlaceKind> kinds = EnumSet.noneOf(PlaceKind.class);
        if (text == null) {
            return kinds;
        }
        if (REGION.matcher(text).find()) {
            kinds.add(PlaceKind.REGION);
        }
        if (FACILITY.matcher(text).find()) {
            kinds.add(PlaceKind.FACILITY);
        }
        return kinds;
    }
}
